-- The people who may use the coordinators' workspace (apps/coordination). Cloudflare
-- Access proves an e-mail address; this table says who that is and what they may see.
--   role 'coordinator':   sees and changes only the records of their coordination points;
--   role 'administrator': sees everything, manages coordinators, reads the audit log.
-- An inactive coordinator is refused even with a valid Access assertion.
CREATE TABLE coordinators (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('coordinator', 'administrator')),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- The coordination points (ids of the district configuration) a coordinator works for.
CREATE TABLE coordinator_points (
  coordinator_id TEXT NOT NULL REFERENCES coordinators (id) ON DELETE CASCADE,
  coordination_point TEXT NOT NULL,
  PRIMARY KEY (coordinator_id, coordination_point)
);

-- Who read, exported or changed which record, and when. Never the personal data itself:
-- `record_id` is an id, `detail` holds only non-personal facts (a status, a count, the
-- names of changed fields). Deleted after the district's audit retention period.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  action TEXT NOT NULL,
  record_type TEXT NOT NULL,
  record_id TEXT,
  detail TEXT
);

CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_record ON audit_log (record_type, record_id, at);

-- How a coordinator answered a sign-up or a help request: 'accepted' / 'declined' with a
-- reason the programme can report on (not free text about the person).
ALTER TABLE submissions ADD COLUMN decision TEXT
  CHECK (decision IS NULL OR decision IN ('accepted', 'declined'));
ALTER TABLE submissions ADD COLUMN decision_reason TEXT;
