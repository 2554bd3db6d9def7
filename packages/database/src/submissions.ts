import type { SubmissionKind } from "@integrationspaten/domain";

/*
 * D1 queries on submissions and idempotency keys, shared by the forms worker (which stores
 * them) and the coordinators' workspace (which reads and answers them). Every value is
 * bound, never spliced into the statement.
 */

/** Lifecycle of a submission: new → in_progress → forwarded → closed. */
export const SUBMISSION_STATUSES = ["new", "in_progress", "forwarded", "closed"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const SUBMISSION_KINDS = ["volunteer_signup", "help_request"] as const;

export function isSubmissionStatus(value: unknown): value is SubmissionStatus {
  return (SUBMISSION_STATUSES as readonly unknown[]).includes(value);
}

export function isSubmissionKind(value: unknown): value is SubmissionKind {
  return (SUBMISSION_KINDS as readonly unknown[]).includes(value);
}

/** How a coordinator answered a submission. */
export const SUBMISSION_DECISIONS = ["accepted", "declined"] as const;
export type SubmissionDecision = (typeof SUBMISSION_DECISIONS)[number];

/** A stored submission as the workspace shows it. */
export interface Submission {
  readonly id: string;
  readonly kind: SubmissionKind;
  readonly status: SubmissionStatus;
  readonly coordinationPoint: string;
  readonly locale: string | null;
  readonly payload: Record<string, unknown>;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly closedAt: string | null;
  readonly notifiedAt: string | null;
  readonly notifyOutcome: string | null;
  readonly decision: SubmissionDecision | null;
  readonly decisionReason: string | null;
}

/** A row of the submissions table as D1 returns it (for queries outside this module). */
export interface SubmissionRow {
  id: string;
  kind: SubmissionKind;
  status: SubmissionStatus;
  coordination_point: string;
  locale: string | null;
  payload: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  notified_at: string | null;
  notify_outcome: string | null;
  decision: SubmissionDecision | null;
  decision_reason: string | null;
}

/** The columns {@link toSubmission} reads, for `SELECT` and `RETURNING` clauses. */
export const SUBMISSION_COLUMNS =
  "id, kind, status, coordination_point, locale, payload, created_at, updated_at, closed_at, notified_at, notify_outcome, decision, decision_reason";

/** A row as the workspace and the notifications use it (the payload parsed). */
export function toSubmission(row: SubmissionRow): Submission {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    coordinationPoint: row.coordination_point,
    locale: row.locale,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
    notifiedAt: row.notified_at,
    notifyOutcome: row.notify_outcome,
    decision: row.decision,
    decisionReason: row.decision_reason,
  };
}

/** A validated submission ready to be stored. */
export interface NewSubmission {
  readonly id: string;
  readonly kind: SubmissionKind;
  /** The payload as the domain schema returned it (validated and normalised). */
  readonly payload: unknown;
  readonly coordinationPoint: string;
  readonly locale: string | undefined;
  /** Hash identifying this submission attempt (see `idempotencyKeyHash`). */
  readonly keyHash: string;
  readonly now: Date;
}

/**
 * Stores a submission exactly once per idempotency key hash, atomically: one D1 batch
 * (a transaction) claims the key (`ON CONFLICT DO NOTHING`), inserts the submission only
 * if the claim is ours, and reads back who owns the key. Concurrent duplicates therefore
 * store one row, and every one of them learns its id.
 *
 * @returns the id that owns the key and whether this call created it.
 */
export async function storeSubmission(
  db: D1Database,
  submission: NewSubmission,
): Promise<{ id: string; created: boolean }> {
  const now = submission.now.toISOString();
  const [, , owner] = await db.batch<{ submission_id: string }>([
    db
      .prepare(
        `INSERT INTO idempotency_keys (key_hash, submission_id, created_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (key_hash) DO NOTHING`,
      )
      .bind(submission.keyHash, submission.id, now),
    db
      .prepare(
        `INSERT INTO submissions (id, kind, payload, status, coordination_point, locale, created_at, updated_at)
         SELECT ?1, ?2, ?3, 'new', ?4, ?5, ?6, ?6
         WHERE EXISTS (SELECT 1 FROM idempotency_keys WHERE key_hash = ?7 AND submission_id = ?1)`,
      )
      .bind(
        submission.id,
        submission.kind,
        JSON.stringify(submission.payload),
        submission.coordinationPoint,
        submission.locale ?? null,
        now,
        submission.keyHash,
      ),
    db
      .prepare("SELECT submission_id FROM idempotency_keys WHERE key_hash = ?1")
      .bind(submission.keyHash),
  ]);
  const id = owner?.results[0]?.submission_id ?? submission.id;
  return { id, created: id === submission.id };
}

/** The submission id a key hash already belongs to, if any (a repeated post). */
export async function findSubmissionIdByKey(
  db: D1Database,
  keyHash: string,
): Promise<string | undefined> {
  const row = await db
    .prepare("SELECT submission_id FROM idempotency_keys WHERE key_hash = ?1")
    .bind(keyHash)
    .first<{ submission_id: string }>();
  return row?.submission_id;
}

