import { localizedEventText } from "../../src/schedule/event-text.js";
import type { Occurrence } from "../../src/schedule/schema.js";
import type { ParsedEvent } from "./structure.js";

export const DOMAIN = "integration.musterland.example";
export const GENERATED_AT = new Date("2026-03-01T09:00:00Z");

const KIND_WORDS = {
  expert_talk: "Fachvortrag",
  workshop: "Workshop",
  meeting: "Treffen",
  ceremony: "Feierstunde",
  other: "Termin",
} as const;

/**
 * SUMMARY prefix of a cancelled date, in the language of its title: German for a German
 * title (also one that stood in for a missing translation), else English.
 */
const CANCELLED_PREFIX = (title: Occurrence["event"]["title"], locale: string) => {
  const base = locale.split("-")[0] ?? "";
  const inLocale = title[locale] !== undefined || title[base] !== undefined;
  return !inLocale || base === "de" ? "Abgesagt: " : "Cancelled: ";
};

/** What ical.js must read back for an occurrence, worked out without the code under test. */
export function expectedEvent(
  o: Occurrence,
  locale = "de",
  url: string | null = o.event.url ?? null,
): ParsedEvent {
  if (!o.start || !o.end) throw new Error(`${o.id} is not dated`);
  return {
    uid: `${o.id}@${DOMAIN}`,
    summary:
      (o.status === "cancelled" ? CANCELLED_PREFIX(o.event.title, locale) : "") +
      localizedEventText(o.event.title, locale),
    description: o.event.description ? localizedEventText(o.event.description, locale) : null,
    location: o.location ?? null,
    start: o.start.toISOString(),
    end: o.end.toISOString(),
    status: o.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    sequence: o.sequence,
    categories: [KIND_WORDS[o.event.kind]],
    url,
  };
}
