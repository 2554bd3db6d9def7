import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildMimeMessage,
  encodeHeaderText,
  encodeQuotedPrintable,
  singleLine,
} from "../../src/notify/mime.js";

/** Decodes quoted-printable (RFC 2045) back to text, for round trips. */
function decodeQuotedPrintable(encoded: string): string {
  const joined = encoded.replace(/=\r\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const char = joined[i] ?? "";
    if (char === "=") {
      bytes.push(Number.parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(char.charCodeAt(0));
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes)).replace(/\r\n/g, "\n");
}

/** Decodes RFC 2047 B-encoded words (and unfolds). */
function decodeHeader(value: string): string {
  return value
    .replace(/\r\n /g, " ")
    .replace(/\?= =\?/g, "?==?")
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_, b64: string) =>
      new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))),
    );
}

describe("encodeQuotedPrintable", () => {
  it("encodes umlauts and '=' and keeps ASCII readable", () => {
    expect(encodeQuotedPrintable("Grüße = gut")).toBe("Gr=C3=BC=C3=9Fe =3D gut");
  });

  it("encodes a space at the end of a line", () => {
    expect(encodeQuotedPrintable("a \nb")).toBe("a=20\r\nb");
  });

  it("round-trips any text with lines of at most 76 characters and only printable ASCII", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const encoded = encodeQuotedPrintable(text);
        for (const line of encoded.split("\r\n")) {
          expect(line.length).toBeLessThanOrEqual(76);
          expect(line).toMatch(/^[\x20-\x7e]*$/);
          expect(line).not.toMatch(/[ \t]$/);
        }
        expect(decodeQuotedPrintable(encoded)).toBe(text.replace(/\r\n?/g, "\n"));
      }),
      { numRuns: 300 },
    );
  });
});

describe("encodeHeaderText", () => {
  it("leaves plain ASCII alone and encodes the rest as RFC 2047 words", () => {
    expect(encodeHeaderText("Neue Anfrage")).toBe("Neue Anfrage");
    expect(encodeHeaderText("Wörrstadt")).toBe("=?UTF-8?B?V8O2cnJzdGFkdA==?=");
  });

  it("never lets a line break through (no header injection)", () => {
    const encoded = encodeHeaderText("Hallo\r\nBcc: victim@example.org");
    expect(encoded).toBe("Hallo Bcc: victim@example.org");
  });

  it("round-trips any text, in words of at most 75 characters, without splitting characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const encoded = encodeHeaderText(text);
        for (const line of encoded.split("\r\n ")) {
          if (line.startsWith("=?")) expect(line.length).toBeLessThanOrEqual(75);
          expect(line).not.toMatch(/[\r\n]/);
        }
        expect(decodeHeader(encoded)).toBe(singleLine(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe("buildMimeMessage", () => {
  const base = {
    from: { address: "formulare@integrationspaten.example", name: "Integrationspaten – Formulare" },
    to: "koordination@integrationspaten.example",
    subject: "Neue Hilfeanfrage: Arztbesuche in Wörrstadt",
    text: "Zeile 1\nZeile 2 mit Ümlaut",
    messageId: "<abc.1@integrationspaten.example>",
    date: new Date("2026-11-25T03:17:00Z"),
  };

  it("writes the headers, a blank line and the quoted-printable body with CRLF", () => {
    const raw = buildMimeMessage(base);
    const [head, body] = raw.split("\r\n\r\n");

    expect(head?.split("\r\n")).toEqual([
      "From: =?UTF-8?B?SW50ZWdyYXRpb25zcGF0ZW4g4oCTIEZvcm11bGFyZQ==?= <formulare@integrationspaten.example>",
      "To: koordination@integrationspaten.example",
      `Subject: ${encodeHeaderText(base.subject)}`,
      "Date: Wed, 25 Nov 2026 03:17:00 +0000",
      "Message-ID: <abc.1@integrationspaten.example>",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: quoted-printable",
      "Auto-Submitted: auto-generated",
    ]);
    expect(body).toBe("Zeile 1\r\nZeile 2 mit =C3=9Cmlaut\r\n");
    expect(raw).not.toMatch(/[^\r]\n/);
  });

  it("refuses addresses that could smuggle headers", () => {
    expect(() => buildMimeMessage({ ...base, to: "a@example.org\r\nBcc: b@example.org" })).toThrow(
      RangeError,
    );
    expect(() => buildMimeMessage({ ...base, to: "Ana <a@example.org>" })).toThrow(RangeError);
    expect(() => buildMimeMessage({ ...base, from: { address: "x" } })).toThrow(RangeError);
  });
});
