import { EmailMessage } from "cloudflare:email";
import { getSubmission } from "@integrationspaten/database/submissions";
import {
  type CoordinationPoint,
  type District,
  isPlaceholder,
  routeToCoordinationPoint,
} from "@integrationspaten/domain";
import { type Config, readConfig } from "../config.js";
import { districtContext } from "../district.js";
import { log, redactErrorMessage } from "../log.js";
import {
  claimNotification,
  markNotified,
  releaseNotificationClaim,
} from "../storage/notifications.js";
import { renderNotification } from "./email.js";
import { isNotificationMessage } from "./enqueue.js";
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

/**
 * Notifies the coordination point of one submission, at most once: claim it, load it,
 * send, mark it notified. A placeholder address (the district has not filled it in) is
 * skipped with a warning and counts as done. A send that fails releases the claim and
 * throws, so the queue retries; the submission itself is never changed or deleted here.
 */
export async function notifySubmission(
  submissionId: string,
  deps: NotifyDependencies,
): Promise<NotifyResult> {
  const { db, config, district } = deps;
  const claim = await claimNotification(db, submissionId, deps.now());
  if (claim === "gone") return "gone";
  if (claim === "done") return "already_done";
  if (claim === "busy")
    throw new ClaimedElsewhere("notification is being sent by another delivery");

  try {
    const submission = await getSubmission(db, submissionId);
    if (!submission) return "gone";
    const point = pointOf(district, submission.coordinationPoint);
    const recipient = config.notifyToOverride || point.contact.email;
    if (isPlaceholder(recipient)) {
      await markNotified(db, submissionId, "skipped_placeholder", deps.now());
      log.warn("notification.skipped", {
        id: submissionId,
        kind: submission.kind,
        coordinationPoint: point.id,
        reason: "placeholder_address",
      });
      return "skipped_placeholder";
    }
    if (config.notifyFrom === "") throw new Error("NOTIFY_FROM is not configured");

    const { subject, text } = renderNotification(submission, district, point, config.workspaceUrl);
    const domain = config.notifyFrom.split("@")[1] ?? "localhost";
    const raw = buildMimeMessage({
      from: { address: config.notifyFrom, name: "Integrationspaten – Formulare" },
      to: recipient,
      subject,
      text,
      messageId: `<${submissionId}.${deps.now().getTime()}@${domain}>`,
      date: deps.now(),
    });
    await deps.send({ from: config.notifyFrom, to: recipient, raw });
    await markNotified(db, submissionId, "sent", deps.now());
    log.info("notification.sent", {
      id: submissionId,
      kind: submission.kind,
      coordinationPoint: point.id,
    });
    return "sent";
  } catch (error) {
    await releaseNotificationClaim(db, submissionId).catch(() => {});
    throw error;
  }
}

/** Seconds before the next attempt: 30 s, 1, 2, 4, 8 … minutes, at most an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 3600);
}

/**
 * The queue consumer: each message is acknowledged once its notification is done (or
 * can never be done: malformed message, erased submission) and retried with a growing
 * delay when sending failed. After `max_retries` the queue moves it to the dead-letter
 * queue; the daily cron re-enqueues submissions still not notified.
 */
export async function handleNotificationBatch(
  batch: MessageBatch<unknown>,
  deps: NotifyDependencies,
): Promise<void> {
  for (const message of batch.messages) {
    if (!isNotificationMessage(message.body)) {
      log.error("notification.invalid_message", { attempts: message.attempts });
      message.ack();
      continue;
    }
    const id = message.body.submissionId;
    try {
      const outcome = await notifySubmission(id, deps);
      if (outcome !== "sent" && outcome !== "skipped_placeholder") {
        log.info("notification.acknowledged", { id, outcome });
      }
      message.ack();
    } catch (error) {
      const delaySeconds = retryDelaySeconds(message.attempts);
      log.warn("notification.retry", {
        id,
        attempts: message.attempts,
        error: redactErrorMessage(error),
      });
      message.retry({ delaySeconds });
    }
  }
}

/** The production dependencies of the consumer for an `env`. */
export function notifyDependencies(env: Env): NotifyDependencies {
  return {
    db: env.DB,
    config: readConfig(env),
    district: districtContext().district,
    send: bindingSender(env.NOTIFY_EMAIL),
    now: () => new Date(),
  };
}
