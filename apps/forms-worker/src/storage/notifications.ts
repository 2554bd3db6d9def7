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

/** Where a page of {@link listUnnotified} ended: the next page starts after it. */
export interface UnnotifiedCursor {
  readonly createdAt: string;
  readonly id: string;
}

/**
 * One page of the submissions created before `createdBefore` whose notification never
 * finished and is not being sent right now (for the daily re-enqueue), oldest first, after
 * `cursor`. The cursor (created_at, id) moves on even though the rows stay unnotified
 * until their messages are consumed, so paging never repeats or skips a row.
 */
export async function listUnnotified(
  db: D1Database,
  createdBefore: Date,
  now: Date,
  limit: number,
  cursor?: UnnotifiedCursor,
): Promise<{ ids: string[]; next: UnnotifiedCursor | undefined }> {
  const staleBefore = new Date(now.getTime() - CLAIM_TIMEOUT_MS).toISOString();
  const { results } = await db
    .prepare(
      `SELECT id, created_at FROM submissions
       WHERE notified_at IS NULL AND created_at < ?1
         AND (notify_claimed_at IS NULL OR notify_claimed_at < ?2)
         AND (created_at, id) > (?4, ?5)
       ORDER BY created_at, id
       LIMIT ?3`,
    )
    .bind(
      createdBefore.toISOString(),
      staleBefore,
      limit,
      cursor?.createdAt ?? "",
      cursor?.id ?? "",
    )
    .all<{ id: string; created_at: string }>();
  const last = results.at(-1);
  return {
    ids: results.map((row) => row.id),
    next:
      last && results.length === limit ? { createdAt: last.created_at, id: last.id } : undefined,
  };
}
