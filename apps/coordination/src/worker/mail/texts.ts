import {
  isSiteLocale,
  languageName,
  SITE_LOCALES,
  type SiteLocale,
  type TextDirection,
  textDirection,
} from "@integrationspaten/domain";
import { workspaceDistrict } from "../../shared/district.js";

/*
 * The facts a volunteer needs to decide, in the site's languages (German, English,
 * Arabic, Ukrainian, Turkish, Persian, Russian) — never the requester's name, contact or
 * description. Every e-mail carries German first; the volunteer's own language follows
 * where we have it.
 */

/** The languages volunteers' e-mails and pages are written in: the site's. */
export type MailLocale = SiteLocale;
export const MAIL_LOCALES: readonly MailLocale[] = SITE_LOCALES;
export const isMailLocale: (value: string) => value is MailLocale = isSiteLocale;

/** Each language's name in itself (the language links, the e-mail's separator). */
export const LOCALE_NAMES: Readonly<Record<MailLocale, string>> = {
  de: "Deutsch",
  en: "English",
  ar: "العربية",
  fa: "فارسی",
  uk: "Українська",
  ru: "Русский",
  tr: "Türkçe",
};

export function localeDirection(locale: MailLocale): TextDirection {
  return textDirection(locale);
}

/**
 * Which of our languages a spoken-language tag is: its primary subtag (`ar-SY` is
 * Arabic), except `fa-AF`, which is Dari (as the domain's matching has it), not Persian.
 */
export function mailLocaleOfTag(tag: string): MailLocale | undefined {
  const [primary = "", ...rest] = tag.trim().toLowerCase().split("-");
  if (primary === "fa" && rest.includes("af")) return undefined;
  return isMailLocale(primary) ? primary : undefined;
}

/** A language of a volunteer's profile: a tag, or a tag with the self-assessed level. */
export type SpokenLanguage = string | { readonly language: string; readonly level?: string };

/**
 * The language written besides German: the first of the volunteer's languages (native
 * ones first, otherwise the profile's order) that we have texts for — not German.
 */
export function mailLocaleOf(
  languages: readonly SpokenLanguage[],
): Exclude<MailLocale, "de"> | undefined {
  const skills = languages.map((l) => (typeof l === "string" ? { language: l } : l));
  const ordered = [
    ...skills.filter((l) => l.level === "native"),
    ...skills.filter((l) => l.level !== "native"),
  ];
  for (const { language } of ordered) {
    const locale = mailLocaleOfTag(language);
    if (locale && locale !== "de") return locale;
  }
  return undefined;
}

/** The link of a volunteer's page in their language (German needs no parameter). */
export function linkIn(link: string, locale: MailLocale | undefined): string {
  if (!locale || locale === "de") return link;
  return `${link}${link.includes("?") ? "&" : "?"}lang=${locale}`;
}

const WEEKDAYS: Readonly<Record<MailLocale, readonly string[]>> = {
  de: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  ar: ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
  fa: ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"],
  uk: ["понеділок", "вівторок", "середа", "четвер", "п’ятниця", "субота", "неділя"],
  ru: ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
  tr: ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
};
// The words of the help request form (apps/site), as adverbs.
const TIMES_OF_DAY: Readonly<
  Record<MailLocale, Readonly<Record<"morning" | "afternoon" | "evening", string>>>
> = {
  de: { morning: "vormittags", afternoon: "nachmittags", evening: "abends" },
  en: { morning: "mornings", afternoon: "afternoons", evening: "evenings" },
  ar: { morning: "صباحًا", afternoon: "بعد الظهر", evening: "مساءً" },
  fa: { morning: "صبح", afternoon: "بعدازظهر", evening: "عصر" },
  uk: { morning: "зранку", afternoon: "удень", evening: "увечері" },
  ru: { morning: "утром", afternoon: "днём", evening: "вечером" },
  tr: { morning: "sabah", afternoon: "öğleden sonra", evening: "akşam" },
};
/** "Whenever suits" — nothing was said about the time. */
const FLEXIBLE: Readonly<Record<MailLocale, string>> = {
  de: "flexibel",
  en: "flexible",
  ar: "مرنة",
  fa: "انعطاف‌پذیر",
  uk: "за домовленістю",
  ru: "по договорённости",
  tr: "esnek",
};
/*
 * Intl names Kurmanji (`kmr`) just "Kurdish" and Sorani (`ckb`) "Central Kurdish" in these
 * languages too; the domain corrects only German and English.
 */
