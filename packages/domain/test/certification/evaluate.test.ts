import { describe, expect, it } from "vitest";
import {
  type CertificationEvaluation,
  countingSessionIds,
  evaluateCertification,
  evaluateCohort,
  evaluateParsedCohort,
} from "../../src/certification/evaluate.js";
import { cohortEvaluationRequestSchema } from "../../src/certification/evaluation-input.js";
import type { CertificationPolicyInput } from "../../src/certification/policy.js";
import { parseWith } from "../../src/i18n/issues.js";
import type { Attendance } from "../../src/schemas/attendance.js";
import type { TrainingSessionInput } from "../../src/schemas/training-session.js";
import { AS_OF, all, moduleLabels, records, session, TIME_ZONE, weekly } from "./builders.js";

const NBSP = "\u00a0";

function evaluate(
  policy: CertificationPolicyInput,
  sessions: TrainingSessionInput[],
  attendance: Attendance[],
  locale = "de",
  asOf = AS_OF,
): CertificationEvaluation {
  // Every module of the policy and the sessions is described, labelled by its id.
  const modules = moduleLabels([
    ...new Set([...(policy.requiredModules ?? []), ...sessions.map((s) => s.module)]),
  ]);
  const result = evaluateCertification(
    { policy, sessions, attendance, volunteerId: "ana", asOf, timeZone: TIME_ZONE, modules },
    locale,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.value;
}

function requirement(evaluation: CertificationEvaluation, id: string) {
  const found = evaluation.requirements.find((r) => r.id === id);
  if (!found) throw new Error(`no requirement ${id}`);
  return found;
}

describe("the curriculum", () => {
  it("counts only sessions that took place: cancelled and future sessions are left out", () => {
    const sessions = [
      session("past", "expert_talk", "2026-06-01T18:00:00+02:00"),
      session("cancelled", "expert_talk", "2026-06-08T18:00:00+02:00", { cancelled: true }),
      session("future", "expert_talk", "2026-07-06T18:00:00+02:00"),
    ];
    const attendance = records("ana", { past: "present", cancelled: "present", future: "present" });
    const evaluation = evaluate({ minExpertTalks: 3 }, sessions, attendance);

    expect(evaluation.tally).toEqual({ sessions: 1, present: 1, excused: 0, absent: 0 });
    expect(requirement(evaluation, "expert_talks").achieved).toBe(1);
  });

  it("counts a session without an attendance record as absent", () => {
    const sessions = weekly("talk", "expert_talk", 4);
    const evaluation = evaluate(
      { minAttendanceRate: 0.5 },
      sessions,
      records("ana", { "talk-1": "present" }),
    );

    expect(evaluation.tally).toEqual({ sessions: 4, present: 1, excused: 0, absent: 3 });
    expect(requirement(evaluation, "attendance_rate").achieved).toBe(0.25);
  });

  it("includes a session that starts exactly at the evaluation instant, not one a minute later", () => {
    const sessions = [
      session("at", "workshop", "2026-06-30T10:00:00Z"),
      session("after", "workshop", "2026-06-30T10:01:00Z"),
    ];
    const evaluation = evaluate({ minWorkshops: 2 }, sessions, all("ana", sessions, "present"));

    expect(evaluation.tally.sessions).toBe(1);
    expect(evaluation.missing).toEqual(["Es fehlt noch 1 Workshop."]);
  });

  it("reads a session's local day and time in the district's time zone, across the spring switch", () => {
    // 29 March 2026: Berlin moves from +01:00 to +02:00 at 02:00. 10:30 CEST is 08:30Z.
    const asOf = "2026-03-29T08:30:00Z";
    const sessions: TrainingSessionInput[] = [
      {
        id: "early",
        kind: "workshop",
        module: "allgemein",
        title: "Früh",
        date: "2026-03-29",
        start: "10:00",
        end: "12:00",
      },
      {
        id: "late",
        kind: "workshop",
        module: "allgemein",
        title: "Spät",
        date: "2026-03-29",
        start: "10:31",
        end: "12:00",
      },
    ];
    const input = { policy: {}, sessions, attendance: [], volunteerId: "ana", asOf };
    const berlin = evaluateCertification({ ...input, timeZone: "Europe/Berlin" });
    const london = evaluateCertification({ ...input, timeZone: "Europe/London" });
    // In London 10:00 BST is 09:00Z, after the evaluation instant: nothing has started yet.
    expect(berlin.ok && berlin.value.tally.sessions).toBe(1);
    expect(london.ok && london.value.tally.sessions).toBe(0);
  });

  it("counts every past session when the policy sets no window", () => {
    const sessions = [
      session("old", "expert_talk", "2016-01-10T18:00:00+01:00"),
      session("new", "expert_talk", "2026-06-01T18:00:00+02:00"),
    ];
    expect(evaluate({}, sessions, []).tally.sessions).toBe(2);
  });

  it("with windowMonths, counts sessions from the same wall-clock time that many months back, both ends inclusive", () => {
    // 6 months before 30 June 2026 12:00 +02:00 is 30 December 2025 12:00 +02:00,
    // i.e. 11:00 in Berlin winter time.
    const sessions = [
      session("too-early", "expert_talk", "2025-12-30T10:59:00+01:00"),
      session("first-day", "expert_talk", "2025-12-30T11:00:00+01:00"),
      session("inside", "expert_talk", "2026-03-10T18:00:00+01:00"),
    ];
    const evaluation = evaluate({ windowMonths: 6 }, sessions, all("ana", sessions, "present"));

    expect(evaluation.tally).toEqual({ sessions: 2, present: 2, excused: 0, absent: 0 });
  });

  it("clamps the window start to the end of a shorter month (31 August − 6 months = 28 February)", () => {
    const asOf = "2026-08-31T10:00:00+02:00";
    const sessions = [
      session("before", "workshop", "2026-02-28T07:59:00Z"),
      session("boundary", "workshop", "2026-02-28T08:00:00Z"),
    ];
    const evaluation = evaluate({ windowMonths: 6 }, sessions, [], "de", asOf);

    expect(evaluation.tally.sessions).toBe(1);
  });

  it("ignores records of other volunteers and of sessions outside the curriculum", () => {
    const sessions = [
      ...weekly("talk", "expert_talk", 2),
      session("future", "expert_talk", "2026-07-06T18:00:00+02:00"),
    ];
    const attendance = [
      ...records("ben", { "talk-1": "present", "talk-2": "present", "ghost-of-ben": "present" }),
      ...records("ana", { "talk-1": "present", future: "present" }),
    ];
    const evaluation = evaluate({ minExpertTalks: 2 }, sessions, attendance);

    expect(evaluation.tally).toEqual({ sessions: 2, present: 1, excused: 0, absent: 1 });
  });

  it("reports a record of a session that is not in the list, which is most likely a typo", () => {
    const sessions = weekly("talk", "expert_talk", 2);
    const attendance = records("ana", { "talk-1": "present", "tlak-2": "present" });
    const result = evaluateCertification(
      { policy: {}, sessions, attendance, volunteerId: "ana", asOf: AS_OF, timeZone: TIME_ZONE },
      "de",
    );

    expect(result.ok ? [] : result.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      "attendance.1.sessionId: Die Anwesenheit verweist auf den Termin „tlak-2“, den es in der Liste der Termine nicht gibt.",
    ]);
  });

  it("lets the best of several records for one session win, whatever their order", () => {
    const sessions = weekly("talk", "expert_talk", 1);
    const forwards = records("ana", { "talk-1": "present" }).concat(
      records("ana", { "talk-1": "absent" }),
      records("ana", { "talk-1": "excused" }),
    );
    const backwards = [...forwards].reverse();

    expect(evaluate({ minExpertTalks: 1 }, sessions, forwards).eligible).toBe(true);
    expect(evaluate({ minExpertTalks: 1 }, sessions, backwards).eligible).toBe(true);
  });
});

