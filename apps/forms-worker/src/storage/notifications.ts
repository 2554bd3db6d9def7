/*
 * Notification bookkeeping on the submissions table: a consumer claims a submission before
 * it sends (so two deliveries of the same message do not both send), marks it notified
 * afterwards, or releases the claim when sending failed so that a retry can claim again.
 */

import {
  SUBMISSION_COLUMNS,
  type Submission,
  type SubmissionRow,
  toSubmission,
} from "@integrationspaten/database/submissions";

/** Why a notification counts as done. */
export type NotifyOutcome = "sent" | "skipped_placeholder";

/** A claim older than this is considered abandoned (the consumer crashed mid-send). */
export const CLAIM_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * Claims the notification of one submission (see {@link claimNotifications}). Succeeds
 * only when the submission exists, is not notified yet and nobody holds a fresh claim.
 *
 * @returns "claimed", or why not: "gone" (erased), "done" (already notified), "busy".
 */
export async function claimNotification(
  db: D1Database,
  id: string,
  now: Date,
): Promise<BatchClaim["state"]> {
  return (await claimNotifications(db, [id], now)).get(id)?.state ?? "gone";
}

/** The state of each submission of a batch after {@link claimNotifications}. */
export type BatchClaim =
  | { readonly state: "claimed"; readonly submission: Submission }
  | { readonly state: "gone" | "done" | "busy" };

/**
 * Claims the notifications of several submissions and loads the claimed ones, in one D1
 * round trip (`UPDATE … RETURNING`, then the state of the rest): a queue batch of ten
 * costs what one message did. Each id is claimed as {@link claimNotification} would.
 */
export async function claimNotifications(
  db: D1Database,
  ids: readonly string[],
  now: Date,
): Promise<Map<string, BatchClaim>> {
  const staleBefore = new Date(now.getTime() - CLAIM_TIMEOUT_MS).toISOString();
  const list = JSON.stringify(ids);
  const [claimed, states] = await db.batch<SubmissionRow & { notified_at: string | null }>([
    db
      .prepare(
        `UPDATE submissions SET notify_claimed_at = ?2
         WHERE id IN (SELECT value FROM json_each(?1)) AND notified_at IS NULL
           AND (notify_claimed_at IS NULL OR notify_claimed_at < ?3)
         RETURNING ${SUBMISSION_COLUMNS}`,
      )
      .bind(list, now.toISOString(), staleBefore),
    db
      .prepare(
        "SELECT id, notified_at FROM submissions WHERE id IN (SELECT value FROM json_each(?1))",
      )
      .bind(list),
  ]);
  const result = new Map<string, BatchClaim>(ids.map((id) => [id, { state: "gone" }]));
  for (const row of states?.results ?? []) {
    result.set(row.id, { state: row.notified_at === null ? "busy" : "done" });
  }
  for (const row of claimed?.results ?? []) {
    result.set(row.id, { state: "claimed", submission: toSubmission(row) });
  }
  return result;
}

/**
 * Records several finished notifications and gives failed claims back, in one D1 round
 * trip (see {@link markNotified} and {@link releaseNotificationClaim}).
 */
export async function finishNotifications(
  db: D1Database,
  done: readonly { readonly id: string; readonly outcome: NotifyOutcome }[],
  failed: readonly string[],
  now: Date,
): Promise<void> {
  const statements: D1PreparedStatement[] = [];
  for (const outcome of ["sent", "skipped_placeholder"] as const) {
    const ids = done.filter((d) => d.outcome === outcome).map((d) => d.id);
    if (ids.length === 0) continue;
    statements.push(
      db
        .prepare(
          `UPDATE submissions SET notified_at = ?2, notify_outcome = ?3, notify_claimed_at = NULL
           WHERE id IN (SELECT value FROM json_each(?1))`,
        )
        .bind(JSON.stringify(ids), now.toISOString(), outcome),
    );
  }
  if (failed.length > 0) {
    statements.push(
      db
        .prepare(
          `UPDATE submissions SET notify_claimed_at = NULL
           WHERE id IN (SELECT value FROM json_each(?1)) AND notified_at IS NULL`,
        )
        .bind(JSON.stringify(failed)),
    );
  }
  if (statements.length > 0) await db.batch(statements);
}

/** Records that one notification is done; a redelivered message then sends nothing. */
export function markNotified(
  db: D1Database,
  id: string,
  outcome: NotifyOutcome,
  now: Date,
): Promise<void> {
  return finishNotifications(db, [{ id, outcome }], [], now);
}

/** Gives one claim back after a failed send, so the retry may claim it at once. */
export function releaseNotificationClaim(db: D1Database, id: string): Promise<void> {
  // The time is only written for finished ones.
  return finishNotifications(db, [], [id], new Date());
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