const LANGUAGE_NAMES: Readonly<Partial<Record<MailLocale, Readonly<Record<string, string>>>>> = {
  ar: { kmr: "الكرمانجية", ckb: "السورانية" },
  fa: { kmr: "کرمانجی", ckb: "سورانی" },
  uk: { kmr: "курманджі", ckb: "сорані" },
  ru: { kmr: "курманджи", ckb: "сорани" },
  tr: { kmr: "Kurmancca", ckb: "Soranca" },
};

/** Separates the items of a list (Arabic and Persian have their own comma). */
function comma(locale: MailLocale): string {
  return localeDirection(locale) === "rtl" ? "، " : ", ";
}

export interface RequestFacts {
  readonly category: string;
  readonly municipality: string;
  readonly languages: readonly string[];
  readonly preferredDate?: string | undefined;
  readonly weekdays?: readonly number[] | undefined;
  readonly timesOfDay?: readonly ("morning" | "afternoon" | "evening")[] | undefined;
}

/** The category's label in `locale`; German where the district has no such label. */
export function categoryName(id: string, locale: MailLocale): string {
  return categoryLabel(id, locale).text;
}

/**
 * A category's label in `locale`, and the language it is really in: the district's
 * catalogue may have only German (and English), so a page marks the fallback `lang="de"`.
 */
export function categoryLabel(id: string, locale: MailLocale): { text: string; lang: string } {
  const label = workspaceDistrict().district.categories.find((c) => c.id === id)?.label as
    | Record<string, string | undefined>
    | undefined;
  const own = label?.[locale];
  return own ? { text: own, lang: locale } : { text: label?.de ?? id, lang: "de" };
}

/** A municipality's name: a proper name, the same in every language. */
export function municipalityName(id: string): string {
  return workspaceDistrict().district.municipalities.find((m) => m.id === id)?.name ?? id;
}

const INTL_LOCALES: Readonly<Record<MailLocale, string>> = {
  de: "de-DE",
  en: "en-GB",
  ar: "ar",
  fa: "fa",
  uk: "uk",
  ru: "ru",
  tr: "tr",
};

/**
 * Dates as the German text has them: the Gregorian calendar (Persian would otherwise get
 * the Solar Hijri one) and Latin digits (Arabic and Persian would get their own).
 */
function dateOptions(locale: MailLocale): Intl.DateTimeFormatOptions {
  return localeDirection(locale) === "rtl"
    ? { calendar: "gregory", numberingSystem: "latn" }
    : { calendar: "gregory" };
}

export function formatDay(date: string, locale: MailLocale): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    ...dateOptions(locale),
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date}T12:00:00Z`));
}

export function formatInstant(iso: string, locale: MailLocale): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    ...dateOptions(locale),
    dateStyle: "full",
    timeStyle: "short",
    timeZone: workspaceDistrict().district.timeZone,
  }).format(new Date(iso));
}

/** When it suits, as one phrase ("flexibel" when nothing was said). */
export function preferredTimes(facts: RequestFacts, locale: MailLocale): string {
  const parts: string[] = [];
  if (facts.preferredDate) parts.push(formatDay(facts.preferredDate, locale));
  const days = (facts.weekdays ?? []).map((d) => WEEKDAYS[locale][d - 1]).filter(Boolean);
  if (days.length > 0) parts.push(days.join(comma(locale)));
  const times = (facts.timesOfDay ?? []).map((t) => TIMES_OF_DAY[locale][t]).filter(Boolean);
  if (times.length > 0) parts.push(times.join(comma(locale)));
  if (parts.length === 0) return FLEXIBLE[locale];
  return parts.join(localeDirection(locale) === "rtl" ? "؛ " : "; ");
}

export function languageList(languages: readonly string[], locale: MailLocale): string {
  return languages
    .map((l) => LANGUAGE_NAMES[locale]?.[l] ?? languageName(l, locale))
    .join(comma(locale));
}
