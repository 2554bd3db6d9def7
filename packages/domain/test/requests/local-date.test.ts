import { describe, expect, it } from "vitest";
import { isoWeekday, localDate, yearsBefore } from "../../src/requests/local-date.js";

describe("localDate", () => {
  it("gives the date in the district's time zone, not the server's", () => {
    expect(localDate("2026-03-28T23:30:00Z", "Europe/Berlin")).toBe("2026-03-29");
    expect(localDate("2026-03-28T23:30:00Z", "UTC")).toBe("2026-03-28");
  });

  it("follows summer time: 22:30 UTC is already the next day in Berlin in summer", () => {
    expect(localDate("2026-07-01T22:30:00Z", "Europe/Berlin")).toBe("2026-07-02");
    expect(localDate("2026-12-01T22:30:00Z", "Europe/Berlin")).toBe("2026-12-01");
  });
});

describe("isoWeekday", () => {
  it("numbers Monday 1 and Sunday 7", () => {
    expect(isoWeekday("2026-03-16")).toBe(1);
    expect(isoWeekday("2026-03-22")).toBe(7);
  });
});

describe("yearsBefore", () => {
  it("goes back whole years and turns 29 February into 28 February", () => {
    expect(yearsBefore("2026-03-17", 5)).toBe("2021-03-17");
    expect(yearsBefore("2028-02-29", 5)).toBe("2023-02-28");
    expect(yearsBefore("2028-02-29", 4)).toBe("2024-02-29");
  });
});
