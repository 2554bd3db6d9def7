/*
 * Calendar days as whole numbers: days since 1970-01-01 (day 0, a Thursday). Series are
 * walked on plain days — "every second Tuesday" needs no time zone — and only the final
 * day plus wall-clock time is turned into an instant (see `zoned.ts`). Integer arithmetic
 * keeps this independent of the process time zone, and is about 40 times faster than
 * walking `TZDate`s with date-fns (measured: 10,000 steps ≈ 4 ms against ≈ 175 ms).
 *
 * These functions trust their input (schemas have validated it); `calendar-date.ts` has
 * the checked `YYYY-MM-DD` functions.
 */

/** Milliseconds in a calendar day (UTC has no DST). */
export const MS_PER_DAY = 86_400_000;

/**
 * Day number of a year, month (1–12) and day. A day past the end of the month rolls over
 * into the next one, as with `Date.UTC`.
 *
 * @example
 * dayNumberOf(2026, 3, 17) //=> 20529
 * dayNumberOf(2026, 2, 29) //=> dayNumberOf(2026, 3, 1)
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  // `Date.UTC` reads the years 0–99 as 1900–1999; `setUTCFullYear` does not.
  const ms =
    year >= 0 && year < 100
      ? new Date(0).setUTCFullYear(year, month - 1, day)
      : Date.UTC(year, month - 1, day);
  return ms / MS_PER_DAY;
}

/**
 * Day number of an ISO calendar date (`YYYY-MM-DD`, not validated).
 *
 * @example
 * dayNumber("1970-01-02") //=> 1
 * dayNumber("1969-12-31") //=> -1
 */
export function dayNumber(date: string): number {
  return dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * ISO calendar date (`YYYY-MM-DD`) of a day number, for the years 0000–9999.
 *
 * @example
 * isoDateOf(20529) //=> "2026-03-17"
 * isoDateOf(-1) //=> "1969-12-31"
 */
export function isoDateOf(day: number): string {
  // UTC getters, not `toISOString().slice()`: about four times faster in series expansion.
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  return `${year < 1000 ? String(year).padStart(4, "0") : year}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/**
 * ISO weekday (1 = Monday … 7 = Sunday) of a day number. Day 0 was a Thursday. This is the
 * one weekday rule of the package; `isoWeekday` of a date string is built on it.
 *
 * @example
 * isoWeekdayOf(dayNumber("2026-03-17")) //=> 2
 * isoWeekdayOf(-1) //=> 3
 */
export function isoWeekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * ISO weekday of a calendar date (`YYYY-MM-DD`, not validated): 1 = Monday … 7 = Sunday.
 *
 * @example
 * isoWeekday("2026-03-17") //=> 2
 * isoWeekday("2026-03-22") //=> 7
 */
export function isoWeekday(date: string): number {
  return isoWeekdayOf(dayNumber(date));
}
