import type { TrainingSession } from "@integrationspaten/domain";
import type {
  AttendanceEntry,
  AttendanceMark,
  SessionInput,
  SessionRecord,
} from "../../shared/api.js";
import type { PointScope } from "./volunteers.js";

/*
 * D1 queries on training sessions and attendance.
 */

interface SessionRow {
  id: string;
  kind: SessionRecord["kind"];
  module: string;
  title: string;
  date: string;
  start_time: string;
  end_time: string;
  location: string | null;
  cancelled: number;
  sequence: number;
  updated_at: string;
  present: number;
  excused: number;
  absent: number;
}

/**
 * Sessions with their attendance counts: the live marks (kept per session by triggers,
 * migration 0010) plus the anonymised marks of erased people.
 */
const SELECT = `SELECT s.id, s.kind, s.module, s.title, s.date, s.start_time, s.end_time,
    s.location, s.cancelled, s.sequence, s.updated_at,
    s.anonymised_present + s.marked_present AS present,
    s.anonymised_excused + s.marked_excused AS excused,
    s.anonymised_absent + s.marked_absent AS absent
  FROM training_sessions s`;

function toSession(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    kind: row.kind,
    module: row.module,
    title: row.title,
    date: row.date,
    start: row.start_time,
    end: row.end_time,
    location: row.location,
    cancelled: row.cancelled === 1,
    sequence: row.sequence,
    attendance: { present: row.present, excused: row.excused, absent: row.absent },
    updatedAt: row.updated_at,
  };
}

/** All sessions, in calendar order (a programme has a few hundred at most). */
export async function listSessions(db: D1Database): Promise<SessionRecord[]> {
  const { results } = await db
    .prepare(`${SELECT} ORDER BY s.date, s.start_time, s.id`)
    .all<SessionRow>();
  return results.map(toSession);
}

const SELECT_ONE = `${SELECT} WHERE s.id = ?1`;

export async function getSession(db: D1Database, id: string): Promise<SessionRecord | undefined> {
  const row = await db.prepare(SELECT_ONE).bind(id).first<SessionRow>();
  return row ? toSession(row) : undefined;
}

/** Every session as the domain's evaluation takes it. */
export async function curriculumSessions(db: D1Database): Promise<TrainingSession[]> {
  const { results } = await db
    .prepare(
      "SELECT id, kind, module, title, date, start_time, end_time, location, cancelled FROM training_sessions",
    )
    .all<Omit<SessionRow, "sequence" | "updated_at" | "present" | "excused" | "absent">>();
  return results.map((row) => ({
    id: row.id,
    kind: row.kind,
    module: row.module,
    title: row.title,
    date: row.date,
    start: row.start_time,
    end: row.end_time,
    ...(row.location ? { location: row.location } : {}),
    cancelled: row.cancelled === 1,
  }));
}

export function insertSessionStatement(
  db: D1Database,
  id: string,
  input: SessionInput & { location?: string | undefined },
  now: Date,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO training_sessions (id, kind, module, title, date, start_time, end_time, location, created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)`,
    )
    .bind(
      id,
      input.kind,
      input.module,
      input.title,
      input.date,
      input.start,
      input.end,
      input.location ?? null,
      now.toISOString(),
    );
}

/**
 * Changes a session; SEQUENCE rises only when something a calendar shows changed, so a
 * save without changes does not make every subscriber's calendar rewrite the entry.
 */
export function updateSessionStatement(
  db: D1Database,
  id: string,
  input: SessionInput & { location?: string | undefined },
  now: Date,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE training_sessions
       SET sequence = sequence + CASE WHEN kind IS ?2 AND module IS ?3 AND title IS ?4 AND date IS ?5
                                        AND start_time IS ?6 AND end_time IS ?7 AND location IS ?8
                                   THEN 0 ELSE 1 END,
           kind = ?2, module = ?3, title = ?4, date = ?5, start_time = ?6, end_time = ?7,
           location = ?8, updated_at = ?9
       WHERE id = ?1`,
    )
    .bind(
      id,
      input.kind,
      input.module,
      input.title,
      input.date,
      input.start,
      input.end,
      input.location ?? null,
      now.toISOString(),
    );
}

