-- One row per submission attempt that was stored: a repeated post (double click, retry)
-- finds its row and gets the first answer instead of storing a second submission.
-- key_hash is SHA-256 over kind, the client's Idempotency-Key and the validated payload,
-- so no key or payload is kept in clear here. Rows are purged after a day by the cron job.
CREATE TABLE idempotency_keys (
  key_hash TEXT PRIMARY KEY,
  submission_id TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
CREATE INDEX idempotency_keys_submission_id ON idempotency_keys (submission_id);
