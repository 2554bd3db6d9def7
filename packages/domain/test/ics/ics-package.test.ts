import { createEvents, type EventAttributes } from "ics";
import { describe, expect, it } from "vitest";

/*
 * What the `ics` package (3.12) gets wrong on its own, and `src/ics` repairs around it.
 * These pin the package's behaviour: when one fails after an upgrade, the package has
 * changed and the matching workaround in `src/ics` should be revisited (see the README).
 */

const event = (extra: Partial<EventAttributes> = {}): EventAttributes => ({
  start: Date.UTC(2026, 2, 17, 17, 0),
  startInputType: "utc",
  startOutputType: "utc",
  end: Date.UTC(2026, 2, 17, 18, 30),
  endInputType: "utc",
  endOutputType: "utc",
  title: "Stammtisch",
  ...extra,
});
const raw = (events: EventAttributes[], header = {}) => {
  const { error, value } = createEvents(events, header);
  if (error || !value) throw new Error(String(error));
  return value;
};
const octets = (line: string) => new TextEncoder().encode(line).length;

describe("the raw ics package (3.12)", () => {
  it("folds at 75 characters, so lines of umlauts or Arabic run far past 75 octets", () => {
    const text = raw([event({ title: "Ä".repeat(100) })]);
    const longest = Math.max(...text.split("\r\n").map(octets));
    expect(longest).toBeGreaterThan(75);
  });

  it("continues folded lines with a TAB", () => {
    expect(raw([event({ title: "x".repeat(100) })])).toContain("\r\n\t");
  });

  it("writes X-PUBLISHED-TTL:PT1H whatever the feed wants, and no REFRESH-INTERVAL", () => {
    const text = raw([event()], { calName: "Termine" });
    expect(text).toContain("X-PUBLISHED-TTL:PT1H\r\n");
    expect(text).not.toContain("REFRESH-INTERVAL");
  });

  it("makes a new random UID on every call unless one is given", () => {
    const uid = (text: string) => text.match(/^UID:(.*)$/m)?.[1];
    expect(uid(raw([event()]))).not.toBe(uid(raw([event()])));
  });

  it("passes a lone CR through as a raw line break", () => {
    expect(raw([event({ title: "Eins\rZwei" })])).toContain("SUMMARY:Eins\rZwei");
  });

  it("rejects a URL with capital letters in the scheme or host", () => {
    expect(createEvents([event({ url: "https://Example.org/termine" })]).error).toBeTruthy();
    expect(createEvents([event({ url: "https://example.org/termine" })]).error).toBeNull();
  });

  it("does not escape the calendar name or commas inside a category", () => {
    const text = raw([event({ categories: ["Vortrag, Workshop"] })], { calName: "A, B; C" });
    expect(text).toContain("X-WR-CALNAME:A, B; C\r\n");
    expect(text).toContain("CATEGORIES:Vortrag, Workshop\r\n");
  });
});
