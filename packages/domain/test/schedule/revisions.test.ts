import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { feedToIcs } from "../../src/ics/index.js";
import { expandOccurrences } from "../../src/schedule/expand.js";
import { isDated } from "../../src/schedule/queries.js";
import {
  formatPublishedCalendarState,
  occurrenceFingerprint,
  type PublishedCalendarState,
  publishedCalendarStateSchema,
  reviseSequences,
} from "../../src/schedule/revisions.js";
import type { ProgrammeEvent, ProgrammeEventInput } from "../../src/schedule/schema.js";
import { BERLIN, inProcessTimeZone, programmeEvent, single, weekly } from "./fixtures.js";

const expand = (events: ProgrammeEvent[]) => expandOccurrences(events, { timeZone: BERLIN });
const talk = (extra: Partial<ProgrammeEventInput> = {}, start = "18:00", end = "19:30") =>
  single("vortrag", "2026-09-15", start, end, { location: "Kreishaus", ...extra });
/** Publishes `events` on top of `published`: the sequences by id, the new state, what changed. */
const publish = (events: ProgrammeEvent[], published: PublishedCalendarState = {}) => {
  const revised = reviseSequences(expand(events), published);
  const sequences = Object.fromEntries(revised.occurrences.map((o) => [o.id, o.sequence]));
  return { ...revised, sequences };
};

