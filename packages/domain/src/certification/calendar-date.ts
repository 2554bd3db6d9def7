/**
 * Arithmetic on calendar dates (`YYYY-MM-DD`) and on instants with an explicit offset,
 * without a date library and without the server's time zone: dates are handled as plain
 * year/month/day numbers, and month steps clamp to the end of the month the way people
 * count ("31 January + 1 month" is the last day of February).
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

interface YearMonthDay {
  year: number;
  /** 1 = January. */
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parseDate(date: string): YearMonthDay {
  const match = DATE.exec(date);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    // Callers pass dates their schemas have already validated; reaching this is a bug.
    throw new RangeError(`Expected a calendar date YYYY-MM-DD, got "${date}".`);
  }
  return { year, month, day };
}

function formatDate({ year, month, day }: YearMonthDay): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Moves by whole months and clamps the day to the length of the target month. */
function shiftMonths({ year, month, day }: YearMonthDay, months: number): YearMonthDay {
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return {
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  };
}

/**
 * Whether `text` is a real calendar date in the form `YYYY-MM-DD`.
 *
 * @example
 * isCalendarDate("2028-02-29") //=> true
 * isCalendarDate("2026-02-29") //=> false
 */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 && Number(match[3]) <= daysInMonth(Number(match[1]), month);
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
  return formatDate(shiftMonths(parseDate(date), months));
}

/**
 * Adds (or, when negative, subtracts) days.
 *
 * @example
 * addDays("2026-03-01", -1) //=> "2026-02-28"
 * addDays("2028-03-01", -1) //=> "2028-02-29"
 */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  const shifted = new Date(0);
  shifted.setUTCFullYear(year, month - 1, day + days);
  return formatDate({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  });
}

/**
 * The instant `months` calendar months before `instant`, counted on the wall clock of
 * the offset written in `instant` (so "6 months before 31 August, 10:00 +02:00" is
 * "28 February, 10:00 +02:00"). The offset is the caller's explicit time zone; the
 * server's is never used. Returns milliseconds since the epoch.
 *
 * @example
 * monthsBeforeInstant("2026-08-31T10:00:00+02:00", 6) === Date.parse("2026-02-28T10:00:00+02:00")
 * //=> true
 */
export function monthsBeforeInstant(instant: string, months: number): number {
  const match = INSTANT.exec(instant);
  if (!match) throw new RangeError(`Expected an ISO instant with offset, got "${instant}".`);
  const [, y, mo, d, h, mi, s, fraction, offset = "Z"] = match;
  const date = shiftMonths({ year: Number(y), month: Number(mo), day: Number(d) }, -months);
  const offsetMinutes =
    offset.toUpperCase() === "Z"
      ? 0
      : (offset.startsWith("-") ? -1 : 1) *
        (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const wallClock = new Date(0);
  wallClock.setUTCFullYear(date.year, date.month - 1, date.day);
  wallClock.setUTCHours(
    Number(h),
    Number(mi),
    Number(s),
    Math.floor(Number(`0${fraction ?? ""}`) * 1000),
  );
  return wallClock.getTime() - offsetMinutes * 60_000;
}
