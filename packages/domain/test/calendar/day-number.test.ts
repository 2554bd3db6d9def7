import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/calendar/calendar-date.js";
import {
  dayNumber,
  dayNumberOf,
  isoDateOf,
  isoWeekday,
  isoWeekdayOf,
} from "../../src/calendar/day-number.js";
import { dateArbitrary } from "../support/calendar.js";

describe("calendar days", () => {
  it("numbers days from 1970-01-01 and knows their weekday", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(isoDateOf(dayNumber("2026-03-17"))).toBe("2026-03-17");
    expect(isoWeekdayOf(dayNumber("2026-03-17"))).toBe(2); // Tuesday
    expect(isoWeekdayOf(dayNumber("2026-03-29"))).toBe(7); // Sunday
    expect(isoWeekdayOf(dayNumber("1969-12-31"))).toBe(3); // Wednesday, before day 0
  });

  it("rolls a day past the end of the month into the next month", () => {
    expect(dayNumberOf(2026, 2, 29)).toBe(dayNumber("2026-03-01"));
    expect(dayNumberOf(2026, 3, 0)).toBe(dayNumber("2026-02-28"));
  });

  it("reads the years 0–99 as themselves, not as 1900–1999", () => {
    expect(isoDateOf(dayNumber("0050-03-01"))).toBe("0050-03-01");
    expect(isoDateOf(dayNumberOf(4, 2, 29))).toBe("0004-02-29");
  });
});

describe("isoWeekday", () => {
  it("numbers Monday 1 and Sunday 7", () => {
    expect(isoWeekday("2026-03-16")).toBe(1);
    expect(isoWeekday("2026-03-22")).toBe(7);
  });
});

describe("properties", () => {
  it("addDays counts the same days as day numbers", () => {
    fc.assert(
      fc.property(dateArbitrary, fc.integer({ min: -50_000, max: 50_000 }), (date, days) => {
        expect(addDays(date, days)).toBe(isoDateOf(dayNumber(date) + days));
        expect(dayNumber(addDays(date, days)) - dayNumber(date)).toBe(days);
      }),
    );
  });

  it("day numbers and ISO dates are inverse", () => {
    fc.assert(
      fc.property(dateArbitrary, (date) => {
        expect(isoDateOf(dayNumber(date))).toBe(date);
      }),
    );
  });

  it("the weekday of a date is the weekday of its day number, and what Date says", () => {
    fc.assert(
      fc.property(dateArbitrary, (date) => {
        const weekday = isoWeekday(date);
        expect(weekday).toBe(isoWeekdayOf(dayNumber(date)));
        // An independent check: Date's Sunday-based weekday of the UTC midnight.
        expect(weekday % 7).toBe(new Date(`${date}T00:00:00Z`).getUTCDay());
        expect(isoWeekday(addDays(date, 1))).toBe((weekday % 7) + 1);
      }),
    );
  });
});