describe("reviseSequences", () => {
  it("publishes a date for the first time with its derived sequence", () => {
    const first = publish([talk({ revision: 2 })]);
    expect(first.sequences).toEqual({ vortrag: 2 });
    expect(first.state).toEqual({
      vortrag: { fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/), sequence: 2 },
    });
    expect(first.changed).toEqual(["vortrag"]);
  });

  it("keeps the published sequence and state when nothing changed", () => {
    const first = publish([talk()]);
    const again = publish([talk()], first.state);
    expect(again.sequences).toEqual({ vortrag: 0 });
    expect(again.state).toEqual(first.state);
    expect(again.changed).toEqual([]);
  });

  it("raises the sequence by one when the time, the day or the place changes in place", () => {
    const first = publish([talk()]);
    const later = publish([talk({}, "19:00", "20:30")], first.state);
    expect(later.sequences).toEqual({ vortrag: 1 });
    expect(later.changed).toEqual(["vortrag"]);
    const longer = publish([talk({}, "19:00", "21:00")], later.state);
    expect(longer.sequences).toEqual({ vortrag: 2 });
    const elsewhere = publish([talk({ location: "Rathaus" }, "19:00", "21:00")], longer.state);
    expect(elsewhere.sequences).toEqual({ vortrag: 3 });
    const otherDay = publish(
      [single("vortrag", "2026-09-16", "19:00", "21:00", { location: "Rathaus" })],
      elsewhere.state,
    );
    expect(otherDay.sequences).toEqual({ vortrag: 4 });
  });

  it("does not count a new title or description (RFC 5545 asks for SEQUENCE on time and status)", () => {
    const first = publish([talk()]);
    const retitled = publish(
      [talk({ title: { de: "Neuer Titel", en: "New title" }, description: { de: "Mehr." } })],
      first.state,
    );
    expect(retitled.sequences).toEqual({ vortrag: 0 });
    expect(retitled.changed).toEqual([]);
    // … unless the editor asks for it.
    expect(publish([talk({ revision: 1, title: { de: "Neu" } })], first.state).sequences).toEqual({
      vortrag: 1,
    });
  });

  it("raises a cancellation once: derived and published agree on one more", () => {
    const first = publish([talk()]);
    const cancelled = publish([talk({ status: "cancelled" })], first.state);
    expect(cancelled.sequences).toEqual({ vortrag: 1 });
    expect(publish([talk({ status: "cancelled" })], cancelled.state).sequences).toEqual({
      vortrag: 1,
    });
    // Taking the cancellation back is a change too, and the sequence never goes down.
    expect(publish([talk()], cancelled.state).sequences).toEqual({ vortrag: 2 });
  });

  it("never goes below a manual revision, nor below the published sequence when the revision is lowered", () => {
    const first = publish([talk({ revision: 5 })]);
    expect(first.sequences).toEqual({ vortrag: 5 });
    expect(publish([talk({ revision: 7 })], first.state).sequences).toEqual({ vortrag: 7 });
    expect(publish([talk({ revision: 0 })], first.state).sequences).toEqual({ vortrag: 5 });
    expect(publish([talk({ revision: 0 }, "17:00")], first.state).sequences).toEqual({
      vortrag: 6,
    });
  });

  it("raises every occurrence of a series whose time changes, and only the one an exception moves", () => {
    const series = (start: string, exceptions: Parameters<typeof weekly>[3] = []) =>
      weekly(
        "kurs",
        { weekday: 2, from: "2026-03-03", until: "2026-03-17", start },
        {},
        exceptions,
      );
    const first = publish([series("18:00")]);
    expect(first.sequences).toEqual({ "kurs-20260303": 0, "kurs-20260310": 0, "kurs-20260317": 0 });
    const later = publish([series("18:30")], first.state);
    expect(later.sequences).toEqual({ "kurs-20260303": 1, "kurs-20260310": 1, "kurs-20260317": 1 });
    const oneMoved = publish(
      [series("18:30", [{ date: "2026-03-10", status: "moved", location: "Rathaus" }])],
      later.state,
    );
    expect(oneMoved.sequences).toEqual({
      "kurs-20260303": 1,
      "kurs-20260310": 2,
      "kurs-20260317": 1,
    });
    expect(oneMoved.changed).toEqual(["kurs-20260310"]);
  });

  it("keeps the entry of a deleted date, so that bringing it back never lowers its sequence", () => {
    const first = publish([talk({}, "19:00", "20:30"), single("andere", "2026-10-01")]);
    const moved = publish([talk(), single("andere", "2026-10-01")], first.state);
    expect(moved.sequences.vortrag).toBe(1);
    const deleted = publish([single("andere", "2026-10-01")], moved.state);
    expect(deleted.state).toEqual(moved.state);
    expect(deleted.changed).toEqual([]);
    expect(publish([talk()], deleted.state).sequences).toEqual({ vortrag: 1 });
    expect(publish([talk({}, "19:00", "20:30")], deleted.state).sequences).toEqual({ vortrag: 2 });
  });

  it("leaves tentative dates out of the state until they have a time", () => {
    const tentative = programmeEvent("treffen", {
      type: "tentative",
      year: 2027,
      season: "spring",
    });
    const first = publish([tentative]);
    expect(first.state).toEqual({});
    expect(first.occurrences).toEqual(expand([tentative]));
    const dated = publish([single("treffen", "2027-04-13")], first.state);
    expect(dated.sequences).toEqual({ treffen: 0 });
    expect(Object.keys(dated.state)).toEqual(["treffen"]);
  });

  it("returns the occurrences in the order given and changes nothing but the sequence", () => {
    const events = [
      talk({}, "19:00"),
      single("frueher", "2026-01-01"),
      weekly("s", { weekday: 1, from: "2026-05-04", until: "2026-05-11" }),
    ];
    const first = publish(events);
    const occurrences = expand([talk(), events[1] as ProgrammeEvent, events[2] as ProgrammeEvent]);
    const revised = reviseSequences(occurrences, first.state).occurrences;
    expect(revised.map((o) => o.id)).toEqual(occurrences.map((o) => o.id));
    expect(revised.map(({ sequence: _, ...rest }) => rest)).toEqual(
      occurrences.map(({ sequence: _, ...rest }) => rest),
    );
  });
});