describe("minExpertTalks and minWorkshops", () => {
  const sessions = [...weekly("talk", "expert_talk", 5), ...weekly("ws", "workshop", 3)];

  it("counts attended expert talks and workshops separately", () => {
    const attendance = records("ana", {
      "talk-1": "present",
      "talk-2": "present",
      "ws-1": "present",
    });
    const evaluation = evaluate({ minExpertTalks: 4, minWorkshops: 3 }, sessions, attendance);

    expect(evaluation.requirements).toEqual([
      {
        id: "expert_talks",
        kind: "expert_talks",
        required: 4,
        achieved: 2,
        met: false,
        progress: 0.5,
        message: "2 Fachvorträge besucht (nötig: 4).",
      },
      {
        id: "workshops",
        kind: "workshops",
        required: 3,
        achieved: 1,
        met: false,
        progress: 1 / 3,
        message: "1 Workshop besucht (nötig: 3).",
      },
    ]);
    expect(evaluation.missing).toEqual([
      "Es fehlen noch 2 Fachvorträge.",
      "Es fehlen noch 2 Workshops.",
    ]);
    expect(evaluation.eligible).toBe(false);
  });

  it("uses the singular for one missing session, in German and English", () => {
    const attendance = records("ana", {
      "talk-1": "present",
      "talk-2": "present",
      "talk-3": "present",
      "ws-1": "present",
    });
    const policy = { minExpertTalks: 4, minWorkshops: 2 };

    expect(evaluate(policy, sessions, attendance, "de").missing).toEqual([
      "Es fehlt noch 1 Fachvortrag.",
      "Es fehlt noch 1 Workshop.",
    ]);
    expect(evaluate(policy, sessions, attendance, "en").missing).toEqual([
      "1 more expert talk is needed.",
      "1 more workshop is needed.",
    ]);
  });

  it("uses the plural for several missing sessions and for none attended, in English", () => {
    const evaluation = evaluate({ minExpertTalks: 2, minWorkshops: 2 }, sessions, [], "en");

    expect(evaluation.missing).toEqual([
      "2 more expert talks are needed.",
      "2 more workshops are needed.",
    ]);
    expect(evaluation.requirements.map((r) => r.message)).toEqual([
      "0 expert talks attended (required: 2).",
      "0 workshops attended (required: 2).",
    ]);
  });

  it("is met with more sessions than required, and progress stays at 1", () => {
    const evaluation = evaluate(
      { minExpertTalks: 2 },
      sessions,
      all("ana", weekly("talk", "expert_talk", 5), "present"),
    );

    expect(requirement(evaluation, "expert_talks")).toMatchObject({
      achieved: 5,
      met: true,
      progress: 1,
      message: "5 Fachvorträge besucht (nötig: 2).",
    });
    expect(evaluation.missing).toEqual([]);
    expect(evaluation.eligible).toBe(true);
  });

  it("leaves a requirement of 0 out altogether", () => {
    const evaluation = evaluate({ minExpertTalks: 0, minWorkshops: 1 }, sessions, []);
    expect(evaluation.requirements.map((r) => r.id)).toEqual(["workshops"]);
  });
});

