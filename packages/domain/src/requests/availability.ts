import { isoWeekday } from "../calendar/day-number.js";
import type { WeeklySlot } from "../schemas/common.js";
import type { TimePreference } from "../schemas/help-request.js";

/** A preferred time reduced to what weekly availability can be compared with. */
export interface PreferredWindow {
  /** ISO weekday, 1 = Monday; for a concrete date its weekday. */
  weekday: number;
  /** The concrete day, when the person named one. */
  date?: string;
  /** Local start, `HH:MM`. */
  from: string;
  /** Local end, `HH:MM`. */
  to: string;
}

/**
 * How a volunteer's weekly availability meets a request's preferred times:
 * - `flexible`: the request names no times, so any volunteer suits;
 * - `confirmed`: a weekly slot overlaps a preferred window (the first such window, in the
 *   person's order, is given);
 * - `unknown`: the volunteer has not stated any availability — still suggested, but below
 *   those with a confirmed overlap;
 * - `none`: the volunteer stated availability and none of it fits.
 */
export type AvailabilityMatch =
  | { kind: "flexible" }
  | { kind: "unknown" }
  | { kind: "none" }
  | ({ kind: "confirmed" } & PreferredWindow);

const FLEXIBLE: AvailabilityMatch = Object.freeze({ kind: "flexible" });
const UNKNOWN: AvailabilityMatch = Object.freeze({ kind: "unknown" });
const NONE: AvailabilityMatch = Object.freeze({ kind: "none" });

/**
 * Turns a request's preferred times into weekday windows; a concrete date becomes a window
 * on its ISO weekday that remembers the date.
 *
 * @example
 * preferredWindows([{ date: "2026-03-17", from: "09:00", to: "12:00" }])
 * //=> [{ weekday: 2, date: "2026-03-17", from: "09:00", to: "12:00" }]
 */
export function preferredWindows(times: readonly TimePreference[]): PreferredWindow[] {
  return times.map((time) =>
    "date" in time
      ? { weekday: isoWeekday(time.date), date: time.date, from: time.from, to: time.to }
      : { weekday: time.weekday, from: time.from, to: time.to },
  );
}

/**
 * Compares weekly slots with preferred windows. Two windows fit when they overlap by more
 * than zero minutes (`HH:MM` strings compare correctly as text); the overlap is returned.
 *
 * @example
 * matchAvailability(
 *   [{ weekday: 2, from: "18:00", to: "21:00" }],
 *   [{ weekday: 2, from: "17:00", to: "19:00" }],
 * )
 * //=> { kind: "confirmed", weekday: 2, from: "18:00", to: "19:00" }
 */
export function matchAvailability(
  slots: readonly WeeklySlot[],
  windows: readonly PreferredWindow[],
): AvailabilityMatch {
  if (windows.length === 0) return FLEXIBLE;
  if (slots.length === 0) return UNKNOWN;
  for (const window of windows) {
    let bestFrom: string | undefined;
    let bestTo = "";
    for (const slot of slots) {
      if (slot.weekday !== window.weekday) continue;
      const from = later(slot.from, window.from);
      const to = earlier(slot.to, window.to);
      if (from >= to) continue;
      if (bestFrom === undefined || from < bestFrom || (from === bestFrom && to > bestTo)) {
        bestFrom = from;
        bestTo = to;
      }
    }
    if (bestFrom !== undefined) return { kind: "confirmed", ...window, from: bestFrom, to: bestTo };
  }
  return NONE;
}

function later(a: string, b: string): string {
  if (a > b) return a;
  return b;
}

function earlier(a: string, b: string): string {
  if (a < b) return a;
  return b;
}
