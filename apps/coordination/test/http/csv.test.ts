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
    ["\tTAB", `"'\tTAB"`],
    ["\rCR", `"'\rCR"`],
    ["Wörrstadt", "Wörrstadt"],
    // past leading white space and invisible characters
    [" =1+1", "' =1+1"],
    ["\u00A0\u3000@SUM(A1)", "'\u00A0\u3000@SUM(A1)"],
    ["\u200B=1+1", "'\u200B=1+1"],
    ["\uFEFF\u200C\u200D\u2060+1", "'\uFEFF\u200C\u200D\u2060+1"],
    ["\u00AD\u180E\u034F-1", "'\u00AD\u180E\u034F-1"],
    [
      "\u200E\u200F\u202A\u202B\u202C\u202D\u202E=1",
      "'\u200E\u200F\u202A\u202B\u202C\u202D\u202E=1",
    ],
    ["\u2066\u2067\u2068\u2069@A1", "'\u2066\u2067\u2068\u2069@A1"],
    [" \u200B \n=1", `"' \u200B \n=1"`],
    // full-width and other compatibility forms of the signs
    ["＝HYPERLINK(1)", "'＝HYPERLINK(1)"],
    ["＋49 6731 1", "'＋49 6731 1"],
    ["－2", "'－2"],
    ["＠SUM(A1)", "'＠SUM(A1)"],
    ["\u200B＝1", "'\u200B＝1"],
    ["﹦1", "'﹦1"],
    // not a formula
    ["Anna = Bert", "Anna = Bert"],
    ["\u200BAnna", "\u200BAnna"],
    ["≠1", "≠1"],
    // control characters are always quoted
    ["a\u0000b", '"a\u0000b"'],
    ["\u001b[2J", '"\u001b[2J"'],
    ["x\u007F", '"x\u007F"'],
    ["x\u0085y", '"x\u0085y"'],
    ["\u0000=1", `"'\u0000=1"`],
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

  it("writes no control character outside quotes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (text) => {
        const cell = csvCell(text);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
        if (/[\u0000-\u001F\u007F-\u009F]/.test(cell)) {
          expect(cell.startsWith('"') && cell.endsWith('"'), JSON.stringify(cell)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("toCsv", () => {
  it("starts with a BOM and ends every line with CRLF", () => {
    expect(toCsv(["a", "b"], [["1", "2"]])).toBe("\uFEFFa;b\r\n1;2\r\n");
  });

  it("round-trips any cells through an RFC 4180 reader, none of them starting a formula", () => {
    const SIGNS = ["=", "+", "-", "@", "＝", "＋", "－", "＠"];
    const UNSEEN = [" ", "\u00A0", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"];
    const cell = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.string({ unit: "binary", maxLength: 20 }),
      fc.constantFrom(...SIGNS, "\t", "\r", ";", '"', "\n", "\u0000", "=cmd|' /C calc'!A0"),
      fc.tuple(fc.constantFrom(...SIGNS, "\t", "\r"), fc.string()).map(([a, b]) => a + b),
      fc
        .tuple(
          fc.array(fc.constantFrom(...UNSEEN, "\u202E", "\u2066", "\u0001"), {
            minLength: 1,
            maxLength: 4,
          }),
          fc.constantFrom(...SIGNS),
          fc.string(),
        )
        .map(([lead, sign, rest]) => lead.join("") + sign + rest),
    );
    /** What a spreadsheet could read as a formula: the oracle, written independently. */
    const dangerous = (text: string) => {
      if (/^[\t\r]/.test(text)) return true;
      const visible = [...text].find(
        (c) => !/[\p{Default_Ignorable_Code_Point}\p{White_Space}\p{Cc}\u2800]/u.test(c),
      );
      return visible !== undefined && /^[=+\-@]/.test(visible.normalize("NFKC"));
    };
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
              expect(dangerous(value), JSON.stringify(value)).toBe(false);
              expect(value).toBe(dangerous(original) ? `'${original}` : original);
            });
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
