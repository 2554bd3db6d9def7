import type { VolunteerStatus } from "@integrationspaten/domain";
import {
  type RosterPage,
  type RosterQuery,
  rosterCursor,
  type VolunteerProfile,
  type VolunteerRecord,
} from "../../shared/api.js";
import { releaseVolunteerStatements } from "./cases.js";
import { forgetHolderStatement } from "./certificates.js";
import { anonymiseAttendanceStatement } from "./sessions.js";

/*
 * D1 queries on volunteers. The profile (the domain's volunteer fields and the contact
 * data) is stored as validated JSON; the columns beside it are what lists filter on.
 */

interface VolunteerRow {
  id: string;
  coordination_point: string;
  status: VolunteerStatus;
  display_name: string;
  record: string;
  signup_id: string | null;
  ended_at: string | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS =
  "id, coordination_point, status, display_name, record, signup_id, ended_at, created_at, updated_at";

function toVolunteer(row: VolunteerRow): VolunteerRecord {
  return {
    id: row.id,
    coordinationPoint: row.coordination_point,
    status: row.status,
    profile: JSON.parse(row.record) as VolunteerProfile,
    signupId: row.signup_id,
    endedAt: row.ended_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Which points a query may see: a coordinator's own, or all (undefined) for an administrator. */
export type PointScope = readonly string[] | undefined;

const scopeParam = (scope: PointScope) => (scope ? JSON.stringify(scope) : null);

export async function getVolunteer(
  db: D1Database,
  id: string,
  scope: PointScope,
): Promise<VolunteerRecord | undefined> {
  const row = await db
    .prepare(
      `SELECT ${COLUMNS} FROM volunteers
       WHERE id = ?1 AND (?2 IS NULL OR coordination_point IN (SELECT value FROM json_each(?2)))`,
    )
    .bind(id, scopeParam(scope))
    .first<VolunteerRow>();
  return row ? toVolunteer(row) : undefined;
}

const ROSTER_WHERE = `(?1 IS NULL OR coordination_point IN (SELECT value FROM json_each(?1)))
  AND (?2 IS NULL OR status = ?2)
  AND (?3 IS NULL OR coordination_point = ?3)
  AND (?4 IS NULL OR display_name LIKE '%' || ?4 || '%' ESCAPE '\\')`;

/** A name search as a LIKE pattern's middle: `%`, `_` and `\` match only themselves. */
const likeText = (text: string | undefined) =>
  text ? text.replace(/[\\%_]/g, (ch) => `\\${ch}`) : null;

/**
 * One page of the roster, by name: one line per volunteer, no contact data, and the
 * number of matching volunteers. Keyset paging on (name, id) walks the `volunteers_name`
 * index, so the thousandth page costs what the first does. The lines are cut from the
 * stored record here rather than with SQLite's JSON functions, which took most of the
 * query's time at 5,000 volunteers (bench/coordination.mjs).
 */
export async function listRoster(
  db: D1Database,
  scope: PointScope,
  query: RosterQuery,
): Promise<RosterPage> {
  const filters = [
    scopeParam(scope),
    query.status ?? null,
    query.coordinationPoint ?? null,
    likeText(query.q),
  ];
  const [page, count] = await db.batch<
    Pick<
      VolunteerRow,
      "id" | "coordination_point" | "status" | "display_name" | "updated_at" | "record"
    > & {
      n: number;
    }
  >([
    db
      .prepare(
        `SELECT id, coordination_point, status, display_name, updated_at, record
         FROM volunteers
         WHERE ${ROSTER_WHERE}
           AND (?5 IS NULL OR (display_name COLLATE NOCASE, id) > (?5, ?6))
         ORDER BY display_name COLLATE NOCASE, id
         LIMIT ?7`,
      )
      .bind(...filters, query.after?.name ?? null, query.after?.id ?? null, query.limit + 1),
    db.prepare(`SELECT count(*) AS n FROM volunteers WHERE ${ROSTER_WHERE}`).bind(...filters),
  ]);
  const rows = page?.results ?? [];
  const more = rows.length > query.limit;
  const volunteers = rows.slice(0, query.limit).map((row) => {
    const profile = JSON.parse(row.record) as VolunteerProfile;
    return {
      id: row.id,
      coordinationPoint: row.coordination_point,
      status: row.status,
      displayName: row.display_name,
      updatedAt: row.updated_at,
      municipalities: profile.municipalities,
      languages: profile.languages.map((skill) => skill.language),
    };
  });
  const last = volunteers.at(-1);
  return {
    volunteers,
    total: count?.results[0]?.n ?? 0,
    next: more && last ? rosterCursor(last.displayName, last.id) : null,
  };
}

export interface NewVolunteer {
  readonly id: string;
  readonly coordinationPoint: string;
  readonly status: VolunteerStatus;
  readonly profile: VolunteerProfile;
  readonly signupId: string | null;
}

/**
 * The insert of a volunteer accepted from a sign-up — only while that sign-up is still
 * undecided, so batching it before `decideSubmission` makes acceptance happen once.
 */
export function insertVolunteerFromSignup(
  db: D1Database,
  volunteer: NewVolunteer & { signupId: string },
  now: Date,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO volunteers (${COLUMNS})
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, NULL, ?7, ?7
       WHERE EXISTS (SELECT 1 FROM submissions
                     WHERE id = ?6 AND kind = 'volunteer_signup' AND decision IS NULL)`,
    )
    .bind(
      volunteer.id,
      volunteer.coordinationPoint,
      volunteer.status,
      volunteer.profile.displayName,
      JSON.stringify(volunteer.profile),
      volunteer.signupId,
      now.toISOString(),
    );
}

/** Replaces a volunteer's profile. */
export function updateProfileStatement(
  db: D1Database,
  id: string,
  profile: VolunteerProfile,
  now: Date,
): D1PreparedStatement {
  return db
    .prepare(`UPDATE volunteers SET record = ?2, display_name = ?3, updated_at = ?4 WHERE id = ?1`)
    .bind(id, JSON.stringify(profile), profile.displayName, now.toISOString());
}

/** Sets the status; leaving the programme (`retired`) records when, for retention. */
export function updateStatusStatement(
  db: D1Database,
  id: string,
  status: VolunteerStatus,
  now: Date,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE volunteers
       SET status = ?2, updated_at = ?3,
           ended_at = CASE WHEN ?2 = 'retired' THEN COALESCE(ended_at, ?3) ELSE NULL END
       WHERE id = ?1`,
    )
    .bind(id, status, now.toISOString());
}

/**
 * Erases a volunteer (GDPR Art. 17): the record goes, and with it the sign-up it came
 * from, the attendance rows (foreign keys cascade) and the name on certificates. What stays
 * is anonymous: the sessions' attendance counts, the certificate numbers issued, and the
 * cases' assignments without the person (their cases reopened if still active).
 */
export function eraseVolunteerStatements(
  db: D1Database,
  id: string,
  now: Date,
  today: string,
): D1PreparedStatement[] {
  return [
    // Cases they were asked for or had taken go back to open, with a step in the history.
    ...releaseVolunteerStatements(db, id, now),
    anonymiseAttendanceStatement(db, id),
    forgetHolderStatement(db, id, today),
    // The sign-up the record was accepted from holds the same person's data.
    db
      .prepare(
        "DELETE FROM idempotency_keys WHERE submission_id = (SELECT signup_id FROM volunteers WHERE id = ?1)",
      )
      .bind(id),
    db
      .prepare(
        "DELETE FROM submissions WHERE id = (SELECT signup_id FROM volunteers WHERE id = ?1)",
      )
      .bind(id),
    db.prepare("DELETE FROM volunteers WHERE id = ?1").bind(id),
  ];
}

/** Ids of volunteers who left the programme before `cutoff` (for the retention job). */
export async function retiredBefore(db: D1Database, cutoff: Date): Promise<string[]> {
  const { results } = await db
    .prepare("SELECT id FROM volunteers WHERE status = 'retired' AND ended_at < ?1")
    .bind(cutoff.toISOString())
    .all<{ id: string }>();
  return results.map((row) => row.id);
}
