import { env } from "cloudflare:workers";

/** A row of `training_sessions` as the coordinators' workspace stores it. */
export interface SessionRow {
  id: string;
  kind?: "expert_talk" | "workshop";
  module?: string;
  title?: string;
  date?: string;
  start?: string;
  end?: string;
  location?: string | null;
  cancelled?: boolean;
  sequence?: number;
  updatedAt?: string;
  /** Counts of erased volunteers' attendance, never published. */
  anonymised?: { present: number; excused: number; absent: number };
}

/** Inserts a session with SQL, as the workspace does (plus whatever the test changes). */
export async function insertSession(row: SessionRow): Promise<void> {
  const anonymised = row.anonymised ?? { present: 0, excused: 0, absent: 0 };
  await env.DB.prepare(
    `INSERT INTO training_sessions (id, kind, module, title, date, start_time, end_time,
       location, cancelled, sequence, anonymised_present, anonymised_excused,
       anonymised_absent, created_at, updated_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)`,
  )
    .bind(
      row.id,
      row.kind ?? "expert_talk",
      row.module ?? "behoerden",
      row.title ?? "Fachvortrag: Ämter und Zuständigkeiten",
      row.date ?? "2027-01-19",
      row.start ?? "18:00",
      row.end ?? "19:30",
      row.location === undefined ? "Kreishaus Alzey" : row.location,
      row.cancelled ? 1 : 0,
      row.sequence ?? 0,
      anonymised.present,
      anonymised.excused,
      anonymised.absent,
      row.updatedAt ?? "2026-11-20T09:15:00.000Z",
    )
    .run();
}

/**
 * Inserts a volunteer and marks them present at a session: the attendance the public list
 * must never show.
 */
export async function insertAttendance(
  sessionId: string,
  volunteer: { id: string; name: string },
): Promise<void> {
  const now = new Date().toISOString();
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO volunteers (id, coordination_point, status, display_name, record, created_at, updated_at)
       VALUES (?1, 'kreisverwaltung', 'in_training', ?2, ?3, ?4, ?4)`,
    ).bind(volunteer.id, volunteer.name, JSON.stringify({ name: volunteer.name }), now),
    env.DB.prepare(
      `INSERT INTO attendance (session_id, volunteer_id, status, recorded_by, recorded_at)
       VALUES (?1, ?2, 'present', 'koordination@example.org', ?3)`,
    ).bind(sessionId, volunteer.id, now),
  ]);
}
