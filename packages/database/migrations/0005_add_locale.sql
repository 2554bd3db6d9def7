-- Language of the page the form was sent from (BCP 47, e.g. 'de', 'ar'), so that
-- coordinators can answer in it. NULL when the client did not say.
ALTER TABLE submissions ADD COLUMN locale TEXT;

-- The coordinators' views filter by coordination point and kind.
CREATE INDEX submissions_point_created_at ON submissions (coordination_point, created_at);
CREATE INDEX submissions_kind_created_at ON submissions (kind, created_at);
