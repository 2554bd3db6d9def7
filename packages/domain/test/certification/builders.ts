import type { Attendance, AttendanceStatus } from "../../src/schemas/attendance.js";
import type { SessionKind, TrainingSessionInput } from "../../src/schemas/training-session.js";

/** The evaluation instant most cases use: end of June 2026, Berlin summer time. */
export const AS_OF = "2026-06-30T12:00:00+02:00";

/** A two-hour session starting at `start`. */
export function session(
  id: string,
  kind: SessionKind,
  start: string,
  extra: Partial<TrainingSessionInput> = {},
): TrainingSessionInput {
  const end = new Date(Date.parse(start) + 2 * 3_600_000).toISOString();
  return { id, kind, module: "allgemein", title: `Termin ${id}`, start, end, ...extra };
}

/** `count` sessions of one kind, a week apart, the last one a week before {@link AS_OF}. */
export function weekly(
  prefix: string,
  kind: SessionKind,
  count: number,
  extra: Partial<TrainingSessionInput> = {},
): TrainingSessionInput[] {
  const last = Date.parse("2026-06-23T18:00:00+02:00");
  return Array.from({ length: count }, (_, index) =>
    session(
      `${prefix}-${index + 1}`,
      kind,
      new Date(last - (count - 1 - index) * 7 * 86_400_000).toISOString(),
      extra,
    ),
  );
}

/** Attendance records of one volunteer: session id → status. */
export function records(
  volunteerId: string,
  statuses: Record<string, AttendanceStatus>,
): Attendance[] {
  return Object.entries(statuses).map(([sessionId, status]) => ({
    volunteerId,
    sessionId,
    status,
  }));
}

/** The same status for every given session. */
export function all(
  volunteerId: string,
  sessions: readonly TrainingSessionInput[],
  status: AttendanceStatus,
): Attendance[] {
  return sessions.map((s) => ({ volunteerId, sessionId: s.id, status }));
}
