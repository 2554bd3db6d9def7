import type { Occurrence } from "./schema.js";

/**
 * File name of an occurrence's calendar file. The id is kept to `a-z0-9_-` by the schema,
 * so it is safe in a URL and a file system.
 *
 * @example
 * calendarFileName(occurrence) //=> "stammtisch-20260317.ics"
 */
export function calendarFileName(occurrence: Occurrence): string {
  return `${occurrence.id}.ics`;
}
