import type { ProgrammeSession } from "@integrationspaten/domain";

/*
 * D1 query behind the public list of training sessions. The coordinators' workspace creates,
 * changes and cancels sessions (its own queries, which raise `sequence` on every change a
 * calendar shows); the forms worker publishes them through this one read, which names its
 * columns: never the attendance, its anonymised counts or who attended.
 */

interface ProgrammeSessionRow {
  id: string;
  kind: ProgrammeSession["kind"];
  module: string;
  title: string;
  date: string;
  start_time: string;
  end_time: string;
  location: string | null;
  cancelled: number;
  sequence: number;
  updated_at: string;
}

/**
 * Every training session with its public fields (the domain's `ProgrammeSession`), past,
 * upcoming and cancelled, in calendar order: by local date, start time and id (the
 * `training_sessions_date` index). A programme has a few hundred sessions at most.
 *
 * @example
 * await listProgrammeSessions(env.DB)
 * //=> [{ id: "3f2a…", kind: "expert_talk", module: "behoerden", title: "Fachvortrag: …",
 * //      date: "2027-01-19", start: "18:00", end: "19:30", location: null,
 * //      cancelled: false, sequence: 0, updatedAt: "2026-11-20T09:15:00.000Z" }]
 */
export async function listProgrammeSessions(db: D1Database): Promise<ProgrammeSession[]> {
  const { results } = await db
    .prepare(
      `SELECT id, kind, module, title, date, start_time, end_time, location, cancelled,
         sequence, updated_at
       FROM training_sessions ORDER BY date, start_time, id`,
    )
    .all<ProgrammeSessionRow>();
  return results.map((row) => ({
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
    updatedAt: row.updated_at,
  }));
}
