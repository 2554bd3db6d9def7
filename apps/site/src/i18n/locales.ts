import {
  SITE_LOCALES,
  type SiteLocale,
  type TextDirection,
  textDirection,
} from "@integrationspaten/domain";

/**
 * The languages of the site, as the domain's contract with the forms worker names them.
 * German is the district's language and lives at the root; English is the bridge language
 * with the main pages; the others get a one-page summary, the help request form, the
 * volunteer sign-up and the dates,
 * written by machine and awaiting review by native speakers.
 */
export { isSiteLocale as isLocale, SITE_LOCALES as LOCALES } from "@integrationspaten/domain";
export type Locale = SiteLocale;

export interface LocaleInfo {
  /** BCP 47 tag, used for `lang`, `hreflang` and message catalogues. */
  tag: Locale;
  /** Writing direction (the contract's, so the worker would agree). */
  dir: TextDirection;
  /** Name of the language in itself (for the language switcher). */
  nativeName: string;
  /** OpenGraph locale (`de_DE`). */
  ogLocale: string;
  /** `full`: the site's pages; `summary`: a summary, the two forms and the dates. */
  coverage: "full" | "summary";
  /** Texts were made by machine and await review by a native speaker. */
  machineTranslated: boolean;
}

export const LOCALE_INFO: Readonly<Record<Locale, LocaleInfo>> = {
  de: {
    tag: "de",
    dir: textDirection("de"),
    nativeName: "Deutsch",
    ogLocale: "de_DE",
    coverage: "full",
    machineTranslated: false,
  },
  en: {
    tag: "en",
    dir: textDirection("en"),
    nativeName: "English",
    ogLocale: "en_GB",
    coverage: "full",
    machineTranslated: false,
  },
  ar: {
    tag: "ar",
    dir: textDirection("ar"),
    nativeName: "العربية",
    ogLocale: "ar_AR",
    coverage: "summary",
    machineTranslated: true,
  },
  fa: {
    tag: "fa",
    dir: textDirection("fa"),
    nativeName: "فارسی",
    ogLocale: "fa_IR",
    coverage: "summary",
    machineTranslated: true,
  },
  uk: {
    tag: "uk",
    dir: textDirection("uk"),
    nativeName: "Українська",
    ogLocale: "uk_UA",
    coverage: "summary",
    machineTranslated: true,
  },
  ru: {
    tag: "ru",
    dir: textDirection("ru"),
    nativeName: "Русский",
    ogLocale: "ru_RU",
    coverage: "summary",
    machineTranslated: true,
  },
  tr: {
    tag: "tr",
    dir: textDirection("tr"),
    nativeName: "Türkçe",
    ogLocale: "tr_TR",
    coverage: "summary",
    machineTranslated: true,
  },
};

export const SUMMARY_LOCALES = SITE_LOCALES.filter((l) => LOCALE_INFO[l].coverage === "summary");

/**
 * Keys a summary language must translate: everything its pages (summary, help request and
 * volunteer sign-up with their thank-you pages, dates) and the page frame use. German and English need every key.
 * Summary languages also translate the district's request categories
 * (`category.<id>.label`, `.description`, `.hint`), which German and English take from the
 * district configuration.
 */
export const SUMMARY_KEY_PREFIXES = [
  "site.",
  "a11y.",
  "nav.summary.",
  "lang.",
  "review.",
  "summary.",
  "contactField.",
  "form.",
  "help.",
  "thanks.help.",
  "volunteer.",
  "thanks.volunteer.",
  "dates.",
  "footer.",
  "placeholder.",
] as const;
