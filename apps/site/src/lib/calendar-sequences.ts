import {
  expandOccurrences,
  type ProgrammeEvent,
  type PublishedCalendarState,
  parseWith,
  publishedCalendarStateSchema,
  type RevisedSequences,
  reviseSequences,
} from "@integrationspaten/domain";
// Explicit `.ts`: `pnpm calendar:publish` runs this module in plain Node (type stripping).
import { district } from "../config.ts";

/*
 * SEQUENCE of the date files' entries in every calendar file and feed: derived from the
 * files by the domain, and raised against the state last published, which this site keeps
 * in git. Editors move a date in place; the committed state is what lets the build notice,
 * so no counter needs bumping by hand. (The workspace's training sessions carry their own
 * SEQUENCE and stay out of this state, see workspace-sessions.ts.)
 */

/** The committed state of the published calendars, relative to the site's root. */
export const PUBLISHED_CALENDAR_FILE = "src/content/calendar-published.json";

/** Command that brings the committed state up to date (also done by every local build). */
export const CALENDAR_PUBLISH_COMMAND = "pnpm --filter @integrationspaten/site calendar:publish";

/**
 * Validates the committed state (already parsed from JSON). Throws, in German and English,
 * naming the file and the command that writes it anew, when it is not what we wrote.
 */
export function parsePublishedCalendar(value: unknown): PublishedCalendarState {
  const result = parseWith(publishedCalendarStateSchema, value, "de");
  if (result.ok) return result.value;
  throw invalidState(result.issues.map((i) => `${i.field || "(Datei)"}: ${i.message}`));
}

/** Like `parsePublishedCalendar`, from the file's text; a missing file (undefined) is `{}`. */
export function readPublishedCalendar(text: string | undefined): PublishedCalendarState {
  if (text === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalidState([`kein gültiges JSON / not valid JSON (${(error as Error).message})`]);
  }
  return parsePublishedCalendar(value);
}

function invalidState(problems: string[]): Error {
  return new Error(
    `${PUBLISHED_CALENDAR_FILE} ist ungültig / is invalid:\n  ${problems.join("\n  ")}\n` +
      `Die Datei wird vom Build geschrieben; bitte nicht von Hand bearbeiten. Stellen Sie die letzte Fassung aus git wieder her und führen Sie \`${CALENDAR_PUBLISH_COMMAND}\` aus.\n` +
      `The build writes this file; do not edit it by hand. Restore the last version from git and run \`${CALENDAR_PUBLISH_COMMAND}\`.`,
  );
}

/**
 * The programme's occurrences in the district's time zone, with the SEQUENCE to publish,
 * and the state to commit after publishing them.
 */
export function programmeSequences(
  events: ProgrammeEvent[],
  published: PublishedCalendarState,
): RevisedSequences {
  return reviseSequences(expandOccurrences(events, { timeZone: district.timeZone }), published);
}

/** What to tell an editor whose commit lacks the updated state (German first). */
export function staleCalendarMessage(changed: string[]): string {
  const ids = changed.length > 0 ? changed.join(", ") : "(nur die Formatierung / formatting only)";
  return [
    `${PUBLISHED_CALENDAR_FILE} ist veraltet: Die Termine wurden geändert (${ids}), der veröffentlichte Kalenderstand nicht. Führen Sie \`${CALENDAR_PUBLISH_COMMAND}\` aus (oder bauen Sie die Website lokal) und committen Sie die Datei mit Ihren Änderungen, damit abonnierte Kalender jede Änderung übernehmen.`,
    `${PUBLISHED_CALENDAR_FILE} is stale: the dates changed (${ids}) but the published calendar state did not. Run \`${CALENDAR_PUBLISH_COMMAND}\` (or build the site locally) and commit the file with your changes, so that subscribed calendars pick up every change.`,
  ].join("\n");
}
