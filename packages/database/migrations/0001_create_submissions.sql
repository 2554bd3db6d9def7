-- Form submissions: volunteer sign-ups and help requests, as validated JSON payloads.
-- The payload is stored as JSON text because its shape belongs to the domain schemas
-- (@integrationspaten/domain), which evolve faster than this table.
CREATE TABLE submissions (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('volunteer_signup', 'help_request')),
  payload TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'forwarded', 'closed')),
  coordination_point TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- The coordinators' inbox lists open submissions newest first.
CREATE INDEX submissions_status_created_at ON submissions (status, created_at);
