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
