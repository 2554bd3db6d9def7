/**
 * CSV for spreadsheets (RFC 4180): UTF-8 with a byte order mark (so Excel detects UTF-8),
 * `;` between cells (what German Excel and LibreOffice expect; commas occur in free text
 * anyway), CRLF line ends, cells quoted when they contain `;`, `"` or any control
 * character (CR and LF among them), so that no control character reaches the file unquoted.
 *
 * Formula injection: a cell that starts with `=`, `+`, `-`, `@`, TAB or CR could run as a
 * formula when opened in a spreadsheet, so it gets a leading `'` (OWASP's advice). Phone
 * numbers such as "+49 …" therefore appear as "'+49 …" — the safe trade-off. The check
 * looks past what a spreadsheet may skip or not show before the formula — white space,
 * control characters and invisible characters (zero-width spaces and joiners, the soft
 * hyphen, bidi marks and isolates, the byte order mark: Unicode's
 * Default_Ignorable_Code_Point, the set the public forms do not count as visible) — and
 * takes the full-width and other compatibility forms of the four signs (`＝`, `＋`, `－`,
 * `＠`, `﹦` …) for the signs themselves.
 */
export const CSV_DELIMITER = ";";
const BOM = "\uFEFF";
const LEADING_UNSEEN = /^[\p{Default_Ignorable_Code_Point}\p{White_Space}\p{Cc}\u2800]+/u;
const FORMULA_SIGN = /^[=+\-@]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const NEEDS_QUOTES = /[";\u0000-\u001F\u007F-\u009F]/;

/** Whether a spreadsheet could read a cell as a formula. */
function startsFormula(text: string): boolean {
  if (text.startsWith("\t") || text.startsWith("\r")) return true;
  const first = text.replace(LEADING_UNSEEN, "").codePointAt(0);
  // One code point at a time: NFKC turns `＝` into `=`, but would compose `=` with a
  // following U+0338 into `≠`.
  return first !== undefined && FORMULA_SIGN.test(String.fromCodePoint(first).normalize("NFKC"));
}

/**
 * One cell, neutralised and quoted as needed.
 *
 * @example
 * csvCell('=HYPERLINK("http://evil")') //=> `"'=HYPERLINK(""http://evil"")"`
 * csvCell("\u200B＝1+1") //=> "'\u200B＝1+1"
 * csvCell("Wörrstadt") //=> "Wörrstadt"
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (startsFormula(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document: header row, then one row per record. */
export function toCsv(
  header: readonly string[],
  rows: Iterable<readonly (string | number | boolean | null | undefined)[]>,
): string {
  const lines = [header.map(csvCell).join(CSV_DELIMITER)];
  for (const row of rows) lines.push(row.map(csvCell).join(CSV_DELIMITER));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/** One row with its line end. */
export function csvLine(row: readonly (string | number | boolean | null | undefined)[]): string {
  return `${row.map(csvCell).join(CSV_DELIMITER)}\r\n`;
}

/**
 * The same document as `toCsv`, streamed: the header first, then each page of rows as the
 * source yields it, so an export of any size needs the memory of one page.
 */
export function csvStream(
  header: readonly string[],
  pages: AsyncIterable<readonly (readonly (string | number | boolean | null | undefined)[])[]>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pages[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`${BOM}${csvLine(header)}`));
        return;
      }
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map(csvLine).join("")));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
