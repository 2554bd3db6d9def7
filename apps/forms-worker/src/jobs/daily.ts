import type { District } from "@integrationspaten/domain";
import { log } from "../log.js";
import { enqueueNotifications, QUEUE_BATCH_LIMIT } from "../notify/enqueue.js";
import { listUnnotified, type UnnotifiedCursor } from "../storage/notifications.js";
import { deleteExpiredSubmissions, purgeIdempotencyKeys } from "../storage/retention.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/** A notification not finished an hour after the submission arrived is re-enqueued. */
const REENQUEUE_AFTER_MS = 60 * 60 * 1000;
/**
 * The re-enqueue goes through every pending notification, a page (one `sendBatch`) at a
 * time, and stops early only to stay well inside a cron invocation's limits: after this
 * many pages (two subrequests each, 40,000 messages) or this much time. Whatever is left
 * then is logged and taken by the next day's run.
 */
const REENQUEUE_MAX_PAGES = 400;
const REENQUEUE_BUDGET_MS = 5 * 60 * 1000;

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
 * 3. re-enqueues every notification that never finished (a lost enqueue, a dead-lettered
 *    send), in pages of one queue batch.
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
  const requeued = await requeueUnfinishedNotifications(env, now);

  const result: DailyJobResult = {
    deletedClosed: deleted.closed,
    deletedUnansweredSignups: deleted.unansweredSignups,
    purgedIdempotencyKeys: purged,
    requeuedNotifications: requeued,
  };
  log.info("daily.done", { counts: { ...result } });
  return result;
}

/**
 * Re-enqueues every notification not finished an hour after its submission arrived (a lost
 * enqueue, a dead-lettered send), page by page.
 *
 * @returns how many were queued.
 */
async function requeueUnfinishedNotifications(
  env: Pick<Env, "DB" | "NOTIFY_QUEUE">,
  now: Date,
): Promise<number> {
  const createdBefore = new Date(now.getTime() - REENQUEUE_AFTER_MS);
  const startedAt = Date.now();
  let cursor: UnnotifiedCursor | undefined;
  let queued = 0;
  for (let page = 0; page < REENQUEUE_MAX_PAGES; page++) {
    const { ids, next } = await listUnnotified(
      env.DB,
      createdBefore,
      now,
      QUEUE_BATCH_LIMIT,
      cursor,
    );
    // The queue is down: tomorrow's run tries again, nothing is marked.
    if (!(await enqueueNotifications(env.NOTIFY_QUEUE, ids))) return queued;
    queued += ids.length;
    if (next === undefined) return queued;
    cursor = next;
    if (Date.now() - startedAt > REENQUEUE_BUDGET_MS) break;
  }
  log.warn("daily.requeue_incomplete", { counts: { queued } });
  return queued;
}
