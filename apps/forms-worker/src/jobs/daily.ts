import type { District } from "@integrationspaten/domain";
import { log } from "../log.js";
import { enqueueNotification } from "../notify/enqueue.js";
import { listUnnotified } from "../storage/notifications.js";
import { deleteExpiredSubmissions, purgeIdempotencyKeys } from "../storage/retention.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/** A notification not finished an hour after the submission arrived is re-enqueued. */
const REENQUEUE_AFTER_MS = 60 * 60 * 1000;
const REENQUEUE_LIMIT = 200;

export interface DailyJobResult {
  readonly deletedClosed: number;
  readonly deletedUnansweredSignups: number;
  readonly purgedIdempotencyKeys: number;
  readonly requeuedNotifications: number;
}

/**
 * The daily cron job, run at `now` (the cron's scheduled time):
 * 1. retention — deletes help requests `retention.closedRequestsDays` after they were
 *    closed and sign-ups still `new` `retention.unansweredSignupsDays` after they arrived
 *    (the privacy page states the same periods; answered sign-ups are kept while the
 *    volunteer takes part and erased by the coordinators);
 * 2. deletes idempotency keys older than a day;
 * 3. re-enqueues notifications that never finished (a lost enqueue, a dead-lettered send).
 * Days are 24-hour periods in UTC.
 */
export async function runDailyJobs(
  env: Pick<Env, "DB" | "NOTIFY_QUEUE">,
  district: Pick<District, "retention">,
  now: Date,
): Promise<DailyJobResult> {
  const { closedRequestsDays, unansweredSignupsDays } = district.retention;
  const deleted = await deleteExpiredSubmissions(env.DB, {
    closedBefore: new Date(now.getTime() - closedRequestsDays * DAY_MS),
    unansweredSignupsBefore: new Date(now.getTime() - unansweredSignupsDays * DAY_MS),
  });
  const purged = await purgeIdempotencyKeys(env.DB, new Date(now.getTime() - DAY_MS));
  const pending = await listUnnotified(
    env.DB,
    new Date(now.getTime() - REENQUEUE_AFTER_MS),
    now,
    REENQUEUE_LIMIT,
  );
  for (const id of pending) await enqueueNotification(env.NOTIFY_QUEUE, id);

  const result: DailyJobResult = {
    deletedClosed: deleted.closed,
    deletedUnansweredSignups: deleted.unansweredSignups,
    purgedIdempotencyKeys: purged,
    requeuedNotifications: pending.length,
  };
  log.info("daily.done", { counts: { ...result } });
  return result;
}
