import { workspaceDistrict } from "../../shared/district.js";
import type { Locale } from "../i18n/locale.js";

/*
 * Dates and times for people in the district: instants are shown in the district's time
 * zone (not the browser's), calendar days as they are.
 */

const { timeZone } = workspaceDistrict().district;

/** An instant (`2026-11-20T09:15:00Z`) as a date and time in the district's zone. */
export function formatInstant(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(date);
}

/** An instant as a calendar day in the district's zone. */
export function formatInstantDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(date);
}

/** A calendar day (`2026-12-03`) with its weekday. */
export function formatDay(day: string, locale: Locale): string {
  const [year, month, date] = day.split("-").map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat(locale, {
    weekday: "short",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, month - 1, date)));
}

/** ISO weekdays 1 (Monday) … 7 (Sunday) with their names. */
export function weekdays(locale: Locale): { value: number; name: string }[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  // 2024-01-01 was a Monday.
  return [1, 2, 3, 4, 5, 6, 7].map((value) => ({
    value,
    name: format.format(new Date(Date.UTC(2024, 0, value))),
  }));
}

/** Today's calendar day in the district's zone (`2026-12-01`). */
export function todayInDistrict(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date());
}
