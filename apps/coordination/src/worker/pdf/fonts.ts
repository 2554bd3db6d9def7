import regular from "@kern-ux/native/dist/fonts/fira-sans/FiraSans-Regular.woff2";
// KERN UX's own typeface, self-hosted with the package (wrangler bundles .woff2 files as
// binary Data modules, see `rules` in wrangler.jsonc). Fira Sans covers Latin, Greek and
// Cyrillic, so names such as „Олена“ print as written; pdf-lib's standard fonts know only
// Windows-1252.
import bold from "@kern-ux/native/dist/fonts/fira-sans/FiraSans-SemiBold.woff2";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";

export interface Fonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

/**
 * Embeds the two weights whole. @pdf-lib/fontkit 1.1 fails to subset these WOFF2 files
 * ("RangeError: Index out of range" in TTFSubset, which then hangs the request), so each
 * PDF carries both fonts (about 290 KB); a certificate is downloaded rarely.
 */
export async function embedFonts(document: PDFDocument): Promise<Fonts> {
  document.registerFontkit(fontkit);
  const [r, b] = await Promise.all([
    document.embedFont(regular, { subset: false }),
    document.embedFont(bold, { subset: false }),
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
