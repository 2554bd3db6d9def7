import type { VolunteerStatus } from "@integrationspaten/domain";
import type { CohortEntry } from "../../shared/api.js";
import { certificateState } from "./certificates.js";
import type { PointScope } from "./volunteers.js";

/*
 * D1 queries on the kept cohort evaluations (migration 0010): what the cohort view shows
 * per volunteer, valid for one basis and one language. The cohort view is grouped and cut
 * here, in SQL, so a request reads the hundred-odd lines it shows, not 5,000.
 */

const scopeParam = (scope: PointScope) => (scope ? JSON.stringify(scope) : null);

/** Who of the visible points is in the programme (not retired). */
const MEMBERS = `v.status <> 'retired'
  AND (?1 IS NULL OR v.coordination_point IN (SELECT value FROM json_each(?1)))`;

/** What the cohort view needs of one evaluation. */
export interface KeptEvaluation {
  readonly eligible: boolean;
  readonly progress: number;
  readonly missing: string[];
}

/** One line of the cohort view (the contract's entry). */
export type CohortLine = CohortEntry;

/** A member of the cohort before evaluation. */
export type CohortMember = Omit<CohortLine, keyof KeptEvaluation>;

/** What one read of the kept cohort gives. */
export interface KeptCohort {
  /** Kept lines: eligible and close in full, then the others furthest along. */
  readonly lines: CohortLine[];
  /** How many kept evaluations each group holds. */
  readonly counts: { eligible: number; close: number; others: number };
  /** How many members the cohort has; more than the counts' sum when some are stale. */
  readonly members: number;
}

interface MemberRow {
  id: string;
  name: string;
  point: string;
  status: VolunteerStatus;
  certificate: string | null;
}

interface LineRow extends MemberRow {
  eligible: number;
  progress: number;
  missing: string;
}

/** A member's columns, with the latest certificate as JSON (number and its dates). */
const MEMBER_COLUMNS = `v.id AS id, v.display_name AS name, v.coordination_point AS point,
  v.status AS status,
  (SELECT json_array(c.number, c.valid_until, c.renewal_due_on, c.revoked_on)
   FROM certificates c WHERE c.volunteer_id = v.id
   ORDER BY c.issued_on DESC, c.number DESC LIMIT 1) AS certificate`;

function toMember(row: MemberRow, today: string): CohortMember {
  const c = row.certificate ? (JSON.parse(row.certificate) as (string | null)[]) : null;
  return {
    volunteerId: row.id,
    displayName: row.name,
    coordinationPoint: row.point,
    volunteerStatus: row.status,
    certificate: c
      ? {
          number: c[0] ?? "",
          state: certificateState(
            { valid_until: c[1] ?? null, renewal_due_on: c[2] ?? null, revoked_on: c[3] ?? null },
            today,
          ),
        }
      : null,
  };
}

/**
 * Reads the cohort's groups from the kept evaluations of this basis and language in one
 * round trip: the counts and the cut of the others come from the index alone
 * (`certification_progress_groups`); only the listed lines join the volunteers. Among
 * others with equal progress the cut goes by id, which the index holds (the view then
 * sorts the listed ones by name).
 */
