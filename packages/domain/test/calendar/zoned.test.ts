import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  monthsBeforeInstant,
  zonedDate,
  zonedInstant,
  zonedParts,
} from "../../src/calendar/zoned.js";
import { BERLIN, inProcessTimeZone } from "../schedule/fixtures.js";
import { berlinWallClock, dateArbitrary, timeArbitrary } from "../support/calendar.js";

const at = (date: string, time: string) => zonedInstant(date, time, BERLIN).toISOString();

describe("zonedInstant (Berlin wall clock → instant)", () => {
  it("reads winter times as UTC+1 and summer times as UTC+2", () => {
    expect(at("2026-03-17", "18:00")).toBe("2026-03-17T17:00:00.000Z");
    expect(at("2026-06-16", "18:00")).toBe("2026-06-16T16:00:00.000Z");
    expect(at("2026-12-31", "23:59")).toBe("2026-12-31T22:59:00.000Z");
  });

  describe("spring switch, Sunday 29 March 2026 (02:00 CET → 03:00 CEST)", () => {
    it("keeps the times before and after the gap", () => {
      expect(at("2026-03-29", "01:59")).toBe("2026-03-29T00:59:00.000Z");
      expect(at("2026-03-29", "03:00")).toBe("2026-03-29T01:00:00.000Z");
      expect(at("2026-03-28", "18:00")).toBe("2026-03-28T17:00:00.000Z");
      expect(at("2026-03-29", "18:00")).toBe("2026-03-29T16:00:00.000Z");
    });

    it("reads a time inside the gap with the offset before it (RFC 5545): 02:30 becomes 03:30 CEST", () => {
      expect(at("2026-03-29", "02:30")).toBe("2026-03-29T01:30:00.000Z");
      expect(at("2026-03-29", "02:00")).toBe("2026-03-29T01:00:00.000Z");
    });
  });

  describe("autumn switch, Sunday 25 October 2026 (03:00 CEST → 02:00 CET)", () => {
    it("takes the first of a time that happens twice (RFC 5545): 02:30 is 02:30 CEST", () => {
      expect(at("2026-10-25", "02:30")).toBe("2026-10-25T00:30:00.000Z");
      expect(at("2026-10-25", "02:00")).toBe("2026-10-25T00:00:00.000Z");
    });

    it("keeps the times before and after the repeated hour", () => {
      expect(at("2026-10-25", "01:59")).toBe("2026-10-24T23:59:00.000Z");
      expect(at("2026-10-25", "03:00")).toBe("2026-10-25T02:00:00.000Z");
      expect(at("2026-10-24", "18:00")).toBe("2026-10-24T16:00:00.000Z");
      expect(at("2026-10-25", "18:00")).toBe("2026-10-25T17:00:00.000Z");
    });
  });

  it("gives the same instants whatever the process time zone is", () => {
    const probes: [string, string][] = [
      ["2026-03-29", "02:30"],
      ["2026-10-25", "02:30"],
      ["2026-10-25", "02:00"],
      ["2026-03-17", "18:00"],
      ["2026-07-01", "00:15"],
    ];
    const expected = probes.map(([d, t]) => at(d, t));
    for (const zone of ["UTC", "America/Los_Angeles", "Asia/Tokyo", "Pacific/Kiritimati", BERLIN]) {
      inProcessTimeZone(zone, () => {
        if (zone === "America/Los_Angeles") {
          // the switch really happened, so this test means something
          expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(480);
        }
        expect(
          probes.map(([d, t]) => at(d, t)),
          zone,
        ).toEqual(expected);
      });
    }
  });

  it("works in other time zones too", () => {
    expect(zonedInstant("2026-03-08", "02:30", "America/New_York").toISOString()).toBe(
      "2026-03-08T07:30:00.000Z",
    );
    expect(zonedInstant("2026-03-17", "18:00", "UTC").toISOString()).toBe(
      "2026-03-17T18:00:00.000Z",
    );
  });

  it("rejects an unknown time zone", () => {
    expect(() => zonedInstant("2026-03-17", "18:00", "Europe/Atlantis")).toThrow(RangeError);
  });
});

