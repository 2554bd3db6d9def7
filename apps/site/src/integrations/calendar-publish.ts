import { readdir, readFile, writeFile } from "node:fs/promises";
import { formatPublishedCalendarState } from "@integrationspaten/domain";
// Explicit `.ts`: `pnpm calendar:publish` runs this module in plain Node (type stripping).
import {
  PUBLISHED_CALENDAR_FILE,
  programmeSequences,
  readPublishedCalendar,
} from "../lib/calendar-sequences.ts";
import { validateDateFiles } from "../lib/programme-files.ts";

/** The state the calendars are (to be) published with, compared with the committed file. */
export interface CalendarPublication {
  /** The committed state file. */
  file: URL;
  /** Text the file must have: the state after publishing the current date files. */
  text: string;
  /** Whether the committed file differs from `text` (missing counts as different). */
  stale: boolean;
  /** Occurrence ids whose entry changed (empty when only the formatting differs). */
  changed: string[];
}

async function readIfPresent(file: URL): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Reads the date files and the committed state of the site at `root` and works out the
 * state the build publishes. The same inputs give the same result as the pages' own
 * computation (`loadProgramme`): fed back its own state, `reviseSequences` changes nothing.
 */
export async function calendarPublication(root: URL): Promise<CalendarPublication> {
  const directory = new URL("src/content/dates/", root);
  const names = (await readdir(directory)).filter((name) => name.endsWith(".json"));
  const files = await Promise.all(
    names.map(async (name) => ({ name, text: await readFile(new URL(name, directory), "utf8") })),
  );
  const dates = validateDateFiles(files);
  if (!dates.ok) {
    throw new Error(
      `Die Termine in src/content/dates/ sind ungültig / The date files are invalid:\n  ${dates.errors.join("\n  ")}`,
    );
  }
  const file = new URL(PUBLISHED_CALENDAR_FILE, root);
  const committed = await readIfPresent(file);
  const { state, changed } = programmeSequences(
    dates.entries.map((entry) => entry.event),
    readPublishedCalendar(committed),
  );
  const text = formatPublishedCalendarState(state);
  return { file, text, stale: text !== committed, changed };
}

/** Writes the state file when it is stale; returns whether it wrote. */
export async function writeCalendarPublication(publication: CalendarPublication): Promise<boolean> {
  if (!publication.stale) return false;
  await writeFile(publication.file, publication.text);
  return true;
}