export async function getSubmission(db: D1Database, id: string): Promise<Submission | undefined> {
  const row = await db
    .prepare(`SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE id = ?1`)
    .bind(id)
    .first<SubmissionRow>();
  return row ? toSubmission(row) : undefined;
}

export interface SubmissionFilter {
  readonly kind?: SubmissionKind | undefined;
  readonly status?: SubmissionStatus | undefined;
  readonly coordinationPoint?: string | undefined;
  /** Only these coordination points (a coordinator's own); undefined: every point. */
  readonly coordinationPoints?: readonly string[] | undefined;
  /** Only answered (true) or unanswered (false) ones; undefined: both. */
  readonly decided?: boolean | undefined;
}

/** Position after which the next page starts (newest first). */
export interface PageCursor {
  readonly createdAt: string;
  readonly id: string;
}

/**
 * Submissions matching the filter, newest first, at most `limit`, starting after
 * `cursor` (keyset paging: stable while new submissions arrive).
 */
export async function listSubmissions(
  db: D1Database,
  filter: SubmissionFilter,
  limit: number,
  cursor?: PageCursor,
): Promise<Submission[]> {
  const { results } = await db
    .prepare(
      `SELECT ${SUBMISSION_COLUMNS} FROM submissions
       WHERE (?1 IS NULL OR kind = ?1)
         AND (?2 IS NULL OR status = ?2)
         AND (?3 IS NULL OR coordination_point = ?3)
         AND (?4 IS NULL OR created_at < ?4 OR (created_at = ?4 AND id < ?5))
         AND (?7 IS NULL OR coordination_point IN (SELECT value FROM json_each(?7)))
         AND (?8 IS NULL OR (decision IS NOT NULL) = ?8)
       ORDER BY created_at DESC, id DESC
       LIMIT ?6`,
    )
    .bind(
      filter.kind ?? null,
      filter.status ?? null,
      filter.coordinationPoint ?? null,
      cursor?.createdAt ?? null,
      cursor?.id ?? null,
      limit,
      filter.coordinationPoints ? JSON.stringify(filter.coordinationPoints) : null,
      filter.decided === undefined ? null : filter.decided ? 1 : 0,
    )
    .all<SubmissionRow>();
  return results.map(toSubmission);
}

/**
 * Sets the status. Closing records `closed_at` (retention counts from it); reopening
 * clears it. Setting the status it already has changes nothing.
 *
 * @returns the previous status and the submission afterwards; undefined if it does not exist.
 */
export async function updateSubmissionStatus(
  db: D1Database,
  id: string,
  status: SubmissionStatus,
  now: Date,
): Promise<{ previousStatus: SubmissionStatus; submission: Submission } | undefined> {
  const [before, after] = await db.batch<SubmissionRow>([
    db.prepare(`SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE id = ?1`).bind(id),
    db
      .prepare(
        `UPDATE submissions
         SET status = ?2,
             updated_at = ?3,
             closed_at = CASE WHEN ?2 = 'closed' THEN COALESCE(closed_at, ?3) ELSE NULL END
         WHERE id = ?1 AND status <> ?2
         RETURNING ${SUBMISSION_COLUMNS}`,
      )
      .bind(id, status, now.toISOString()),
  ]);
  const previous = before?.results[0];
  if (!previous) return undefined;
  const current = after?.results[0] ?? previous;
  return { previousStatus: previous.status, submission: toSubmission(current) };
}

/**
 * Erases a submission and the idempotency keys pointing at it (GDPR Art. 17).
 *
 * @returns whether a submission was deleted.
 */
export async function deleteSubmission(db: D1Database, id: string): Promise<boolean> {
  const [, deleted] = await db.batch([
    db.prepare("DELETE FROM idempotency_keys WHERE submission_id = ?1").bind(id),
    db.prepare("DELETE FROM submissions WHERE id = ?1").bind(id),
  ]);
  return (deleted?.meta.changes ?? 0) > 0;
}

/**
 * Records a coordinator's answer and closes the submission, only while it is still
 * undecided, so two coordinators answering at once cannot both succeed. A statement, so
 * that accepting a sign-up can batch it with creating the volunteer (one transaction);
 * it returns the submission afterwards, or no row when it does not exist or was decided.
 *
 * @example
 * const row = await decideSubmission(db, id, "declined", "no_capacity", new Date()).first();
 */
export function decideSubmission(
  db: D1Database,
  id: string,
  decision: SubmissionDecision,
  reason: string | null,
  now: Date,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE submissions
       SET decision = ?2, decision_reason = ?3, status = 'closed', updated_at = ?4,
           closed_at = COALESCE(closed_at, ?4)
       WHERE id = ?1 AND decision IS NULL
       RETURNING ${SUBMISSION_COLUMNS}`,
    )
    .bind(id, decision, reason, now.toISOString());
}

/** Turns a row returned by a submission statement into a submission. */
export function submissionFromRow(row: unknown): Submission {
  return toSubmission(row as SubmissionRow);
}