describe("requiredModules", () => {
  const sessions = [
    session("t-behoerden", "expert_talk", "2026-05-05T18:00:00+02:00", { module: "behoerden" }),
    session("w-kindergeld", "workshop", "2026-05-12T18:00:00+02:00", { module: "kindergeld" }),
    session("t-kindergeld", "expert_talk", "2026-05-19T18:00:00+02:00", { module: "kindergeld" }),
  ];
  const policy = { requiredModules: ["behoerden", "kindergeld"] };

  it("requires at least one attended session of each required module", () => {
    const evaluation = evaluate(policy, sessions, records("ana", { "t-behoerden": "present" }));

    expect(evaluation.requirements).toEqual([
      {
        id: "module:behoerden",
        kind: "module",
        module: "behoerden",
        required: 1,
        achieved: 1,
        met: true,
        progress: 1,
        message: "Modul „behoerden“: besucht.",
      },
      {
        id: "module:kindergeld",
        kind: "module",
        module: "kindergeld",
        required: 1,
        achieved: 0,
        met: false,
        progress: 0,
        message: "Modul „kindergeld“: noch nicht besucht.",
      },
    ]);
    expect(evaluation.missing).toEqual(["Das Modul „kindergeld“ fehlt noch."]);
  });

  it("names modules by the labels of the district's curriculum, in German and English", () => {
    const modules = [
      { id: "behoerden", label: { de: "Behörden und Ämter", en: "Public offices" } },
      {
        id: "kindergeld",
        label: { de: "Kindergeld beantragen", en: "Applying for child benefit" },
      },
    ];
    const input = {
      policy,
      sessions,
      attendance: records("ana", { "t-behoerden": "present" }),
      volunteerId: "ana",
      asOf: AS_OF,
      timeZone: TIME_ZONE,
      modules,
    };
    const de = evaluateCertification(input, "de");
    const en = evaluateCertification(input, "en");
    if (!de.ok || !en.ok) throw new Error("invalid");

    expect(de.value.missing).toEqual(["Das Modul „Kindergeld beantragen“ fehlt noch."]);
    expect(de.value.requirements.map((r) => r.message)).toEqual([
      "Modul „Behörden und Ämter“: besucht.",
      "Modul „Kindergeld beantragen“: noch nicht besucht.",
    ]);
    expect(en.value.missing).toEqual(["The module “Applying for child benefit” is still missing."]);
  });

  it("asks for the curriculum's labels rather than naming a required module by its id", () => {
    const result = evaluateCertification({
      policy: { requiredModules: ["behoerden"] },
      sessions,
      attendance: [],
      volunteerId: "ana",
      asOf: AS_OF,
      timeZone: TIME_ZONE,
    });
    expect(result.ok ? [] : result.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      "policy.requiredModules.0: Das Modul „behoerden“ ist im Lehrplan des Landkreises (curriculum.modules) nicht beschrieben.",
    ]);
  });

  it("rejects sessions and required modules the curriculum does not describe", () => {
    const result = evaluateCertification({
      policy: { requiredModules: ["behoerden", "kindergeld"] },
      sessions,
      attendance: [],
      volunteerId: "ana",
      asOf: AS_OF,
      timeZone: TIME_ZONE,
      modules: [{ id: "behoerden", label: { de: "Behörden", en: "Public offices" } }],
    });
    expect(result.ok ? [] : result.issues.map((i) => i.field)).toEqual([
      "sessions.1.module",
      "sessions.2.module",
      "policy.requiredModules.1",
    ]);
  });

  it("names the missing module in English", () => {
    const evaluation = evaluate(
      policy,
      sessions,
      records("ana", { "t-behoerden": "present" }),
      "en",
    );
    expect(evaluation.missing).toEqual(["The module “kindergeld” is still missing."]);
    expect(requirement(evaluation, "module:kindergeld").message).toBe(
      "Module “kindergeld”: not attended yet.",
    );
  });

  it("accepts a workshop as well as an expert talk of the module", () => {
    const attendance = records("ana", { "t-behoerden": "present", "w-kindergeld": "present" });
    expect(evaluate(policy, sessions, attendance).eligible).toBe(true);
  });

  it("cannot be met when no session of the module took place", () => {
    const evaluation = evaluate(
      { requiredModules: ["schule"] },
      sessions,
      all("ana", sessions, "present"),
    );
    expect(evaluation.eligible).toBe(false);
    expect(evaluation.missing).toEqual(["Das Modul „schule“ fehlt noch."]);
  });

  it("lists a module named twice in the policy once", () => {
    const evaluation = evaluate({ requiredModules: ["kindergeld", "kindergeld"] }, sessions, []);
    expect(evaluation.requirements.map((r) => r.id)).toEqual(["module:kindergeld"]);
  });
});

