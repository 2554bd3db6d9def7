-- Demo data for local development only (`pnpm start` loads it; nothing else does).
-- Every person here is obviously fictitious: Musterfrau/Mustermann names and addresses
-- under the reserved .example domain. Inserted only when missing, so a restart keeps
-- what a developer changed.

INSERT OR IGNORE INTO coordinators (id, email, display_name, role, active, created_at, updated_at) VALUES
  ('demo-admin', 'verwaltung.mustermann@landkreis.example', 'Dr. Hans Mustermann (Demo)', 'administrator', 1, '2026-11-01T08:00:00Z', '2026-11-01T08:00:00Z'),
  ('demo-kreis', 'erika.musterfrau@landkreis.example', 'Erika Musterfrau (Demo)', 'coordinator', 1, '2026-11-01T08:00:00Z', '2026-11-01T08:00:00Z'),
  ('demo-cafe', 'max.mustermann@cafe-asyl.example', 'Max Mustermann (Demo)', 'coordinator', 1, '2026-11-01T08:00:00Z', '2026-11-01T08:00:00Z'),
  ('demo-fid', 'petra.musterfrau@fid.example', 'Petra Musterfrau (Demo)', 'coordinator', 1, '2026-11-01T08:00:00Z', '2026-11-01T08:00:00Z');

INSERT OR IGNORE INTO coordinator_points (coordinator_id, coordination_point) VALUES
  ('demo-kreis', 'kreisverwaltung'),
  ('demo-cafe', 'cafe-asyl'),
  ('demo-fid', 'fid');

-- Sign-ups as the forms worker stores them, one per coordination point and one more.
INSERT OR IGNORE INTO submissions (id, kind, payload, status, coordination_point, locale, created_at, updated_at) VALUES
  ('demo-signup-1', 'volunteer_signup', '{"name":"Aylin Musterfrau (Demo)","email":"aylin.musterfrau@demo.example","municipality":"alzey","languages":[{"language":"tr","level":"native"},{"language":"de","level":"fluent"}],"categories":["behoerden","antraege"],"availabilityNote":"dienstags und donnerstags nachmittags","motivation":"Ich kenne die Wege zu den Ämtern aus eigener Erfahrung.","consent":true}', 'new', 'kreisverwaltung', 'de', '2026-11-20T09:15:00Z', '2026-11-20T09:15:00Z'),
  ('demo-signup-2', 'volunteer_signup', '{"name":"Omar Mustermann (Demo)","email":"omar.mustermann@demo.example","phone":"+49 6731 000000","municipality":"woerrstadt","languages":[{"language":"ar","level":"native"},{"language":"en","level":"fluent"},{"language":"de","level":"basic"}],"categories":["arzt","schule"],"consent":true}', 'new', 'cafe-asyl', 'de', '2026-11-24T17:40:00Z', '2026-11-24T17:40:00Z'),
  ('demo-signup-3', 'volunteer_signup', '{"name":"Olena Musterfrau (Demo)","email":"olena.musterfrau@demo.example","municipality":"eich","languages":[{"language":"uk","level":"native"},{"language":"ru","level":"fluent"},{"language":"de","level":"fluent"}],"categories":["schule","alltag"],"availabilityNote":"vormittags","consent":true}', 'new', 'fid', 'uk', '2026-11-27T08:05:00Z', '2026-11-27T08:05:00Z');
