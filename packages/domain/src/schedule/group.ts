import { zonedParts } from "../calendar/zoned.js";
import { translate } from "../i18n/messages.js";
import { formatMonth } from "./format.js";
import { textLocale } from "./intl.js";
import { isDated } from "./queries.js";
import type { Occurrence } from "./schema.js";

/** One month of the programme, or the dates that have no time yet. */
export interface OccurrenceMonth {
  /** `YYYY-MM` in the district's time zone, or `tentative`. */
  key: string;
  /** "März 2026" / "March 2026", or "Termin folgt" / "Date to be announced". */
  label: string;
  /** The occurrences of the month, in the order given. */
  occurrences: Occurrence[];
}

/**
 * Groups occurrences by the month they start in (in the district's time zone), keeping
 * the order given: pass `upcomingOccurrences(…)` for a programme, `pastOccurrences(…)` for
 * an archive. Tentative dates form one last group with the key `tentative`.
 *
 * @example
 * groupByMonth(upcoming, { timeZone: "Europe/Berlin", locale: "de" }).map((g) => g.label)
 * //=> ["März 2026", "April 2026", "Termin folgt"]
 */
export function groupByMonth(
  occurrences: Occurrence[],
  options: { timeZone: string; locale: string },
): OccurrenceMonth[] {
  const groups = new Map<string, OccurrenceMonth>();
  const tentative: Occurrence[] = [];
  for (const occurrence of occurrences) {
    if (!isDated(occurrence)) {
      tentative.push(occurrence);
      continue;
    }
    const { year, month } = zonedParts(occurrence.start, options.timeZone);
    const key = `${year}-${String(month).padStart(2, "0")}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { key, label: formatMonth(year, month, options.locale), occurrences: [] };
      groups.set(key, group);
    }
    group.occurrences.push(occurrence);
  }
  const result = [...groups.values()];
  if (tentative.length > 0) {
    const label = translate(textLocale(options.locale), "schedule.tentativeGroup");
    result.push({ key: "tentative", label, occurrences: tentative });
  }
  return result;
}