describe("minAttendanceRate", () => {
  const sessions = weekly("s", "expert_talk", 5);

  it("compares the share of attended sessions with the minimum", () => {
    const attendance = records("ana", { "s-1": "present", "s-2": "present", "s-3": "present" });
    const evaluation = evaluate({ minAttendanceRate: 0.75 }, sessions, attendance);

    expect(requirement(evaluation, "attendance_rate")).toEqual({
      id: "attendance_rate",
      kind: "attendance_rate",
      required: 0.75,
      achieved: 0.6,
      met: false,
      progress: expect.closeTo(0.8, 12),
      message: `Teilnahmequote: 60${NBSP}% (nötig: 75${NBSP}%).`,
    });
    expect(evaluation.missing).toEqual([
      `Die Teilnahmequote liegt bei 60${NBSP}%, nötig sind 75${NBSP}%.`,
    ]);
  });

  it("says the same in English", () => {
    const attendance = records("ana", { "s-1": "present", "s-2": "present", "s-3": "present" });
    const evaluation = evaluate({ minAttendanceRate: 0.75 }, sessions, attendance, "en");

    expect(evaluation.missing).toEqual(["The attendance rate is 60%; 75% is required."]);
    expect(evaluation.requirements[0]?.message).toBe("Attendance rate: 60% (required: 75%).");
  });

  it("is met exactly at the minimum", () => {
    const four = weekly("s", "workshop", 4);
    const attendance = records("ana", { "s-1": "present", "s-2": "present", "s-3": "present" });
    expect(evaluate({ minAttendanceRate: 0.75 }, four, attendance).eligible).toBe(true);
  });

  it("rounds the rate shown down, so a rate below the minimum never looks equal to it", () => {
    const three = weekly("s", "workshop", 3);
    const attendance = records("ana", { "s-1": "present", "s-2": "present" });
    const evaluation = evaluate({ minAttendanceRate: 0.667 }, three, attendance);

    expect(evaluation.missing).toEqual([
      `Die Teilnahmequote liegt bei 66,6${NBSP}%, nötig sind 66,7${NBSP}%.`,
    ]);
  });

  it("leaves a minimum of 0 out altogether", () => {
    expect(evaluate({ minAttendanceRate: 0 }, sessions, []).requirements).toEqual([]);
  });
});

