import type { District } from "@integrationspaten/domain";
import { districtToday } from "../http/today.js";
import { auditStatement, purgeAuditLog } from "../storage/audit-log.js";
import { eraseVolunteerStatements, retiredBefore } from "../storage/volunteers.js";

/*
 * The workspace's daily retention run (GDPR Art. 5 (1) (e)), per the district's periods:
 * volunteers who left are erased, answered sign-ups are deleted (the volunteer record
 * holds what is still needed), and the audit log is trimmed. The forms worker's own run
 * deletes closed help requests and unanswered sign-ups.
 */

/** The actor the audit log names for what the daily run does. */
export const RETENTION_ACTOR = "system:retention";

const DAY = 24 * 60 * 60 * 1000;

export interface RetentionRun {
  readonly erasedVolunteers: number;
  readonly deletedSignups: number;
  readonly purgedAuditEntries: number;
}

export async function runRetention(
  db: D1Database,
  district: District,
  now: Date,
): Promise<RetentionRun> {
  const { formerVolunteersDays, closedRequestsDays, auditLogDays } = district.retention;
  const today = districtToday(now);

  const former = await retiredBefore(db, new Date(now.getTime() - formerVolunteersDays * DAY));
  for (const id of former) {
    await db.batch([
      ...eraseVolunteerStatements(db, id, now, today),
      auditStatement(
        db,
        {
          actorId: RETENTION_ACTOR,
          action: "erase",
          recordType: "volunteer",
          recordId: id,
          detail: { reason: "retention" },
        },
        now,
      ),
    ]);
  }

  const signups = await db
    .prepare(
      `DELETE FROM submissions
       WHERE kind = 'volunteer_signup' AND decision IS NOT NULL AND closed_at < ?1`,
    )
    .bind(new Date(now.getTime() - closedRequestsDays * DAY).toISOString())
    .run();

  const purged = await purgeAuditLog(db, new Date(now.getTime() - auditLogDays * DAY));
  return {
    erasedVolunteers: former.length,
    deletedSignups: signups.meta.changes ?? 0,
    purgedAuditEntries: purged,
  };
}
