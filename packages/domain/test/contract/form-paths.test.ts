import { describe, expect, it } from "vitest";
import { FORM_PAGES, formPath, thankYouPath } from "../../src/contract/form-paths.js";
import { SITE_LOCALES } from "../../src/contract/site-locales.js";
import type { SubmissionKind } from "../../src/schemas/form-encoding.js";

const KINDS = Object.keys(FORM_PAGES) as SubmissionKind[];
const allPaths = KINDS.flatMap((kind) => [
  ...Object.values(FORM_PAGES[kind].form),
  ...Object.values(FORM_PAGES[kind].thanks),
]);

describe("FORM_PAGES", () => {
  it.each(SITE_LOCALES)(
    "gives the help request a form page and a thank-you page in %s",
    (locale) => {
      expect(FORM_PAGES.help_request.form[locale]).toMatch(/^\/.+\/$/);
      expect(FORM_PAGES.help_request.thanks[locale]).toMatch(/^\/.+\/$/);
    },
  );

  it("has both forms in every site language", () => {
    for (const kind of ["volunteer_signup", "help_request"] as const) {
      expect(Object.keys(FORM_PAGES[kind].form).sort()).toEqual([...SITE_LOCALES].sort());
      expect(Object.keys(FORM_PAGES[kind].thanks).sort()).toEqual([...SITE_LOCALES].sort());
    }
  });

  it.each(allPaths)("writes %s as a site path that starts and ends with a slash", (path) => {
    expect(path).toMatch(/^\/[a-z0-9/-]*\/$/);
    expect(path).not.toContain("//");
  });

  it("gives every page of every form its own path", () => {
    expect(new Set(allPaths).size).toBe(allPaths.length);
  });

  it("keeps German at the root and every other language under its tag", () => {
    for (const kind of KINDS) {
      for (const paths of [FORM_PAGES[kind].form, FORM_PAGES[kind].thanks]) {
        for (const [locale, path] of Object.entries(paths)) {
          if (locale === "de") expect(path).not.toMatch(/^\/[a-z]{2}\//);
          else expect(path.startsWith(`/${locale}/`)).toBe(true);
        }
      }
    }
  });

  it("puts each thank-you page below its form page", () => {
    for (const kind of KINDS) {
      for (const [locale, thanks] of Object.entries(FORM_PAGES[kind].thanks)) {
        const form = (FORM_PAGES[kind].form as Record<string, string>)[locale] ?? "";
        expect(thanks.startsWith(form) && thanks !== form, `${kind} ${locale}`).toBe(true);
      }
    }
  });
});

describe("formPath and thankYouPath", () => {
  it("name the pages the site publishes", () => {
    expect(thankYouPath("volunteer_signup", "de")).toBe("/mitmachen/danke/");
    expect(thankYouPath("volunteer_signup", "en")).toBe("/en/volunteer/thanks/");
    expect(thankYouPath("help_request", "de")).toBe("/hilfe-anfragen/danke/");
    expect(thankYouPath("help_request", "ru")).toBe("/ru/request-help/thanks/");
    expect(formPath("volunteer_signup", "de")).toBe("/mitmachen/");
    expect(formPath("help_request", "ar")).toBe("/ar/request-help/");
  });

  it.each(SITE_LOCALES)("keep a help request and a sign-up in %s in its own language", (locale) => {
    for (const kind of ["help_request", "volunteer_signup"] as const) {
      expect(formPath(kind, locale)).toBe(FORM_PAGES[kind].form[locale]);
      expect(thankYouPath(kind, locale)).toBe(FORM_PAGES[kind].thanks[locale]);
    }
    expect(formPath("volunteer_signup", "ar")).toBe("/ar/volunteer/");
  });
});
