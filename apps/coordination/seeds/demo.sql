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

-- Sign-ups as the forms worker stores them, one per coordination point, with the
-- notification already sent (as it would have been when they arrived).
INSERT OR IGNORE INTO submissions (id, kind, payload, status, coordination_point, locale, created_at, updated_at, notified_at, notify_outcome) VALUES
  ('demo-signup-1', 'volunteer_signup', '{"name":"Aylin Musterfrau (Demo)","email":"aylin.musterfrau@demo.example","municipality":"alzey","languages":[{"language":"tr","level":"native"},{"language":"de","level":"fluent"}],"categories":["behoerden","antraege"],"availabilityNote":"dienstags und donnerstags nachmittags","motivation":"Ich kenne die Wege zu den Ämtern aus eigener Erfahrung.","consent":true}', 'new', 'kreisverwaltung', 'de', '2026-11-20T09:15:00Z', '2026-11-20T09:15:00Z', '2026-11-20T09:15:00Z', 'sent'),
  ('demo-signup-2', 'volunteer_signup', '{"name":"Omar Mustermann (Demo)","email":"omar.mustermann@demo.example","phone":"+49 6731 000000","municipality":"woerrstadt","languages":[{"language":"ar","level":"native"},{"language":"en","level":"fluent"},{"language":"de","level":"basic"}],"categories":["arzt","schule"],"consent":true}', 'new', 'cafe-asyl', 'de', '2026-11-24T17:40:00Z', '2026-11-24T17:40:00Z', '2026-11-24T17:40:00Z', 'sent'),
  ('demo-signup-3', 'volunteer_signup', '{"name":"Olena Musterfrau (Demo)","email":"olena.musterfrau@demo.example","municipality":"eich","languages":[{"language":"uk","level":"native"},{"language":"ru","level":"fluent"},{"language":"de","level":"fluent"}],"categories":["schule","alltag"],"availabilityNote":"vormittags","consent":true}', 'new', 'fid', 'uk', '2026-11-27T08:05:00Z', '2026-11-27T08:05:00Z', '2026-11-27T08:05:00Z', 'sent');

-- Training sessions, published on the public site through the forms worker (GET
-- /api/programme/sessions; apps/site reads it under `pnpm start`). Days are relative to the
-- first start (talks on a Tuesday evening, workshops on a Saturday morning), so two lie in
-- the past and four ahead; one of those is cancelled, one has no
-- place yet („Ort wird noch bekannt gegeben“ on the site). Only two past sessions that took
-- place: each counts towards every volunteer's attendance rate.
INSERT OR IGNORE INTO training_sessions (id, kind, module, title, date, start_time, end_time, location, cancelled, sequence, created_at, updated_at) VALUES
  ('demo-session-behoerden', 'expert_talk', 'behoerden', 'Fachvortrag: Ämter und Zuständigkeiten (Demo)', date('now', '-42 days', 'weekday 2'), '18:00', '19:30', 'Kreishaus Alzey, Sitzungssaal (Demo)', 0, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('demo-session-rolle', 'workshop', 'rolle', 'Workshop: Rolle und Grenzen der Begleitung (Demo)', date('now', '-21 days', 'weekday 6'), '10:00', '13:00', 'Café Asyl, Alzey (Demo)', 0, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('demo-session-antraege', 'expert_talk', 'antraege', 'Fachvortrag: Jobcenter und Kindergeld – Anträge verstehen (Demo)', date('now', '+10 days', 'weekday 2'), '18:00', '19:30', NULL, 0, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('demo-session-schule', 'workshop', 'schule', 'Workshop: Gespräche in Schule und Kita begleiten (Demo)', date('now', '+24 days', 'weekday 6'), '10:00', '13:00', 'Förderinitiative Donnersberg, Raum nach Absprache (Demo)', 0, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('demo-session-gesundheit', 'expert_talk', 'gesundheit', 'Fachvortrag: Arztbesuche begleiten (Demo)', date('now', '+38 days', 'weekday 2'), '18:00', '19:30', 'Kreishaus Alzey, Raum 101 (Demo)', 1, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('demo-session-alltag', 'expert_talk', 'alltag', 'Fachvortrag: Alltag im Landkreis – Wohnen, Mobilität, Vereine (Demo)', date('now', '+52 days', 'weekday 2'), '18:00', '19:30', 'Kreishaus Alzey, Sitzungssaal (Demo)', 0, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- Certified volunteers, so that matching and forwarding can be tried: two of the Café Asyl
-- for the demo help request below (its case is opened by the trigger of migration 0011),
-- one of the Kreisverwaltung, where help requests from the site go while the district's
-- routing is not decided (the end-to-end test forwards to her).
INSERT OR IGNORE INTO volunteers (id, coordination_point, status, display_name, record, signup_id, ended_at, created_at, updated_at) VALUES
  ('demo-volunteer-samira', 'cafe-asyl', 'certified', 'Samira Musterfrau (Demo)', '{"displayName":"Samira Musterfrau (Demo)","languages":[{"language":"ar","level":"native"},{"language":"de","level":"fluent"}],"municipalities":["alzey"],"categories":["behoerden","jobcenter","antraege","arzt"],"availability":[{"weekday":2,"from":"09:00","to":"13:00"},{"weekday":4,"from":"14:00","to":"18:00"}],"goodConduct":{"seenOn":"2026-10-01","clear":true},"contact":{"email":"samira.musterfrau@demo.example"}}', NULL, NULL, '2026-10-01T08:00:00Z', '2026-10-01T08:00:00Z'),
  ('demo-volunteer-nadia', 'kreisverwaltung', 'certified', 'Nadia Musterfrau (Demo)', '{"displayName":"Nadia Musterfrau (Demo)","languages":[{"language":"ar","level":"native"},{"language":"en","level":"fluent"},{"language":"de","level":"fluent"}],"municipalities":["alzey","alzey-land","woerrstadt"],"categories":["behoerden","jobcenter","antraege","schule","arzt","alltag"],"availability":[],"goodConduct":{"seenOn":"2026-10-01","clear":true},"contact":{"email":"nadia.musterfrau@demo.example"}}', NULL, NULL, '2026-10-01T08:00:00Z', '2026-10-01T08:00:00Z'),
  ('demo-volunteer-yusuf', 'cafe-asyl', 'certified', 'Yusuf Mustermann (Demo)', '{"displayName":"Yusuf Mustermann (Demo)","languages":[{"language":"fa","level":"native"},{"language":"ar","level":"fluent"},{"language":"de","level":"fluent"}],"municipalities":["alzey","alzey-land"],"categories":["behoerden","jobcenter","antraege","schule"],"availability":[],"goodConduct":{"seenOn":"2026-09-15","clear":true},"contact":{"email":"yusuf.mustermann@demo.example"}}', NULL, NULL, '2026-10-01T08:00:00Z', '2026-10-01T08:00:00Z');

-- A help request from the Arabic page, for the Café Asyl.
INSERT OR IGNORE INTO submissions (id, kind, payload, status, coordination_point, locale, created_at, updated_at, notified_at, notify_outcome) VALUES
  ('demo-request-1', 'help_request', '{"requesterRole":"self","contactName":"Rania Musterfrau (Demo)","contactEmail":"rania.musterfrau@demo.example","contactPhone":"+49 6731 000001","category":"jobcenter","languages":["ar","en"],"municipality":"alzey","weekdays":[2,4],"timesOfDay":["morning"],"description":"Termin beim Jobcenter, Weiterbewilligungsantrag (Demo)","consent":true}', 'new', 'cafe-asyl', 'ar', strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-2 days'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-2 days'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-2 days'), 'sent');
