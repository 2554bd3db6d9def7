import type { PDFFont, PDFPage } from "pdf-lib";
import { rgb } from "pdf-lib";

/** A4 in PDF points, and the margins every page of ours uses. */
export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 56;
export const INK = rgb(0.1, 0.1, 0.12);
export const MUTED = rgb(0.35, 0.35, 0.4);

/** A calendar day `YYYY-MM-DD` as „17. März 2026“ (the day as written, no time zone shift). */
export function longDate(day: string): string {
  return new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** Splits text into lines that fit `width` at `size` (words are never broken). */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws wrapped text from `y` downwards and returns the y below it. */
export function paragraph(
  page: PDFPage,
  text: string,
  options: {
    x: number;
    y: number;
    font: PDFFont;
    size: number;
    width: number;
    leading?: number;
    center?: boolean;
  },
): number {
  const leading = options.leading ?? options.size * 1.4;
  let y = options.y;
  for (const line of wrap(text, options.font, options.size, options.width)) {
    const x = options.center
      ? options.x + (options.width - options.font.widthOfTextAtSize(line, options.size)) / 2
      : options.x;
    page.drawText(line, { x, y, size: options.size, font: options.font, color: INK });
    y -= leading;
  }
  return y;
}