describe("occurrenceFingerprint", () => {
  const [occurrence] = expand([talk()]);
  if (!occurrence || !isDated(occurrence)) throw new Error("dated fixture");

  it("is 16 hexadecimal digits, the same in every process time zone", () => {
    const fingerprint = occurrenceFingerprint(occurrence);
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(inProcessTimeZone("Pacific/Kiritimati", () => occurrenceFingerprint(occurrence))).toBe(
      fingerprint,
    );
    expect(
      inProcessTimeZone("America/Los_Angeles", () => {
        const [again] = expand([talk()]);
        return again && isDated(again) ? occurrenceFingerprint(again) : "";
      }),
    ).toBe(fingerprint);
  });

  it("is FNV-1a (64 bit) of the instants, place and status, pinned: a new one raises every SEQUENCE", () => {
    const [june] = expand([
      single("vortrag", "2026-06-16", "18:00", "20:00", { location: "Kreishaus" }),
    ]);
    if (!june || !isDated(june)) throw new Error("dated");
    expect(occurrenceFingerprint(june)).toBe("5b27e1209c7c9f25");
  });

  it("changes with start, end, location and status, and with nothing else", () => {
    const print = (event: ProgrammeEvent) => {
      const [o] = expand([event]);
      if (!o || !isDated(o)) throw new Error("dated");
      return occurrenceFingerprint(o);
    };
    const base = print(talk());
    expect(print(talk({}, "18:01"))).not.toBe(base);
    expect(print(talk({}, "18:00", "19:31"))).not.toBe(base);
    expect(print(talk({ location: "Kreishaus " }))).toBe(base); // trimmed by the schema
    expect(print(talk({ location: "Kreishäus" }))).not.toBe(base);
    expect(print(talk({ status: "cancelled" }))).not.toBe(base);
    expect(print(talk({ title: { de: "Anders" }, revision: 3, kind: "workshop" }))).toBe(base);
  });
});

describe("publishedCalendarStateSchema and formatPublishedCalendarState", () => {
  it("writes ids sorted, two-space indented, with a final newline, and reads it back", () => {
    const state = {
      zebra: { fingerprint: "00000000000000ff", sequence: 2 },
      "alpha-20260303": { fingerprint: "0123456789abcdef", sequence: 0 },
    };
    const text = formatPublishedCalendarState(state);
    expect(text).toBe(
      '{\n  "alpha-20260303": {\n    "fingerprint": "0123456789abcdef",\n    "sequence": 0\n  },\n  "zebra": {\n    "fingerprint": "00000000000000ff",\n    "sequence": 2\n  }\n}\n',
    );
    expect(publishedCalendarStateSchema.parse(JSON.parse(text))).toEqual(state);
    expect(formatPublishedCalendarState({})).toBe("{}\n");
  });

  it("rejects a state that was not written by us", () => {
    const bad = [
      [],
      { vortrag: { fingerprint: "xyz", sequence: 0 } },
      { vortrag: { fingerprint: "0123456789abcdef", sequence: -1 } },
      { vortrag: { fingerprint: "0123456789abcdef", sequence: 1.5 } },
      { vortrag: { fingerprint: "0123456789abcdef", sequence: 0, note: "" } },
      { Vortrag: { fingerprint: "0123456789abcdef", sequence: 0 } },
      { vortrag: { sequence: 0 } },
    ];
    for (const value of bad) {
      expect(publishedCalendarStateSchema.safeParse(value).success, JSON.stringify(value)).toBe(
        false,
      );
    }
  });
});

/*
 * Any chain of programme versions — dates added, deleted and brought back, moved, given
 * another place, cancelled and restored, revisions raised and lowered, series with moved
 * or cancelled occurrences — published one after the other, each time on the state the
 * previous publication returned.
 */
const SERIES_DATES = ["2026-03-03", "2026-03-10", "2026-03-17", "2026-03-24"] as const;
const place = fc.constantFrom(undefined, "Kreishaus", "Rathaus, Sitzungssaal", "Café Asyl");
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const window = fc
  .record({ start: fc.integer({ min: 16, max: 40 }), length: fc.integer({ min: 1, max: 6 }) })
  .map(({ start, length }) => ({ start: hhmm(start * 30), end: hhmm((start + length) * 30) }));
const common = fc.record({
  location: place,
  cancelled: fc.boolean(),
  revision: fc.integer({ min: 0, max: 3 }),
  title: fc.constantFrom("Fachvortrag", "Fachvortrag (neu)"),
});
const singleVersion = (id: string) =>
  fc.option(
    fc
      .record({ common, window, day: fc.integer({ min: 1, max: 28 }) })
      .map(({ common: c, window: w, day }) =>
        single(id, `2026-09-${String(day).padStart(2, "0")}`, w.start, w.end, {
          title: { de: c.title },
          ...(c.location ? { location: c.location } : {}),
          status: c.cancelled ? "cancelled" : "confirmed",
          revision: c.revision,
        }),
      ),
    { nil: undefined },
  );
