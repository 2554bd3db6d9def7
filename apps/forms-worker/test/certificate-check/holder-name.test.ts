import { describe, expect, it } from "vitest";
import {
  comparableName,
  holderNameMatches,
  MAX_TYPED_NAME_LENGTH,
} from "../../src/certificate-check/holder-name.js";

describe("holderNameMatches", () => {
  it("ignores case, with full case folding (ß and ẞ are ss)", () => {
    expect(holderNameMatches("ANA BEISPIEL", "Ana Beispiel")).toBe(true);
    expect(holderNameMatches("Jana Strasse", "Jana Straße")).toBe(true);
    expect(holderNameMatches("JANA STRAẞE", "Jana Straße")).toBe(true);
  });

  it("treats the Turkish dotted and dotless i as i", () => {
    expect(holderNameMatches("YILDIZ İLKAY", "Yıldız İlkay")).toBe(true);
    expect(holderNameMatches("yildiz ilkay", "Yıldız İlkay")).toBe(true);
  });

  it("collapses white space and drops invisible format characters", () => {
    expect(holderNameMatches("  Ana \t\n Beispiel  ", "Ana Beispiel")).toBe(true);
    expect(holderNameMatches("Ana\u00a0Bei\u00adspiel", "Ana Beispiel")).toBe(true);
    expect(holderNameMatches("Ana\u200bBeispiel", "AnaBeispiel")).toBe(true);
  });

  it("reads compatibility forms as the letters they stand for (NFKC)", () => {
    expect(holderNameMatches("Ａｎａ Ｂｅｉｓｐｉｅｌ", "Ana Beispiel")).toBe(true);
    expect(holderNameMatches("Sofie Gruﬀ", "Sofie Gruff")).toBe(true);
  });

  it("ignores diacritics, whether typed precomposed or combining", () => {
    expect(holderNameMatches("Jose Muller", "José Müller")).toBe(true);
    expect(holderNameMatches("José Müller", "Jose Muller")).toBe(true);
    expect(holderNameMatches("Jose\u0301 Mu\u0308ller", "José Müller")).toBe(true);
    expect(holderNameMatches("Celik", "Çelik")).toBe(true);
    expect(holderNameMatches("محمد", "مُحَمَّد")).toBe(true);
  });

  it("keeps letters that are not a base letter with a mark, and punctuation, distinct", () => {
    expect(holderNameMatches("Soren Lokke", "Søren Løkke")).toBe(false);
    expect(holderNameMatches("Anna Lena Berg", "Anna-Lena Berg")).toBe(false);
    expect(holderNameMatches("Mueller", "Müller")).toBe(false);
  });

  it("needs the whole name: no prefixes, parts or patterns", () => {
    for (const typed of ["Ana", "Beispiel", "Ana B", "Ana Beispiel Junior", "%", "*", ".*"]) {
      expect(holderNameMatches(typed, "Ana Beispiel"), typed).toBe(false);
    }
  });

  it("never matches an erased holder, a missing or empty name, or an over-long one", () => {
    expect(holderNameMatches("Ana Beispiel", null)).toBe(false);
    expect(holderNameMatches(undefined, "Ana Beispiel")).toBe(false);
    expect(holderNameMatches("", "")).toBe(false);
    expect(holderNameMatches("  ", " ")).toBe(false);
    const long = "a".repeat(MAX_TYPED_NAME_LENGTH + 1);
    expect(holderNameMatches(long, long)).toBe(false);
    expect(holderNameMatches(long.slice(1), long.slice(1))).toBe(true);
  });
});

describe("comparableName", () => {
  it("is what both sides are reduced to", () => {
    expect(comparableName("  ÇELİK\u00a0 Ayşe ")).toBe("celik ayse");
  });
});
