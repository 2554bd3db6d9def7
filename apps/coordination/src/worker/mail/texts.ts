import { languageName } from "@integrationspaten/domain";
import { workspaceDistrict } from "../../shared/district.js";

/*
 * The facts a volunteer needs to decide, in German or English — never the requester's
 * name, contact or description. Other languages fall back to German; every e-mail
 * carries German first.
 */

export type MailLocale = "de" | "en";

/** The languages e-mails are written in besides German (the volunteer's, where we have it). */
export function mailLocaleOf(languages: readonly string[]): MailLocale | undefined {
  return languages.some((l) => l === "en") ? "en" : undefined;
}

const WEEKDAYS = {
  de: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};
const TIMES_OF_DAY = {
  de: { morning: "vormittags", afternoon: "nachmittags", evening: "abends" },
  en: { morning: "mornings", afternoon: "afternoons", evening: "evenings" },
};

export interface RequestFacts {
  readonly category: string;
  readonly municipality: string;
  readonly languages: readonly string[];
  readonly preferredDate?: string | undefined;
  readonly weekdays?: readonly number[] | undefined;
  readonly timesOfDay?: readonly ("morning" | "afternoon" | "evening")[] | undefined;
}

export function categoryName(id: string, locale: MailLocale): string {
  const label = workspaceDistrict().district.categories.find((c) => c.id === id)?.label;
  return (label as Record<string, string> | undefined)?.[locale] ?? label?.de ?? id;
}

export function municipalityName(id: string): string {
  return workspaceDistrict().district.municipalities.find((m) => m.id === id)?.name ?? id;
}

export function formatDay(date: string, locale: MailLocale): string {
  return new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date}T12:00:00Z`));
}

export function formatInstant(iso: string, locale: MailLocale): string {
  return new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
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
  if (days.length > 0) parts.push(days.join(", "));
  const times = (facts.timesOfDay ?? []).map((t) => TIMES_OF_DAY[locale][t]);
  if (times.length > 0) parts.push(times.join(", "));
  if (parts.length === 0) return locale === "de" ? "flexibel" : "flexible";
  return parts.join("; ");
}

export function languageList(languages: readonly string[], locale: MailLocale): string {
  return languages.map((l) => languageName(l, locale)).join(", ");
}
