/*
 * Calendar dates in a district's time zone. Matching compares plain `YYYY-MM-DD` strings
 * (certificate validity, good-conduct checks, concrete appointment days); "today" must be
 * the district's today, not the server's — Workers run in UTC, so at 00:30 in Berlin the
 * server would still be on yesterday.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date (`YYYY-MM-DD`) of an instant in a time zone. Uses the `en-CA` format,
 * which is ISO-shaped, so no date library is needed.
 *
 * @example
 * localDate("2026-03-28T23:30:00Z", "Europe/Berlin")
 * //=> "2026-03-29"
 */
export function localDate(instant: string | number | Date, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(typeof instant === "string" ? new Date(instant) : instant);
}

function parts(date: string): [year: number, month: number, day: number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/**
 * ISO weekday of a calendar date: 1 = Monday … 7 = Sunday.
 *
 * @example
 * isoWeekday("2026-03-17")
 * //=> 2
 */
export function isoWeekday(date: string): number {
  const [year, month, day] = parts(date);
  const sundayBased = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return sundayBased === 0 ? 7 : sundayBased;
}

/**
 * The same calendar day a number of years earlier; 29 February becomes 28 February.
 *
 * @example
 * yearsBefore("2028-02-29", 5)
 * //=> "2023-02-28"
 */
export function yearsBefore(date: string, years: number): string {
  const [year, month, day] = parts(date);
  const target = year - years;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(target, 4)}-${pad(month, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}
