import type { AuditAction, AuditEntry, AuditRecordType } from "../../shared/api.js";

export type { AuditAction, AuditRecordType };

/*
 * The audit log: who read, exported or changed which record, when. Entries carry ids and
 * non-personal facts only (a status, a count, the names of changed fields).
 */

/** Non-personal facts about an action; values are short and never contain names. */
export type AuditDetail = Readonly<Record<string, string | number | boolean | null>>;

export interface NewAuditEntry {
  readonly actorId: string;
  readonly action: AuditAction;
  readonly recordType: AuditRecordType;
  readonly recordId?: string | null;
  readonly detail?: AuditDetail;
}

/**
 * A condition an entry depends on: `exists` is a query with one parameter `?7` bound to
 * `value`, e.g. the volunteer row the same batch inserts only under a condition of its own.
 */
export interface AuditCondition {
  readonly exists: string;
  readonly value: string;
}

/**
 * The insert of one entry, to batch with the change it records (one transaction). With a
 * `condition`, the entry is written only when the change happened, so the log never
 * records a change that a concurrent request made impossible.
 */
export function auditStatement(
  db: D1Database,
  entry: NewAuditEntry,
  now: Date,
  condition?: AuditCondition,
): D1PreparedStatement {
  const values = [
    now.toISOString(),
    entry.actorId,
    entry.action,
    entry.recordType,
    entry.recordId ?? null,
    entry.detail ? JSON.stringify(entry.detail) : null,
  ];
  const insert = "INSERT INTO audit_log (at, actor_id, action, record_type, record_id, detail)";
  return condition
    ? db
        .prepare(`${insert} SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE EXISTS (${condition.exists})`)
        .bind(...values, condition.value)
    : db.prepare(`${insert} VALUES (?1, ?2, ?3, ?4, ?5, ?6)`).bind(...values);
}

interface AuditRow {
  id: number;
  at: string;
  actor_id: string;
  actor_name: string | null;
  action: AuditAction;
  record_type: AuditRecordType;
  record_id: string | null;
  detail: string | null;
}

export interface AuditFilter {
  readonly recordType?: string | undefined;
  readonly recordId?: string | undefined;
  readonly actorId?: string | undefined;
  /** Entries with a smaller id than this (keyset paging, newest first). */
  readonly before?: number | undefined;
}

/** Entries newest first, at most `limit`. */
export async function listAuditEntries(
  db: D1Database,
  filter: AuditFilter,
  limit: number,
): Promise<AuditEntry[]> {
  const { results } = await db
    .prepare(
      `SELECT a.id, a.at, a.actor_id, c.display_name AS actor_name, a.action, a.record_type,
              a.record_id, a.detail
       FROM audit_log a LEFT JOIN coordinators c ON c.id = a.actor_id
       WHERE (?1 IS NULL OR a.record_type = ?1)
         AND (?2 IS NULL OR a.record_id = ?2)
         AND (?3 IS NULL OR a.actor_id = ?3)
         AND (?4 IS NULL OR a.id < ?4)
       ORDER BY a.id DESC
       LIMIT ?5`,
    )
    .bind(
      filter.recordType ?? null,
      filter.recordId ?? null,
      filter.actorId ?? null,
      filter.before ?? null,
      limit,
    )
    .all<AuditRow>();
  return results.map((row) => ({
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    recordType: row.record_type,
    recordId: row.record_id,
    detail: row.detail ? (JSON.parse(row.detail) as AuditEntry["detail"]) : null,
  }));
}

/** Deletes entries older than `cutoff`; returns how many. */
export async function purgeAuditLog(db: D1Database, cutoff: Date): Promise<number> {
  const result = await db
    .prepare("DELETE FROM audit_log WHERE at < ?1")
    .bind(cutoff.toISOString())
    .run();
  return result.meta.changes ?? 0;
}
