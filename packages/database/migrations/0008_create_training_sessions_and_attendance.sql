-- The programme's training sessions (expert talks and workshops), managed in the
-- workspace and published on the public site. Local date and wall-clock times in the
-- district's time zone, as the domain's training session has them.
--   sequence: rises with every change of time, place, title or status, so calendar
--             subscribers replace the entry (iCalendar SEQUENCE);
--   anonymised_*: attendance of volunteers who were erased (GDPR Art. 17) — counts only,
--             so training figures stay right after the person's records are gone.
CREATE TABLE training_sessions (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('expert_talk', 'workshop')),
  module TEXT NOT NULL,
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  start_time TEXT NOT NULL,
  end_time TEXT NOT NULL CHECK (end_time > start_time),
  location TEXT,
  cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
  sequence INTEGER NOT NULL DEFAULT 0,
  anonymised_present INTEGER NOT NULL DEFAULT 0,
  anonymised_excused INTEGER NOT NULL DEFAULT 0,
  anonymised_absent INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE INDEX training_sessions_date ON training_sessions (date, start_time);

-- Who was at which session. A volunteer without a row counts as absent. Erasing the
-- volunteer or deleting the session deletes the rows (D1 enforces foreign keys).
CREATE TABLE attendance (
  session_id TEXT NOT NULL REFERENCES training_sessions (id) ON DELETE CASCADE,
  volunteer_id TEXT NOT NULL REFERENCES volunteers (id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('present', 'excused', 'absent')),
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (session_id, volunteer_id)
);

CREATE INDEX attendance_volunteer ON attendance (volunteer_id, session_id);
-- The sessions list counts marks per session from this index alone.
CREATE INDEX attendance_session_status ON attendance (session_id, status);
