/*
 * Content lines (RFC 5545, 3.1): at most 75 octets each, excluding the line break, folded
 * with CRLF followed by a single space, never inside a UTF-8 sequence. The `ics` package
 * counts 75 *characters* (a line of umlauts or Arabic becomes up to 300 octets) and
 * continues with a TAB; we unfold its output and fold it again by octets.
 */

const LIMIT = 75;
// No line of at most 25 UTF-16 units can exceed 75 octets (a unit is at most 3 octets;
// a surrogate pair is 2 units and 4 octets).
const ALWAYS_SHORT = Math.floor(LIMIT / 3);

/** UTF-8 length of the code point at `index` (lone surrogates count as U+FFFD, 3 octets). */
function octetsAt(line: string, index: number): number {
  const unit = line.charCodeAt(index);
  if (unit < 0x80) return 1;
  if (unit < 0x800) return 2;
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const next = line.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 4;
  }
  return 3;
}

/**
 * Folds one unfolded content line into lines of at most 75 octets.
 *
 * @example
 * foldLine(`SUMMARY:${"ä".repeat(40)}`)
 * //=> "SUMMARY:" + "ä".repeat(33) + "\r\n " + "ä".repeat(7)
 */
export function foldLine(line: string): string {
  if (line.length <= ALWAYS_SHORT) return line;
  let octets = 0;
  let from = 0;
  let folded = "";
  for (let index = 0; index < line.length; ) {
    const size = octetsAt(line, index);
    if (octets + size > LIMIT) {
      folded += `${line.slice(from, index)}\r\n `;
      from = index;
      octets = 1; // the space that starts the continuation line
    }
    octets += size;
    index += size === 4 ? 2 : 1;
  }
  return folded + line.slice(from);
}

/** Joins folded lines again (CRLF followed by a space or a TAB). */
export function unfold(text: string): string {
  return text.replace(/\r\n[\t ]/g, "");
}
