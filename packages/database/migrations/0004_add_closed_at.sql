-- When a submission was closed; retention deletes closed submissions a configured number
-- of days after this moment. Cleared again when a coordinator reopens a submission.
ALTER TABLE submissions ADD COLUMN closed_at TEXT;

-- Existing closed rows: their last change is the best estimate of when they were closed.
UPDATE submissions SET closed_at = updated_at WHERE status = 'closed' AND closed_at IS NULL;

CREATE INDEX submissions_closed_at ON submissions (closed_at) WHERE closed_at IS NOT NULL;
