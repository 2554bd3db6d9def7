import { describe, expect, it } from "vitest";
import { expandOccurrences } from "../../src/schedule/expand.js";
import {
  isDated,
  nextOccurrence,
  pastOccurrences,
  upcomingOccurrences,
} from "../../src/schedule/queries.js";
import { BERLIN, programmeEvent, single, weekly } from "./fixtures.js";

// Tuesday 17 March 2026, 18:00–19:30 Berlin = 17:00–18:30 UTC.
const occurrences = expandOccurrences(
  [
    single("vortrag", "2026-03-17", "18:00", "19:30"),
    single("workshop", "2026-03-19", "10:00", "12:00", { kind: "workshop" }),
    weekly(
      "treffen",
      { weekday: 4, interval: 2, from: "2026-03-12", until: "2026-04-23" },
      { kind: "meeting" },
      [{ date: "2026-03-26", status: "cancelled" }],
    ),
    single("frueher", "2026-03-10"),
    programmeEvent(
      "fest",
      { type: "tentative", year: 2027, season: "spring" },
      { kind: "meeting" },
    ),
  ],
  { timeZone: BERLIN },
);
const ids = (list: { id: string }[]) => list.map((o) => o.id);

describe("upcomingOccurrences", () => {
  it("keeps what has not ended, soonest first, and the tentative dates at the end", () => {
    expect(ids(upcomingOccurrences(occurrences, new Date("2026-03-17T16:59:00Z")))).toEqual([
      "vortrag",
      "workshop",
      "treffen-20260326",
      "treffen-20260409",
      "treffen-20260423",
      "fest",
    ]);
  });

  it("counts an occurrence in progress as upcoming until its end", () => {
    expect(ids(upcomingOccurrences(occurrences, new Date("2026-03-17T18:29:59Z")))[0]).toBe(
      "vortrag",
    );
    expect(ids(upcomingOccurrences(occurrences, new Date("2026-03-17T18:30:00Z")))[0]).toBe(
      "workshop",
    );
  });

  it("keeps the tentative dates even when everything else is over", () => {
    expect(ids(upcomingOccurrences(occurrences, new Date("2030-01-01T00:00:00Z")))).toEqual([
      "fest",
    ]);
  });
});

describe("pastOccurrences", () => {
  it("lists what has ended, most recent first, without tentative dates", () => {
    expect(ids(pastOccurrences(occurrences, new Date("2026-03-17T18:30:00Z")))).toEqual([
      "vortrag",
      "treffen-20260312",
      "frueher",
    ]);
  });

  it("does not count an occurrence that has just started", () => {
    expect(ids(pastOccurrences(occurrences, new Date("2026-03-17T17:00:00Z")))).not.toContain(
      "vortrag",
    );
  });
});

describe("nextOccurrence", () => {
  it("is the first dated occurrence that has not ended", () => {
    expect(nextOccurrence(occurrences, new Date("2026-03-17T17:00:00Z"))?.id).toBe("vortrag");
    expect(nextOccurrence(occurrences, new Date("2026-03-17T18:30:00Z"))?.id).toBe("workshop");
  });

  it("finds the next meeting, skipping a cancelled one", () => {
    const isMeeting = (o: { event: { kind: string } }) => o.event.kind === "meeting";
    expect(nextOccurrence(occurrences, new Date("2026-03-20T00:00:00Z"), isMeeting)?.id).toBe(
      "treffen-20260409",
    );
  });

  it("is undefined when only a tentative date is ahead: it has no time to be next at", () => {
    const isMeeting = (o: { event: { kind: string } }) => o.event.kind === "meeting";
    expect(
      nextOccurrence(occurrences, new Date("2026-05-01T00:00:00Z"), isMeeting),
    ).toBeUndefined();
  });

  it("does not depend on the order of its input", () => {
    const shuffled = [...occurrences].reverse();
    expect(nextOccurrence(shuffled, new Date("2026-03-01T00:00:00Z"))?.id).toBe("frueher");
  });
});

describe("isDated", () => {
  it("tells dated occurrences from tentative ones", () => {
    expect(occurrences.filter((o) => !isDated(o)).map((o) => o.id)).toEqual(["fest"]);
  });
});
