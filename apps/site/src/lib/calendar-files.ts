import type { Occurrence } from "@integrationspaten/domain";
import { feedToIcs, occurrenceToIcs } from "@integrationspaten/domain/ics";
import { district, siteEnvironment } from "../config";
import { BUILD_TIME } from "./programme";

/** Page anchor of an occurrence on the dates page of a language. */
export function occurrenceUrl(occurrence: Occurrence, datesPath: string): string {
  return new URL(`${datesPath}#${occurrence.id}`, siteEnvironment.siteUrl).href;
}

/** Options shared by every calendar file: stable UIDs from the district's domain. */
function options(locale: "de" | "en") {
  const datesPath = locale === "de" ? "/termine/" : "/en/dates/";
  return {
    domain: district.domain,
    generatedAt: BUILD_TIME,
    locale,
    url: (occurrence: Occurrence) => occurrenceUrl(occurrence, datesPath),
  };
}

export function calendarResponse(body: string): Response {
  return new Response(body, { headers: { "Content-Type": "text/calendar; charset=utf-8" } });
}

export function singleCalendar(occurrence: Occurrence, locale: "de" | "en" = "de"): string {
  return occurrenceToIcs(occurrence, options(locale));
}

export function feedCalendar(
  occurrences: Occurrence[],
  name: string,
  locale: "de" | "en" = "de",
): string {
  return feedToIcs(occurrences, { ...options(locale), name, refreshHours: 12 });
}
