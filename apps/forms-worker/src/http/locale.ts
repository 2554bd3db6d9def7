import {
  BRIDGE_SITE_LOCALE,
  DEFAULT_SITE_LOCALE,
  isSiteLocale,
  type MessageKey,
  registerMessages,
  type SiteLocale,
} from "@integrationspaten/domain";
import { allMessages } from "@integrationspaten/domain/messages";
import type { MessageLocale } from "./errors.js";

/*
 * Which language a request speaks. The site's languages and page paths are the domain's
 * contract with the site; what is the worker's own is reading Accept-Language, the choice
 * between German and English for its JSON messages, and the site language of its HTML
 * pages.
 */

// The validation messages of every site language: a plain form post's error page, and a
// 422's field messages, speak the form's language (German is built into the domain; the
// others fall back to English where their catalogue lacks a message).
registerMessages(...allMessages);

/** `de-AT` → `de`, `EN` → `en`. */
function primary(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
}

/**
 * The language ranges of an Accept-Language header, best first (q-values respected,
 * `q=0` dropped, order kept among equals).
 *
 * @example
 * acceptedLanguages("en;q=0.5, de-DE, fr;q=0")
 * //=> ["de", "en"]
 */
export function acceptedLanguages(header: string | null): string[] {
  if (!header) return [];
  return header
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [range = "", ...params] = part.split(";");
      const q = params
        .map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)?.[1])
        .find((v) => v !== undefined);
      return { tag: primary(range), q: q === undefined ? 1 : Number(q), index };
    })
    .filter(
      (entry) => /^([a-z]{1,8}|\*)$/.test(entry.tag) && Number.isFinite(entry.q) && entry.q > 0,
    )
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

/**
 * The site locale of a submission: the form's `locale` field when it names a site
 * language, else the best site language of Accept-Language, else German.
 *
 * @example
 * siteLocale("ar", "de") //=> "ar"
 * siteLocale(undefined, "fr, en;q=0.8") //=> "en"
 */
export function siteLocale(
  formLocale: string | undefined,
  acceptLanguage: string | null,
): SiteLocale {
  if (formLocale !== undefined) {
    const tag = primary(formLocale);
    if (isSiteLocale(tag)) return tag;
  }
  const accepted = acceptedLanguages(acceptLanguage).filter((tag) => tag !== "*");
  // Someone whose browser asks only for languages the site lacks reads English best.
  return (
    accepted.find(isSiteLocale) ?? (accepted.length > 0 ? BRIDGE_SITE_LOCALE : DEFAULT_SITE_LOCALE)
  );
}

/**
 * The language of the JSON answers' error messages: German or English (the contract with
 * the site; HTML pages speak the {@link siteLocale} instead). The form's `locale` field
 * decides when present (`de` → German, anything else → English); otherwise
 * Accept-Language (its best of `de`/`en`; other languages → English). Without either,
 * German, the district's language.
 *
 * @example
 * messageLocale(undefined, "tr, de;q=0.5") //=> "de"
 * messageLocale("ar", "de") //=> "en"
 */
export function messageLocale(
  formLocale: string | undefined,
  acceptLanguage: string | null,
): MessageLocale {
  if (formLocale !== undefined && formLocale.trim() !== "") {
    return primary(formLocale) === "de" ? "de" : "en";
  }
  const accepted = acceptedLanguages(acceptLanguage);
  if (accepted.length === 0) return "de";
  const best = accepted.find((tag) => tag === "de" || tag === "en" || tag === "*");
  if (best === undefined) return "en";
  return best === "en" ? "en" : "de";
}

/**
 * The language a validation message of the domain is really in: the locale's catalogue,
 * else the language it falls back to for that message (English), else German.
 *
 * @example
 * messageLanguage("ar", "consent.required") //=> "ar"
 * messageLanguage("ar", "district.noCategories") //=> "en" (the Arabic catalogue lacks it)
 */
export function messageLanguage(locale: SiteLocale, key: MessageKey): string {
  for (
    let catalogue = allMessages.find((c) => c.locale === locale);
    catalogue !== undefined;
    catalogue = catalogue.fallback
  ) {
    if (Object.hasOwn(catalogue.messages, key)) return catalogue.locale;
  }
  return DEFAULT_SITE_LOCALE;
}