describe("excusedAbsences", () => {
  // 2 present, 1 excused, 1 absent out of 4 sessions.
  const sessions = [...weekly("talk", "expert_talk", 2), ...weekly("ws", "workshop", 2)];
  const attendance = records("ana", {
    "talk-1": "present",
    "ws-1": "present",
    "talk-2": "excused",
    "ws-2": "absent",
  });
  const rate = (excusedAbsences: "count_as_attended" | "excluded" | "count_as_absent") =>
    requirement(
      evaluate({ minAttendanceRate: 0.7, excusedAbsences }, sessions, attendance),
      "attendance_rate",
    );

  it("count_as_attended: counts an excused absence as present for the rate", () => {
    expect(rate("count_as_attended")).toMatchObject({ achieved: 0.75, met: true });
  });

  it("excluded: leaves excused sessions out of the rate", () => {
    expect(rate("excluded")).toMatchObject({ achieved: 2 / 3, met: false });
  });

  it("count_as_absent: counts an excused absence like any absence", () => {
    expect(rate("count_as_absent")).toMatchObject({ achieved: 0.5, met: false });
  });

  it("leaves excused sessions out when the policy does not say (the default)", () => {
    const evaluation = evaluate({ minAttendanceRate: 0.7 }, sessions, attendance);
    expect(requirement(evaluation, "attendance_rate").achieved).toBe(2 / 3);
  });

  it("never counts an excused absence as an attended talk, workshop or module, whatever the policy", () => {
    const excusedEverywhere = all("ana", sessions, "excused");
    const evaluation = evaluate(
      {
        minExpertTalks: 1,
        minWorkshops: 1,
        requiredModules: ["allgemein"],
        minAttendanceRate: 1,
        excusedAbsences: "count_as_attended",
      },
      sessions,
      excusedEverywhere,
    );

    expect(evaluation.requirements.map((r) => [r.id, r.achieved, r.met])).toEqual([
      ["expert_talks", 0, false],
      ["workshops", 0, false],
      ["module:allgemein", 0, false],
      ["attendance_rate", 1, true],
    ]);
    expect(evaluation.tally).toEqual({ sessions: 4, present: 0, excused: 4, absent: 0 });
  });

  it("gives a rate of 0 when every session is excused and excused sessions are excluded", () => {
    const evaluation = evaluate(
      { minAttendanceRate: 0.5 },
      sessions,
      all("ana", sessions, "excused"),
    );
    expect(requirement(evaluation, "attendance_rate")).toMatchObject({ achieved: 0, met: false });
  });
});

