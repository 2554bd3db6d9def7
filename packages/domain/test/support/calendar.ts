import fc from "fast-check";

/** The district's time zone in these tests. */
const BERLIN = "Europe/Berlin";

/** Calendar dates `YYYY-MM-DD` from 1900 to 2200. */
export const dateArbitrary = fc
  .date({
    min: new Date("1900-01-01T00:00:00Z"),
    max: new Date("2200-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

/** Wall-clock times `HH:MM`. */
export const timeArbitrary = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);

/**
 * Berlin wall clock `YYYY-MM-DD HH:MM` of an instant, straight from Intl (not from our
 * tzOffset-based code, so the two can check each other).
 */
const berlinClock = new Intl.DateTimeFormat("sv-SE", {
  timeZone: BERLIN,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The Berlin local day and time of an instant (ms), as Intl gives them. */
export function berlinWallClock(instant: number | Date): { date: string; time: string } {
  const [date = "", time = ""] = berlinClock.format(instant).split(" ");
  return { date, time };
}
