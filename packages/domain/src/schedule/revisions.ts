import * as z from "zod";
import { isDated } from "./queries.js";
import type { DatedOccurrence, Occurrence } from "./schema.js";

/*
 * Editors change a date in place: a new time or room in the same file leaves no trace in the
 * content from which a SEQUENCE could be derived, and a counter they must remember to raise
 * is one they forget. So we compare with what was published last time: a short fingerprint
 * of what a calendar must not miss, and the SEQUENCE it went out with.
 */

/** Occurrence ids: an event id, in a series plus `-YYYYMMDD` (see `expandOccurrences`). */
const OCCURRENCE_ID = /^[a-z0-9][a-z0-9_-]*$/;

/** What was published of one occurrence. */
export const publishedOccurrenceSchema = z.strictObject({
  /** `occurrenceFingerprint` of the occurrence as published: 16 hexadecimal digits. */
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
  /** The SEQUENCE it was published with. */
  sequence: z.number().int().min(0),
});
export type PublishedOccurrence = z.output<typeof publishedOccurrenceSchema>;

/**
 * The state of the calendar files as last published: occurrence id → fingerprint and
 * SEQUENCE. Kept by the publisher (the site commits it as JSON) and fed back into
 * `reviseSequences` on the next publication.
 */
export const publishedCalendarStateSchema = z.record(
  z.string().max(100).regex(OCCURRENCE_ID),
  publishedOccurrenceSchema,
);
export type PublishedCalendarState = z.output<typeof publishedCalendarStateSchema>;

/** What `reviseSequences` returns. */
export interface RevisedSequences {
  /** The occurrences in the order given, each with its SEQUENCE to publish. */
  occurrences: Occurrence[];
  /** The state to publish with them and to feed back next time (ids in code-point order). */
  state: PublishedCalendarState;
  /** Ids whose entry differs from the state passed in (new, changed or raised), sorted. */
  changed: string[];
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;
const utf8 = new TextEncoder();

/** 64-bit FNV-1a of the UTF-8 bytes, as 16 hex digits: plain JS, the same everywhere. */
function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of utf8.encode(text)) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  return hash.toString(16).padStart(16, "0");
}

/**
 * A short, stable fingerprint of what subscribers must not miss about a dated occurrence:
 * its start and end instants, its location and its status. Pure JS (no Node built-ins), so
 * it gives the same 16 hex digits in Node, browsers and Workers, in any process time zone.
 *
 * The title and description do not count, on purpose: RFC 5545 (3.8.7.4) asks for a new
 * SEQUENCE on changes of time and status, not of text; a title exists per language while
 * the SEQUENCE is shared by every language's feed; and fixing a typo or adding an English
 * title should not churn the published state. To push a text change to calendars anyway,
 * raise the event's `revision`.
 *
 * Changing what goes in (or the hash) changes every fingerprint, and so raises every
 * published SEQUENCE once: harmless, but a test pins the value so it is never an accident.
 *
 * @example
 * // 16 June 2026, 18:00–20:00 in Berlin, at the Kreishaus, confirmed
 * occurrenceFingerprint(occurrence) //=> "5b27e1209c7c9f25"
 */
export function occurrenceFingerprint(occurrence: DatedOccurrence): string {
  return fnv1a64(
    JSON.stringify([
      occurrence.start.toISOString(),
      occurrence.end.toISOString(),
      occurrence.location ?? null,
      occurrence.status,
    ]),
  );
}

/**
 * Gives each dated occurrence the SEQUENCE to publish, given the state published last time,
 * and returns the state to publish with it. An occurrence's SEQUENCE is
 * - its derived sequence (`expandOccurrences`) when it was never published,
 * - the published one when its fingerprint is unchanged,
 * - the published one plus one when its time, place or status changed,
 * and never lower than the derived one, so a manual `revision` still counts. Fed its own
 * state back, it changes nothing: same sequences, same state, same calendar bytes.
 *
 * Tentative occurrences (no calendar entry yet) pass through unchanged and are not recorded.
 * Ids missing from `occurrences` (a deleted date, or one outside a `from`/`to` range) keep
 * their entry, so re-adding them can never lower a SEQUENCE; to take a date out of people's
 * calendars, cancel it rather than delete it.
 *
 * Pure: no I/O, no clock. Validate a stored state with `publishedCalendarStateSchema` (e.g.
 * through `parseWith`) before passing it in.
 *
 * @example
 * const first = reviseSequences(expandOccurrences(events, { timeZone }), {});
 * // … the talk moves from 18:00 to 19:00 in the same file …
 * reviseSequences(expandOccurrences(edited, { timeZone }), first.state).occurrences[0].sequence
 * //=> 1
 */
export function reviseSequences(
  occurrences: readonly Occurrence[],
  published: PublishedCalendarState,
): RevisedSequences {
  const current = new Map<string, PublishedOccurrence>();
  const changed: string[] = [];
  const revised = occurrences.map((occurrence): Occurrence => {
    if (!isDated(occurrence)) return occurrence;
    const { id } = occurrence;
    const fingerprint = occurrenceFingerprint(occurrence);
    const before = Object.hasOwn(published, id) ? published[id] : undefined;
    const sequence =
      before === undefined
        ? occurrence.sequence
        : Math.max(
            occurrence.sequence,
            before.fingerprint === fingerprint ? before.sequence : before.sequence + 1,
          );
    current.set(id, { fingerprint, sequence });
    if (before?.fingerprint !== fingerprint || before.sequence !== sequence) changed.push(id);
    return sequence === occurrence.sequence ? occurrence : { ...occurrence, sequence };
  });
  for (const [id, entry] of Object.entries(published)) {
    if (!current.has(id))
      current.set(id, { fingerprint: entry.fingerprint, sequence: entry.sequence });
  }
  const state: PublishedCalendarState = {};
  for (const id of [...current.keys()].sort(byCodePoint)) {
    const entry = current.get(id);
    if (entry) state[id] = entry;
  }
  return { occurrences: revised, state, changed: [...new Set(changed)].sort(byCodePoint) };
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The state as JSON text, ids sorted, two-space indented, with a final newline: the same
 * state always gives the same bytes, so a committed file changes only when the state does.
 *
 * @example
 * formatPublishedCalendarState({ vortrag: { fingerprint: "5b27e1209c7c9f25", sequence: 1 } })
 * //=> '{\n  "vortrag": {\n    "fingerprint": "5b27e1209c7c9f25",\n    "sequence": 1\n  }\n}\n'
 */
export function formatPublishedCalendarState(state: PublishedCalendarState): string {
  const sorted: PublishedCalendarState = {};
  for (const id of Object.keys(state).sort(byCodePoint)) {
    const entry = state[id];
    if (entry) sorted[id] = { fingerprint: entry.fingerprint, sequence: entry.sequence };
  }
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