describe("an empty curriculum", () => {
  it("gives a rate of 0, so a positive minimum is not met", () => {
    const evaluation = evaluate({ minAttendanceRate: 0.5 }, [], []);

    expect(evaluation.tally).toEqual({ sessions: 0, present: 0, excused: 0, absent: 0 });
    expect(evaluation.requirements[0]).toMatchObject({ achieved: 0, met: false, progress: 0 });
    expect(evaluation.missing).toEqual([
      `Die Teilnahmequote liegt bei 0${NBSP}%, nötig sind 50${NBSP}%.`,
    ]);
  });

  it("makes everyone eligible, with progress 1, when the policy requires nothing", () => {
    expect(evaluate({}, [], [])).toEqual({
      volunteerId: "ana",
      asOf: AS_OF,
      eligible: true,
      progress: 1,
      requirements: [],
      missing: [],
      tally: { sessions: 0, present: 0, excused: 0, absent: 0 },
    });
  });
});

describe("progress and eligibility", () => {
  const sessions = [...weekly("talk", "expert_talk", 4), ...weekly("ws", "workshop", 2)];

  it("is the mean of the requirements' progress", () => {
    const attendance = records("ana", {
      "talk-1": "present",
      "ws-1": "present",
      "ws-2": "present",
    });
    const evaluation = evaluate({ minExpertTalks: 4, minWorkshops: 2 }, sessions, attendance);

    expect(evaluation.requirements.map((r) => r.progress)).toEqual([0.25, 1]);
    expect(evaluation.progress).toBe(0.625);
  });

  it("is eligible for the Alzey-Worms proposal (4 talks, 2 workshops, 75 %) with full attendance", () => {
    const evaluation = evaluate(
      { minExpertTalks: 4, minWorkshops: 2, minAttendanceRate: 0.75, excusedAbsences: "excluded" },
      sessions,
      all("ana", sessions, "present"),
    );
    expect(evaluation).toMatchObject({ eligible: true, progress: 1, missing: [] });
  });
});

describe("languages", () => {
  it("falls back to English sentences and number format for a language without catalogue", () => {
    const sessions = weekly("s", "workshop", 4);
    const evaluation = evaluate(
      { minWorkshops: 4, minAttendanceRate: 0.75 },
      sessions,
      records("ana", { "s-1": "present" }),
      "ar",
    );
    expect(evaluation.missing).toEqual([
      "3 more workshops are needed.",
      "The attendance rate is 25%; 75% is required.",
    ]);
  });
});

