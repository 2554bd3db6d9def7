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
