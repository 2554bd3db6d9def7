import { zonedInstant } from "../calendar/zoned.js";
import { compactDate } from "./occurrence-id.js";
import { byStart, byTentativePeriod } from "./order.js";
import { seriesDates } from "./recurrence.js";
import type { Occurrence, ProgrammeEvent, SeriesException } from "./schema.js";

/** Options of `expandOccurrences`. */
export interface ExpandOptions {
  /** IANA time zone the dates are written in: the district's (`district.timeZone`). */
  timeZone: string;
  /** Leave out dated occurrences that end at or before this instant. */
  from?: Date | undefined;
  /** Leave out dated occurrences that start at or after this instant. */
  to?: Date | undefined;
}

/**
 * Turns the programme into concrete occurrences: single dates as they are, series expanded
 * day by day with their exceptions applied, wall-clock times resolved to instants in the
 * district's time zone (never the process's). Dated occurrences come first, sorted by start
 * (then id); tentative ones follow, sorted by year, then month or season, then id.
 *
 * Ids: a single or tentative date keeps the event id; a series occurrence gets
 * `${event.id}-${YYYYMMDD of its original date}`, which a move does not change. The
 * sequence is derived from the content: the event revision, plus one when the event is
 * cancelled (so cancelling alone raises SEQUENCE), plus, for a changed occurrence of a
 * series, the exception's revision. Edits in place (a new time or place in the same file)
 * leave no such trace: `reviseSequences` raises those against the state last published.
 * A cancelled event cancels all its occurrences; tentative dates are not filtered by
 * `from`/`to` (they have no instants).
 *
 * Wall-clock times follow RFC 5545 on DST switches (see `zonedInstant`): a time skipped in
 * spring moves forward by the gap (02:30 → 03:30), a repeated autumn time is the first one.
 * Should that leave the end not after the start (02:30–03:30 on the spring night), the
 * occurrence keeps its planned length from the moved start (03:30–04:30).
 *
 * Expects events parsed by `programmeEventSchema` (or `parseProgrammeEvents`). Throws a
 * `RangeError` only for an unknown time zone.
 *
 * @example
 * expandOccurrences([talk], { timeZone: "Europe/Berlin" })[0]
 * //=> { id: "vortrag-jobcenter", date: "2026-03-17", start: 2026-03-17T17:00:00.000Z, … }
 */
export function expandOccurrences(events: ProgrammeEvent[], options: ExpandOptions): Occurrence[] {
  const { timeZone } = options;
  const from = options.from?.getTime() ?? Number.NEGATIVE_INFINITY;
  const to = options.to?.getTime() ?? Number.POSITIVE_INFINITY;
  const dated: Occurrence[] = [];
  const tentative: Occurrence[] = [];
  const inRange = (start: Date, end: Date) => end.getTime() > from && start.getTime() < to;

  for (const event of events) {
    const { when } = event;
    const eventStatus = event.status === "cancelled" ? "cancelled" : "confirmed";
    // Cancelling is a change subscribers must see: one above the revision, no counter to bump.
    const sequence = event.revision + (event.status === "cancelled" ? 1 : 0);
    const location = event.location !== undefined ? { location: event.location } : {};
    if (when.type === "tentative") {
      tentative.push({
        id: event.id,
        event,
        ...location,
        status: event.status === "cancelled" ? "cancelled" : "tentative",
        sequence,
      });
      continue;
    }
    if (when.type === "single") {
      const { start, end } = span(when.date, when.start, when.end, timeZone);
      if (!inRange(start, end)) continue;
      dated.push({
        id: event.id,
        event,
        date: when.date,
        start,
        end,
        ...location,
        status: eventStatus,
        sequence,
      });
      continue;
    }
    const exceptions = new Map<string, SeriesException>();
    for (const exception of when.exceptions) exceptions.set(exception.date, exception);
    for (const originalDate of seriesDates(when)) {
      const exception = exceptions.get(originalDate);
      const moved = exception?.status === "moved" ? exception : undefined;
      const date = moved?.newDate ?? originalDate;
      const { start, end } = span(
        date,
        moved?.start ?? when.start,
        moved?.end ?? when.end,
        timeZone,
      );
      if (!inRange(start, end)) continue;
      const place = moved?.location ?? event.location;
      dated.push({
        id: `${event.id}-${compactDate(originalDate)}`,
        event,
        date,
        originalDate,
        start,
        end,
        ...(place !== undefined ? { location: place } : {}),
        status: exception?.status === "cancelled" ? "cancelled" : eventStatus,
        ...(moved ? { moved: true } : {}),
        sequence: sequence + (exception?.revision ?? 0),
      });
    }
  }

  dated.sort(byStart);
  tentative.sort(byTentativePeriod);
  return dated.concat(tentative);
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Start and end instants of a local day and time window. */
function span(date: string, startTime: string, endTime: string, timeZone: string) {
  const start = zonedInstant(date, startTime, timeZone);
  let end = zonedInstant(date, endTime, timeZone);
  if (end.getTime() <= start.getTime()) {
    end = new Date(start.getTime() + (minutesOf(endTime) - minutesOf(startTime)) * 60_000);
  }
  return { start, end };
}
