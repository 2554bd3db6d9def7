import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { feedToIcs, occurrenceToIcs } from "../../src/ics/index.js";
import { expandOccurrences } from "../../src/schedule/expand.js";
import { programmeEventSchema } from "../../src/schedule/schema.js";
import { BERLIN } from "../schedule/fixtures.js";
import { DOMAIN, expectedEvent, GENERATED_AT } from "./expected.js";
import { checkCalendar, parseWithIcalJs } from "./structure.js";

/*
 * Any title, description and place must come back from ical.js exactly: German, Arabic and
 * Ukrainian script, emoji (also joined and flag sequences), the characters TEXT escapes,
 * and newlines, up to 2,000 characters — at any day and time of 2026–2028, both DST
 * switches included.
 */

const pieces = [
  ..."abcdefghijklmnopqrstuvwxyzABCXYZ0123456789",
  " ",
  " ",
  "äöüÄÖÜß",
  "é",
  "–",
  "„Zitat“",
  "€",
  "مرحبا",
  "بكم في",
  "الموعد",
  "،", // Arabic
  "Привіт",
  "їжак",
  "ґанок",
  "Єва", // Ukrainian
  "🎉",
  "👩‍👩‍👧",
  "🇩🇪",
  "🩺",
  "👍🏽",
  ",",
  ";",
  "\\",
  ":",
  '"',
  "\t",
  "\n",
  "\r\n",
  "\\n",
  "\\,",
  "\\;",
];
const text = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...pieces), minLength: 1, maxLength });

const day = fc
  .integer({ min: 0, max: 3 * 365 })
  .map((offset) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
const minute = fc.integer({ min: 0, max: 23 * 60 + 58 });
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

const event = fc
  .record({
    title: text(300),
    description: fc.option(text(2000), { nil: undefined }),
    location: fc.option(text(200), { nil: undefined }),
    date: day,
    start: minute,
    length: fc.integer({ min: 1, max: 6 * 60 }),
    cancelled: fc.boolean(),
    revision: fc.integer({ min: 0, max: 20 }),
  })
  .map((r) =>
    programmeEventSchema.safeParse({
      id: "termin",
      kind: "workshop",
      title: { de: r.title },
      ...(r.description ? { description: { de: r.description } } : {}),
      ...(r.location ? { location: r.location } : {}),
      status: r.cancelled ? "cancelled" : "confirmed",
      revision: r.revision,
      when: {
        type: "single",
        date: r.date,
        start: hhmm(r.start),
        end: hhmm(Math.min(r.start + r.length, 23 * 60 + 59)),
      },
    }),
  )
  .filter((parsed) => parsed.success)
  .map((parsed) => {
    if (!parsed.success) throw new Error("filtered");
    return parsed.data;
  });

// Written as a calendar, line breaks are newlines (CRLF and CR become LF).
const asWritten = (value: string | null) => (value === null ? null : value.replace(/\r\n?/g, "\n"));

describe("calendar round trip through ical.js", () => {
  it("gives back title, description, location, instants, UID and status exactly", () => {
    fc.assert(
      fc.property(event, (programmeEvent) => {
        const occurrences = expandOccurrences([programmeEvent], { timeZone: BERLIN });
        const [occurrence] = occurrences;
        if (!occurrence) throw new Error("one occurrence");
        const expected = expectedEvent(occurrence);
        const want = {
          ...expected,
          summary: asWritten(expected.summary),
          description: asWritten(expected.description),
          location: asWritten(expected.location),
        };
        const feed = feedToIcs(occurrences, {
          domain: DOMAIN,
          generatedAt: GENERATED_AT,
          name: "Termine",
        });
        checkCalendar(feed, "feed");
        expect(parseWithIcalJs(feed).events).toEqual([want]);
        const single = occurrenceToIcs(occurrence, { domain: DOMAIN, generatedAt: GENERATED_AT });
        checkCalendar(single, "single");
        expect(parseWithIcalJs(single).events).toEqual([want]);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps any Unicode text intact apart from control characters, which TEXT does not allow", () => {
    const anyText = fc.string({ unit: "binary", minLength: 1, maxLength: 400 });
    fc.assert(
      fc.property(anyText, anyText, (title, description) => {
        const parsed = programmeEventSchema.safeParse({
          id: "termin",
          kind: "other",
          title: { de: title },
          description: { de: description },
          when: { type: "single", date: "2026-03-29", start: "02:30", end: "04:00" },
        });
        fc.pre(parsed.success);
        if (!parsed.success) return;
        const clean = (value: string) =>
          [...value.replace(/\r\n?/g, "\n")]
            .filter((c) => c === "\t" || c === "\n" || (c >= " " && c !== "\u007f"))
            .join("");
        const wantTitle = clean(parsed.data.title.de);
        fc.pre(wantTitle !== "");
        const occurrences = expandOccurrences([parsed.data], { timeZone: BERLIN });
        const feed = feedToIcs(occurrences, {
          domain: DOMAIN,
          generatedAt: GENERATED_AT,
          name: "Termine",
        });
        checkCalendar(feed, "feed");
        const [read] = parseWithIcalJs(feed).events;
        expect(read?.summary).toBe(wantTitle);
        expect(read?.description ?? "").toBe(clean(parsed.data.description?.de ?? ""));
      }),
      { numRuns: 200 },
    );
  });
});