const exception = (date: string) =>
  fc.oneof(
    fc.constant(undefined),
    fc.record({ date: fc.constant(date), status: fc.constant("cancelled" as const) }),
    fc.record({
      date: fc.constant(date),
      status: fc.constant("moved" as const),
      start: fc.constant("07:00"),
      end: fc.constant("08:00"),
      revision: fc.integer({ min: 1, max: 3 }),
    }),
    fc.record({
      date: fc.constant(date),
      status: fc.constant("moved" as const),
      location: fc.constantFrom("Rathaus", "Kreishaus"),
    }),
    fc.record({
      date: fc.constant(date),
      status: fc.constant("moved" as const),
      newDate: fc.constant("2026-03-31"),
    }),
  );
const seriesVersion = fc.option(
  fc
    .record({
      common,
      window,
      exceptions: fc.tuple(...SERIES_DATES.map(exception)),
    })
    .map(({ common: c, window: w, exceptions }) =>
      weekly(
        "stammtisch",
        { weekday: 2, from: SERIES_DATES[0], until: SERIES_DATES[3], start: w.start, end: w.end },
        {
          title: { de: c.title },
          ...(c.location ? { location: c.location } : {}),
          status: c.cancelled ? "cancelled" : "confirmed",
          revision: c.revision,
        },
        exceptions.filter((e) => e !== undefined),
      ),
    ),
  { nil: undefined },
);
const programmeVersion = fc
  .tuple(singleVersion("vortrag"), singleVersion("workshop"), seriesVersion)
  .map((events) => events.filter((e): e is ProgrammeEvent => e !== undefined));

describe("reviseSequences over any chain of edits", () => {
  it("never lowers a sequence, raises it on every change of time, place or status, and never goes below the derived one", () => {
    fc.assert(
      fc.property(fc.array(programmeVersion, { minLength: 1, maxLength: 8 }), (versions) => {
        let state: PublishedCalendarState = {};
        for (const events of versions) {
          const derived = expand(events);
          const next = reviseSequences(derived, state);
          derived.forEach((o, i) => {
            const revised = next.occurrences[i];
            expect(revised?.id).toBe(o.id);
            expect(revised?.sequence ?? -1).toBeGreaterThanOrEqual(o.sequence);
            if (isDated(o)) expect(next.state[o.id]?.sequence).toBe(revised?.sequence);
          });
          for (const [id, before] of Object.entries(state)) {
            const after = next.state[id];
            expect(after, `${id} stays in the state`).toBeDefined();
            if (!after) continue;
            expect(after.sequence).toBeGreaterThanOrEqual(before.sequence);
            if (after.fingerprint !== before.fingerprint) {
              expect(after.sequence).toBeGreaterThan(before.sequence);
            }
          }
          expect(publishedCalendarStateSchema.safeParse(next.state).success).toBe(true);
          state = next.state;
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the identical state, state file and calendar bytes when published again unchanged", () => {
    const options = {
      domain: "integration.musterland.example",
      generatedAt: new Date("2026-03-01T09:00:00Z"),
      name: "Termine",
    };
    fc.assert(
      fc.property(programmeVersion, programmeVersion, (earlier, events) => {
        const published = reviseSequences(expand(earlier), {}).state;
        const first = reviseSequences(expand(events), published);
        const again = reviseSequences(expand(events), first.state);
        expect(again.state).toEqual(first.state);
        expect(again.changed).toEqual([]);
        expect(again.occurrences).toEqual(first.occurrences);
        expect(formatPublishedCalendarState(again.state)).toBe(
          formatPublishedCalendarState(first.state),
        );
        expect(feedToIcs(again.occurrences, options)).toBe(feedToIcs(first.occurrences, options));
      }),
      { numRuns: 100 },
    );
  });
});
