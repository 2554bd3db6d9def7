import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CertificateNumberParts,
  formatCertificateNumber,
  verifyCertificateNumber,
} from "../../src/certification/certificate-number.js";
import {
  CHECK_ALPHABET,
  checkCharacter,
  hasValidCheckCharacter,
} from "../../src/certification/check-character.js";
import { certificateNumberSchema } from "../../src/schemas/certificate.js";

function format(parts: CertificateNumberParts): string {
  const result = formatCertificateNumber(parts);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const partsArbitrary = fc.record({
  prefix: fc.stringMatching(/^[A-Z]{2,6}$/),
  year: fc.integer({ min: 1000, max: 9999 }),
  sequence: fc.integer({ min: 1, max: 999_999 }),
});

/** Numbers to mutate: short and long sequences, every prefix length. */
const samples = [
  format({ prefix: "AZW", year: 2026, sequence: 7 }),
  format({ prefix: "AB", year: 1999, sequence: 1 }),
  format({ prefix: "KREISX", year: 2030, sequence: 999_999 }),
  format({ prefix: "MZB", year: 2026, sequence: 12_345 }),
];

const SYMBOLS = [...CHECK_ALPHABET, "-"];

describe("formatCertificateNumber", () => {
  it("writes PREFIX-YEAR-SEQUENCE-CHECK with the sequence padded to four digits", () => {
    expect(formatCertificateNumber({ prefix: "AZW", year: 2026, sequence: 7 })).toEqual({
      ok: true,
      value: "AZW-2026-0007-Y",
    });
    expect(format({ prefix: "AZW", year: 2026, sequence: 123_456 })).toMatch(/^AZW-2026-123456-.$/);
  });

  it("writes numbers the certificate schema accepts", () => {
    fc.assert(
      fc.property(partsArbitrary, (parts) => {
        expect(certificateNumberSchema.safeParse(format(parts)).success).toBe(true);
      }),
    );
  });

  it("refuses parts that cannot make a number, in German and English", () => {
    const parts = { prefix: "azw", year: 26, sequence: 0 };
    const de = formatCertificateNumber(parts, "de");
    const en = formatCertificateNumber(parts, "en");

    expect(de.ok ? [] : de.issues.map((i) => [i.field, i.message])).toEqual([
      ["prefix", "Das Kürzel muss aus 2 bis 6 Großbuchstaben bestehen (z. B. „AZW“)."],
      ["year", "Bitte geben Sie ein vierstelliges Jahr an (z. B. 2026)."],
      ["sequence", "Die laufende Nummer muss eine ganze Zahl von 1 bis 999999 sein."],
    ]);
    expect(en.ok ? [] : en.issues.map((i) => [i.field, i.message])).toEqual([
      ["prefix", "The prefix must be 2 to 6 capital letters (e.g. “AZW”)."],
      ["year", "Please give a four-digit year (e.g. 2026)."],
      ["sequence", "The sequence number must be a whole number from 1 to 999999."],
    ]);
  });

  it("refuses a fractional or too large sequence", () => {
    for (const sequence of [1.5, 1_000_000, Number.NaN]) {
      const result = formatCertificateNumber({ prefix: "AZW", year: 2026, sequence });
      expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual([
        "certificateNumber.sequence",
      ]);
    }
  });
});

describe("verifyCertificateNumber", () => {
  it("reads back what formatCertificateNumber wrote (round trip)", () => {
    fc.assert(
      fc.property(partsArbitrary, (parts) => {
        const number = format(parts);
        expect(verifyCertificateNumber(number)).toEqual({ ok: true, value: { number, ...parts } });
      }),
    );
  });

  it("forgives lower-case letters and surrounding spaces", () => {
    expect(verifyCertificateNumber("  azw-2026-0007-y ")).toEqual({
      ok: true,
      value: { number: "AZW-2026-0007-Y", prefix: "AZW", year: 2026, sequence: 7 },
    });
  });

  it("detects every change of a single character", () => {
    for (const number of samples) {
      for (let position = 0; position < number.length; position++) {
        for (const symbol of SYMBOLS) {
          if (symbol === number[position]) continue;
          const changed = number.slice(0, position) + symbol + number.slice(position + 1);
          expect(verifyCertificateNumber(changed).ok, `${number} → ${changed}`).toBe(false);
        }
      }
    }
  });

  it("detects every swap of two neighbouring characters", () => {
    for (const number of samples) {
      for (let position = 0; position + 1 < number.length; position++) {
        const [a, b] = [number[position], number[position + 1]];
        if (a === b) continue;
        const swapped = `${number.slice(0, position)}${b}${a}${number.slice(position + 2)}`;
        expect(verifyCertificateNumber(swapped).ok, `${number} → ${swapped}`).toBe(false);
      }
    }
  });

  it("detects single changes and neighbour swaps in any valid number", () => {
    fc.assert(
      fc.property(
        partsArbitrary,
        fc.nat(),
        fc.constantFrom(...CHECK_ALPHABET),
        (parts, at, symbol) => {
          const number = format(parts);
          const position = at % number.length;
          if (number[position] !== symbol && number[position] !== "-") {
            const changed = number.slice(0, position) + symbol + number.slice(position + 1);
            expect(verifyCertificateNumber(changed).ok).toBe(false);
          }
          const next = number[position + 1];
          if (next !== undefined && next !== number[position]) {
            const swapped = `${number.slice(0, position)}${next}${number[position]}${number.slice(position + 2)}`;
            expect(verifyCertificateNumber(swapped).ok).toBe(false);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("says that the form is wrong, in German and English", () => {
    for (const text of ["AZW-26-0007-Y", "AZW20260007Y", "AZW-2026-007-Y", "A-2026-0007-Y", ""]) {
      const de = verifyCertificateNumber(text, "de");
      const en = verifyCertificateNumber(text, "en");
      expect(de.ok ? [] : de.issues.map((i) => i.message)).toEqual([
        "Diese Zertifikatsnummer hat nicht das Format „AZW-2026-0001-X“.",
      ]);
      expect(en.ok ? [] : en.issues.map((i) => i.message)).toEqual([
        "This certificate number does not have the form “AZW-2026-0001-X”.",
      ]);
    }
  });

  it("says that the check character is wrong, in German and English", () => {
    expect(verifyCertificateNumber("AZW-2026-0070-Y", "de")).toMatchObject({
      ok: false,
      issues: [
        {
          code: "certificateNumber.checkFailed",
          message: "Die Prüfziffer dieser Zertifikatsnummer stimmt nicht.",
        },
      ],
    });
    expect(verifyCertificateNumber("AZW-2026-0007-K", "en")).toMatchObject({
      ok: false,
      issues: [{ message: "The check character of this certificate number is wrong." }],
    });
  });

  it("accepts only the canonical padding, so a certificate has exactly one number", () => {
    const padded = `AZW-2026-00007-${checkCharacter("AZW202600007")}`;
    expect(verifyCertificateNumber(padded)).toMatchObject({
      ok: false,
      issues: [{ code: "certificateNumber.invalid" }],
    });
  });

  it("refuses sequence 0, which is never issued", () => {
    const zero = `AZW-2026-0000-${checkCharacter("AZW20260000")}`;
    expect(verifyCertificateNumber(zero)).toMatchObject({
      ok: false,
      issues: [{ code: "certificateNumber.invalid" }],
    });
  });

  it("reports a value that is not text as a wrong form instead of throwing", () => {
    expect(verifyCertificateNumber(42 as never).ok).toBe(false);
  });
});

describe("the check character", () => {
  // After one character the chain can be in any of its 36 states, so these loops cover
  // every state the chain can be in before an error, exhaustively.
  const symbols = [...CHECK_ALPHABET];

  it("differs for every pair of different characters after any state (single errors)", () => {
    for (const state of symbols) {
      const checks = new Set(symbols.map((a) => checkCharacter(state + a)));
      expect(checks.size).toBe(36);
    }
  });

  it("differs for every swap of two different neighbours after any state (transpositions)", () => {
    for (const state of symbols) {
      for (const a of symbols) {
        for (const b of symbols) {
          if (a !== b)
            expect(checkCharacter(state + a + b)).not.toBe(checkCharacter(state + b + a));
        }
      }
    }
  });

  it("catches a swap of the last payload character with the check character", () => {
    for (const state of symbols) {
      for (const a of symbols) {
        const check = checkCharacter(state + a) ?? "";
        if (check !== a) expect(hasValidCheckCharacter(state + check + a)).toBe(false);
      }
    }
  });

  it("has no check character for text outside 0–9A–Z", () => {
    expect(checkCharacter("AZW-2026")).toBeUndefined();
    expect(hasValidCheckCharacter("AZW-2026-0007-Y")).toBe(false);
  });
});
