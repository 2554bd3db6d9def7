/*
 * Calendar dates (`YYYY-MM-DD`) without a date library and without the server's time zone:
 * dates are plain year/month/day numbers, and month steps clamp to the end of the month the
 * way people count ("31 January + 1 month" is the last day of February).
 *
 * Every function here that takes a date checks it and throws a `RangeError` on a malformed
 * or impossible one: callers pass dates their schemas have already validated, so reaching
 * that is a bug. For the unchecked fast path used by series expansion, and for weekdays, see
 * `day-number.ts`.
 */

import { dayNumberOf, isoDateOf } from "./day-number.js";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface YearMonthDay {
  year: number;
  /** 1 = January. */
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (1–12) of a year, by the Gregorian leap-year rule.
 *
 * @example
 * daysInMonth(2028, 2) //=> 29
 * daysInMonth(1900, 2) //=> 28
 * daysInMonth(2026, 4) //=> 30
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Year, month and day of a valid `YYYY-MM-DD`, or `undefined`. */
function readDate(text: string): YearMonthDay | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function parseDate(date: string): YearMonthDay {
  const parsed = readDate(date);
  if (!parsed) throw new RangeError(`Expected a calendar date YYYY-MM-DD, got "${date}".`);
  return parsed;
}

function formatDate({ year, month, day }: YearMonthDay): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Whether `text` is a real calendar date in the form `YYYY-MM-DD`.
 *
 * @example
 * isCalendarDate("2028-02-29") //=> true
 * isCalendarDate("2026-02-29") //=> false
 * isCalendarDate("2026-1-01") //=> false
 */
export function isCalendarDate(text: string): boolean {
  return readDate(text) !== undefined;
}

/**
 * Adds (or, when negative, subtracts) calendar months; a day that does not exist in the
 * target month becomes that month's last day.
 *
 * @example
 * addMonths("2026-01-31", 1) //=> "2026-02-28"
 * addMonths("2028-01-31", 1) //=> "2028-02-29"
 * addMonths("2026-05-31", -3) //=> "2026-02-28"
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return formatDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/**
 * Adds (or, when negative, subtracts) days. Counts on day numbers, so it agrees with
 * series expansion.
 *
 * @example
 * addDays("2026-03-01", -1) //=> "2026-02-28"
 * addDays("2028-03-01", -1) //=> "2028-02-29"
 * addDays("2026-12-31", 1) //=> "2027-01-01"
 */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  return isoDateOf(dayNumberOf(year, month, day) + days);
}

/**
 * The same calendar day a number of years earlier; 29 February becomes 28 February.
 *
 * @example
 * yearsBefore("2028-02-29", 5) //=> "2023-02-28"
 * yearsBefore("2028-02-29", 4) //=> "2024-02-29"
 */
export function yearsBefore(date: string, years: number): string {
  return addMonths(date, -12 * years);
}