describe("invalid input", () => {
  const input = {
    policy: { minExpertTalks: -1, minAttendanceRate: 1.5, excusedAbsences: "sometimes" },
    sessions: [
      session("talk-1", "expert_talk", "2026-05-05T18:00:00+02:00"),
      session("talk-1", "expert_talk", "2026-05-12T18:00:00+02:00"),
      {
        ...session("ws-1", "workshop", "2026-05-19T18:00:00+02:00"),
        end: "17:00",
      },
    ],
    attendance: [{ volunteerId: "ana", sessionId: "talk-1", status: "maybe" }],
    volunteerId: "Ana",
    asOf: "30.06.2026",
    timeZone: "Europe/Berln",
  };

  it("reports every problem with a German message and the field it concerns", () => {
    // The input is deliberately wrong in ways the types would reject.
    const result = evaluateCertification(input as never, "de");

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.field, i.code, i.message])).toMatchInlineSnapshot(`
      [
        [
          "policy.minExpertTalks",
          "number.tooSmall",
          "Der Wert muss mindestens 0 sein.",
        ],
        [
          "policy.minAttendanceRate",
          "policy.ratio",
          "Bitte geben Sie einen Anteil zwischen 0 und 1 an (z. B. 0.75 für 75 %).",
        ],
        [
          "policy.excusedAbsences",
          "field.invalidChoice",
          "Bitte wählen Sie eine der angebotenen Möglichkeiten.",
        ],
        [
          "sessions.2.end",
          "session.endBeforeStart",
          "Das Ende muss nach dem Beginn liegen.",
        ],
        [
          "sessions.1.id",
          "certification.duplicateSession",
          "Der Termin „talk-1“ kommt mehrfach vor. Bitte geben Sie jedem Termin eine eigene Kennung.",
        ],
        [
          "attendance.0.status",
          "attendanceStatus.invalid",
          "Bitte wählen Sie anwesend, entschuldigt oder abwesend.",
        ],
        [
          "timeZone",
          "timeZone.invalid",
          "Diese Zeitzone ist unbekannt (z. B. „Europe/Berlin“).",
        ],
        [
          "volunteerId",
          "id.invalid",
          "Bitte verwenden Sie nur Kleinbuchstaben, Ziffern, Bindestrich und Unterstrich (z. B. „cafe-asyl“).",
        ],
        [
          "asOf",
          "datetime.invalid",
          "Bitte geben Sie Datum und Uhrzeit mit Zeitzone an (z. B. 2026-03-17T18:00:00+01:00).",
        ],
      ]
    `);
  });

  it("reports the same problems in English", () => {
    const result = evaluateCertification(input as never, "en");

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.field, i.message])).toMatchInlineSnapshot(`
      [
        [
          "policy.minExpertTalks",
          "The value must be at least 0.",
        ],
        [
          "policy.minAttendanceRate",
          "Please give a share between 0 and 1 (e.g. 0.75 for 75 %).",
        ],
        [
          "policy.excusedAbsences",
          "Please choose one of the options offered.",
        ],
        [
          "sessions.2.end",
          "The end must be after the start.",
        ],
        [
          "sessions.1.id",
          "The session “talk-1” occurs more than once. Please give every session its own id.",
        ],
        [
          "attendance.0.status",
          "Please choose present, excused or absent.",
        ],
        [
          "timeZone",
          "This time zone is unknown (e.g. “Europe/Berlin”).",
        ],
        [
          "volunteerId",
          "Please use only lower-case letters, digits, hyphen and underscore (e.g. “cafe-asyl”).",
        ],
        [
          "asOf",
          "Please enter a date and time with time zone (e.g. 2026-03-17T18:00:00+01:00).",
        ],
      ]
    `);
  });

  it("asks for missing fields", () => {
    const result = evaluateCertification({} as never, "de");
    expect(result.ok ? [] : result.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      "policy: Bitte füllen Sie dieses Feld aus.",
      "sessions: Bitte füllen Sie dieses Feld aus.",
      "attendance: Bitte füllen Sie dieses Feld aus.",
      "timeZone: Bitte füllen Sie dieses Feld aus.",
      "volunteerId: Bitte füllen Sie dieses Feld aus.",
      "asOf: Bitte füllen Sie dieses Feld aus.",
    ]);
  });
});

