import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CertificationEvaluation,
  evaluateCertification,
  evaluateCohort,
} from "../../src/certification/evaluate.js";
import type { CertificationPolicyInput } from "../../src/certification/policy.js";
import type { Attendance, AttendanceStatus } from "../../src/schemas/attendance.js";
import type { TrainingSessionInput } from "../../src/schemas/training-session.js";
import { AS_OF, moduleLabels, session, TIME_ZONE } from "./builders.js";

/** The modules the arbitrary sessions and policies use, labelled by their ids. */
const MODULES = moduleLabels(["a", "b", "c", "d"]);

type Recorded = AttendanceStatus | "none";

interface Scenario {
  policy: CertificationPolicyInput;
  sessions: TrainingSessionInput[];
  /** Ana's record per session ("none": no record). */
  statuses: Recorded[];
  /** A second, possibly contradicting record of Ana's per session, as exports contain. */
  repeats: Recorded[];
  /** Records of another volunteer, which must never matter for Ana. */
  noise: Attendance[];
}

const DAY = 86_400_000;
const asOf = Date.parse(AS_OF);

const policyArbitrary: fc.Arbitrary<CertificationPolicyInput> = fc.record(
  {
    minExpertTalks: fc.integer({ min: 0, max: 4 }),
    minWorkshops: fc.integer({ min: 0, max: 4 }),
    requiredModules: fc.subarray(["a", "b", "c"]),
    minAttendanceRate: fc.oneof(
      fc.constantFrom(0, 0.5, 0.75, 1),
      fc.double({ min: 0, max: 1, noNaN: true }),
    ),
    excusedAbsences: fc.constantFrom("count_as_attended", "excluded", "count_as_absent"),
    windowMonths: fc.integer({ min: 1, max: 24 }),
  },
  {
    requiredKeys: [
      "minExpertTalks",
      "minWorkshops",
      "requiredModules",
      "minAttendanceRate",
      "excusedAbsences",
    ],
  },
);

const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .record({
    policy: policyArbitrary,
    slots: fc.array(
      fc.record({
        kind: fc.constantFrom("expert_talk" as const, "workshop" as const),
        module: fc.constantFrom("a", "b", "c", "d"),
        // From about two and a half years before the evaluation to a month after it.
        day: fc.integer({ min: -900, max: 30 }),
        cancelled: fc.boolean(),
        status: fc.constantFrom<Recorded>("present", "excused", "absent", "none"),
        repeat: fc.constantFrom<Recorded>("present", "excused", "absent", "none", "none", "none"),
        noise: fc.constantFrom<Recorded>("present", "excused", "absent", "none"),
      }),
      { maxLength: 14 },
    ),
  })
  .map(({ policy, slots }) => ({
    policy,
    sessions: slots.map((slot, index) =>
      session(`s-${index}`, slot.kind, new Date(asOf + slot.day * DAY).toISOString(), {
        module: slot.module,
        cancelled: slot.cancelled,
      }),
    ),
    statuses: slots.map((slot) => slot.status),
    repeats: slots.map((slot) => slot.repeat),
    noise: slots.flatMap((slot, index): Attendance[] =>
      slot.noise === "none"
        ? []
        : [{ volunteerId: "ben", sessionId: `s-${index}`, status: slot.noise }],
    ),
  }));

function recordsOf(statuses: Recorded[]): Attendance[] {
  return statuses.flatMap((status, index): Attendance[] =>
    status === "none" ? [] : [{ volunteerId: "ana", sessionId: `s-${index}`, status }],
  );
}

function attendanceOf({ statuses, repeats, noise }: Scenario): Attendance[] {
  return [...recordsOf(repeats), ...noise, ...recordsOf(statuses)];
}

function evaluate(
  scenario: Scenario,
  attendance = attendanceOf(scenario),
): CertificationEvaluation {
  const result = evaluateCertification({
    policy: scenario.policy,
    sessions: scenario.sessions,
    attendance,
    volunteerId: "ana",
    asOf: AS_OF,
    timeZone: TIME_ZONE,
    modules: MODULES,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe("invariants of the evaluation", () => {
  it("never lowers any progress, nor takes eligibility away, when an absent or missing record becomes present", () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.nat(), (scenario, pick) => {
        const candidates = scenario.statuses.flatMap((status, index) =>
          status === "absent" || status === "none" ? [index] : [],
        );
        const index = candidates[pick % Math.max(1, candidates.length)];
        if (index === undefined) return;
        const better = {
          ...scenario,
          statuses: scenario.statuses.map((status, i) => (i === index ? "present" : status)),
        };

        const before = evaluate(scenario);
        const after = evaluate(better);
        expect(after.progress).toBeGreaterThanOrEqual(before.progress);
        if (before.eligible) expect(after.eligible).toBe(true);
        expect(after.requirements.map((r) => r.id)).toEqual(before.requirements.map((r) => r.id));
        after.requirements.forEach((requirement, i) => {
          const previous = before.requirements[i];
          expect(requirement.progress).toBeGreaterThanOrEqual(previous?.progress ?? 0);
          expect(requirement.achieved).toBeGreaterThanOrEqual(previous?.achieved ?? 0);
          if (previous?.met) expect(requirement.met).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same result every time, whatever the order of the records", () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.infiniteStream(fc.nat()), (scenario, randomness) => {
        const attendance = attendanceOf(scenario);
        const shuffled = [...attendance];
        const draws = randomness[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (draws.next().value ?? 0) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as Attendance, shuffled[i] as Attendance];
        }
        const first = evaluate(scenario, attendance);
        expect(evaluate(scenario, attendance)).toEqual(first);
        expect(evaluate(scenario, shuffled)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every progress within [0, 1]", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const { progress, requirements } = evaluate(scenario);
        for (const value of [progress, ...requirements.map((r) => r.progress)]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("is eligible exactly when every requirement is met, with progress 1 and nothing missing", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const evaluation = evaluate(scenario);
        const unmet = evaluation.requirements.filter((r) => !r.met);
        expect(evaluation.eligible).toBe(unmet.length === 0);
        expect(evaluation.progress === 1).toBe(evaluation.eligible);
        expect(evaluation.missing).toHaveLength(unmet.length);
        for (const requirement of evaluation.requirements) {
          expect(requirement.progress === 1).toBe(requirement.met);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("evaluates each volunteer of a cohort as it would evaluate them alone", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const attendance = attendanceOf(scenario);
        const cohort = evaluateCohort({
          policy: scenario.policy,
          sessions: scenario.sessions,
          attendance,
          volunteerIds: ["ana", "ben"],
          asOf: AS_OF,
          timeZone: TIME_ZONE,
          modules: MODULES,
        });
        if (!cohort.ok) throw new Error("invalid");
        expect(cohort.value.get("ana")).toEqual(evaluate(scenario, attendance));
        const ben = evaluateCertification({
          policy: scenario.policy,
          sessions: scenario.sessions,
          attendance,
          volunteerId: "ben",
          asOf: AS_OF,
          timeZone: TIME_ZONE,
          modules: MODULES,
        });
        expect(cohort.value.get("ben")).toEqual(ben.ok ? ben.value : undefined);
      }),
      { numRuns: 200 },
    );
  });
});
