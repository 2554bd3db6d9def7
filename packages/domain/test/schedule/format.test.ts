import { describe, expect, it } from "vitest";
import { expandOccurrences } from "../../src/schedule/expand.js";
import {
  formatDate,
  formatMonth,
  formatOccurrence,
  formatTimeRange,
} from "../../src/schedule/format.js";
import { groupByMonth } from "../../src/schedule/group.js";
import { BERLIN, inProcessTimeZone, programmeEvent, single, weekly } from "./fixtures.js";

const [tuesday] = expandOccurrences([single("vortrag", "2026-03-17", "18:00", "19:30")], {
  timeZone: BERLIN,
});
const [summer] = expandOccurrences([single("sommer", "2026-07-07", "18:00", "19:30")], {
  timeZone: BERLIN,
});
if (!tuesday || !summer) throw new Error("fixtures");
const tentative = (when: object) => {
  const [occurrence] = expandOccurrences(
    [programmeEvent("offen", { type: "tentative", year: 2027, ...when })],
    { timeZone: BERLIN },
  );
  if (!occurrence) throw new Error("fixture");
  return occurrence;
};

describe("formatOccurrence", () => {
  it("writes German with weekday, date and times in Berlin", () => {
    expect(formatOccurrence(tuesday, { locale: "de", timeZone: BERLIN })).toBe(
      "Dienstag, 17. März 2026, 18:00–19:30 Uhr",
    );
    expect(formatOccurrence(summer, { locale: "de", timeZone: BERLIN })).toBe(
      "Dienstag, 7. Juli 2026, 18:00–19:30 Uhr",
    );
  });

  it("writes English day-first with a 24-hour clock", () => {
    expect(formatOccurrence(tuesday, { locale: "en", timeZone: BERLIN })).toBe(
      "Tuesday, 17 March 2026, 18:00–19:30",
    );
  });

  it("uses the time zone it is given, not the process's", () => {
    const text = inProcessTimeZone("America/Los_Angeles", () =>
      formatOccurrence(tuesday, { locale: "de", timeZone: BERLIN }),
    );
    expect(text).toBe("Dienstag, 17. März 2026, 18:00–19:30 Uhr");
    expect(formatOccurrence(tuesday, { locale: "de", timeZone: "UTC" })).toBe(
      "Dienstag, 17. März 2026, 17:00–18:30 Uhr",
    );
  });

  it("writes tentative dates as a period and 'to be announced'", () => {
    expect(
      formatOccurrence(tentative({ season: "spring" }), { locale: "de", timeZone: BERLIN }),
    ).toBe("Frühjahr 2027, Termin folgt");
    expect(formatOccurrence(tentative({ month: 3 }), { locale: "de", timeZone: BERLIN })).toBe(
      "März 2027, Termin folgt",
    );
    expect(formatOccurrence(tentative({}), { locale: "de", timeZone: BERLIN })).toBe(
      "2027, Termin folgt",
    );
    expect(
      formatOccurrence(tentative({ season: "spring" }), { locale: "en", timeZone: BERLIN }),
    ).toBe("Spring 2027, date to be announced");
    expect(
      formatOccurrence(tentative({ season: "autumn" }), { locale: "en", timeZone: BERLIN }),
    ).toBe("Autumn 2027, date to be announced");
    expect(formatOccurrence(tentative({ month: 11 }), { locale: "en", timeZone: BERLIN })).toBe(
      "November 2027, date to be announced",
    );
  });

  it("writes a tentative date wholly in English for languages without schedule texts", () => {
    expect(formatOccurrence(tentative({ month: 3 }), { locale: "ti", timeZone: BERLIN })).toBe(
      "March 2027, date to be announced",
    );
  });

  describe.each(["ar", "fa", "prs", "uk", "ru", "tr", "ckb", "kmr", "ps", "ti", "so", "fr"])(
    "in %s",
    (locale) => {
      const digits = new Intl.NumberFormat(locale, { useGrouping: false }).format(2026);
      it("names the Gregorian year 2026, in the locale's digits or Latin ones", () => {
        const text = formatOccurrence(tuesday, { locale, timeZone: BERLIN });
        expect(text.includes("2026") || text.includes(digits), text).toBe(true);
        expect(text).not.toMatch(/۱۴۰۴|1404/); // not the Solar Hijri year Intl picks for Farsi
      });
      it("formats tentative dates and month headings", () => {
        expect(
          formatOccurrence(tentative({ season: "summer" }), { locale, timeZone: BERLIN }),
        ).toContain("2027");
        expect(formatMonth(2026, 3, locale).length).toBeGreaterThan(4);
      });
    },
  );

  it("falls back to British English for a malformed language tag", () => {
    expect(formatOccurrence(tuesday, { locale: "not a tag!", timeZone: BERLIN })).toBe(
      "Tuesday, 17 March 2026, 18:00–19:30",
    );
  });

  it("rejects an unknown time zone", () => {
    expect(() => formatOccurrence(tuesday, { locale: "de", timeZone: "Mars/Olympus" })).toThrow(
      RangeError,
    );
  });
});

