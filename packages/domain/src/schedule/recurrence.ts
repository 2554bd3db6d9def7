import { daysInMonth } from "../calendar/calendar-date.js";
import { dayNumber, dayNumberOf, isoDateOf, isoWeekdayOf } from "../calendar/day-number.js";
import type { Recurrence } from "./schema.js";

/** The part of a series that decides on which days it happens. */
export interface SeriesDays {
  recurrence: Recurrence;
  /** First local day the series may start on. */
  from: string;
  /** Last local day (inclusive). */
  until: string;
}

/**
 * The original local days of a series (before exceptions), in order. Weekly series count
 * their interval from the first matching day on or after `from`, as an RRULE does from its
 * DTSTART; `until` is inclusive.
 *
 * @example
 * seriesDates({
 *   recurrence: { frequency: "weekly", interval: 2, weekday: 2 },
 *   from: "2026-03-16",
 *   until: "2026-04-14",
 * })
 * //=> ["2026-03-17", "2026-03-31", "2026-04-14"]
 */
export function seriesDates(series: SeriesDays): string[] {
  const first = dayNumber(series.from);
  const last = dayNumber(series.until);
  const days: string[] = [];
  const { recurrence } = series;
  if (recurrence.frequency === "weekly") {
    const step = 7 * recurrence.interval;
    const start = first + ((recurrence.weekday - isoWeekdayOf(first) + 7) % 7);
    for (let day = start; day <= last; day += step) days.push(isoDateOf(day));
    return days;
  }
  let year = Number(series.from.slice(0, 4));
  let month = Number(series.from.slice(5, 7));
  const lastYear = Number(series.until.slice(0, 4));
  const lastMonth = Number(series.until.slice(5, 7));
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    const day = nthWeekdayOfMonth(year, month, recurrence.weekday, recurrence.ordinal);
    if (day >= first && day <= last) days.push(isoDateOf(day));
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return days;
}

/** Day number of the n-th (1–4) or last (-1) given weekday of a month. */
function nthWeekdayOfMonth(year: number, month: number, weekday: number, ordinal: number): number {
  if (ordinal === -1) {
    const lastDay = dayNumberOf(year, month, daysInMonth(year, month));
    return lastDay - ((isoWeekdayOf(lastDay) - weekday + 7) % 7);
  }
  const firstDay = dayNumberOf(year, month, 1);
  return firstDay + ((weekday - isoWeekdayOf(firstDay) + 7) % 7) + 7 * (ordinal - 1);
}
