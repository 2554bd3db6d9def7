import type { Report } from "../../../shared/api.js";
import { todayInDistrict } from "../../format/dates.js";
import type { Locale } from "../../i18n/locale.js";

/*
 * What the report view derives from the Worker's figures: the years offered, all twelve
 * months of a year (the Worker sends only months with requests), shares and numbers in
 * the UI language.
 */

/** The programme's first year with requests in the workspace. */
const FIRST_YEAR = 2025;

/** The current year in the district's time zone. */
export function currentYear(): number {
  return Number(todayInDistrict().slice(0, 4));
}

/** The years a report can be shown for, newest first: this year back to the first one. */
export function reportYears(): number[] {
  const current = currentYear();
  const years: number[] = [];
  for (let year = current; year >= Math.min(FIRST_YEAR, current); year--) years.push(year);
  return years;
}

export interface MonthFigures {
  /** `YYYY-MM`. */
  month: string;
  received: number;
  tookPlace: number;
}

/** January to December of the report's year, with zero for a month without requests. */
export function monthsOf(report: Report): MonthFigures[] {
  const known = new Map(report.requests.byMonth.map((m) => [m.month, m]));
  return Array.from({ length: 12 }, (_, index) => {
    const month = `${report.year}-${String(index + 1).padStart(2, "0")}`;
    const figures = known.get(month);
    return { month, received: figures?.received ?? 0, tookPlace: figures?.tookPlace ?? 0 };
  });
}

/** A month (`2026-03`) by its name („März“). */
export function monthName(month: string, locale: Locale): string {
  const [year, number] = month.split("-").map(Number);
  if (!year || !number) return month;
  return new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, number - 1, 1)),
  );
}

/** How many requests took place: the outcome `took_place`. */
export function tookPlaceOf(report: Report): number {
  return report.requests.byOutcome.find((o) => o.key === "took_place")?.count ?? 0;
}

/**
 * The day the volunteers' figures are counted on: the year's last day, or today within
 * the current year (as the Worker counts them).
 */
export function countedOn(year: number): string {
  const today = todayInDistrict();
  const end = `${year}-12-31`;
  return today < end ? today : end;
}

export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

export function formatHours(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** A part of a whole as a percentage („42 %“); empty when the whole is zero. */
export function formatShare(part: number, whole: number, locale: Locale): string {
  if (whole <= 0) return "";
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(
    part / whole,
  );
}

/** A calendar day (`2026-12-31`) as a short date („31.12.2026“). */
export function formatDate(day: string, locale: Locale): string {
  const [year, month, date] = day.split("-").map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
}
