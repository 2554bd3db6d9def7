import type { Attendance, AttendanceStatus } from "../../src/schemas/attendance.js";
import type { SessionKind, TrainingSessionInput } from "../../src/schemas/training-session.js";
import { berlinWallClock } from "../support/calendar.js";

/** The evaluation instant most cases use: end of June 2026, Berlin summer time. */
export const AS_OF = "2026-06-30T12:00:00+02:00";

/** The time zone the sessions' local times are written in. */
export const TIME_ZONE = "Europe/Berlin";

/** The Berlin local day and `HH:MM` of an instant (whole minutes only). */
export function berlinLocal(instant: number): { date: string; time: string } {
  if (instant % 60_000 !== 0) throw new Error("sessions start on whole minutes");
  return berlinWallClock(instant);
}

/**
 * A two-hour session starting at the instant `start`, written as sessions are: a local
 * day and local times in Berlin (so the cases can name instants at the window's edges).
 */
export function session(
  id: string,
  kind: SessionKind,
  start: string,
  extra: Partial<TrainingSessionInput> = {},
): TrainingSessionInput {
  const from = berlinLocal(Date.parse(start));
  const to = berlinLocal(Date.parse(start) + 2 * 3_600_000);
  return {
    id,
    kind,
    module: "allgemein",
    title: `Termin ${id}`,
    date: from.date,
    start: from.time,
    end: to.time,
    ...extra,
  };
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

/** Curriculum modules labelled by their own ids (so sentences in the tests show the ids). */
export function moduleLabels(ids: readonly string[]) {
  return ids.map((id) => ({ id, label: { de: id, en: id } }));
}
