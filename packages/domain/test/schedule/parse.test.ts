import { describe, expect, it } from "vitest";
import { parseProgrammeEvents } from "../../src/schedule/parse.js";

const talk = {
  id: "vortrag-jobcenter",
  kind: "expert_talk",
  title: { de: "Fachvortrag Jobcenter" },
  when: { type: "single", date: "2026-03-17", start: "18:00", end: "19:30" },
};
const series = (exceptions: object[]) => ({
  id: "stammtisch",
  kind: "meeting",
  title: { de: "Stammtisch" },
  when: {
    type: "series",
    recurrence: { frequency: "weekly", interval: 2, weekday: 2 },
    from: "2026-03-17",
    until: "2026-04-30",
    start: "18:00",
    end: "19:30",
    exceptions,
  },
});
const issuesOf = (result: ReturnType<typeof parseProgrammeEvents>) =>
  result.ok ? [] : result.issues.map((i) => ({ field: i.field, code: i.code, message: i.message }));

describe("parseProgrammeEvents", () => {
  it("returns the parsed events with their defaults", () => {
    const result = parseProgrammeEvents([talk, series([])]);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value[0]).toMatchObject({
        audience: ["public"],
        status: "confirmed",
        revision: 0,
      });
      expect(result.value[1]?.when).toMatchObject({ exceptions: [] });
    }
  });

  it("prefixes every issue with the index of its entry", () => {
    const result = parseProgrammeEvents([
      talk,
      { ...talk, id: "zwei", when: { ...talk.when, end: "17:00" } },
    ]);
    expect(issuesOf(result)).toEqual([
      { field: "1.when.end", code: "time.range", message: "Das Ende muss nach dem Beginn liegen." },
    ]);
    if (!result.ok) expect(result.issues[0]?.path).toEqual([1, "when", "end"]);
  });

  it("reports an id used twice, in German and in English", () => {
    expect(issuesOf(parseProgrammeEvents([talk, talk]))).toEqual([
      {
        field: "1.id",
        code: "schedule.duplicateId",
        message:
          "Die Kennung „vortrag-jobcenter“ ist schon an einen anderen Termin vergeben; jede Kennung darf nur einmal vorkommen.",
      },
    ]);
    expect(issuesOf(parseProgrammeEvents([talk, talk], "en"))[0]?.message).toBe(
      "The id “vortrag-jobcenter” is already used by another date; each id may appear only once.",
    );
  });

  it("reports an exception for a day on which the series has no date", () => {
    // 24 March is a Tuesday, but the series runs every second Tuesday from 17 March.
    const result = parseProgrammeEvents([series([{ date: "2026-03-24", status: "cancelled" }])]);
    expect(issuesOf(result)).toEqual([
      {
        field: "0.when.exceptions.0.date",
        code: "schedule.exceptionNotInSeries",
        message:
          "Am 2026-03-24 findet kein Termin dieser Reihe statt. Bitte geben Sie das ursprüngliche Datum eines Termins der Reihe an.",
      },
    ]);
    expect(
      issuesOf(
        parseProgrammeEvents([series([{ date: "2026-03-24", status: "cancelled" }])], "en"),
      )[0]?.message,
    ).toBe(
      "The series has no date on 2026-03-24. Please give the original date of one of its dates.",
    );
  });

  it("reports a second exception for the same date", () => {
    const result = parseProgrammeEvents([
      series([
        { date: "2026-03-31", status: "cancelled" },
        { date: "2026-03-31", status: "moved", start: "19:00", end: "20:00" },
      ]),
    ]);
    expect(issuesOf(result)).toEqual([
      {
        field: "0.when.exceptions.1.date",
        code: "schedule.exceptionDuplicate",
        message: "Für den Termin am 2026-03-31 gibt es schon eine Ausnahme.",
      },
    ]);
  });

  it("reports a move that changes nothing, or ends before it starts", () => {
    const result = parseProgrammeEvents(
      [
        series([
          { date: "2026-03-17", status: "moved" },
          { date: "2026-03-31", status: "moved", start: "20:00" },
          { date: "2026-04-14", status: "moved", start: "19:00", end: "18:30" },
        ]),
      ],
      "en",
    );
    expect(issuesOf(result)).toEqual([
      {
        field: "0.when.exceptions.0.status",
        code: "schedule.exceptionNoChange",
        message: "Please say what changes: a new day, a new time or a new place.",
      },
      {
        field: "0.when.exceptions.1.start",
        code: "time.range",
        message: "The end must be after the start.",
      },
      {
        field: "0.when.exceptions.2.end",
        code: "time.range",
        message: "The end must be after the start.",
      },
    ]);
  });

  it("accepts a move to a new day only", () => {
    expect(
      parseProgrammeEvents([
        series([{ date: "2026-03-31", status: "moved", newDate: "2026-04-01" }]),
      ]).ok,
    ).toBe(true);
  });

  it("asks for either a season or a month of a tentative date", () => {
    const result = parseProgrammeEvents([
      { ...talk, when: { type: "tentative", year: 2027, season: "spring", month: 3 } },
    ]);
    expect(issuesOf(result)).toEqual([
      {
        field: "0.when.month",
        code: "schedule.seasonOrMonth",
        message: "Bitte geben Sie entweder eine Jahreszeit oder einen Monat an, nicht beides.",
      },
    ]);
  });

  it("does not pile exception issues onto a series whose range is already wrong", () => {
    const broken = series([{ date: "2026-03-17", status: "cancelled" }]);
    broken.when.until = "2026-01-01";
    expect(issuesOf(parseProgrammeEvents([broken])).map((i) => i.code)).toEqual(["time.range"]);
  });
});
