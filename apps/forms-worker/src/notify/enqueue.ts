import { log, redactErrorMessage } from "../log.js";

/** The body of a notification message: the submission id, nothing personal. */
export interface NotificationMessage {
  readonly submissionId: string;
}

export function isNotificationMessage(body: unknown): body is NotificationMessage {
  return (
    typeof body === "object" &&
    body !== null &&
    typeof (body as { submissionId?: unknown }).submissionId === "string"
  );
}

/**
 * Queues the notification of a stored submission. A failure is logged and swallowed: the
 * submission is stored either way, and the daily cron re-enqueues every submission whose
 * notification never finished.
 */
export async function enqueueNotification(queue: Queue, submissionId: string): Promise<void> {
  const message: NotificationMessage = { submissionId };
  try {
    await queue.send(message, { contentType: "json" });
  } catch (error) {
    log.error("notification.enqueue_failed", {
      id: submissionId,
      error: redactErrorMessage(error),
    });
  }
}

/** Most messages one `sendBatch` call takes (a Cloudflare Queues limit). */
export const QUEUE_BATCH_LIMIT = 100;

/**
 * Queues the notifications of stored submissions, at most {@link QUEUE_BATCH_LIMIT} per
 * call. A failure is logged, not thrown (see {@link enqueueNotification}).
 *
 * @returns whether the queue took them.
 */
export async function enqueueNotifications(
  queue: Queue,
  submissionIds: readonly string[],
): Promise<boolean> {
  if (submissionIds.length === 0) return true;
  try {
    await queue.sendBatch(
      submissionIds.map((submissionId) => ({
        body: { submissionId } satisfies NotificationMessage,
        contentType: "json" as const,
      })),
    );
    return true;
  } catch (error) {
    log.error("notification.enqueue_failed", {
      count: submissionIds.length,
      error: redactErrorMessage(error),
    });
    return false;
  }
}
