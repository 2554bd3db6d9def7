import { tzOffset } from "@date-fns/tz";

/*
 * Wall-clock time in a time zone ↔ instants, with @date-fns/tz's `tzOffset` (Intl data, never
 * the process time zone). Deliberately not the `TZDate` constructor: in @date-fns/tz 1.5 it
 * resolves the repeated hour of an autumn switch differently depending on the process time
 * zone (02:30 on 25 October 2026 in Berlin became 00:30Z under TZ=Europe/Berlin but 01:30Z
 * under TZ=UTC), and Workers, CI and laptops all run in different zones.
 */

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

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
 * This is also what Temporal calls `disambiguation: "compatible"`.
 *
 * @example
 * zonedInstant("2026-03-17", "18:00", "Europe/Berlin").toISOString()
 * //=> "2026-03-17T17:00:00.000Z"
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const wall = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    Number(time.slice(0, 2)),
    Number(time.slice(3, 5)),
  );
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
 * The local calendar date of an instant in a time zone.
 *
 * @example
 * zonedParts(new Date("2026-03-28T23:30:00Z"), "Europe/Berlin").date
 * //=> "2026-03-29"
 */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const local = new Date(instant.getTime() + offsetAt(timeZone, instant.getTime()) * MS_PER_MINUTE);
  return {
    date: local.toISOString().slice(0, 10),
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
  };
}
