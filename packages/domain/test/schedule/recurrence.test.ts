import { describe, expect, it } from "vitest";
import { seriesDates } from "../../src/schedule/recurrence.js";

describe("seriesDates", () => {
  it("walks every second Tuesday from the first Tuesday on or after `from`", () => {
    expect(
      seriesDates({
        recurrence: { frequency: "weekly", interval: 2, weekday: 2 },
        from: "2026-03-16",
        until: "2026-05-01",
      }),
    ).toEqual(["2026-03-17", "2026-03-31", "2026-04-14", "2026-04-28"]);
  });

  it("includes `from` when it is the weekday, and `until` (inclusive)", () => {
    expect(
      seriesDates({
        recurrence: { frequency: "weekly", interval: 1, weekday: 2 },
        from: "2026-03-17",
        until: "2026-03-31",
      }),
    ).toEqual(["2026-03-17", "2026-03-24", "2026-03-31"]);
  });

  it("is empty when no weekday falls in the range", () => {
    expect(
      seriesDates({
        recurrence: { frequency: "weekly", interval: 1, weekday: 1 },
        from: "2026-03-17",
        until: "2026-03-22",
      }),
    ).toEqual([]);
  });

  it("finds the first Thursday of each month", () => {
    expect(
      seriesDates({
        recurrence: { frequency: "monthly", weekday: 4, ordinal: 1 },
        from: "2026-01-01",
        until: "2026-06-30",
      }),
    ).toEqual(["2026-01-01", "2026-02-05", "2026-03-05", "2026-04-02", "2026-05-07", "2026-06-04"]);
  });

  it("finds the last Friday of each month, across a year end and a leap February", () => {
    expect(
      seriesDates({
        recurrence: { frequency: "monthly", weekday: 5, ordinal: -1 },
        from: "2027-11-01",
        until: "2028-03-31",
      }),
    ).toEqual(["2027-11-26", "2027-12-31", "2028-01-28", "2028-02-25", "2028-03-31"]);
  });

  it("finds the fourth Monday, and leaves out a month whose date lies before `from`", () => {
    expect(
      seriesDates({
        recurrence: { frequency: "monthly", weekday: 1, ordinal: 4 },
        from: "2026-03-24",
        until: "2026-05-25",
      }),
    ).toEqual(["2026-04-27", "2026-05-25"]);
  });
});
