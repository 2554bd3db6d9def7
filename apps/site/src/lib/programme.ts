import { getCollection } from "astro:content";
import {
  expandOccurrences,
  isDated,
  type Occurrence,
  pastOccurrences,
  reviseSequences,
  upcomingOccurrences,
} from "@integrationspaten/domain";
import { district } from "../config";
import publishedCalendar from "../content/calendar-published.json";
import { parsePublishedCalendar } from "./calendar-sequences";
import type { ProgrammeEntry } from "./programme-files";

/** When the site was built: "upcoming" and "past" are relative to it (rebuild daily). */
export const BUILD_TIME = new Date();

export interface Programme {
  /**
   * Every occurrence, dated first (by start), then tentative, each with the SEQUENCE to
   * publish: for the date files raised against `src/content/calendar-published.json` (see
   * calendar-sequences), for the workspace's training sessions the workspace's own.
   */
  occurrences: Occurrence[];
  upcoming: Occurrence[];
  past: Occurrence[];
  /** Whether an event is example content the district still has to replace. */
  isExample: (occurrence: Occurrence) => boolean;
}

let cached: Promise<Programme> | undefined;

/**
 * The programme from the `dates` collection, expanded in the district's time zone. The
 * SEQUENCE of a date file's occurrence is revised against the committed state of the
 * published calendars (the build rewrites that file when they changed, see the site-build
 * integration); a training session from the workspace keeps the workspace's `sequence`,
 * which rises with every change a calendar shows, and stays out of that file.
 */
export function loadProgramme(): Promise<Programme> {
  // The dev server refreshes the collection while it runs (sessions-refresh integration).
  if (import.meta.env.DEV) return buildProgramme();
  cached ??= buildProgramme();
  return cached;
}

async function buildProgramme(): Promise<Programme> {
  const entries = (await getCollection("dates")).map(
    (entry) => entry.data as unknown as ProgrammeEntry,
  );
  const examples = new Set(entries.filter((e) => e.example).map((e) => e.event.id));
  const workspaceSequences = new Map(
    entries.flatMap((e) => (e.source === "workspace" ? [[e.event.id, e.sequence] as const] : [])),
  );
  const expanded = expandOccurrences(
    entries.map((e) => e.event),
    { timeZone: district.timeZone },
  );
  const fromFiles = expanded.filter((o) => !workspaceSequences.has(o.event.id));
  const revised = new Map(
    reviseSequences(fromFiles, parsePublishedCalendar(publishedCalendar)).occurrences.map((o) => [
      o.id,
      o,
    ]),
  );
  const occurrences = expanded.map((occurrence) => {
    const sequence = workspaceSequences.get(occurrence.event.id);
    if (sequence !== undefined) return { ...occurrence, sequence };
    return revised.get(occurrence.id) ?? occurrence;
  });
  return {
    occurrences,
    upcoming: upcomingOccurrences(occurrences, BUILD_TIME),
    past: pastOccurrences(occurrences, BUILD_TIME),
    isExample: (occurrence) => examples.has(occurrence.event.id),
  };
}

/** Occurrences that can go into a calendar file (they have a day and a time). */
export function datedOccurrences(programme: Programme) {
  return programme.occurrences.filter(isDated);
}

/** German slugs of the per-audience feeds (`/termine/zielgruppe/<slug>.ics`). */
export const AUDIENCE_FEEDS = {
  public: "oeffentlich",
  trainees: "teilnehmende",
  volunteers: "patinnen-und-paten",
} as const;
