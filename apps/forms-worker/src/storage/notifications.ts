/*
 * Notification bookkeeping on the submissions table: a consumer claims a submission before
 * it sends (so two deliveries of the same message do not both send), marks it notified
 * afterwards, or releases the claim when sending failed so that a retry can claim again.
 */

/** Why a notification counts as done. */
export type NotifyOutcome = "sent" | "skipped_placeholder";

/** A claim older than this is considered abandoned (the consumer crashed mid-send). */
export const CLAIM_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * Claims the notification of a submission. Succeeds only when the submission exists, is
 * not notified yet and nobody holds a fresh claim.
 *
 * @returns "claimed", or why not: "gone" (erased), "done" (already notified), "busy".
 */
export async function claimNotification(
  db: D1Database,
  id: string,
  now: Date,
): Promise<"claimed" | "gone" | "done" | "busy"> {
  const staleBefore = new Date(now.getTime() - CLAIM_TIMEOUT_MS).toISOString();
  const [claim, state] = await db.batch<{ notified_at: string | null }>([
    db
      .prepare(
        `UPDATE submissions SET notify_claimed_at = ?2
         WHERE id = ?1 AND notified_at IS NULL
           AND (notify_claimed_at IS NULL OR notify_claimed_at < ?3)`,
      )
      .bind(id, now.toISOString(), staleBefore),
    db.prepare("SELECT notified_at FROM submissions WHERE id = ?1").bind(id),
  ]);
  if ((claim?.meta.changes ?? 0) > 0) return "claimed";
  const row = state?.results[0];
  if (!row) return "gone";
  return row.notified_at === null ? "busy" : "done";
}

/** Records that the notification is done; a redelivered message then sends nothing. */
export async function markNotified(
  db: D1Database,
  id: string,
  outcome: NotifyOutcome,
  now: Date,
): Promise<void> {
  await db
    .prepare(
      `UPDATE submissions SET notified_at = ?2, notify_outcome = ?3, notify_claimed_at = NULL
       WHERE id = ?1`,
    )
    .bind(id, now.toISOString(), outcome)
    .run();
}

/** Gives a claim back after a failed send, so the retry may claim it at once. */
export async function releaseNotificationClaim(db: D1Database, id: string): Promise<void> {
  await db
    .prepare(
      "UPDATE submissions SET notify_claimed_at = NULL WHERE id = ?1 AND notified_at IS NULL",
    )
    .bind(id)
    .run();
}

/**
 * Ids of submissions created before `createdBefore` whose notification never finished
 * and is not being sent right now (for the daily re-enqueue), oldest first.
 */
export async function listUnnotified(
  db: D1Database,
  createdBefore: Date,
  now: Date,
  limit: number,
): Promise<string[]> {
  const staleBefore = new Date(now.getTime() - CLAIM_TIMEOUT_MS).toISOString();
  const { results } = await db
    .prepare(
      `SELECT id FROM submissions
       WHERE notified_at IS NULL AND created_at < ?1
         AND (notify_claimed_at IS NULL OR notify_claimed_at < ?2)
       ORDER BY created_at
       LIMIT ?3`,
    )
    .bind(createdBefore.toISOString(), staleBefore, limit)
    .all<{ id: string }>();
  return results.map((row) => row.id);
}
