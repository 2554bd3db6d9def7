import { translate } from "../i18n/messages.js";
import { dateTimeFormat, textLocale } from "./intl.js";
import type { Occurrence, ProgrammeEvent } from "./schema.js";

/** Language and time zone of a formatted date. */
export interface DateFormatOptions {
  /** BCP 47 tag of the page language; `en` is formatted as British English. */
  locale: string;
  /** IANA time zone of the district, e.g. `Europe/Berlin`. */
  timeZone: string;
}

const DAY: Intl.DateTimeFormatOptions = {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
};
const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

/**
 * The day of an instant, in the district's time zone.
 *
 * @example
 * formatDate(new Date("2026-03-17T17:00:00Z"), { locale: "de", timeZone: "Europe/Berlin" })
 * //=> "Dienstag, 17. März 2026"
 */
export function formatDate(instant: Date, options: DateFormatOptions): string {
  return dateTimeFormat(options.locale, options.timeZone, DAY, "day").format(instant);
}

/**
 * The wall-clock times of a span, in the district's time zone.
 *
 * @example
 * formatTimeRange(start, end, { locale: "de", timeZone: "Europe/Berlin" }) //=> "18:00–19:30 Uhr"
 * formatTimeRange(start, end, { locale: "en", timeZone: "Europe/Berlin" }) //=> "18:00–19:30"
 */
export function formatTimeRange(start: Date, end: Date, options: DateFormatOptions): string {
  return dateTimeFormat(options.locale, options.timeZone, TIME, "time").formatRange(start, end);
}

/**
 * A month and year, e.g. for a heading; `month` is 1–12.
 *
 * @example
 * formatMonth(2026, 3, "de") //=> "März 2026"
 */
export function formatMonth(year: number, month: number, locale: string): string {
  const format = dateTimeFormat(locale, "UTC", { month: "long", year: "numeric" }, "month");
  return format.format(new Date(Date.UTC(year, month - 1, 15)));
}

/**
 * A date that has no time yet, e.g. "Frühjahr 2027, Termin folgt". Languages without the
 * schedule texts get the whole phrase in English rather than a mix.
 *
 * @example
 * formatTentative({ type: "tentative", year: 2027, season: "spring" }, "en")
 * //=> "Spring 2027, date to be announced"
 */
export function formatTentative(
  when: Extract<ProgrammeEvent["when"], { type: "tentative" }>,
  locale: string,
): string {
  const language = textLocale(locale);
  let period: string;
  if (when.month !== undefined) period = formatMonth(when.year, when.month, language);
  else if (when.season !== undefined)
    period = translate(language, `schedule.season.${when.season}` as const, { year: when.year });
  else period = String(when.year);
  return translate(language, "schedule.tentative", { period });
}

/**
 * An occurrence as one line of text: day, date and times in the district's time zone, or
 * the rough period of a tentative date. Other languages go through Intl with the Gregorian
 * calendar (Arabic, Farsi, Ukrainian, Russian, Turkish …).
 *
 * @example
 * formatOccurrence(occurrence, { locale: "de", timeZone: "Europe/Berlin" })
 * //=> "Dienstag, 17. März 2026, 18:00–19:30 Uhr"
 * formatOccurrence(occurrence, { locale: "en", timeZone: "Europe/Berlin" })
 * //=> "Tuesday, 17 March 2026, 18:00–19:30"
 * formatOccurrence(tentative, { locale: "de", timeZone: "Europe/Berlin" })
 * //=> "Frühjahr 2027, Termin folgt"
 */
export function formatOccurrence(occurrence: Occurrence, options: DateFormatOptions): string {
  const { start, end, event } = occurrence;
  if (start !== undefined && end !== undefined) {
    const format = dateTimeFormat(options.locale, options.timeZone, { ...DAY, ...TIME }, "full");
    return format.formatRange(start, end);
  }
  if (event.when.type === "tentative") return formatTentative(event.when, options.locale);
  throw new TypeError(`Occurrence "${occurrence.id}" has neither a time nor a tentative period`);
}
