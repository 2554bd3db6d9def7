/*
 * Characters the public forms refuse or do not count. What people type into the forms ends
 * up in e-mails, the workspace, CSV exports and log lines:
 *
 * - Control characters (C0 U+0000–U+001F, DEL U+007F, C1 U+0080–U+009F) are never typed on
 *   purpose. NUL cuts strings in other systems, ESC starts terminal sequences, a line break
 *   in a one-line field forges a new line in a CSV cell, mail header or log. Free text keeps
 *   TAB, LF and CR: browsers send a textarea's line breaks as CRLF.
 * - Invisible characters (zero-width spaces and joiners, the soft hyphen, the bidi marks,
 *   embeddings and isolates, the byte order mark and the rest of Unicode's
 *   Default_Ignorable_Code_Point, plus white space and the blank braille pattern) let a
 *   name made of nothing pass a minimum length: three zero-width spaces are three
 *   characters. They are not refused — ZWNJ (U+200C) belongs inside Persian words and
 *   names, ZWJ inside emoji and Indic scripts —, only not counted as visible content.
 *
 * Shared by both forms; the sign-up and the help request refuse the same.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: see above (TAB, LF and CR allowed)
const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{White_Space}\u2800]/gu;

/**
 * Whether a one-line value (a name, an address, a phone number) contains a control
 * character, line breaks and TAB included.
 *
 * @example
 * hasControlCharacter("Ana\u0000") //=> true
 */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * Whether free text (a textarea) contains a control character other than TAB, LF and CR.
 *
 * @example
 * hasControlCharacterInText("Zeile 1\r\nZeile 2") //=> false
 * hasControlCharacterInText("\u001b[2J") //=> true
 */
export function hasControlCharacterInText(text: string): boolean {
  return CONTROL_EXCEPT_LINE_BREAKS.test(text);
}

/**
 * The length of what can be seen of a text: in UTF-16 code units, as zod's `min` and
 * `max` count, without invisible characters and white space.
 *
 * @example
 * visibleLength("\u200B\u200B\u200B") //=> 0
 * visibleLength("زهرا\u200Cسادات") //=> 9
 */
export function visibleLength(text: string): number {
  return text.replace(INVISIBLE, "").length;
}
