/**
 * The languages of the site. German is the district's language and lives at the root;
 * English is the bridge language with the main pages; the others get a one-page summary
 * with the help request form, written by machine and awaiting review by native speakers.
 */
export const LOCALES = ["de", "en", "ar", "fa", "uk", "ru", "tr"] as const;
export type Locale = (typeof LOCALES)[number];

export interface LocaleInfo {
  /** BCP 47 tag, used for `lang`, `hreflang` and message catalogues. */
  tag: Locale;
  /** Writing direction. */
  dir: "ltr" | "rtl";
  /** Name of the language in itself (for the language switcher). */
  nativeName: string;
  /** OpenGraph locale (`de_DE`). */
  ogLocale: string;
  /** `full`: the site's pages; `summary`: one page plus the help request form. */
  coverage: "full" | "summary";
  /** Texts were made by machine and await review by a native speaker. */
  machineTranslated: boolean;
}

export const LOCALE_INFO: Readonly<Record<Locale, LocaleInfo>> = {
  de: {
    tag: "de",
    dir: "ltr",
    nativeName: "Deutsch",
    ogLocale: "de_DE",
    coverage: "full",
    machineTranslated: false,
  },
  en: {
    tag: "en",
    dir: "ltr",
    nativeName: "English",
    ogLocale: "en_GB",
    coverage: "full",
    machineTranslated: false,
  },
  ar: {
    tag: "ar",
    dir: "rtl",
    nativeName: "العربية",
    ogLocale: "ar_AR",
    coverage: "summary",
    machineTranslated: true,
  },
  fa: {
    tag: "fa",
    dir: "rtl",
    nativeName: "فارسی",
    ogLocale: "fa_IR",
    coverage: "summary",
    machineTranslated: true,
  },
  uk: {
    tag: "uk",
    dir: "ltr",
    nativeName: "Українська",
    ogLocale: "uk_UA",
    coverage: "summary",
    machineTranslated: true,
  },
  ru: {
    tag: "ru",
    dir: "ltr",
    nativeName: "Русский",
    ogLocale: "ru_RU",
    coverage: "summary",
    machineTranslated: true,
  },
  tr: {
    tag: "tr",
    dir: "ltr",
    nativeName: "Türkçe",
    ogLocale: "tr_TR",
    coverage: "summary",
    machineTranslated: true,
  },
};

export const SUMMARY_LOCALES = LOCALES.filter((l) => LOCALE_INFO[l].coverage === "summary");

/**
 * Keys a summary language must translate: everything its two pages (summary and help
 * request with thank-you page) and the page frame use. German and English need every key.
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
  "footer.",
  "placeholder.",
] as const;

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
