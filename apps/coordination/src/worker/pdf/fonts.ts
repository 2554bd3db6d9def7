// Fira Sans, KERN UX's typeface, as TrueType files (OFL), bundled with the Worker as binary
// Data modules (`rules` in wrangler.jsonc). A PDF embeds TrueType, not the WOFF2 files KERN
// ships for browsers: pdf-lib copies WOFF2 bytes into the file unchanged, which PDF viewers
// cannot read. Fira Sans covers Latin, Greek and Cyrillic, so names such as „Олена“ print
// as written; pdf-lib's standard fonts know only Windows-1252.

import regular from "@expo-google-fonts/fira-sans/400Regular/FiraSans_400Regular.ttf";
import bold from "@expo-google-fonts/fira-sans/600SemiBold/FiraSans_600SemiBold.ttf";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";

export interface Fonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

/** Embeds the two weights, subset: only the glyphs used end up in the file. */
export async function embedFonts(document: PDFDocument): Promise<Fonts> {
  document.registerFontkit(fontkit);
  const [r, b] = await Promise.all([
    document.embedFont(regular, { subset: true }),
    document.embedFont(bold, { subset: true }),
  ]);
  return { regular: r, bold: b };
}

/**
 * Whether every character of `text` can be printed with the embedded font. Scripts it does
 * not cover (Arabic, for instance, which would also need shaping) are refused with a clear
 * message before a certificate with empty boxes is made.
 */
export function printable(font: PDFFont, text: string): boolean {
  const glyphs = new Set(font.getCharacterSet());
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code > 0x20 && !glyphs.has(code)) return false;
  }
  return true;
}
