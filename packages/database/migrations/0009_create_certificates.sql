-- Certificates issued to volunteers, with the domain's number (prefix, year, running
-- number, check character). The public verification reads this table: it answers
-- valid / expired / revoked / unknown and shows the holder's name only to someone who
-- typed a name that matches.
--   holder_name: as printed; cleared (with volunteer_id) when the volunteer is erased;
--   modules:     JSON array of the module labels printed on the certificate.
CREATE TABLE certificates (
  number TEXT PRIMARY KEY,
  district_id TEXT NOT NULL,
  year INTEGER NOT NULL,
  sequence INTEGER NOT NULL,
  volunteer_id TEXT REFERENCES volunteers (id) ON DELETE SET NULL,
  holder_name TEXT,
  issued_on TEXT NOT NULL,
  valid_until TEXT,
  renewal_due_on TEXT,
  modules TEXT NOT NULL,
  revoked_on TEXT,
  revocation_reason TEXT,
  issued_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (district_id, year, sequence)
);

CREATE INDEX certificates_volunteer ON certificates (volunteer_id);