describe("zonedParts", () => {
  it("gives the local day, which differs from the UTC day around midnight", () => {
    expect(zonedParts(new Date("2026-03-28T23:30:00Z"), BERLIN)).toEqual({
      date: "2026-03-29",
      year: 2026,
      month: 3,
    });
    expect(zonedParts(new Date("2026-03-31T22:30:00Z"), BERLIN).month).toBe(4);
    expect(zonedParts(new Date("2026-12-31T23:30:00Z"), BERLIN)).toEqual({
      date: "2027-01-01",
      year: 2027,
      month: 1,
    });
  });

  it("takes an ISO string or milliseconds as well as a Date", () => {
    expect(zonedParts("2026-03-28T23:30:00Z", BERLIN).date).toBe("2026-03-29");
    expect(zonedParts(Date.parse("2026-03-28T23:30:00Z"), BERLIN).date).toBe("2026-03-29");
  });

  it("rejects an invalid instant and an unknown time zone", () => {
    expect(() => zonedParts("not a date", BERLIN)).toThrow(RangeError);
    expect(() => zonedParts(new Date(Number.NaN), BERLIN)).toThrow(RangeError);
    expect(() => zonedParts(new Date(0), "Europe/Atlantis")).toThrow(RangeError);
  });
});

describe("zonedDate (the district's today)", () => {
  it("gives the date in the district's time zone, not the server's", () => {
    expect(zonedDate("2026-03-28T23:30:00Z", "Europe/Berlin")).toBe("2026-03-29");
    expect(zonedDate("2026-03-28T23:30:00Z", "UTC")).toBe("2026-03-28");
  });

  it("follows summer time: 22:30 UTC is already the next day in Berlin in summer", () => {
    expect(zonedDate("2026-07-01T22:30:00Z", "Europe/Berlin")).toBe("2026-07-02");
    expect(zonedDate("2026-12-01T22:30:00Z", "Europe/Berlin")).toBe("2026-12-01");
  });

  it("is the same whatever the process time zone is", () => {
    for (const zone of ["UTC", "America/Los_Angeles", "Pacific/Kiritimati", BERLIN]) {
      inProcessTimeZone(zone, () => {
        expect(zonedDate("2026-03-28T23:30:00Z", BERLIN), zone).toBe("2026-03-29");
      });
    }
  });
});

describe("monthsBeforeInstant", () => {
  it("keeps the wall-clock time in the offset written in the instant", () => {
    expect(monthsBeforeInstant("2026-06-30T12:00:00+02:00", 6)).toBe(
      Date.parse("2025-12-30T12:00:00+02:00"),
    );
    expect(monthsBeforeInstant("2026-03-10T08:30:15.250-05:00", 1)).toBe(
      Date.parse("2026-02-10T08:30:15.250-05:00"),
    );
  });

  it("clamps to the end of a shorter month", () => {
    expect(monthsBeforeInstant("2026-08-31T10:00:00+02:00", 6)).toBe(
      Date.parse("2026-02-28T10:00:00+02:00"),
    );
  });

  it("counts on the UTC wall clock for an instant written with Z", () => {
    expect(monthsBeforeInstant("2026-03-31T23:30:00Z", 1)).toBe(Date.parse("2026-02-28T23:30:00Z"));
  });

  it("rejects anything but an ISO instant with offset", () => {
    expect(() => monthsBeforeInstant("2026-03-31T23:30:00", 1)).toThrow(RangeError);
    expect(() => monthsBeforeInstant("2026-03-31", 1)).toThrow(RangeError);
  });
});

describe("properties", () => {
  it("an existing Berlin wall-clock time comes back as the same local date and time", () => {
    fc.assert(
      fc.property(dateArbitrary, timeArbitrary, (date, time) => {
        const instant = zonedInstant(date, time, BERLIN);
        // A time skipped by a spring switch does not exist; everything else must round-trip.
        const clock = berlinWallClock(instant);
        fc.pre(clock.date === date && clock.time === time);
        expect(zonedParts(instant, BERLIN).date).toBe(date);
      }),
      { numRuns: 2000 },
    );
  });

  it("the local date is the one Intl gives, in zones with DST, half hours and odd offsets", () => {
    const zones = [BERLIN, "UTC", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"];
    const formatters = new Map(
      zones.map((zone) => [
        zone,
        new Intl.DateTimeFormat("en-CA", {
          timeZone: zone,
          year: "numeric",
          month: "2-digit",
          day: "2-digit",
        }),
      ]),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 11, 31) }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          expect(zonedDate(instant, zone)).toBe(formatters.get(zone)?.format(instant));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
