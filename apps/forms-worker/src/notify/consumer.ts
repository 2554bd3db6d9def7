import { EmailMessage } from "cloudflare:email";
import type { Submission } from "@integrationspaten/database/submissions";
import {
  type CoordinationPoint,
  type District,
  isPlaceholder,
  routeToCoordinationPoint,
} from "@integrationspaten/domain";
import { type Config, configOf } from "../config.js";
import { districtContext } from "../district.js";
import { log, redactErrorMessage } from "../log.js";
import {
  type BatchClaim,
  claimNotifications,
  finishNotifications,
  type NotifyOutcome,
} from "../storage/notifications.js";
import { renderNotification } from "./email.js";
import { isNotificationMessage, type NotificationMessage } from "./enqueue.js";
import { buildMimeMessage } from "./mime.js";

/** Sends one finished e-mail; the production one uses the send_email binding. */
export type MailSender = (mail: { from: string; to: string; raw: string }) => Promise<void>;

/** A sender over the `NOTIFY_EMAIL` binding (verified destinations only). */
export function bindingSender(binding: SendEmail): MailSender {
  return async ({ from, to, raw }) => {
    await binding.send(new EmailMessage(from, to, raw));
  };
}

export interface NotifyDependencies {
  readonly db: D1Database;
  readonly config: Config;
  readonly district: District;
  readonly send: MailSender;
  readonly now: () => Date;
}

/** What happened to one notification; everything but a thrown error acknowledges it. */
export type NotifyResult = "sent" | "skipped_placeholder" | "already_done" | "gone";

/** Another delivery is sending right now: retry later, when its claim is done or stale. */
class ClaimedElsewhere extends Error {
  override readonly name = "ClaimedElsewhere";
}

function pointOf(district: District, id: string): CoordinationPoint {
  return (
    district.coordinationPoints.find((p) => p.id === id) ?? routeToCoordinationPoint(district, "")
  );
}

/** What one claimed submission's notification came to, or why it must be tried again. */
type Attempt = NotifyResult | Error;

/** The result for a submission that could not be claimed. */
const NOT_CLAIMED: Record<Exclude<BatchClaim["state"], "claimed">, () => Attempt> = {
  gone: () => "gone",
  done: () => "already_done",
  // Another delivery is sending right now: retry later, when its claim is done or stale.
  busy: () => new ClaimedElsewhere("notification is being sent by another delivery"),
};

/**
 * Sends the e-mail of one claimed submission, or skips it when the coordination point's
 * address is still a placeholder (the district has not filled it in).
 */
async function deliver(submission: Submission, deps: NotifyDependencies): Promise<NotifyOutcome> {
  const { config, district } = deps;
  const point = pointOf(district, submission.coordinationPoint);
  const recipient = config.notifyToOverride || point.contact.email;
  if (isPlaceholder(recipient)) return "skipped_placeholder";
  if (config.notifyFrom === "") throw new Error("NOTIFY_FROM is not configured");

  const { subject, text } = renderNotification(submission, district, point, config.workspaceUrl);
  const domain = config.notifyFrom.split("@")[1] ?? "localhost";
  const raw = buildMimeMessage({
    from: { address: config.notifyFrom, name: "Integrationspaten – Formulare" },
    to: recipient,
    subject,
    text,
    messageId: `<${submission.id}.${deps.now().getTime()}@${domain}>`,
    date: deps.now(),
  });
  await deps.send({ from: config.notifyFrom, to: recipient, raw });
  return "sent";
}

/**
 * Notifies the coordination points of several submissions, each at most once: claim and
 * load them (one D1 round trip), send, then record what was sent and give failed claims
 * back (one more). A placeholder address is skipped with a warning and counts as done; a
 * send that fails is an `Error` in the result, so that its message is retried. The
 * submissions themselves are never changed or deleted here.
 */
