import { getCollection } from "astro:content";
import {
  isDated,
  type Occurrence,
  pastOccurrences,
  upcomingOccurrences,
} from "@integrationspaten/domain";
import publishedCalendar from "../content/calendar-published.json";
import { parsePublishedCalendar, programmeSequences } from "./calendar-sequences";
import type { ProgrammeEntry } from "./programme-files";

/** When the site was built: "upcoming" and "past" are relative to it (rebuild daily). */
export const BUILD_TIME = new Date();

export interface Programme {
  /**
   * Every occurrence, dated first (by start), then tentative, each with the SEQUENCE to
   * publish (raised against `src/content/calendar-published.json`, see calendar-sequences).
   */
  occurrences: Occurrence[];
  upcoming: Occurrence[];
  past: Occurrence[];
  /** Whether an event is example content the district still has to replace. */
  isExample: (occurrence: Occurrence) => boolean;
}

let cached: Promise<Programme> | undefined;

/**
 * The programme from the `dates` collection, expanded in the district's time zone, with
 * sequences revised against the committed state of the published calendars (the build
 * rewrites that file when they changed, see the site-build integration).
 */
export function loadProgramme(): Promise<Programme> {
  cached ??= (async () => {
    const entries = (await getCollection("dates")).map(
      (entry) => entry.data as unknown as ProgrammeEntry,
    );
    const examples = new Set(entries.filter((e) => e.example).map((e) => e.event.id));
    const { occurrences } = programmeSequences(
      entries.map((e) => e.event),
      parsePublishedCalendar(publishedCalendar),
    );
    return {
      occurrences,
      upcoming: upcomingOccurrences(occurrences, BUILD_TIME),
      past: pastOccurrences(occurrences, BUILD_TIME),
      isExample: (occurrence) => examples.has(occurrence.event.id),
    };
  })();
  return cached;
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
