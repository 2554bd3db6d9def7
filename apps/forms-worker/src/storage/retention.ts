/*
 * Retention (GDPR Art. 5 (1) (e), storage limitation): deletes what the district's periods
 * say may no longer be kept. Times are ISO strings in UTC, which compare correctly as text.
 */

export interface RetentionCutoffs {
  /** Help requests closed before this moment are deleted. */
  readonly closedBefore: Date;
  /** Volunteer sign-ups still `new` (nobody answered) that arrived before this are deleted. */
  readonly unansweredSignupsBefore: Date;
}

export interface RetentionResult {
  readonly closed: number;
  readonly unansweredSignups: number;
}

// Only help requests: an answered sign-up belongs to a volunteer who takes part, and the
// privacy page promises to keep it as long as they do (coordinators erase it afterwards).
const CLOSED =
  "kind = 'help_request' AND status = 'closed' AND closed_at IS NOT NULL AND closed_at < ?1";
const UNANSWERED = "kind = 'volunteer_signup' AND status = 'new' AND created_at < ?1";

/**
 * Deletes closed help requests and unanswered sign-ups past their periods, together with
 * their idempotency keys, in one transaction.
 *
 * @example
 * await deleteExpiredSubmissions(env.DB, { closedBefore, unansweredSignupsBefore })
 * //=> { closed: 3, unansweredSignups: 1 }
 */
export async function deleteExpiredSubmissions(
  db: D1Database,
  cutoffs: RetentionCutoffs,
): Promise<RetentionResult> {
  const closed = cutoffs.closedBefore.toISOString();
  const unanswered = cutoffs.unansweredSignupsBefore.toISOString();
  const results = await db.batch([
    db
      .prepare(
        `DELETE FROM idempotency_keys WHERE submission_id IN (SELECT id FROM submissions WHERE ${CLOSED})`,
      )
      .bind(closed),
    db.prepare(`DELETE FROM submissions WHERE ${CLOSED}`).bind(closed),
    db
      .prepare(
        `DELETE FROM idempotency_keys WHERE submission_id IN (SELECT id FROM submissions WHERE ${UNANSWERED})`,
      )
      .bind(unanswered),
    db.prepare(`DELETE FROM submissions WHERE ${UNANSWERED}`).bind(unanswered),
  ]);
  return {
    closed: results[1]?.meta.changes ?? 0,
    unansweredSignups: results[3]?.meta.changes ?? 0,
  };
}

/** Deletes idempotency keys older than `before` (a retry comes within minutes, not days). */
export async function purgeIdempotencyKeys(db: D1Database, before: Date): Promise<number> {
  const result = await db
    .prepare("DELETE FROM idempotency_keys WHERE created_at < ?1")
    .bind(before.toISOString())
    .run();
  return result.meta.changes;
}