export async function notifySubmissions(
  submissionIds: readonly string[],
  deps: NotifyDependencies,
): Promise<Map<string, Attempt>> {
  const ids = [...new Set(submissionIds)];
  const claims = await claimNotifications(deps.db, ids, deps.now());
  const results = new Map<string, Attempt>();
  const done: { id: string; outcome: NotifyOutcome }[] = [];
  const failed: string[] = [];
  await Promise.all(
    ids.map(async (id) => {
      const claim: BatchClaim = claims.get(id) ?? { state: "gone" };
      if (claim.state !== "claimed") {
        results.set(id, NOT_CLAIMED[claim.state]());
        return;
      }
      try {
        const outcome = await deliver(claim.submission, deps);
        done.push({ id, outcome });
        results.set(id, outcome);
      } catch (error) {
        failed.push(id);
        results.set(id, error instanceof Error ? error : new Error(String(error)));
      }
    }),
  );
  await finishNotifications(deps.db, done, failed, deps.now());
  return results;
}

/** {@link notifySubmissions} for one submission: its result, or the error of its attempt. */
export async function notifySubmission(
  submissionId: string,
  deps: NotifyDependencies,
): Promise<NotifyResult> {
  const result = (await notifySubmissions([submissionId], deps)).get(submissionId);
  if (result === undefined || result instanceof Error) throw result ?? new Error("no result");
  return result;
}

/** Seconds before the next attempt: 30 s, 1, 2, 4, 8 … minutes, at most an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 3600);
}

/**
 * The queue consumer: the batch's notifications are claimed, loaded and recorded together
 * (two D1 round trips for up to ten messages); each message is acknowledged once its
 * notification is done (or can never be done: malformed message, erased submission) and
 * retried with a growing delay when sending failed. After `max_retries` the queue moves it
 * to the dead-letter queue; the daily cron re-enqueues submissions still not notified.
 */
export async function handleNotificationBatch(
  batch: MessageBatch<unknown>,
  deps: NotifyDependencies,
): Promise<void> {
  const messages: Message<NotificationMessage>[] = [];
  for (const message of batch.messages) {
    if (isNotificationMessage(message.body)) {
      messages.push(message as Message<NotificationMessage>);
    } else {
      log.error("notification.invalid_message", { attempts: message.attempts });
      message.ack();
    }
  }
  if (messages.length === 0) return;

  const retry = (message: Message<NotificationMessage>, error: unknown) => {
    log.warn("notification.retry", {
      id: message.body.submissionId,
      attempts: message.attempts,
      error: redactErrorMessage(error),
    });
    message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
  };
  let results: Map<string, Attempt>;
  try {
    results = await notifySubmissions(
      messages.map((m) => m.body.submissionId),
      deps,
    );
  } catch (error) {
    // The database failed: nothing is known to be sent or recorded, so all are retried.
    for (const message of messages) retry(message, error);
    return;
  }
  const counts: Record<NotifyResult | "retried", number> = {
    sent: 0,
    skipped_placeholder: 0,
    already_done: 0,
    gone: 0,
    retried: 0,
  };
  const seen = new Set<string>();
  for (const message of messages) {
    const id = message.body.submissionId;
    const outcome = results.get(id);
    if (outcome === undefined || outcome instanceof Error) {
      retry(message, outcome);
      counts.retried += 1;
      continue;
    }
    // A second message for the same submission in this batch was done with the first.
    counts[seen.has(id) ? "already_done" : outcome] += 1;
    seen.add(id);
    message.ack();
  }
  logBatch(counts);
}

/**
 * One log event per batch with what became of its notifications: which submission got
 * which outcome is in D1 (`notified_at`, `notify_outcome`), so a line per message would
 * only repeat it. A skipped one — the district has not filled in an address — makes it
 * a warning; each retry has its own warning with the error (see above).
 */
function logBatch(counts: Readonly<Record<NotifyResult | "retried", number>>): void {
  const nonZero = Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
  if (counts.skipped_placeholder > 0) {
    log.warn("notification.batch", { counts: nonZero, reason: "placeholder_address" });
  } else {
    log.info("notification.batch", { counts: nonZero });
  }
}

/** The production dependencies of the consumer for an `env`. */
export function notifyDependencies(env: Env): NotifyDependencies {
  return {
    db: env.DB,
    config: configOf(env),
    district: districtContext().district,
    send: bindingSender(env.NOTIFY_EMAIL),
    now: () => new Date(),
  };
}
