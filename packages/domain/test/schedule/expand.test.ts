import { describe, expect, it } from "vitest";
import { expandOccurrences } from "../../src/schedule/expand.js";
import { formatTimeRange } from "../../src/schedule/format.js";
import { BERLIN, inProcessTimeZone, iso, programmeEvent, single, weekly } from "./fixtures.js";

const expand = (...events: Parameters<typeof expandOccurrences>[0]) =>
  expandOccurrences(events, { timeZone: BERLIN });

describe("expandOccurrences", () => {
  describe("a weekly Tuesday 18:00–19:30 series across both DST switches of 2026", () => {
    const series = weekly("stammtisch", { weekday: 2, from: "2026-03-17", until: "2026-11-03" });
    const occurrences = expand(series);

    it("starts at 17:00 UTC in winter time and at 16:00 UTC in summer time", () => {
      const starts = new Map(occurrences.map((o) => [o.date, iso(o.start)]));
      expect(starts.get("2026-03-17")).toBe("2026-03-17T17:00:00.000Z");
      expect(starts.get("2026-03-24")).toBe("2026-03-24T17:00:00.000Z"); // last before 29 March
      expect(starts.get("2026-03-31")).toBe("2026-03-31T16:00:00.000Z"); // first after
      expect(starts.get("2026-10-20")).toBe("2026-10-20T16:00:00.000Z"); // last before 25 October
      expect(starts.get("2026-10-27")).toBe("2026-10-27T17:00:00.000Z"); // first after
      expect(starts.get("2026-11-03")).toBe("2026-11-03T17:00:00.000Z"); // until is inclusive
    });

    it("is 18:00–19:30 in Berlin every single week", () => {
      expect(occurrences).toHaveLength(34);
      for (const o of occurrences) {
        if (!o.start || !o.end) throw new Error("dated");
        expect(formatTimeRange(o.start, o.end, { locale: "de", timeZone: BERLIN }), o.date).toBe(
          "18:00–19:30 Uhr",
        );
        expect(o.end.getTime() - o.start.getTime()).toBe(90 * 60_000);
      }
    });

    it("gives each occurrence the id of its date and the event's revision as sequence", () => {
      expect(occurrences[0]).toMatchObject({
        id: "stammtisch-20260317",
        date: "2026-03-17",
        originalDate: "2026-03-17",
        status: "confirmed",
        sequence: 0,
      });
      expect(new Set(occurrences.map((o) => o.id)).size).toBe(occurrences.length);
    });
  });

  it("gives a single date the event id and resolves it in the district's time zone", () => {
    const [occurrence] = expand(
      single("vortrag", "2026-06-16", "18:00", "20:00", { location: "Kreishaus" }),
    );
    expect(occurrence).toMatchObject({
      id: "vortrag",
      date: "2026-06-16",
      location: "Kreishaus",
      status: "confirmed",
    });
    expect(iso(occurrence?.start)).toBe("2026-06-16T16:00:00.000Z");
    expect(iso(occurrence?.end)).toBe("2026-06-16T18:00:00.000Z");
    expect(occurrence).not.toHaveProperty("originalDate");
  });

  describe("the night of the spring switch (29 March 2026)", () => {
    it("moves a start at 02:30, which does not exist, forward by the gap to 03:30 CEST", () => {
      const [o] = expand(single("nacht", "2026-03-29", "02:30", "04:00"));
      expect(iso(o?.start)).toBe("2026-03-29T01:30:00.000Z"); // 03:30 CEST
      expect(iso(o?.end)).toBe("2026-03-29T02:00:00.000Z"); // 04:00 CEST
    });

    it("keeps the planned length when the end would otherwise not follow the start", () => {
      const [o] = expand(single("nacht", "2026-03-29", "02:30", "03:30"));
      expect(iso(o?.start)).toBe("2026-03-29T01:30:00.000Z"); // 03:30 CEST
      expect(iso(o?.end)).toBe("2026-03-29T02:30:00.000Z"); // 04:30 CEST, one hour as planned
    });

    it("lasts one real hour less when it spans the gap (01:30–03:30 is 60 minutes)", () => {
      const [o] = expand(single("nacht", "2026-03-29", "01:30", "03:30"));
      expect(iso(o?.start)).toBe("2026-03-29T00:30:00.000Z");
      expect(iso(o?.end)).toBe("2026-03-29T01:30:00.000Z");
    });
  });

  it("takes the first 02:30 on the night of the autumn switch (25 October 2026)", () => {
    const [o] = expand(single("nacht", "2026-10-25", "02:30", "03:30"));
    expect(iso(o?.start)).toBe("2026-10-25T00:30:00.000Z"); // 02:30 CEST
    expect(iso(o?.end)).toBe("2026-10-25T02:30:00.000Z"); // 03:30 CET: two real hours
  });

  describe("exceptions", () => {
    const series = weekly(
      "kurs",
      { weekday: 2, interval: 2, from: "2026-03-01", until: "2026-04-30" },
      { revision: 2, location: "Kreishaus, Raum 1" },
      [
        { date: "2026-03-17", status: "cancelled" },
        {
          date: "2026-03-31",
          status: "moved",
          newDate: "2026-04-01",
          start: "17:00",
          end: "18:00",
          location: "Rathaus",
          revision: 3,
        },
      ],
    );
    const occurrences = expand(series);
    const byId = new Map(occurrences.map((o) => [o.id, o]));

    it("walks every second Tuesday", () => {
      expect(occurrences.map((o) => o.originalDate)).toEqual([
        "2026-03-03",
        "2026-03-17",
        "2026-03-31",
        "2026-04-14",
        "2026-04-28",
      ]);
    });

    it("keeps a cancelled occurrence, marked cancelled, with a higher sequence", () => {
      expect(byId.get("kurs-20260317")).toMatchObject({
        status: "cancelled",
        date: "2026-03-17",
        location: "Kreishaus, Raum 1",
        sequence: 3,
      });
    });

    it("moves an occurrence to its new day, time and place without changing its id", () => {
      const moved = byId.get("kurs-20260331");
      expect(moved).toMatchObject({
        date: "2026-04-01",
        originalDate: "2026-03-31",
        location: "Rathaus",
        status: "confirmed",
        moved: true,
        sequence: 5,
      });
      expect(iso(moved?.start)).toBe("2026-04-01T15:00:00.000Z");
      expect(iso(moved?.end)).toBe("2026-04-01T16:00:00.000Z");
    });

    it("leaves the other occurrences at the event's revision", () => {
      expect(byId.get("kurs-20260303")?.sequence).toBe(2);
      expect(byId.get("kurs-20260303")).not.toHaveProperty("moved");
    });

    it("sorts a moved occurrence by its new start", () => {
      const early = weekly("abend", { weekday: 2, from: "2026-03-03", until: "2026-03-10" }, {}, [
        { date: "2026-03-03", status: "moved", newDate: "2026-03-12" },
      ]);
      expect(expand(early).map((o) => o.id)).toEqual(["abend-20260310", "abend-20260303"]);
    });
  });

  it("cancels every occurrence of a cancelled event, one sequence above its revision", () => {
    const series = weekly(
      "alt",
      { weekday: 4, from: "2026-03-01", until: "2026-03-31" },
      { status: "cancelled", revision: 2 },
      [{ date: "2026-03-12", status: "moved", start: "19:00", end: "20:00" }],
    );
    expect(expand(series).map((o) => [o.status, o.sequence])).toEqual([
      ["cancelled", 3],
      ["cancelled", 4], // 12 March, moved: plus its exception's revision
      ["cancelled", 3],
      ["cancelled", 3],
    ]);
  });

  it("raises the sequence of a single date when it is cancelled, without a manual revision", () => {
    const confirmed = expand(single("vortrag", "2026-06-16"))[0];
    const cancelled = expand(
      single("vortrag", "2026-06-16", "18:00", "19:30", { status: "cancelled" }),
    )[0];
    expect(confirmed?.sequence).toBe(0);
    expect(cancelled).toMatchObject({ status: "cancelled", sequence: 1 });
  });

  describe("tentative dates", () => {
    const tentative = (id: string, when: object, extra = {}) =>
      programmeEvent(id, { type: "tentative", year: 2027, ...when }, extra);
    const occurrences = expand(
      tentative("jahr", {}),
      tentative("fruehjahr", { season: "spring" }),
      tentative("maerz", { month: 3 }),
      single("bald", "2026-05-05"),
      tentative("frueher", { year: 2026, season: "autumn" }),
      tentative("abgesagt", { season: "summer" }, { status: "cancelled" }),
    );

    it("come after the dated ones, by year, then month or season", () => {
      expect(occurrences.map((o) => o.id)).toEqual([
        "bald",
        "frueher",
        "maerz",
        "fruehjahr",
        "abgesagt",
        "jahr",
      ]);
    });

    it("have the event id, no day and no instants", () => {
      const maerz = occurrences.find((o) => o.id === "maerz");
      expect(maerz).toMatchObject({ status: "tentative", sequence: 0 });
      expect(maerz).not.toHaveProperty("start");
      expect(maerz).not.toHaveProperty("date");
    });

    it("are cancelled when their event is", () => {
      expect(occurrences.find((o) => o.id === "abgesagt")).toMatchObject({
        status: "cancelled",
        sequence: 1,
      });
    });
  });

  it("sorts by start, then by id", () => {
    const occurrences = expand(
      single("b", "2026-03-17"),
      single("a", "2026-03-17"),
      single("c", "2026-03-16"),
    );
    expect(occurrences.map((o) => o.id)).toEqual(["c", "a", "b"]);
  });

  describe("from and to", () => {
    const events = [
      single("davor", "2026-03-17", "16:00", "18:00"), // ends exactly at `from`
      single("drin", "2026-03-17", "17:00", "19:00"),
      single("danach", "2026-03-24", "18:00", "19:00"), // starts exactly at `to`
      programmeEvent("irgendwann", { type: "tentative", year: 2030 }),
    ];
    it("keep what overlaps [from, to) and all tentative dates", () => {
      const occurrences = expandOccurrences(events, {
        timeZone: BERLIN,
        from: new Date("2026-03-17T17:00:00Z"),
        to: new Date("2026-03-24T17:00:00Z"),
      });
      expect(occurrences.map((o) => o.id)).toEqual(["drin", "irgendwann"]);
    });
  });

  it("does not depend on the process time zone", () => {
    const events = [
      weekly("stammtisch", { weekday: 2, from: "2026-03-17", until: "2026-11-03" }),
      single("nacht", "2026-10-25", "02:30", "03:30"),
    ];
    const reference = JSON.stringify(expand(...events));
    for (const zone of ["UTC", "America/Los_Angeles", "Asia/Tokyo"]) {
      expect(
        inProcessTimeZone(zone, () => JSON.stringify(expand(...events))),
        zone,
      ).toBe(reference);
    }
  });
});
