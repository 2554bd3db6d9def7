import {
  type CertificationEvaluation,
  evaluateCertification,
  evaluateCohort,
  type TrainingSession,
} from "@integrationspaten/domain";
import { workspaceDistrict } from "../../shared/district.js";
import { districtToday } from "../http/today.js";
import { attendanceRecords, curriculumSessions } from "../storage/sessions.js";

/*
 * The domain's certification rules applied to what D1 holds: the district's policy, every
 * session, the volunteers' attendance, now, in the district's time zone.
 */

type Records = Awaited<ReturnType<typeof attendanceRecords>>;

function common(sessions: TrainingSession[], now: Date) {
  const { district } = workspaceDistrict();
  return {
    policy: district.certificationPolicy,
    sessions,
    asOf: now.toISOString(),
    timeZone: district.timeZone,
    modules: district.curriculum.modules,
  };
}

/** Where one volunteer stands, with the sessions and records it was computed from. */
export async function evaluateVolunteer(
  db: D1Database,
  volunteerId: string,
  locale: string,
  now = new Date(),
): Promise<{ evaluation: CertificationEvaluation; sessions: TrainingSession[]; records: Records }> {
  const [sessions, records] = await Promise.all([
    curriculumSessions(db),
    attendanceRecords(db, [volunteerId]),
  ]);
  const result = evaluateCertification(
    { ...common(sessions, now), attendance: records, volunteerId },
    locale,
  );
  // The input comes from our own tables, whose constraints match the schemas.
  if (!result.ok) throw new Error(`evaluation refused stored data: ${result.issues[0]?.code}`);
  return { evaluation: result.value, sessions, records };
}

/** Every listed volunteer's evaluation, in one pass over the attendance. */
export async function evaluateVolunteers(
  db: D1Database,
  volunteerIds: string[],
  locale: string,
  now = new Date(),
): Promise<Map<string, CertificationEvaluation>> {
  const [sessions, records] = await Promise.all([
    curriculumSessions(db),
    attendanceRecords(db, volunteerIds),
  ]);
  const result = evaluateCohort(
    { ...common(sessions, now), attendance: records, volunteerIds },
    locale,
  );
  if (!result.ok) throw new Error(`evaluation refused stored data: ${result.issues[0]?.code}`);
  return result.value;
}

/** Labels (German) of the modules the volunteer attended at least once. */
export function attendedModules(
  sessions: TrainingSession[],
  records: Records,
  now: Date,
): string[] {
  const { district } = workspaceDistrict();
  const present = new Set(records.filter((r) => r.status === "present").map((r) => r.sessionId));
  // The district's calendar day, not UTC's: a session at 18:00 on 31 March counts that day.
  const today = districtToday(now);
  const modules = new Set(
    sessions
      .filter((s) => present.has(s.id) && !s.cancelled && s.date <= today)
      .map((s) => s.module),
  );
  return district.curriculum.modules.filter((m) => modules.has(m.id)).map((m) => m.label.de);
}
