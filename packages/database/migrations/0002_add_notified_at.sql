-- Notification state of a submission, so that the queue consumer is idempotent: a message
-- delivered twice (Queues deliver at least once) sends at most one e-mail.
--   notify_claimed_at: a consumer is sending right now (a claim older than a few minutes
--                      is treated as abandoned, e.g. after a crash);
--   notified_at:       the notification is done (sent, or skipped on purpose);
--   notify_outcome:    'sent' | 'skipped_placeholder' — why it is done.
ALTER TABLE submissions ADD COLUMN notified_at TEXT;
ALTER TABLE submissions ADD COLUMN notify_claimed_at TEXT;
ALTER TABLE submissions ADD COLUMN notify_outcome TEXT
  CHECK (notify_outcome IS NULL OR notify_outcome IN ('sent', 'skipped_placeholder'));

-- The daily sweep looks for submissions whose notification never finished.
CREATE INDEX submissions_notified_at ON submissions (notified_at, created_at);
