import { CERTIFICATE_CHECK, FORM_PAGES } from "@integrationspaten/domain";
import type { Locale } from "./locales.js";

/**
 * Every page of the site by key, with its path per language. Pages a language does not
 * have are simply missing; the language switcher then links to that language's home.
 * The pages of the two forms come from the domain's contract with the forms worker, which
 * links back to them and redirects to their thank-you pages; so does the certificate check,
 * whose German address is printed on every certificate.
 */
export const ROUTES = {
  home: { de: "/", en: "/en/", ar: "/ar/", fa: "/fa/", uk: "/uk/", ru: "/ru/", tr: "/tr/" },
  project: { de: "/projekt/", en: "/en/project/" },
  news: { de: "/aktuelles/" },
  dates: {
    de: "/termine/",
    en: "/en/dates/",
    ar: "/ar/dates/",
    fa: "/fa/dates/",
    uk: "/uk/dates/",
    ru: "/ru/dates/",
    tr: "/tr/dates/",
  },
  volunteer: FORM_PAGES.volunteer_signup.form,
  volunteerThanks: FORM_PAGES.volunteer_signup.thanks,
  helpRequest: FORM_PAGES.help_request.form,
  helpRequestThanks: FORM_PAGES.help_request.thanks,
  certificateCheck: CERTIFICATE_CHECK.pages,
  contact: { de: "/kontakt/", en: "/en/contact/" },
  legalNotice: { de: "/impressum/" },
  privacy: { de: "/datenschutz/", en: "/en/privacy/" },
  accessibility: { de: "/barrierefreiheit/" },
  easyLanguage: { de: "/leichte-sprache/" },
} as const satisfies Record<string, Partial<Record<Locale, string>>>;

export type PageKey = keyof typeof ROUTES;

/** A page of the frame: a route, or the 404 page (which has no route of its own). */
export type FramePage = PageKey | "notFound";

/** Pages that are not listed in the sitemap and ask search engines not to index them. */
export const UNLISTED_PAGES: ReadonlySet<PageKey> = new Set([
  "volunteerThanks",
  "helpRequestThanks",
]);

/**
 * Path of a page in a language, if that language has it.
 *
 * @example
 * pathFor("project", "en") //=> "/en/project/"
 * pathFor("legalNotice", "en") //=> undefined
 */
export function pathFor(page: FramePage, locale: Locale): string | undefined {
  if (page === "notFound") return undefined;
  return (ROUTES[page] as Partial<Record<Locale, string>>)[locale];
}

/** Path of a page in a language, or else in English (bridge language), or else German. */
export function pathOrFallback(page: PageKey, locale: Locale): { path: string; locale: Locale } {
  for (const candidate of [locale, "en", "de"] as const) {
    const path = pathFor(page, candidate);
    if (path) return { path, locale: candidate };
  }
  throw new Error(`The page "${page}" has no German path.`);
}

/** The languages a page exists in, with their paths. */
export function alternatesOf(page: FramePage): { locale: Locale; path: string }[] {
  if (page === "notFound") return [];
  return Object.entries(ROUTES[page]).map(([locale, path]) => ({ locale: locale as Locale, path }));
}
