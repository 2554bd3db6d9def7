import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  daysInMonth,
  isCalendarDate,
  yearsBefore,
} from "../../src/calendar/calendar-date.js";

const dateArbitrary = fc
  .date({
    min: new Date("1900-01-01T00:00:00Z"),
    max: new Date("2999-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

describe("addMonths", () => {
  it("clamps to the last day of a shorter month", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-03-31", 1)).toBe("2026-04-30");
  });

  it("goes backwards with a negative number of months", () => {
    expect(addMonths("2026-05-31", -3)).toBe("2026-02-28");
    expect(addMonths("2026-01-15", -1)).toBe("2025-12-15");
  });

  it("treats 1900 as a common year and 2000 as a leap year", () => {
    expect(addMonths("1900-01-31", 1)).toBe("1900-02-28");
    expect(addMonths("2000-01-31", 1)).toBe("2000-02-29");
  });

  it("always gives a real date and never a later day of the month", () => {
    fc.assert(
      fc.property(dateArbitrary, fc.integer({ min: -240, max: 240 }), (date, months) => {
        const result = addMonths(date, months);
        expect(isCalendarDate(result)).toBe(true);
        expect(Number(result.slice(8))).toBeLessThanOrEqual(Number(date.slice(8)));
      }),
    );
  });
});

describe("addDays", () => {
  it("steps over month and year ends and leap days", () => {
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("is undone by the opposite step", () => {
    fc.assert(
      fc.property(dateArbitrary, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        expect(addDays(addDays(date, days), -days)).toBe(date);
      }),
    );
  });
});

describe("isCalendarDate", () => {
  it("accepts real dates only", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("2026-1-01")).toBe(false);
  });
});

describe("daysInMonth", () => {
  it("knows month lengths and the Gregorian leap years", () => {
    expect(daysInMonth(2026, 1)).toBe(31);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
});

describe("yearsBefore", () => {
  it("goes back whole years and turns 29 February into 28 February", () => {
    expect(yearsBefore("2026-03-17", 5)).toBe("2021-03-17");
    expect(yearsBefore("2028-02-29", 5)).toBe("2023-02-28");
    expect(yearsBefore("2028-02-29", 4)).toBe("2024-02-29");
  });
});

describe("malformed dates", () => {
  it("throw a RangeError instead of giving a wrong date", () => {
    for (const bad of ["2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-01", ""]) {
      expect(() => addDays(bad, 1), bad).toThrow(RangeError);
      expect(() => addMonths(bad, 1), bad).toThrow(RangeError);
      expect(() => yearsBefore(bad, 1), bad).toThrow(RangeError);
    }
  });
});
