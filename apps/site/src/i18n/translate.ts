import type { RequestCategory } from "@integrationspaten/domain";
import ar from "./ar.json";
import de from "./de.json";
import en from "./en.json";
import fa from "./fa.json";
import type { Locale } from "./locales.js";
import ru from "./ru.json";
import tr from "./tr.json";
import uk from "./uk.json";

/** Keys of the UI strings; German is the reference catalogue. */
export type UiKey = keyof typeof de;

/** The UI strings of every language, as loaded from `src/i18n/<bcp47>.json`. */
export const UI_STRINGS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  de,
  en,
  ar,
  fa,
  uk,
  ru,
  tr,
};

export type Translate = (key: UiKey, params?: Readonly<Record<string, string | number>>) => string;

/**
 * Returns the translation function of a language. A key missing in a language is a bug
 * (a test checks every language has every key it needs); the build fails loudly rather
 * than showing text in the wrong language.
 *
 * @example
 * useTranslations("en")("nav.main.dates") //=> "Dates"
 */
export function useTranslations(locale: Locale): Translate {
  const strings = UI_STRINGS[locale];
  return (key, params = {}) => {
    const template = strings[key];
    if (template === undefined) {
      throw new Error(`The UI string "${key}" is missing in src/i18n/${locale}.json.`);
    }
    return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
      params[name] === undefined ? slot : String(params[name]),
    );
  };
}

/** A category's text in a language: district configuration for de/en, UI strings otherwise. */
export function categoryText(
  category: RequestCategory,
  field: "label" | "description" | "hint",
  locale: Locale,
): string | undefined {
  const configured = category[field];
  if (configured === undefined) return undefined;
  const own = configured[locale] ?? UI_STRINGS[locale][`category.${category.id}.${field}`];
  // A category the district added later without a translation: English, the bridge language.
  return own ?? configured.en;
}
