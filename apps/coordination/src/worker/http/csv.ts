/**
 * CSV for spreadsheets (RFC 4180): UTF-8 with a byte order mark (so Excel detects UTF-8),
 * `;` between cells (what German Excel and LibreOffice expect; commas occur in free text
 * anyway), CRLF line ends, cells quoted when they contain `;`, `"`, CR or LF.
 *
 * Formula injection: a cell that starts with `=`, `+`, `-`, `@`, TAB or CR could run as a
 * formula when opened in a spreadsheet, so it gets a leading `'` (OWASP's advice). Phone
 * numbers such as "+49 …" therefore appear as "'+49 …" — the safe trade-off.
 */
export const CSV_DELIMITER = ";";
const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell, neutralised and quoted as needed.
 *
 * @example
 * csvCell('=HYPERLINK("http://evil")') //=> `"'=HYPERLINK(""http://evil"")"`
 * csvCell("Wörrstadt") //=> "Wörrstadt"
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
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
