-- Help requests as cases the workspace works on: matched, forwarded to a volunteer,
-- answered by link, followed up, closed with an outcome. The submission keeps the
-- requester's data; the case keeps only what the district's report counts, so that it
-- can outlive the submission (retention anonymises a case by deleting the submission).
--   state:   open (nobody asked or the last one declined/did not answer), offered (one
--            volunteer asked, waiting), accepted (a volunteer took it), closed;
--   outcome: set when closed — took_place, withdrawn, nobody_found, referred (or
--            unrecorded: closed before the workspace recorded outcomes);
--   category, municipality, language, coordination_point, received_on: copied from the
--            request when the case is opened, for the report (no personal data);
--   appointment_*: the agreed appointment, once known (local date and times).
CREATE TABLE help_cases (
  id TEXT PRIMARY KEY,
  submission_id TEXT UNIQUE REFERENCES submissions (id) ON DELETE SET NULL,
  coordination_point TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'open'
    CHECK (state IN ('open', 'offered', 'accepted', 'closed')),
  outcome TEXT CHECK (outcome IN ('took_place', 'withdrawn', 'nobody_found', 'referred',
                                  'unrecorded')),
  category TEXT NOT NULL,
  municipality TEXT NOT NULL,
  language TEXT NOT NULL,
  received_on TEXT NOT NULL,
  appointment_date TEXT,
  appointment_start TEXT,
  appointment_end TEXT,
  appointment_place TEXT,
  closed_at TEXT,
  anonymised_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((state = 'closed') = (outcome IS NOT NULL))
);

CREATE INDEX help_cases_point_state ON help_cases (coordination_point, state, received_on);
CREATE INDEX help_cases_closed_at ON help_cases (closed_at) WHERE closed_at IS NOT NULL;

-- One row per volunteer asked for a case. At most one offer waits and at most one is
-- accepted per case (partial unique indexes), whatever two requests do at the same time.
--   state: offered → accepted | declined | expired | withdrawn (coordinator took it back);
--          accepted → released (the volunteer cannot go after all; the case reopens);
--   volunteer_id: NULL once the volunteer is erased (the case's history keeps the step);
--   follow_up: the volunteer's answer to "did it take place?" — yes, postponed, no.
CREATE TABLE assignments (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES help_cases (id) ON DELETE CASCADE,
  volunteer_id TEXT REFERENCES volunteers (id) ON DELETE SET NULL,
  state TEXT NOT NULL
    CHECK (state IN ('offered', 'accepted', 'declined', 'expired', 'withdrawn', 'released')),
  offered_by TEXT NOT NULL,
  offered_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  answered_at TEXT,
  decline_reason TEXT,
  follow_up TEXT CHECK (follow_up IN ('yes', 'postponed', 'no')),
  follow_up_at TEXT,
  follow_up_sent_at TEXT
);

CREATE UNIQUE INDEX assignments_one_offer ON assignments (case_id) WHERE state = 'offered';
CREATE UNIQUE INDEX assignments_one_accepted ON assignments (case_id) WHERE state = 'accepted';
CREATE INDEX assignments_volunteer ON assignments (volunteer_id, state);
CREATE INDEX assignments_expiring ON assignments (expires_at) WHERE state = 'offered';

-- Links sent to volunteers (accept, decline, follow-up). The link carries a random id and
-- an HMAC of it (LINK_SECRET); the row says what the link may do and until when. A used
-- link keeps its row (used_at), so a second click is answered as "already used".
CREATE TABLE volunteer_links (
  id TEXT PRIMARY KEY,
  assignment_id TEXT NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
  purpose TEXT NOT NULL CHECK (purpose IN ('answer', 'follow_up')),
  expires_at TEXT NOT NULL,
  used_at TEXT
);

CREATE INDEX volunteer_links_assignment ON volunteer_links (assignment_id);

-- The case's history: every step with who and when, never personal data.
--   actor_type: coordinator (actor_id is theirs), volunteer (the assignment's volunteer),
--               system (the daily job);
--   event:      opened, forwarded, accepted, declined, expired, withdrawn, released,
--               appointment, follow_up, closed, reopened, mail_failed, anonymised.
CREATE TABLE case_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id TEXT NOT NULL REFERENCES help_cases (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  actor_type TEXT NOT NULL CHECK (actor_type IN ('coordinator', 'volunteer', 'system')),
  actor_id TEXT,
  event TEXT NOT NULL,
  assignment_id TEXT,
  detail TEXT
);

CREATE INDEX case_events_case ON case_events (case_id, id);

-- Each volunteer's calendar feed: a random key in the feed's address, replaced when the
-- volunteer asks for a new address (the old one stops working at once).
ALTER TABLE volunteers ADD COLUMN feed_key TEXT;
CREATE UNIQUE INDEX volunteers_feed_key ON volunteers (feed_key) WHERE feed_key IS NOT NULL;

-- Every help request is a case from the moment it is stored (the forms worker knows
-- nothing of cases): the trigger opens it, with the facts the report counts.
CREATE TRIGGER submissions_open_case AFTER INSERT ON submissions
WHEN NEW.kind = 'help_request'
BEGIN
  INSERT INTO help_cases (id, submission_id, coordination_point, category, municipality,
                          language, received_on, created_at, updated_at)
  VALUES (NEW.id, NEW.id, NEW.coordination_point,
          coalesce(NEW.payload ->> '$.category', ''), coalesce(NEW.payload ->> '$.municipality', ''),
          coalesce(NEW.payload ->> '$.languages[0]', ''), substr(NEW.created_at, 1, 10),
          NEW.created_at, NEW.created_at);
  INSERT INTO case_events (case_id, at, actor_type, event) VALUES (NEW.id, NEW.created_at, 'system', 'opened');
END;

-- Retention deletes a closed request's submission (the forms worker's daily job): the
-- case loses every link to the person and keeps its counts.
CREATE TRIGGER submissions_anonymise_case AFTER DELETE ON submissions
WHEN OLD.kind = 'help_request'
BEGIN
  UPDATE help_cases SET anonymised_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
                        appointment_place = NULL
  WHERE id = OLD.id;
  DELETE FROM volunteer_links
  WHERE assignment_id IN (SELECT id FROM assignments WHERE case_id = OLD.id);
  INSERT INTO case_events (case_id, at, actor_type, event)
  SELECT OLD.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'system', 'anonymised'
  WHERE EXISTS (SELECT 1 FROM help_cases WHERE id = OLD.id);
END;

-- Help requests stored before this migration become cases too.
INSERT INTO help_cases (id, submission_id, coordination_point, state, outcome, category,
                        municipality, language, received_on, closed_at, created_at, updated_at)
SELECT id, id, coordination_point,
       CASE WHEN status = 'closed' THEN 'closed' ELSE 'open' END,
       CASE WHEN status = 'closed' THEN 'unrecorded' END,
       coalesce(payload ->> '$.category', ''), coalesce(payload ->> '$.municipality', ''),
       coalesce(payload ->> '$.languages[0]', ''), substr(created_at, 1, 10),
       closed_at, created_at, updated_at
FROM submissions WHERE kind = 'help_request';

INSERT INTO case_events (case_id, at, actor_type, event)
SELECT id, created_at, 'system', 'opened' FROM help_cases;
