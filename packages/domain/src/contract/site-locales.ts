/**
 * The languages of the public site, shared by the site (which renders a page per language)
 * and the forms worker (which redirects to those pages and stores the form's language).
 */

/**
 * Language tags (BCP 47) of the site's pages. German is the district's language and lives
 * at the root; English is the bridge language with the main pages; the others have a
 * summary page and the help request form, the languages newcomers most often speak.
 */
export const SITE_LOCALES = ["de", "en", "ar", "fa", "uk", "ru", "tr"] as const;

/** One of the site's languages. */
export type SiteLocale = (typeof SITE_LOCALES)[number];

/** The district's language: the site's root, and the answer when nothing else is known. */
export const DEFAULT_SITE_LOCALE = "de" satisfies SiteLocale;

/**
 * The bridge language: what someone reads best whose language the site lacks (a page the
 * chosen language does not have falls back to it, too).
 */
export const BRIDGE_SITE_LOCALE = "en" satisfies SiteLocale;

/** Writing direction of a language (the `dir` attribute). */
export type TextDirection = "ltr" | "rtl";

const RIGHT_TO_LEFT: ReadonlySet<SiteLocale> = new Set(["ar", "fa"]);

/**
 * Whether a string names one of the site's languages (exactly; no case folding or
 * region stripping).
 *
 * @example
 * isSiteLocale("fa") //=> true
 * isSiteLocale("fr") //=> false
 */
export function isSiteLocale(value: string): value is SiteLocale {
  return (SITE_LOCALES as readonly string[]).includes(value);
}

/**
 * The writing direction of a site language.
 *
 * @example
 * textDirection("ar") //=> "rtl"
 * textDirection("uk") //=> "ltr"
 */
export function textDirection(locale: SiteLocale): TextDirection {
  return RIGHT_TO_LEFT.has(locale) ? "rtl" : "ltr";
}
