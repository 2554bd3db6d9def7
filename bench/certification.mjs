// Benchmark of the certification rules: 10,000 volunteers × 200 sessions.
//
// Imports the BUILT package, so build first:
//   cd packages/domain && pnpm build && cd ../.. && node --expose-gc bench/certification.mjs
//
// Prints the median of 5 runs (after one warm-up) for validation alone, evaluation alone
// (the pure core on already validated data) and both together (evaluateCohort). With
// --expose-gc, garbage from one run is collected before the next is timed, so a run does
// not pay for its predecessor's garbage.

import {
  cohortEvaluationRequestSchema,
  evaluateCohort,
  evaluateParsedCohort,
  parseWith,
} from "../packages/domain/dist/index.js";
import { machineLine, measure, random, runsLine, timingTable } from "./_lib.mjs";

const VOLUNTEERS = 10_000;
const SESSIONS = 200;
const AS_OF = "2026-06-30T12:00:00+02:00";
const MODULES = [
  "behoerden",
  "jobcenter",
  "kindergeld",
  "schule",
  "gesundheit",
  "wohnen",
  "kultur",
  "recht",
];

function generate() {
  const next = random(20260630);
  const asOf = Date.parse(AS_OF);
  const day = 86_400_000;
  const sessions = [];
  for (let i = 0; i < SESSIONS; i++) {
    // Spread over the 26 months before the evaluation and 1 month after it, so the 24-month
    // window and the "not in the future" rule both cut some sessions off.
    // Sessions are written as the district writes them: a local day and local times.
    const date = new Date(asOf - Math.floor(next() * 26 * 30 - 30) * day).toISOString();
    sessions.push({
      id: `session-${String(i).padStart(3, "0")}`,
      kind: next() < 0.6 ? "expert_talk" : "workshop",
      module: MODULES[Math.floor(next() * MODULES.length)],
      title: `Termin ${i + 1}`,
      date: date.slice(0, 10),
      start: "09:00",
      end: "11:00",
      cancelled: next() < 0.03,
    });
  }
  const volunteerIds = [];
  const attendance = [];
  for (let v = 0; v < VOLUNTEERS; v++) {
    const volunteerId = `volunteer-${String(v).padStart(5, "0")}`;
    volunteerIds.push(volunteerId);
    // Each volunteer has their own habit around 80 % presence (65–95 %).
    const presence = 0.65 + next() * 0.3;
    for (const session of sessions) {
      const roll = next();
      if (roll < presence)
        attendance.push({ volunteerId, sessionId: session.id, status: "present" });
      else if (roll < presence + 0.06)
        attendance.push({ volunteerId, sessionId: session.id, status: "excused" });
      else if (roll < presence + 0.1)
        attendance.push({ volunteerId, sessionId: session.id, status: "absent" });
      // otherwise no record at all: counts as absent
    }
  }
  const policy = {
    minExpertTalks: 4,
    minWorkshops: 2,
    requiredModules: ["behoerden", "kindergeld"],
    minAttendanceRate: 0.75,
    excusedAbsences: "excluded",
    windowMonths: 24,
    validityMonths: 36,
    renewalNoticeMonths: 3,
  };
  const modules = MODULES.map((id) => ({ id, label: { de: id, en: id } }));
  return {
    policy,
    sessions,
    attendance,
    volunteerIds,
    asOf: AS_OF,
    timeZone: "Europe/Berlin",
    modules,
  };
}

const input = generate();
const parsed = parseWith(cohortEvaluationRequestSchema, input);
if (!parsed.ok) throw new Error(`generated data is invalid: ${JSON.stringify(parsed.issues[0])}`);

const evaluation = measure(() => evaluateParsedCohort(parsed.value, "de"));
const validation = measure(() => parseWith(cohortEvaluationRequestSchema, input));
const both = measure(() => evaluateCohort(input, "de"));

const evaluations = [...evaluation.result.values()];
const eligible = evaluations.filter((e) => e.eligible).length;
const fromCohort = both.result.ok ? [...both.result.value.values()] : [];
if (fromCohort.filter((e) => e.eligible).length !== eligible) {
  throw new Error("evaluateCohort and evaluateParsedCohort disagree");
}

console.log(machineLine());
console.log(
  `data:    ${VOLUNTEERS.toLocaleString("en")} volunteers × ${SESSIONS} sessions, ` +
    `${input.attendance.length.toLocaleString("en")} attendance records, ` +
    `${evaluations[0]?.tally.sessions ?? 0} sessions in the curriculum, ` +
    `${eligible.toLocaleString("en")} eligible`,
);
console.log(`${runsLine()}\n`);
console.log(
  timingTable([
    ["(v) validation alone (parseWith)", validation],
    ["(b) evaluation alone (evaluateParsedCohort)", evaluation],
    ["(a) validation + evaluation (evaluateCohort)", both],
  ]),
);
