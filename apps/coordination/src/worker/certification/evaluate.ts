import {
  type CertificationEvaluation,
  evaluateCertification,
  type TrainingSession,
} from "@integrationspaten/domain";
import { workspaceDistrict } from "../../shared/district.js";
import { districtToday } from "../http/today.js";
import { attendanceOf, curriculumSessions } from "../storage/sessions.js";

/*
 * The domain's certification rules applied to what D1 holds: the district's policy, every
 * session, the volunteers' attendance, now, in the district's time zone.
 */

type Records = Awaited<ReturnType<typeof attendanceOf>>;

/** The district's policy, the sessions and the moment, as the domain's evaluation takes them. */
export function curriculumRequest(sessions: TrainingSession[], now: Date) {
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
    attendanceOf(db, volunteerId),
  ]);
  const result = evaluateCertification(
    { ...curriculumRequest(sessions, now), attendance: records, volunteerId },
    locale,
  );
  // The input comes from our own tables, whose constraints match the schemas.
  if (!result.ok) throw new Error(`evaluation refused stored data: ${result.issues[0]?.code}`);
  return { evaluation: result.value, sessions, records };
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
