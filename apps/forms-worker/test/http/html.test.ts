import { SITE_LOCALES } from "@integrationspaten/domain";
import { describe, expect, it } from "vitest";
import { httpErrors } from "../../src/http/errors.js";
import {
  FIELD_LABELS,
  PAGE_TEXT,
  PROBLEM_COUNT,
  pluralText,
  renderDocument,
  renderErrorPage,
} from "../../src/http/html.js";

/*
 * Every string an HTML page can show exists in every site language (the types enforce
 * it; this guards against empty strings and casts), and the pages carry the language's
 * `lang`, `dir` and plural forms.
 */

const texts: (readonly [string, Readonly<Record<string, string>>])[] = [
  ...Object.entries(PAGE_TEXT).map(([name, text]) => [`PAGE_TEXT.${name}`, text] as const),
  ...Object.entries(FIELD_LABELS).map(([name, text]) => [`FIELD_LABELS.${name}`, text] as const),
  ...Object.entries(httpErrors).flatMap(([code, entry]) =>
    (["title", "message", "hint"] as const).map(
      (part) => [`httpErrors.${code}.${part}`, entry[part]] as const,
    ),
  ),
];

describe("page texts", () => {
  it.each(texts)("%s exists in all seven languages, non-empty", (_name, text) => {
    expect(Object.keys(text).sort()).toEqual([...SITE_LOCALES].sort());
    for (const locale of SITE_LOCALES) expect(text[locale]?.trim()).not.toBe("");
  });

  it.each(texts)("%s is its own text in each new language, not a copy of English", (_, text) => {
    for (const locale of ["ar", "fa", "uk", "ru"] as const) {
      expect(text[locale]).not.toBe(text.en);
    }
  });

  it.each([...SITE_LOCALES])("the problem count has every plural form of %s", (locale) => {
    const forms = PROBLEM_COUNT[locale] as Readonly<Record<string, string>>;
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const category of categories) expect(forms[category]?.trim()).toBeTruthy();
  });
});

describe("pluralText", () => {
  it.each([
    ["de", 1, "1 Problem"],
    ["de", 2, "2 Probleme"],
    ["en", 1, "1 problem"],
    ["en", 3, "3 problems"],
    ["uk", 1, "1 проблема"],
    ["uk", 2, "2 проблеми"],
    ["uk", 5, "5 проблем"],
    ["uk", 11, "11 проблем"],
    ["uk", 21, "21 проблема"],
    ["uk", 24, "24 проблеми"],
    ["ru", 1, "1 проблема"],
    ["ru", 3, "3 проблемы"],
    ["ru", 7, "7 проблем"],
    ["ar", 1, "مشكلة واحدة"],
    ["ar", 2, "مشكلتان"],
    ["ar", 3, "3 مشكلات"],
    ["ar", 11, "11 مشكلة"],
    ["fa", 3, "۳ مشکل"],
    ["tr", 4, "4 sorun"],
  ] as const)("%s, %i → %s", (locale, count, expected) => {
    expect(pluralText(PROBLEM_COUNT, locale, count)).toBe(expected);
  });
});

describe("renderDocument", () => {
  it("marks Arabic and Farsi pages right to left", () => {
    expect(renderDocument("ar", "t", "")).toContain('<html lang="ar" dir="rtl">');
    expect(renderDocument("fa", "t", "")).toContain('<html lang="fa" dir="rtl">');
  });

  it("leaves left-to-right pages without dir, German and English as before", () => {
    expect(renderDocument("de", "t", "")).toContain('<html lang="de">\n');
    expect(renderDocument("en", "t", "")).toContain('<html lang="en">\n');
    expect(renderDocument("uk", "t", "")).toContain('<html lang="uk">\n');
    expect(renderDocument("tr", "t", "")).toContain("<title>t – Entegrasyon Rehberleri</title>");
  });
});

describe("renderErrorPage", () => {
  const entry = httpErrors.validation_failed;
  const page = (
    locale: "ar" | "uk" | "de",
    issues: { field: string; message: string; language?: string }[],
  ) =>
    renderErrorPage({
      locale,
      title: entry.title[locale],
      message: entry.message[locale],
      hint: entry.hint[locale],
      backUrl: "https://site.example/x/",
      nothingStored: true,
      issues,
    });

  it("renders labels, the count, the back link and the tip in the page's language", () => {
    const html = page("uk", [
      { field: "consent", message: "a" },
      { field: "contactEmail", message: "b" },
    ]);

    expect(html).toContain('<h2 id="problems">2 проблеми</h2>');
    expect(html).toContain("<strong>Захист даних:</strong> a");
    expect(html).toContain("<strong>Електронна пошта:</strong> b");
    expect(html).toContain(`${entry.message.uk} ${PAGE_TEXT.nothingStored.uk}`);
    expect(html).toContain('<a href="https://site.example/x/">Назад до форми</a>');
    expect(html).toContain(`<p>${PAGE_TEXT.backTip.uk}</p>`);
  });

  it("marks a message that fell back to English with its language and direction", () => {
    const html = page("ar", [{ field: "categories", message: "Please <choose>", language: "en" }]);

    expect(html).toContain(
      '<li><strong>المجالات:</strong> <span lang="en" dir="ltr">Please &lt;choose&gt;</span></li>',
    );
  });

  it("does not mark a message in the page's own language", () => {
    const html = page("de", [{ field: "name", message: "m", language: "de" }]);

    expect(html).toContain("<li><strong>Name:</strong> m</li>");
  });
});
