import { describe, expect, it } from "vitest";
import { zonedInstant, zonedParts } from "../../src/schedule/zoned-time.js";
import { BERLIN, inProcessTimeZone } from "./fixtures.js";

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
});