/** Cancels a session (once; SEQUENCE rises so calendars show it as cancelled). */
export function cancelSessionStatement(db: D1Database, id: string, now: Date): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE training_sessions SET cancelled = 1, sequence = sequence + 1, updated_at = ?2
       WHERE id = ?1 AND cancelled = 0`,
    )
    .bind(id, now.toISOString());
}

/**
 * The attendance list of a session: the volunteers of the visible points who are in
 * training (applied or training), plus anyone already marked, with their mark — or, with
 * `everyone`, every volunteer who has not left the programme. Certified and paused
 * volunteers take part now and then; listing all of them by default made the list of a
 * large district (5,000 people) a long scroll and a slow answer (bench/coordination.mjs).
 */
export async function attendanceList(
  db: D1Database,
  sessionId: string,
  scope: PointScope,
  everyone: boolean,
): Promise<AttendanceEntry[]> {
  const { results } = await db
    .prepare(
      `SELECT v.id, v.display_name, v.coordination_point, v.status AS volunteer_status, a.status
       FROM volunteers v
       LEFT JOIN attendance a ON a.volunteer_id = v.id AND a.session_id = ?1
       WHERE (?2 IS NULL OR v.coordination_point IN (SELECT value FROM json_each(?2)))
         AND (a.status IS NOT NULL OR v.status IN ('applicant', 'in_training')
              OR (?3 = 1 AND v.status <> 'retired'))
       ORDER BY v.display_name COLLATE NOCASE, v.id`,
    )
    .bind(sessionId, scope ? JSON.stringify(scope) : null, everyone ? 1 : 0)
    .all<{
      id: string;
      display_name: string;
      coordination_point: string;
      volunteer_status: AttendanceEntry["volunteerStatus"];
      status: AttendanceMark | null;
    }>();
  return results.map((row) => ({
    volunteerId: row.id,
    displayName: row.display_name,
    coordinationPoint: row.coordination_point,
    volunteerStatus: row.volunteer_status,
    status: row.status,
  }));
}

/**
 * Which of `volunteerIds` may be marked for a session: volunteers of the visible points
 * who are in the programme, or were already marked for it.
 */
export async function markableVolunteers(
  db: D1Database,
  sessionId: string,
  volunteerIds: readonly string[],
  scope: PointScope,
): Promise<Set<string>> {
  const rows = await db
    .prepare(
      `SELECT v.id FROM volunteers v
       WHERE v.id IN (SELECT value FROM json_each(?2))
         AND (?3 IS NULL OR v.coordination_point IN (SELECT value FROM json_each(?3)))
         AND (v.status <> 'retired'
              OR EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = ?1 AND a.volunteer_id = v.id))`,
    )
    .bind(sessionId, JSON.stringify(volunteerIds), scope ? JSON.stringify(scope) : null)
    .raw<[string]>();
  return new Set(rows.map(([id]) => id));
}

/**
 * Upserts the marks of one session in one statement (the list is saved as one request and
 * one transaction). Only volunteers of the visible points are written: others are skipped
 * by the WHERE clause, and the caller compares the count.
 */
export function saveAttendanceStatement(
  db: D1Database,
  sessionId: string,
  records: readonly { volunteerId: string; status: AttendanceMark }[],
  scope: PointScope,
  actorId: string,
  now: Date,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO attendance (session_id, volunteer_id, status, recorded_by, recorded_at)
       SELECT ?1, json_extract(r.value, '$.volunteerId'), json_extract(r.value, '$.status'), ?3, ?4
       FROM json_each(?2) r
       JOIN volunteers v ON v.id = json_extract(r.value, '$.volunteerId')
       WHERE (?5 IS NULL OR v.coordination_point IN (SELECT value FROM json_each(?5)))
       ON CONFLICT (session_id, volunteer_id) DO UPDATE
         SET status = excluded.status, recorded_by = excluded.recorded_by,
             recorded_at = excluded.recorded_at
         WHERE attendance.status IS NOT excluded.status`,
    )
    .bind(
      sessionId,
      JSON.stringify(records),
      actorId,
      now.toISOString(),
      scope ? JSON.stringify(scope) : null,
    );
}

/** One volunteer's attendance records. */
export async function attendanceOf(
  db: D1Database,
  volunteerId: string,
): Promise<{ volunteerId: string; sessionId: string; status: AttendanceMark }[]> {
  const { results } = await db
    .prepare(
      `SELECT volunteer_id AS volunteerId, session_id AS sessionId, status FROM attendance
       WHERE volunteer_id = ?1`,
    )
    .bind(volunteerId)
    .all<{ volunteerId: string; sessionId: string; status: AttendanceMark }>();
  return results;
}

/** The attendance records of some volunteers. */
export async function attendanceOfSome(
  db: D1Database,
  volunteerIds: readonly string[],
): Promise<{ volunteerId: string; sessionId: string; status: AttendanceMark }[]> {
  const rows = await db
    .prepare(
      `SELECT volunteer_id, session_id, status FROM attendance
       WHERE volunteer_id IN (SELECT value FROM json_each(?1))
       ORDER BY volunteer_id`,
    )
    .bind(JSON.stringify(volunteerIds))
    .raw<[string, string, AttendanceMark]>();
  return rows.map(([volunteerId, sessionId, status]) => ({ volunteerId, sessionId, status }));
}

/**
 * The attendance of everyone in the cohort (not retired, of the visible points), grouped by
 * volunteer. Read as raw rows: at 100,000 records the objects D1 would build per row cost
 * more than the query.
 */
export async function cohortAttendance(
  db: D1Database,
  scope: PointScope,
): Promise<{ volunteerId: string; sessionId: string; status: AttendanceMark }[]> {
  const rows = await db
    .prepare(
      `SELECT a.volunteer_id, a.session_id, a.status
       FROM attendance a JOIN volunteers v ON v.id = a.volunteer_id
       WHERE v.status <> 'retired'
         AND (?1 IS NULL OR v.coordination_point IN (SELECT value FROM json_each(?1)))
       ORDER BY a.volunteer_id`,
    )
    .bind(scope ? JSON.stringify(scope) : null)
    .raw<[string, string, AttendanceMark]>();
  return rows.map(([volunteerId, sessionId, status]) => ({ volunteerId, sessionId, status }));
}

/** Keeps the counts of an erased volunteer's attendance on the sessions (before the rows go). */
export function anonymiseAttendanceStatement(
  db: D1Database,
  volunteerId: string,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE training_sessions SET
         anonymised_present = anonymised_present + (SELECT count(*) FROM attendance a WHERE a.session_id = training_sessions.id AND a.volunteer_id = ?1 AND a.status = 'present'),
         anonymised_excused = anonymised_excused + (SELECT count(*) FROM attendance a WHERE a.session_id = training_sessions.id AND a.volunteer_id = ?1 AND a.status = 'excused'),
         anonymised_absent = anonymised_absent + (SELECT count(*) FROM attendance a WHERE a.session_id = training_sessions.id AND a.volunteer_id = ?1 AND a.status = 'absent')
       WHERE id IN (SELECT session_id FROM attendance WHERE volunteer_id = ?1)`,
    )
    .bind(volunteerId);
}
