import { createEvents, type EventAttributes } from "ics";
import { en } from "../i18n/en.js";
import { type MessageCatalogue, registeredLocales, translate } from "../i18n/messages.js";
import { localizedEventText } from "../schedule/event-text.js";
import { isDated } from "../schedule/queries.js";
import type { DatedOccurrence, Occurrence } from "../schedule/schema.js";
import { foldLine, unfold } from "./fold.js";
import { cleanText, escapeText } from "./text.js";

/** What every calendar file needs besides the occurrences. */
export interface CalendarOptions {
  /** Domain the UIDs are made unique with, e.g. `district.domain`. */
  domain: string;
  /** DTSTAMP of every event: explicit, so the same input gives the same bytes. */
  generatedAt: Date;
  /**
   * Language of title and description (default `de`; missing texts fall back to German) and
   * of the prefix of cancelled dates (German or English; other languages get English).
   */
  locale?: string | undefined;
  /** Page of an occurrence (URL property); defaults to the event's `url`. */
  url?: ((occurrence: Occurrence) => string | undefined) | undefined;
}

/** A subscribable feed: calendar options plus its name and how often clients should poll. */
export type FeedOptions = CalendarOptions & {
  /** Name the calendar app shows for the subscription (X-WR-CALNAME and NAME). */
  name: string;
  /** Suggested refresh interval in hours (REFRESH-INTERVAL and X-PUBLISHED-TTL), default 12. */
  refreshHours?: number | undefined;
};

/** Product identifier of our files (PRODID). */
export const PRODUCT_ID = "-//Integrationspaten//Programm//DE";

const DOMAIN = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i;
// Header properties we write ourselves; whatever `ics` wrote for them is dropped.
const OWN_HEADER = /^(METHOD|X-PUBLISHED-TTL|REFRESH-INTERVAL|X-WR-CALNAME|NAME)[:;]/;

/** The `ics` package reads `timestamp` (DTSTAMP) but does not declare it. */
type IcsEvent = EventAttributes & { timestamp: number };

function checkOptions(options: CalendarOptions): void {
  if (!DOMAIN.test(options.domain)) {
    throw new RangeError(
      `Calendar UIDs need a domain name such as "example.org", got "${options.domain}"`,
    );
  }
  if (Number.isNaN(options.generatedAt.getTime())) {
    throw new RangeError("generatedAt (the DTSTAMP) is not a valid date");
  }
}

/**
 * The language of the few texts a calendar adds itself („Abgesagt: “): the feed's locale
 * when its messages are registered, German for German, else English — a feed is built on
 * a server or at build time, where carrying the English catalogue costs nothing.
 */
function feedLanguage(locale: string): string | MessageCatalogue {
  const base = locale.split("-")[0] ?? "";
  const registered = registeredLocales();
  if (registered.includes(locale) || registered.includes(base)) return locale;
  return base === "de" ? "de" : en;
}

function toIcsEvent(occurrence: DatedOccurrence, options: CalendarOptions): IcsEvent {
  const locale = options.locale ?? "de";
  const { event } = occurrence;
  const description = event.description && cleanText(localizedEventText(event.description, locale));
  const url = options.url ? options.url(occurrence) : event.url;
  const title = localizedEventText(event.title, locale);
  // „Abgesagt: “ in the language the title is in: a title that fell back to German gets a
  // German prefix even in an Arabic feed, not "Cancelled: Stammtisch".
  const base = locale.split("-")[0] ?? "";
  const titleLocale =
    event.title[locale] !== undefined || event.title[base] !== undefined ? locale : "de";
  const cancelled = occurrence.status === "cancelled";
  return {
    uid: `${occurrence.id}@${options.domain.toLowerCase()}`,
    timestamp: options.generatedAt.getTime(),
    // Instants in ms are written as UTC (…Z) whatever the process time zone; the `local`
    // input of `ics` would read them in the process zone (UTC on Workers).
    start: occurrence.start.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: occurrence.end.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    // Some clients ignore STATUS and would show a cancelled date as if it took place.
    title: cleanText(
      cancelled ? translate(feedLanguage(titleLocale), "schedule.cancelled", { title }) : title,
    ),
    ...(description ? { description } : {}),
    ...(occurrence.location !== undefined ? { location: cleanText(occurrence.location) } : {}),
    // Normalised (lower-case host, percent-encoded): the URL check of `ics` is case-sensitive.
    ...(url !== undefined ? { url: new URL(url).href } : {}),
    categories: [escapeText(translate("de", `schedule.kind.${event.kind}` as const))],
    status: cancelled ? "CANCELLED" : "CONFIRMED",
    sequence: occurrence.sequence,
  };
}

