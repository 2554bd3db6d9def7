import { describe, expect, it } from "vitest";
import {
  acceptedLanguages,
  messageLanguage,
  messageLocale,
  siteLocale,
} from "../../src/http/locale.js";

describe("acceptedLanguages", () => {
  it("orders by q-value, keeps header order among equals and drops q=0", () => {
    expect(acceptedLanguages("en;q=0.5, de-DE, fr;q=0, ar")).toEqual(["de", "ar", "en"]);
  });

  it("survives garbage", () => {
    expect(acceptedLanguages(";;;, q=,  ,<script>, de;q=abc")).toEqual(["de"]);
    expect(acceptedLanguages(null)).toEqual([]);
  });
});

describe("messageLocale (German or English)", () => {
  it.each([
    ["de", null, "de"],
    ["en", "de", "en"],
    ["ar", "de", "en"],
    ["de-AT", null, "de"],
    [undefined, "de-DE,de;q=0.9", "de"],
    [undefined, "en-US", "en"],
    [undefined, "tr", "en"],
    [undefined, "tr, de;q=0.5", "de"],
    [undefined, "fr, en;q=0.9, de;q=0.8", "en"],
    [undefined, null, "de"],
    [undefined, "*", "de"],
    ["", "en", "en"],
  ] as const)("form locale %j, Accept-Language %j → %s", (form, header, expected) => {
    expect(messageLocale(form, header)).toBe(expected);
  });
});

describe("siteLocale", () => {
  it.each([
    ["fa", null, "fa"],
    ["xx", "uk", "uk"],
    [undefined, "fr", "en"],
    [undefined, null, "de"],
    [undefined, "ru-RU, de;q=0.3", "ru"],
  ] as const)("form locale %j, Accept-Language %j → %s", (form, header, expected) => {
    expect(siteLocale(form, header)).toBe(expected);
  });
});

describe("messageLanguage", () => {
  it.each([
    ["ar", "consent.required", "ar"],
    ["ar", "district.noCategories", "en"],
    ["ar", "categories.required", "ar"],
    ["tr", "email.invalid", "tr"],
    ["de", "categories.required", "de"],
    ["en", "categories.required", "en"],
  ] as const)("%s, %s → %s", (locale, key, expected) => {
    expect(messageLanguage(locale, key)).toBe(expected);
  });
});
