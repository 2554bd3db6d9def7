import { describe, expect, it } from "vitest";
import { district } from "../src/config.ts";
import {
  LOCALE_INFO,
  LOCALES,
  SUMMARY_KEY_PREFIXES,
  SUMMARY_LOCALES,
} from "../src/i18n/locales.ts";
import { UI_STRINGS } from "../src/i18n/translate.ts";

const reference = UI_STRINGS.de;
const referenceKeys = Object.keys(reference);
const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Keys a language must have: all for German and English, the summary set for the others. */
function neededKeys(locale: (typeof LOCALES)[number]): string[] {
  if (LOCALE_INFO[locale].coverage === "full") return referenceKeys;
  const own = referenceKeys.filter((key) => SUMMARY_KEY_PREFIXES.some((p) => key.startsWith(p)));
  const categories = district.categories.flatMap((category) => [
    `category.${category.id}.label`,
    `category.${category.id}.description`,
    ...(category.hint ? [`category.${category.id}.hint`] : []),
  ]);
  return [...own, ...categories];
}

describe("UI strings (src/i18n/<bcp47>.json)", () => {
  it.each(LOCALES)("%s has every key its pages need", (locale) => {
    const strings = UI_STRINGS[locale];
    const missing = neededKeys(locale).filter((key) => !(key in strings));
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)("%s has no keys the German reference does not know", (locale) => {
    const unknown = Object.keys(UI_STRINGS[locale]).filter(
      (key) => !(key in reference) && !key.startsWith("category."),
    );
    expect(unknown).toEqual([]);
  });

  it.each(LOCALES)("%s keeps the {slots} of every German string", (locale) => {
    const strings = UI_STRINGS[locale];
    const broken = Object.entries(strings)
      .filter(
        ([key, text]) =>
          key in reference && slots(text).join() !== slots(reference[key] ?? "").join(),
      )
      .map(([key]) => key);
    expect(broken).toEqual([]);
  });

  it.each(LOCALES)("%s has no empty strings", (locale) => {
    const empty = Object.entries(UI_STRINGS[locale]).filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
  });

  it("marks exactly the summary languages as machine translations awaiting review", () => {
    expect(SUMMARY_LOCALES).toEqual(["ar", "fa", "uk", "ru", "tr"]);
    for (const locale of LOCALES) {
      expect(LOCALE_INFO[locale].machineTranslated).toBe(SUMMARY_LOCALES.includes(locale));
    }
  });

  it("writes Arabic and Farsi right to left and everything else left to right", () => {
    const rtl = LOCALES.filter((locale) => LOCALE_INFO[locale].dir === "rtl");
    expect(rtl).toEqual(["ar", "fa"]);
  });
});