/**
 * Runs `ics` and repairs its output: unfolds its 75-character TAB folds, replaces the
 * header properties it gets wrong or lacks, and folds every line at 75 octets.
 */
function serialise(
  occurrences: DatedOccurrence[],
  options: CalendarOptions,
  header: string[],
): string {
  checkOptions(options);
  const events = occurrences.map((occurrence) => toIcsEvent(occurrence, options));
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, method: "PUBLISH" });
  if (error || !value) {
    const reason = error?.message || JSON.stringify(error);
    throw new Error(
      `The ics package rejected the calendar (${reason}); this is a bug in @integrationspaten/domain/ics`,
    );
  }
  const lines = unfold(value).split("\r\n");
  const out: string[] = [];
  let inHeader = true;
  for (const line of lines) {
    if (line === "") continue;
    if (inHeader) {
      if (line.startsWith("BEGIN:") && line !== "BEGIN:VCALENDAR") inHeader = false;
      else if (line === "END:VCALENDAR") inHeader = false;
      if (!inHeader) out.push(...header.map(foldLine));
      else if (OWN_HEADER.test(line)) continue;
    }
    out.push(foldLine(line));
  }
  return `${out.join("\r\n")}\r\n`;
}

function dated(occurrence: Occurrence): DatedOccurrence {
  if (isDated(occurrence)) return occurrence;
  throw new RangeError(
    `Occurrence "${occurrence.id}" has no time yet (${occurrence.status}); tentative dates are left out of calendar files`,
  );
}

/**
 * A calendar file with one occurrence, for a "save to calendar" link. Same UID, SEQUENCE
 * and STATUS as in the feed, so importing it and subscribing do not make duplicates. A
 * cancelled occurrence says so in its SUMMARY too („Abgesagt: …“, "Cancelled: …"; languages
 * without that message use the English one).
 *
 * SEQUENCE is `occurrence.sequence`: pass occurrences through `reviseSequences` first, so
 * that a time or place changed in place since the last publication raises it.
 *
 * Takes occurrences from `expandOccurrences` and returns the file text (CRLF line ends).
 * Throws only on impossible input: a tentative occurrence (offer no download for it), a
 * domain that is not a domain name, an invalid `generatedAt`.
 *
 * @example
 * occurrenceToIcs(occurrence, { domain: district.domain, generatedAt: buildTime })
 * //=> "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…UID:stammtisch-20260317@integration.example\r\n…"
 */
export function occurrenceToIcs(occurrence: Occurrence, options: CalendarOptions): string {
  return serialise([dated(occurrence)], options, ["METHOD:PUBLISH"]);
}

/**
 * A subscribable calendar feed of occurrences, in the order given. Tentative ones are left
 * out until they have a time; cancelled ones stay in with STATUS:CANCELLED, a higher
 * SEQUENCE and „Abgesagt: …“ / "Cancelled: …" before the title, so subscribed calendars
 * update the entry instead of keeping a stale one. Like `occurrenceToIcs`, it writes
 * `occurrence.sequence`: run the occurrences through `reviseSequences` before.
 *
 * Returns the file text (CRLF line ends); throws only on impossible input (see
 * `occurrenceToIcs`, plus an empty name or a refresh interval that is not a positive
 * whole number of hours).
 *
 * @example
 * feedToIcs(expandOccurrences(events, { timeZone: district.timeZone }), {
 *   domain: district.domain,
 *   generatedAt: buildTime,
 *   name: "Integrationspaten – Termine",
 * })
 * //=> "BEGIN:VCALENDAR\r\n…X-WR-CALNAME:Integrationspaten – Termine\r\n…"
 */
export function feedToIcs(occurrences: Occurrence[], options: FeedOptions): string {
  const hours = options.refreshHours ?? 12;
  if (!Number.isInteger(hours) || hours < 1) {
    throw new RangeError(`refreshHours must be a positive whole number, got ${hours}`);
  }
  const name = escapeText(options.name.trim());
  if (name === "") throw new RangeError("A calendar feed needs a name");
  return serialise(occurrences.filter(isDated), options, [
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${name}`,
    `NAME:${name}`,
    `REFRESH-INTERVAL;VALUE=DURATION:PT${hours}H`,
    `X-PUBLISHED-TTL:PT${hours}H`,
  ]);
}
