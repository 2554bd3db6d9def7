import type { Report } from "../../shared/api.js";
import type { PointScope } from "./volunteers.js";

/*
 * The district's yearly figures, counted in SQL from the cases (which outlive the
 * requests), the volunteers, the certificates and the sessions. Nothing here reads a
 * person's data, and the result names none.
 */

const scopeParam = (scope: PointScope) => (scope ? JSON.stringify(scope) : null);

type Count = { key: string; count: number };

export async function yearReport(
  db: D1Database,
  scope: PointScope,
  year: number,
  today: string,
): Promise<Omit<Report, "points">> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  // The state of the volunteers is counted as of the year's end, or today within it.
  const asOf = today < to ? today : to;
  const cases = `FROM help_cases c
    WHERE c.received_on BETWEEN ?2 AND ?3
      AND (?1 IS NULL OR c.coordination_point IN (SELECT value FROM json_each(?1)))`;
  const params = [scopeParam(scope), from, to] as const;
  const by = (column: string) =>
    db
      .prepare(
        `SELECT ${column} AS key, count(*) AS count ${cases} GROUP BY ${column} ORDER BY count DESC, key`,
      )
      .bind(...params);
  const [
    totals,
    months,
    categories,
    municipalities,
    languages,
    outcomes,
    volunteers,
    issued,
    training,
  ] = await db.batch<Record<string, unknown>>([
    db
      .prepare(
        `SELECT count(*) AS received, count(*) FILTER (WHERE c.state = 'closed') AS closed ${cases}`,
      )
      .bind(...params),
    db
      .prepare(
        `SELECT substr(c.received_on, 1, 7) AS month, count(*) AS received,
                  count(*) FILTER (WHERE c.outcome = 'took_place') AS tookPlace
           ${cases} GROUP BY month ORDER BY month`,
      )
      .bind(...params),
    by("c.category"),
    by("c.municipality"),
    by("c.language"),
    db
      .prepare(
        `SELECT coalesce(c.outcome, 'open') AS key, count(*) AS count ${cases}
           GROUP BY key ORDER BY count DESC, key`,
      )
      .bind(...params),
    db
      .prepare(
        `SELECT
             count(*) FILTER (WHERE EXISTS (
               SELECT 1 FROM certificates ce WHERE ce.volunteer_id = v.id AND ce.issued_on <= ?2
                 AND (ce.revoked_on IS NULL OR ce.revoked_on > ?2)
                 AND (ce.valid_until IS NULL OR ce.valid_until >= ?2))) AS certified,
             count(*) FILTER (WHERE v.status IN ('applicant', 'in_training')) AS inTraining
           FROM volunteers v
           WHERE v.status <> 'retired'
             AND (?1 IS NULL OR v.coordination_point IN (SELECT value FROM json_each(?1)))`,
      )
      .bind(scopeParam(scope), asOf),
    db
      .prepare(
        `SELECT count(*) AS count FROM certificates ce
           LEFT JOIN volunteers v ON v.id = ce.volunteer_id
           WHERE ce.issued_on BETWEEN ?2 AND ?3
             AND (?1 IS NULL OR v.coordination_point IN (SELECT value FROM json_each(?1)))`,
      )
      .bind(...params),
    // Training is the programme's, shared by every point.
    db
      .prepare(
        `SELECT count(*) AS sessions,
             coalesce(sum((strftime('%s', '2000-01-01 ' || end_time) - strftime('%s', '2000-01-01 ' || start_time)) / 3600.0), 0) AS hours,
             coalesce(sum((anonymised_present + marked_present) *
               (strftime('%s', '2000-01-01 ' || end_time) - strftime('%s', '2000-01-01 ' || start_time)) / 3600.0), 0) AS attendanceHours
           FROM training_sessions
           WHERE cancelled = 0 AND date BETWEEN ?1 AND ?2 AND date <= ?3`,
      )
      .bind(from, to, today),
  ]);
  const first = (r: D1Result<Record<string, unknown>> | undefined) =>
    (r?.results[0] ?? {}) as Record<string, number>;
  const counts = (r: D1Result<Record<string, unknown>> | undefined) =>
    (r?.results ?? []) as unknown as Count[];
  const total = first(totals);
  const people = first(volunteers);
  const held = first(training);
  return {
    year,
    requests: {
      received: total.received ?? 0,
      closed: total.closed ?? 0,
      open: (total.received ?? 0) - (total.closed ?? 0),
      byMonth: (months?.results ?? []) as Report["requests"]["byMonth"],
      byCategory: counts(categories),
      byMunicipality: counts(municipalities),
      byLanguage: counts(languages),
      byOutcome: counts(outcomes),
    },
    volunteers: {
      certified: people.certified ?? 0,
      inTraining: people.inTraining ?? 0,
      certificatesIssued: first(issued).count ?? 0,
    },
    training: {
      sessions: held.sessions ?? 0,
      hours: Math.round((held.hours ?? 0) * 10) / 10,
      attendanceHours: Math.round((held.attendanceHours ?? 0) * 10) / 10,
    },
  };
}