describe("evaluateCohort", () => {
  const sessions = [...weekly("talk", "expert_talk", 4), ...weekly("ws", "workshop", 2)];
  const attendance = [
    ...all("ana", sessions, "present"),
    ...records("ben", { "talk-1": "present", "ws-1": "excused" }),
  ];
  const policy = { minExpertTalks: 2, minWorkshops: 1, minAttendanceRate: 0.5 };

  it("gives every volunteer the same evaluation as evaluateCertification", () => {
    const cohort = evaluateCohort({
      policy,
      sessions,
      attendance,
      volunteerIds: ["ana", "ben", "cem"],
      asOf: AS_OF,
      timeZone: TIME_ZONE,
    });
    if (!cohort.ok) throw new Error("invalid");

    for (const volunteerId of ["ana", "ben", "cem"]) {
      const single = evaluateCertification({
        policy,
        sessions,
        attendance,
        volunteerId,
        asOf: AS_OF,
        timeZone: TIME_ZONE,
      });
      expect(cohort.value.get(volunteerId)).toEqual(single.ok ? single.value : undefined);
    }
    expect(cohort.value.get("cem")?.tally).toEqual({
      sessions: 6,
      present: 0,
      excused: 0,
      absent: 6,
    });
  });

  it("evaluates a repeated volunteer once and keeps the order given", () => {
    const cohort = evaluateCohort({
      policy,
      sessions,
      attendance,
      volunteerIds: ["ben", "ana", "ben"],
      asOf: AS_OF,
      timeZone: TIME_ZONE,
    });
    expect(cohort.ok && [...cohort.value.keys()]).toEqual(["ben", "ana"]);
  });

  it("returns issues instead of evaluations when the input is invalid", () => {
    const cohort = evaluateCohort(
      {
        policy,
        sessions,
        attendance,
        volunteerIds: ["ana", "Ben"],
        asOf: AS_OF,
        timeZone: TIME_ZONE,
      },
      "en",
    );
    expect(cohort.ok ? [] : cohort.issues.map((i) => i.field)).toEqual(["volunteerIds.1"]);
  });

  it("evaluates already validated input with evaluateParsedCohort to the same result", () => {
    const input = {
      policy,
      sessions,
      attendance,
      volunteerIds: ["ana", "ben"],
      asOf: AS_OF,
      timeZone: TIME_ZONE,
    };
    const parsed = parseWith(cohortEvaluationRequestSchema, input);
    const cohort = evaluateCohort(input);
    if (!parsed.ok || !cohort.ok) throw new Error("invalid");

    expect(evaluateParsedCohort(parsed.value)).toEqual(cohort.value);
  });
});

describe("countingSessionIds", () => {
  it("names exactly the sessions an evaluation at that moment counts", () => {
    const sessions = [
      session("too-early", "expert_talk", "2025-12-30T10:59:00+01:00"),
      session("first-day", "expert_talk", "2025-12-30T11:00:00+01:00"),
      session("cancelled", "workshop", "2026-03-10T18:00:00+01:00", { cancelled: true }),
      session("inside", "workshop", "2026-03-11T18:00:00+01:00"),
      session("now", "expert_talk", AS_OF),
      session("future", "expert_talk", "2026-06-30T12:01:00+02:00"),
    ];
    const parsed = parseWith(cohortEvaluationRequestSchema, {
      policy: { windowMonths: 6 },
      sessions,
      attendance: [],
      volunteerIds: ["ana"],
      asOf: AS_OF,
      timeZone: TIME_ZONE,
    });
    if (!parsed.ok) throw new Error("fixture invalid");
    expect(countingSessionIds(parsed.value)).toEqual(["first-day", "inside", "now"]);
    expect(evaluateParsedCohort(parsed.value).get("ana")?.tally.sessions).toBe(3);
  });
});
