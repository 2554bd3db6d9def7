import { tzOffset } from "@date-fns/tz";
import { addMonths } from "./calendar-date.js";
import { dayNumber, isoDateOf, MS_PER_DAY } from "./day-number.js";

/*
 * Wall-clock time in a time zone ↔ instants, with @date-fns/tz's `tzOffset` (Intl data, never
 * the process time zone — Workers run in UTC, so at 00:30 in Berlin the server would still be
 * on yesterday). The time zone is always an explicit argument.
 *
 * Deliberately not the `TZDate` constructor: in @date-fns/tz 1.5 it resolves the repeated
 * hour of an autumn switch differently depending on the process time zone (02:30 on
 * 25 October 2026 in Berlin became 00:30Z under TZ=Europe/Berlin but 01:30Z under TZ=UTC),
 * and Workers, CI and laptops all run in different zones.
 */

const MS_PER_MINUTE = 60_000;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

function offsetAt(timeZone: string, instant: number): number {
  const offset = tzOffset(timeZone, new Date(instant));
  if (Number.isNaN(offset)) throw new RangeError(`Unknown time zone "${timeZone}"`);
  return offset;
}

/**
 * The instant of a local date and wall-clock time in a time zone, resolved as RFC 5545
 * (3.3.5) resolves a DATE-TIME with TZID:
 * - a time that does not exist (skipped by the spring switch) is read with the UTC offset
 *   *before* the gap, so it lands as far after the gap as it was into it
 *   (02:30 on 29 March 2026 in Berlin → 03:30 CEST = 01:30Z);
 * - a time that exists twice (the autumn switch) is the *first* of the two
 *   (02:30 on 25 October 2026 in Berlin → 02:30 CEST = 00:30Z).
 * This is also what Temporal calls `disambiguation: "compatible"`. Throws a `RangeError` for
 * an unknown time zone.
 *
 * @example
 * zonedInstant("2026-03-17", "18:00", "Europe/Berlin").toISOString()
 * //=> "2026-03-17T17:00:00.000Z"
 * zonedInstant("2026-03-29", "02:30", "Europe/Berlin").toISOString()
 * //=> "2026-03-29T01:30:00.000Z"
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const wall =
    dayNumber(date) * MS_PER_DAY +
    (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))) * MS_PER_MINUTE;
  // Offsets a day either side: no time zone changes its offset twice within two days.
  const before = offsetAt(timeZone, wall - MS_PER_DAY);
  const after = offsetAt(timeZone, wall + MS_PER_DAY);
  const early = wall - before * MS_PER_MINUTE;
  if (before === after) return new Date(early);
  const late = wall - after * MS_PER_MINUTE;
  const earlyExists = offsetAt(timeZone, early) === before;
  const lateExists = offsetAt(timeZone, late) === after;
  if (earlyExists && lateExists) return new Date(Math.min(early, late));
  if (lateExists) return new Date(late);
  // Exists with the earlier offset only, or not at all (a gap): use the offset before it.
  return new Date(early);
}

/** Local calendar parts of an instant in a time zone. */
export interface ZonedParts {
  /** `YYYY-MM-DD` */
  date: string;
  year: number;
  /** 1–12 */
  month: number;
}

/**
 * The local calendar date of an instant in a time zone: the district's "today", not the
 * server's. The instant is a `Date`, milliseconds since the epoch, or an ISO string that
 * `Date` can parse; an invalid one or an unknown time zone throws a `RangeError`.
 *
 * @example
 * zonedParts(new Date("2026-03-28T23:30:00Z"), "Europe/Berlin")
 * //=> { date: "2026-03-29", year: 2026, month: 3 }
 * zonedParts("2026-03-28T23:30:00Z", "UTC").date
 * //=> "2026-03-28"
 */
export function zonedParts(instant: Date | string | number, timeZone: string): ZonedParts {
  const time = typeof instant === "string" ? Date.parse(instant) : Number(instant);
  if (Number.isNaN(time)) throw new RangeError(`Expected a valid instant, got "${instant}".`);
  const localTime = time + offsetAt(timeZone, time) * MS_PER_MINUTE;
  const local = new Date(localTime);
  return {
    date: isoDateOf(Math.floor(localTime / MS_PER_DAY)),
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
  };
}

/**
 * Just the `date` of `zonedParts`.
 *
 * @example
 * zonedDate("2026-07-01T22:30:00Z", "Europe/Berlin") //=> "2026-07-02"
 */
export function zonedDate(instant: Date | string | number, timeZone: string): string {
  return zonedParts(instant, timeZone).date;
}

/**
 * The instant `months` calendar months before `instant`, counted on the wall clock of
 * the offset written in `instant` (so "6 months before 31 August, 10:00 +02:00" is
 * "28 February, 10:00 +02:00"). The offset is the caller's explicit time zone; the
 * server's is never used. Returns milliseconds since the epoch; throws a `RangeError` for
 * anything but an ISO instant with offset on a real calendar date.
 *
 * @example
 * monthsBeforeInstant("2026-08-31T10:00:00+02:00", 6) === Date.parse("2026-02-28T10:00:00+02:00")
 * //=> true
 */
export function monthsBeforeInstant(instant: string, months: number): number {
  const match = INSTANT.exec(instant);
  if (!match) throw new RangeError(`Expected an ISO instant with offset, got "${instant}".`);
  const [, date = "", h, mi, s, fraction, offset = "Z"] = match;
  const offsetMinutes =
    offset.toUpperCase() === "Z"
      ? 0
      : (offset.startsWith("-") ? -1 : 1) *
        (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const wallClock =
    dayNumber(addMonths(date, -months)) * MS_PER_DAY +
    ((Number(h) * 60 + Number(mi)) * 60 + Number(s)) * 1000 +
    Math.floor(Number(`0${fraction ?? ""}`) * 1000);
  return wallClock - offsetMinutes * MS_PER_MINUTE;
}