describe("formatDate and formatTimeRange", () => {
  it("format the day and the times separately", () => {
    if (!tuesday.start || !tuesday.end) throw new Error("dated");
    expect(formatDate(tuesday.start, { locale: "de", timeZone: BERLIN })).toBe(
      "Dienstag, 17. März 2026",
    );
    expect(formatDate(tuesday.start, { locale: "en", timeZone: BERLIN })).toBe(
      "Tuesday, 17 March 2026",
    );
    expect(formatTimeRange(tuesday.start, tuesday.end, { locale: "de", timeZone: BERLIN })).toBe(
      "18:00–19:30 Uhr",
    );
    expect(formatTimeRange(tuesday.start, tuesday.end, { locale: "en", timeZone: BERLIN })).toBe(
      "18:00–19:30",
    );
  });
});

describe("groupByMonth", () => {
  const occurrences = expandOccurrences(
    [
      weekly("stammtisch", { weekday: 2, interval: 2, from: "2026-03-17", until: "2026-04-14" }),
      single("mitternacht", "2026-04-01", "00:30", "01:30"), // 31 March 22:30 UTC
      programmeEvent("fest", { type: "tentative", year: 2027, season: "spring" }),
    ],
    { timeZone: BERLIN },
  );

  it("groups by the month in Berlin, with German labels and the tentative dates last", () => {
    const groups = groupByMonth(occurrences, { timeZone: BERLIN, locale: "de" });
    expect(groups.map((g) => [g.key, g.label, g.occurrences.map((o) => o.id)])).toEqual([
      ["2026-03", "März 2026", ["stammtisch-20260317", "stammtisch-20260331"]],
      ["2026-04", "April 2026", ["mitternacht", "stammtisch-20260414"]],
      ["tentative", "Termin folgt", ["fest"]],
    ]);
  });

  it("labels in English", () => {
    expect(
      groupByMonth(occurrences, { timeZone: BERLIN, locale: "en" }).map((g) => g.label),
    ).toEqual(["March 2026", "April 2026", "Date to be announced"]);
  });

  it("keeps the order it is given, e.g. most recent first for an archive", () => {
    const reversed = [...occurrences].filter((o) => o.start).reverse();
    expect(groupByMonth(reversed, { timeZone: BERLIN, locale: "de" }).map((g) => g.key)).toEqual([
      "2026-04",
      "2026-03",
    ]);
  });

  it("labels months in other languages through Intl", () => {
    const labels = groupByMonth(occurrences, { timeZone: BERLIN, locale: "uk" }).map(
      (g) => g.label,
    );
    expect(labels[0]).toMatch(/березень 2026/);
    expect(labels[2]).toBe("Дату буде повідомлено згодом");
  });
});
