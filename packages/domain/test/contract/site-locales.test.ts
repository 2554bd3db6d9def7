import { describe, expect, it } from "vitest";
import {
  BRIDGE_SITE_LOCALE,
  DEFAULT_SITE_LOCALE,
  isSiteLocale,
  SITE_LOCALES,
  textDirection,
} from "../../src/contract/site-locales.js";

describe("site locales", () => {
  it("lists German first, then English, then the summary languages", () => {
    expect(SITE_LOCALES).toEqual(["de", "en", "ar", "fa", "uk", "ru", "tr"]);
    expect(SITE_LOCALES[0]).toBe(DEFAULT_SITE_LOCALE);
    expect(SITE_LOCALES).toContain(BRIDGE_SITE_LOCALE);
  });

  it("recognises only the exact tags", () => {
    expect(SITE_LOCALES.every(isSiteLocale)).toBe(true);
    for (const other of ["fr", "DE", "de-AT", "", "__proto__", "toString"]) {
      expect(isSiteLocale(other), other).toBe(false);
    }
  });

  it("writes Arabic and Farsi right to left and everything else left to right", () => {
    expect(SITE_LOCALES.filter((locale) => textDirection(locale) === "rtl")).toEqual(["ar", "fa"]);
  });
});
