-- Volunteers accepted into the programme. `record` is the volunteer as the domain schema
-- `schemasFor(district).volunteer` validates it (languages with levels, municipalities,
-- request categories, availability, the day an extended certificate of good conduct was
-- seen — never the document), plus the contact data coordinators need. The columns beside
-- it are what lists filter and sort on.
CREATE TABLE volunteers (
  id TEXT PRIMARY KEY,
  coordination_point TEXT NOT NULL,
  status TEXT NOT NULL
    CHECK (status IN ('applicant', 'in_training', 'certified', 'paused', 'retired')),
  display_name TEXT NOT NULL,
  record TEXT NOT NULL,
  -- The sign-up it was accepted from (the submission itself is deleted by retention).
  signup_id TEXT,
  -- When the volunteer left the programme (status 'retired'); retention counts from it.
  ended_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE INDEX volunteers_point_name ON volunteers (coordination_point, display_name, id);
CREATE INDEX volunteers_status ON volunteers (status, coordination_point);
CREATE INDEX volunteers_ended_at ON volunteers (ended_at) WHERE ended_at IS NOT NULL;
