import type { SubmissionKind } from "../schemas/form-encoding.js";
import { BRIDGE_SITE_LOCALE, type SiteLocale } from "./site-locales.js";

/** Paths of one page per language; English, the bridge language, always has it. */
export type PagePaths = Readonly<Partial<Record<SiteLocale, string>>> & { readonly en: string };

/** The two site pages of a public form. */
export interface FormPages {
  /** The page with the form (the worker's "back to the form" link). */
  readonly form: PagePaths;
  /** Where the worker sends a plain form post once it is accepted. */
  readonly thanks: PagePaths;
}

/**
 * The site's form and thank-you pages per kind and language. Both forms exist in every
 * site language: the programme recruits people with a migration history, who often read
 * German as a second language. A district's site that lacks a language falls back to
 * English (`formPath`).
 */
export const FORM_PAGES = {
  volunteer_signup: {
    form: {
      de: "/mitmachen/",
      en: "/en/volunteer/",
      ar: "/ar/volunteer/",
      fa: "/fa/volunteer/",
      uk: "/uk/volunteer/",
      ru: "/ru/volunteer/",
      tr: "/tr/volunteer/",
    },
    thanks: {
      de: "/mitmachen/danke/",
      en: "/en/volunteer/thanks/",
      ar: "/ar/volunteer/thanks/",
      fa: "/fa/volunteer/thanks/",
      uk: "/uk/volunteer/thanks/",
      ru: "/ru/volunteer/thanks/",
      tr: "/tr/volunteer/thanks/",
    },
  },
  help_request: {
    form: {
      de: "/hilfe-anfragen/",
      en: "/en/request-help/",
      ar: "/ar/request-help/",
      fa: "/fa/request-help/",
      uk: "/uk/request-help/",
      ru: "/ru/request-help/",
      tr: "/tr/request-help/",
    },
    thanks: {
      de: "/hilfe-anfragen/danke/",
      en: "/en/request-help/thanks/",
      ar: "/ar/request-help/thanks/",
      fa: "/fa/request-help/thanks/",
      uk: "/uk/request-help/thanks/",
      ru: "/ru/request-help/thanks/",
      tr: "/tr/request-help/thanks/",
    },
  },
} as const satisfies Readonly<Record<SubmissionKind, FormPages>>;

function pageIn(paths: PagePaths, locale: SiteLocale): string {
  return paths[locale] ?? paths[BRIDGE_SITE_LOCALE];
}

/**
 * Path of a form's page in a language, or in English where the form lacks that language.
 *
 * @example
 * formPath("volunteer_signup", "de") //=> "/mitmachen/"
 * formPath("volunteer_signup", "ar") //=> "/ar/volunteer/"
 */
export function formPath(kind: SubmissionKind, locale: SiteLocale): string {
  return pageIn(FORM_PAGES[kind].form, locale);
}

/**
 * Path of a form's thank-you page in a language, or in English where the form lacks that
 * language.
 *
 * @example
 * thankYouPath("help_request", "fa") //=> "/fa/request-help/thanks/"
 * thankYouPath("volunteer_signup", "tr") //=> "/tr/volunteer/thanks/"
 */
export function thankYouPath(kind: SubmissionKind, locale: SiteLocale): string {
  return pageIn(FORM_PAGES[kind].thanks, locale);
}
