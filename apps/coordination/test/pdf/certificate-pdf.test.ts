import { PDFDocument } from "pdf-lib";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { certificatePdf, UnprintableNameError } from "../../src/worker/pdf/certificate.js";

const content = {
  districtName: "Landkreis Alzey-Worms",
  partners: ["Café Asyl (Diakonie Rheinhessen)"],
  holderName: "Олена Musterfrau",
  number: "AZW-2026-0007-Y",
  issuedOn: "2026-03-17",
  validUntil: "2029-03-16",
  modules: ["Behörden, Ämter und Jobcenter"],
  verificationUrl: "https://integrationspaten.example/zertifikat-pruefen/?nummer=AZW-2026-0007-Y",
};

describe("certificatePdf", () => {
  it("prints an A4 page with the holder in Cyrillic, the dates in German and the number", async () => {
    const bytes = await certificatePdf(content);
    const parsed = await PDFDocument.load(bytes);
    expect(parsed.getPageCount()).toBe(1);
    const { width, height } = parsed.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(parsed.getTitle()).toBe("Zertifikat AZW-2026-0007-Y");

    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    for (const expected of [
      "Олена Musterfrau",
      "17. März 2026",
      "16. März 2029",
      "AZW-2026-0007-Y",
      "Behörden, Ämter und Jobcenter",
      "Café Asyl (Diakonie Rheinhessen)",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("refuses a name in a script the font cannot print instead of printing empty boxes", async () => {
    await expect(
      certificatePdf({ ...content, holderName: "عمر Mustermann" }),
    ).rejects.toBeInstanceOf(UnprintableNameError);
  });
});

describe("the embedded fonts", () => {
  it("are TrueType subsets that a PDF reader can load, not WOFF2", async () => {
    const bytes = await certificatePdf(content);
    // pdf.js reports a font it cannot read ("Required "loca" table is not found" for WOFF2
    // bytes) as a warning on the console while it prepares the page for drawing.
    const warnings: string[] = [];
    const original = { log: console.log, warn: console.warn };
    console.log = console.warn = (...args: unknown[]) => warnings.push(args.join(" "));
    try {
      const document = await getDocumentProxy(bytes, { verbosity: 1 });
      const page = await document.getPage(1);
      await page.getOperatorList();
    } finally {
      Object.assign(console, original);
    }
    expect(warnings.filter((w) => /font|loca|glyf/i.test(w))).toEqual([]);
    // Subsets: the whole file stays small.
    expect(bytes.byteLength).toBeLessThan(80_000);
  });
});
