import type { Attendance, AttendanceStatus } from "../schemas/attendance.js";
import type { Curriculum } from "./curriculum.js";

/**
 * Attendance as small integers, ordered so that a larger code is a better status.
 * `ABSENT` is 0 so that a fresh (zero-filled) row means "no record", which counts as
 * absent.
 */
export const ABSENT = 0;
export const EXCUSED = 1;
export const PRESENT = 2;

// Comparisons rather than a lookup table: a keyed property load per record costs more.
function codeOf(status: AttendanceStatus): number {
  return status === "present" ? PRESENT : status === "excused" ? EXCUSED : ABSENT;
}

/**
 * One row per volunteer: the status code of each curriculum session, by position.
 * Rows are views into one shared buffer, so a cohort costs one allocation.
 */
export type AttendanceRows = ReadonlyMap<string, Uint8Array>;

/** What `indexAttendance` returns. */
export interface AttendanceIndex {
  /** One row per volunteer. */
  rows: AttendanceRows;
  /** Positions in `attendance` of records (of the listed volunteers) whose session is unknown. */
  unknownSessions: number[];
}

/**
 * Sorts attendance records into one row per volunteer in a single pass. Records of other
 * volunteers or of sessions outside the curriculum are skipped. When several records name
 * the same volunteer and session, the best status wins (present over excused over
 * absent), so the result does not depend on the order of the records. Records whose
 * session is not among the sessions given at all (not merely outside the curriculum) are
 * listed in `unknownSessions`: most likely a typo.
 *
 * @example
 * const { rows } = indexAttendance(curriculum, [
 *   { volunteerId: "ana", sessionId: "talk-1", status: "present" },
 * ], ["ana", "ben"]);
 * rows.get("ana")?.[curriculum.positionOf.get("talk-1") ?? -1] //=> PRESENT
 * rows.get("ben")?.[0] //=> ABSENT (no record)
 */
export function indexAttendance(
  curriculum: Pick<Curriculum, "positionOf" | "sessions" | "knownSessionIds">,
  attendance: readonly Attendance[],
  volunteerIds: Iterable<string>,
): AttendanceIndex {
  const width = curriculum.sessions.length;
  const volunteers = [...new Set(volunteerIds)];
  const buffer = new Uint8Array(volunteers.length * width);
  const rows = new Map<string, Uint8Array>();
  volunteers.forEach((id, index) => {
    rows.set(id, buffer.subarray(index * width, (index + 1) * width));
  });

  // Exports usually list records grouped by volunteer and in session order. Guessing the
  // next session and remembering the last volunteer saves most map look-ups, which
  // otherwise dominate on large cohorts; a wrong guess just falls back to the map.
  const sessionIds = curriculum.sessions.map((session) => session.id);
  let lastId: string | undefined;
  let lastRow: Uint8Array | undefined;
  let lastPosition = -1;
  const unknownSessions: number[] = [];
  for (let index = 0; index < attendance.length; index++) {
    const record = attendance[index];
    if (record === undefined) continue;
    if (record.volunteerId !== lastId) {
      lastId = record.volunteerId;
      lastRow = rows.get(lastId);
    }
    if (lastRow === undefined) continue;
    const guess = lastPosition + 1;
    const position =
      guess < width && sessionIds[guess] === record.sessionId
        ? guess
        : (curriculum.positionOf.get(record.sessionId) ?? -1);
    if (position < 0) {
      // Outside the curriculum: fine when the session exists (cancelled, future, too old).
      if (!curriculum.knownSessionIds.has(record.sessionId)) unknownSessions.push(index);
      continue;
    }
    lastPosition = position;
    const code = codeOf(record.status);
    if (code > (lastRow[position] ?? ABSENT)) lastRow[position] = code;
  }
  return { rows, unknownSessions };
}
