import { describe, expect, it } from "vitest";
import {
  basicOnlyLanguage,
  bestLanguageMatch,
  languageNeeds,
  sameLanguage,
} from "../../src/requests/language-match.js";
import { languageName } from "../../src/requests/match-reasons.js";

describe("sameLanguage", () => {
  it("keeps Dari and Farsi apart, however Dari is written", () => {
    expect(sameLanguage("prs", "fa")).toBe(false);
    expect(sameLanguage("fa-AF", "fa")).toBe(false);
    expect(sameLanguage("fa-AF", "prs")).toBe(true);
    expect(sameLanguage("fa-Arab-AF", "prs")).toBe(true);
    expect(sameLanguage("fa-IR", "fa")).toBe(true);
  });

  it("keeps Kurmanji, Sorani and the ambiguous Kurdish tag apart", () => {
    expect(sameLanguage("kmr", "ckb")).toBe(false);
    expect(sameLanguage("kmr", "ku")).toBe(false);
    expect(sameLanguage("ckb", "ku")).toBe(false);
    expect(sameLanguage("ckb-IQ", "ckb")).toBe(true);
  });

  it("ignores region, script and case otherwise", () => {
    expect(sameLanguage("ar-SY", "ar")).toBe(true);
    expect(sameLanguage("sr-Latn", "sr")).toBe(true);
    expect(sameLanguage("AR", "ar")).toBe(true);
    expect(sameLanguage("ar", "tr")).toBe(false);
  });
});

describe("languageNeeds", () => {
  it("separates the person's own languages from the bridge languages they listed", () => {
    expect(languageNeeds(["en", "ti", "fr"])).toEqual({ needed: ["ti"], bridge: ["en", "fr"] });
  });

  it("treats a bridge language as the person's own when it is all they speak", () => {
    expect(languageNeeds(["fr", "en"])).toEqual({ needed: ["fr", "en"], bridge: [] });
  });

  it("takes other bridge languages when given", () => {
    expect(languageNeeds(["ti", "ar"], ["ar"])).toEqual({ needed: ["ti"], bridge: ["ar"] });
  });
});

describe("bestLanguageMatch", () => {
  it("prefers native to fluent and then the earlier language", () => {
    expect(
      bestLanguageMatch(
        [
          { language: "ar", level: "fluent" },
          { language: "fa", level: "native" },
        ],
        ["ar", "fa"],
      ),
    ).toEqual({ language: "fa", spoken: "fa", level: "native", position: 1 });
    expect(
      bestLanguageMatch(
        [
          { language: "fa", level: "fluent" },
          { language: "ar", level: "fluent" },
        ],
        ["ar", "fa"],
      ),
    ).toEqual({ language: "ar", spoken: "ar", level: "fluent", position: 0 });
  });

  it("does not count basic knowledge, but can name it", () => {
    const skills = [{ language: "ar", level: "basic" as const }];
    expect(bestLanguageMatch(skills, ["ar"])).toBeUndefined();
    expect(basicOnlyLanguage(skills, ["ti", "ar"])).toBe("ar");
  });

  it("reports the tag as the request lists it and as the volunteer gave it", () => {
    expect(bestLanguageMatch([{ language: "ar", level: "native" }], ["ar-SY"])).toEqual({
      language: "ar-SY",
      spoken: "ar",
      level: "native",
      position: 0,
    });
  });
});

describe("languageName", () => {
  it("names languages in the reader's language and keeps look-alikes distinguishable", () => {
    expect(languageName("prs", "de")).toBe("Dari");
    expect(languageName("fa", "de")).toBe("Persisch");
    expect(languageName("kmr", "de")).toBe("Kurmandschi");
    expect(languageName("ckb", "de")).toBe("Sorani");
    expect(languageName("kmr", "en")).toBe("Kurmanji");
    expect(languageName("ti", "en")).toBe("Tigrinya");
  });

  it("falls back to the tag when Intl does not know the language", () => {
    expect(languageName("qaa", "de")).toBe("qaa");
  });
});
