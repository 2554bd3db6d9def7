/*
 * TEXT values (RFC 5545, 3.3.11). The `ics` package escapes `\`, `;`, `,` and LF in SUMMARY,
 * DESCRIPTION and LOCATION itself, but turns only CRLF and LF into `\n`: a lone CR would
 * reach the file as a raw line break and cut the property in two. It also passes control
 * characters through, which TEXT does not allow, and escapes CATEGORIES not at all.
 */

// Control characters TEXT does not allow: everything below U+0020 except TAB, LF and CR
// (line breaks are normalised separately), and DEL.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// A UTF-16 half without its partner cannot be written as UTF-8; U+FFFD is what an encoder
// would put there anyway, now it happens before lines are measured.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: see above
const NEEDS_CLEANING = /[\u0000-\u0008\u000B-\u001F\u007F\uD800-\uDFFF]/;

/**
 * Text as it may go into a calendar: CRLF and lone CR become LF (written as `\n`),
 * forbidden control characters are dropped and lone surrogates become U+FFFD.
 *
 * @example
 * cleanText("Raum 1\r\nRaum 2\u0007") //=> "Raum 1\nRaum 2"
 */
export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(/\r\n?/g, "\n")
    .replace(FORBIDDEN_CONTROL, "")
    .replace(LONE_SURROGATE, "\uFFFD");
}

/**
 * Escapes a TEXT value (for the properties we write ourselves, and list items of
 * CATEGORIES, which `ics` joins without escaping).
 *
 * @example
 * escapeText("Treffen; Raum 1, 2\\3") //=> "Treffen\\; Raum 1\\, 2\\\\3"
 */
export function escapeText(text: string): string {
  return cleanText(text)
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}
