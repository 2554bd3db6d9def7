import { byStart, byStartDescending, byTentativePeriod } from "./order.js";
import type { DatedOccurrence, Occurrence } from "./schema.js";

/**
 * Whether an occurrence has a day and a time (everything but tentative dates).
 *
 * @example
 * expandOccurrences(events, { timeZone }).filter(isDated)
 */
export function isDated(occurrence: Occurrence): occurrence is DatedOccurrence {
  return (
    occurrence.start !== undefined && occurrence.end !== undefined && occurrence.date !== undefined
  );
}

/**
 * Occurrences that have not ended yet (`end > now`, so one in progress still counts),
 * soonest first, followed by all tentative ones. Cancelled occurrences stay in, so the site
 * can show them struck through.
 *
 * @example
 * upcomingOccurrences(occurrences, new Date("2026-03-17T18:00:00Z"))
 * //=> [the 17 March meeting until 19:30, …, "Frühjahr 2027, Termin folgt"]
 */
export function upcomingOccurrences(occurrences: Occurrence[], now: Date): Occurrence[] {
  const instant = now.getTime();
  const dated = occurrences.filter((o) => isDated(o) && o.end.getTime() > instant).sort(byStart);
  const tentative = occurrences.filter((o) => !isDated(o)).sort(byTentativePeriod);
  return dated.concat(tentative);
}

/**
 * Occurrences that have ended (`end <= now`), most recent first. Tentative ones are never
 * past.
 *
 * @example
 * pastOccurrences(occurrences, new Date("2026-03-17T18:30:00Z"))[0]?.date //=> "2026-03-17"
 */
export function pastOccurrences(occurrences: Occurrence[], now: Date): Occurrence[] {
  const instant = now.getTime();
  return occurrences
    .filter((o) => isDated(o) && o.end.getTime() <= instant)
    .sort(byStartDescending);
}

/**
 * The next occurrence that will take place: the first upcoming one (not yet ended, so one
 * in progress counts) that has a time, is not cancelled and matches `predicate`.
 * Tentative dates are never "next": with only a tentative meeting ahead this returns
 * `undefined`; show `upcomingOccurrences(…).filter((o) => !isDated(o))` for those.
 *
 * @example
 * // "next meeting" of all volunteers
 * nextOccurrence(occurrences, now, (o) => o.event.kind === "meeting")
 * //=> { id: "treffen-20260402", date: "2026-04-02", … }
 */
export function nextOccurrence(
  occurrences: Occurrence[],
  now: Date,
  predicate: (occurrence: Occurrence) => boolean = () => true,
): DatedOccurrence | undefined {
  const instant = now.getTime();
  let next: DatedOccurrence | undefined;
  for (const o of occurrences) {
    if (!isDated(o) || o.status === "cancelled" || o.end.getTime() <= instant) continue;
    if (next !== undefined && byStart(o, next) >= 0) continue;
    if (predicate(o)) next = o;
  }
  return next;
}
