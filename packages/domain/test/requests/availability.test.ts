import { describe, expect, it } from "vitest";
import { matchAvailability, preferredWindows } from "../../src/requests/availability.js";

describe("matchAvailability", () => {
  it("confirms the overlap of a weekly slot and a preferred window", () => {
    expect(
      matchAvailability(
        [{ weekday: 2, from: "18:00", to: "21:00" }],
        [{ weekday: 2, from: "17:00", to: "19:00" }],
      ),
    ).toEqual({ kind: "confirmed", weekday: 2, from: "18:00", to: "19:00" });
  });

  it("does not count windows that only touch", () => {
    expect(
      matchAvailability(
        [{ weekday: 2, from: "12:00", to: "14:00" }],
        [{ weekday: 2, from: "08:00", to: "12:00" }],
      ),
    ).toEqual({ kind: "none" });
  });

  it("follows the person's order of preferred times", () => {
    const slots = [
      { weekday: 1, from: "09:00", to: "10:00" },
      { weekday: 3, from: "09:00", to: "10:00" },
    ];
    expect(
      matchAvailability(slots, [
        { weekday: 3, from: "08:00", to: "12:00" },
        { weekday: 1, from: "08:00", to: "12:00" },
      ]),
    ).toMatchObject({ kind: "confirmed", weekday: 3 });
  });

  it("is flexible without preferred times and unknown without stated availability", () => {
    expect(matchAvailability([], [])).toEqual({ kind: "flexible" });
    expect(matchAvailability([], [{ weekday: 1, from: "08:00", to: "12:00" }])).toEqual({
      kind: "unknown",
    });
  });
});

describe("preferredWindows", () => {
  it("puts a concrete date on its ISO weekday and keeps the date", () => {
    expect(
      preferredWindows([
        { date: "2026-03-22", from: "10:00", to: "12:00" },
        { weekday: 1, from: "08:00", to: "12:00" },
      ]),
    ).toEqual([
      { weekday: 7, date: "2026-03-22", from: "10:00", to: "12:00" },
      { weekday: 1, from: "08:00", to: "12:00" },
    ]);
  });
});
