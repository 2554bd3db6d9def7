import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../../src/worker/http/csv.js";

/** A minimal RFC 4180 reader with ';' as separator, to check what spreadsheets will see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ";") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += char;
  }
  return rows;
}

describe("csvCell", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+49 6731 1", "'+49 6731 1"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTAB", "'\tTAB"],
    ["\rCR", `"'\rCR"`],
    ["Wörrstadt", "Wörrstadt"],
    ["a;b", '"a;b"'],
    ['Sagt "Hallo"', '"Sagt ""Hallo"""'],
    ["Zeile\nZwei", '"Zeile\nZwei"'],
    ["", ""],
  ])("writes %j as %j", (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it("writes null and undefined as empty cells, numbers and booleans as text", () => {
    expect([csvCell(null), csvCell(undefined), csvCell(3), csvCell(true)]).toEqual([
      "",
      "",
      "3",
      "true",
    ]);
  });
});

describe("toCsv", () => {
  it("starts with a BOM and ends every line with CRLF", () => {
    expect(toCsv(["a", "b"], [["1", "2"]])).toBe("\uFEFFa;b\r\n1;2\r\n");
  });

  it("round-trips any cells through an RFC 4180 reader, none of them starting a formula", () => {
    const cell = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.constantFrom("=", "+", "-", "@", "\t", "\r", ";", '"', "\n", "=cmd|' /C calc'!A0"),
      fc.tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r"), fc.string()).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
        (rows) => {
          const width = Math.max(1, ...rows.map((r) => r.length));
          const header = Array.from({ length: width }, (_, i) => `c${i}`);
          const padded = rows.map((r) => [...r, ...Array(width - r.length).fill("")]);
          const parsed = parseCsv(toCsv(header, padded).slice(1));

          expect(parsed[0]).toEqual(header);
          expect(parsed.slice(1)).toHaveLength(padded.length);
          parsed.slice(1).forEach((row, r) => {
            row.forEach((value, c) => {
              const original = padded[r]?.[c] ?? "";
              expect(value).not.toMatch(/^[=+\-@\t\r]/);
              expect(value).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
            });
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
