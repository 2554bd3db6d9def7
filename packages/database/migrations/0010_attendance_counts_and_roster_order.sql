-- Attendance counts kept on each session, so the sessions list reads 500 rows instead of
-- grouping 100,000 attendance rows on every request (bench/coordination.mjs).
--   marked_*: live attendance rows per status. Triggers keep them right on every insert,
--             change and delete, including the cascades when a volunteer is erased — at
--             which point the erasure has already added the person's marks to
--             anonymised_*. A session's counts are anonymised_* + marked_*.
ALTER TABLE training_sessions ADD COLUMN marked_present INTEGER NOT NULL DEFAULT 0;
ALTER TABLE training_sessions ADD COLUMN marked_excused INTEGER NOT NULL DEFAULT 0;
ALTER TABLE training_sessions ADD COLUMN marked_absent INTEGER NOT NULL DEFAULT 0;

UPDATE training_sessions SET
  marked_present = (SELECT count(*) FROM attendance a WHERE a.session_id = training_sessions.id AND a.status = 'present'),
  marked_excused = (SELECT count(*) FROM attendance a WHERE a.session_id = training_sessions.id AND a.status = 'excused'),
  marked_absent = (SELECT count(*) FROM attendance a WHERE a.session_id = training_sessions.id AND a.status = 'absent');

CREATE TRIGGER attendance_counts_insert AFTER INSERT ON attendance
BEGIN
  UPDATE training_sessions SET
    marked_present = marked_present + (NEW.status = 'present'),
    marked_excused = marked_excused + (NEW.status = 'excused'),
    marked_absent = marked_absent + (NEW.status = 'absent')
  WHERE id = NEW.session_id;
END;

CREATE TRIGGER attendance_counts_delete AFTER DELETE ON attendance
BEGIN
  UPDATE training_sessions SET
    marked_present = marked_present - (OLD.status = 'present'),
    marked_excused = marked_excused - (OLD.status = 'excused'),
    marked_absent = marked_absent - (OLD.status = 'absent')
  WHERE id = OLD.session_id;
END;

CREATE TRIGGER attendance_counts_update AFTER UPDATE OF status, session_id ON attendance
BEGIN
  UPDATE training_sessions SET
    marked_present = marked_present - (OLD.status = 'present'),
    marked_excused = marked_excused - (OLD.status = 'excused'),
    marked_absent = marked_absent - (OLD.status = 'absent')
  WHERE id = OLD.session_id;
  UPDATE training_sessions SET
    marked_present = marked_present + (NEW.status = 'present'),
    marked_excused = marked_excused + (NEW.status = 'excused'),
    marked_absent = marked_absent + (NEW.status = 'absent')
  WHERE id = NEW.session_id;
END;

-- The roster is read page by page in name order (keyset: name, then id).
CREATE INDEX volunteers_name ON volunteers (display_name COLLATE NOCASE, id);

-- The cohort view's evaluations, kept between requests: evaluating 5,000 volunteers
-- against 500 sessions takes longer than a request should (bench/coordination.mjs).
--   basis:   SHA-256 of what an evaluation depends on besides the volunteer's records —
--            the policy, the module labels and the sessions that count (the domain's
--            countingSessionIds) — so a new session in the past, a cancellation or a
--            changed policy makes every row stale without anyone remembering to clear it;
--   coordination_point: the volunteer's, so that the view's counts per point are read
--            from the index alone;
--   missing: JSON array of the domain's sentences in `locale`.
-- A volunteer's rows go whenever their attendance, status or point changes (triggers
-- below) and with the volunteer (foreign key); rows exist only for volunteers in the
-- programme (not retired).
CREATE TABLE certification_progress (
  volunteer_id TEXT NOT NULL REFERENCES volunteers (id) ON DELETE CASCADE,
  locale TEXT NOT NULL,
  basis TEXT NOT NULL,
  coordination_point TEXT NOT NULL,
  eligible INTEGER NOT NULL CHECK (eligible IN (0, 1)),
  progress REAL NOT NULL,
  missing TEXT NOT NULL,
  computed_at TEXT NOT NULL,
  PRIMARY KEY (volunteer_id, locale)
);

CREATE INDEX certification_progress_groups
  ON certification_progress (locale, basis, coordination_point, eligible, progress, volunteer_id);

CREATE TRIGGER attendance_progress_insert AFTER INSERT ON attendance
BEGIN
  DELETE FROM certification_progress WHERE volunteer_id = NEW.volunteer_id;
END;

CREATE TRIGGER attendance_progress_update AFTER UPDATE ON attendance
BEGIN
  DELETE FROM certification_progress WHERE volunteer_id IN (OLD.volunteer_id, NEW.volunteer_id);
END;

CREATE TRIGGER attendance_progress_delete AFTER DELETE ON attendance
BEGIN
  DELETE FROM certification_progress WHERE volunteer_id = OLD.volunteer_id;
END;

CREATE TRIGGER volunteers_progress_update AFTER UPDATE OF status, coordination_point ON volunteers
BEGIN
  DELETE FROM certification_progress WHERE volunteer_id = OLD.id;
END;