export async function readKeptCohort(
  db: D1Database,
  scope: PointScope,
  basis: string,
  locale: string,
  options: { close: number; othersListed: number; today: string },
): Promise<KeptCohort> {
  const kept = `certification_progress p WHERE p.locale = ?2 AND p.basis = ?3
    AND (?1 IS NULL OR p.coordination_point IN (SELECT value FROM json_each(?1)))`;
  const line = (condition: string) =>
    `SELECT ${MEMBER_COLUMNS}, p.eligible AS eligible, p.progress AS progress, p.missing AS missing
     FROM (SELECT p.volunteer_id, p.eligible, p.progress, p.missing FROM ${kept} AND ${condition}) p
     JOIN volunteers v ON v.id = p.volunteer_id`;
  const params = [scopeParam(scope), locale, basis, options.close];
  const [members, counts, lines] = await db.batch<Record<string, unknown>>([
    db.prepare(`SELECT count(*) AS n FROM volunteers v WHERE ${MEMBERS}`).bind(params[0]),
    db
      .prepare(
        `SELECT count(*) FILTER (WHERE p.eligible = 1) AS eligible,
                count(*) FILTER (WHERE p.eligible = 0 AND p.progress >= ?4) AS close,
                count(*) FILTER (WHERE p.eligible = 0 AND p.progress < ?4) AS others
         FROM ${kept}`,
      )
      .bind(...params),
    db
      .prepare(
        `${line("(p.eligible = 1 OR p.progress >= ?4)")}
         UNION ALL
         ${line(`p.eligible = 0 AND p.progress < ?4
                 AND p.volunteer_id IN (SELECT p.volunteer_id FROM ${kept}
                                        AND p.eligible = 0 AND p.progress < ?4
                                        ORDER BY p.progress DESC, p.volunteer_id LIMIT ?5)`)}`,
      )
      .bind(...params, options.othersListed),
  ]);
  const count = (counts?.results[0] ?? {}) as Partial<KeptCohort["counts"]>;
  return {
    lines: ((lines?.results ?? []) as unknown as LineRow[]).map((row) => ({
      ...toMember(row, options.today),
      eligible: row.eligible === 1,
      progress: row.progress,
      missing: JSON.parse(row.missing) as string[],
    })),
    counts: { eligible: count.eligible ?? 0, close: count.close ?? 0, others: count.others ?? 0 },
    members: (members?.results[0] as { n?: number } | undefined)?.n ?? 0,
  };
}

/** Members of the cohort without a kept evaluation of this basis and language. */
export async function membersWithoutEvaluation(
  db: D1Database,
  scope: PointScope,
  basis: string,
  locale: string,
  today: string,
): Promise<CohortMember[]> {
  const { results } = await db
    .prepare(
      `SELECT ${MEMBER_COLUMNS} FROM volunteers v
       WHERE ${MEMBERS}
         AND NOT EXISTS (SELECT 1 FROM certification_progress p
                         WHERE p.volunteer_id = v.id AND p.locale = ?2 AND p.basis = ?3)`,
    )
    .bind(scopeParam(scope), locale, basis)
    .all<MemberRow>();
  return results.map((row) => toMember(row, today));
}

/** How long before a read a save may still have been under way. */
const SETTLING_MS = 60_000;

/** Rows per statement: a bound JSON value stays far below D1's 2 MB per value. */
const CHUNK = 500;

/**
 * Keeps new evaluations. A volunteer whose attendance was recorded within a minute before
 * `readAt` (the moment the evaluated records were read) or later is skipped: a save that
 * was under way may not be in what was read, its trigger has already cleared the row, and
 * keeping the older result would undo that (the minute also covers clocks of different
 * isolates). Such a volunteer is simply evaluated again next time. Erased volunteers are
 * skipped by the join.
 */
export function keepEvaluationsStatements(
  db: D1Database,
  evaluations: ReadonlyMap<string, KeptEvaluation>,
  basis: string,
  locale: string,
  readAt: Date,
): D1PreparedStatement[] {
  const rows = [...evaluations].map(([id, e]) => [
    id,
    e.eligible ? 1 : 0,
    e.progress,
    JSON.stringify(e.missing),
  ]);
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    statements.push(
      db
        .prepare(
          `INSERT INTO certification_progress
             (volunteer_id, locale, basis, coordination_point, eligible, progress, missing, computed_at)
           SELECT v.id, ?2, ?3, v.coordination_point, r.value ->> 1, r.value ->> 2, r.value ->> 3, ?5
           FROM json_each(?1) r JOIN volunteers v ON v.id = r.value ->> 0
           WHERE v.status <> 'retired' AND NOT EXISTS (SELECT 1 FROM attendance a
                             WHERE a.volunteer_id = v.id AND a.recorded_at > ?4)
           ON CONFLICT (volunteer_id, locale) DO UPDATE
             SET basis = excluded.basis, coordination_point = excluded.coordination_point,
                 eligible = excluded.eligible,
                 progress = excluded.progress, missing = excluded.missing,
                 computed_at = excluded.computed_at`,
        )
        .bind(
          JSON.stringify(rows.slice(i, i + CHUNK)),
          locale,
          basis,
          new Date(readAt.getTime() - SETTLING_MS).toISOString(),
          readAt.toISOString(),
        ),
    );
  }
  return statements;
}
