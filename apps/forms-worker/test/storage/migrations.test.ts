import { env } from "cloudflare:workers";
import { describe, expect, inject, it } from "vitest";
import { pingDatabase } from "../../src/storage/health.js";

// Storage tests call the query functions and look at the schema directly; route tests send
// requests. The schema checks prove the test database carries the real migrations.
describe("schema", () => {
  it("reaches D1", async () => {
    await expect(pingDatabase(env.DB)).resolves.toBe(true);
  });

  it("has applied every migration of packages/database/migrations, in order", async () => {
    // What vitest.config.ts read from the migrations directory, the way wrangler reads it.
    const names = inject("d1Migrations").map((migration) => migration.name);
    const { results } = await env.DB.prepare("SELECT name FROM d1_migrations ORDER BY id").all<{
      name: string;
    }>();

    expect(names.slice(0, 7)).toEqual([
      "0001_create_submissions.sql",
      "0002_add_notified_at.sql",
      "0003_create_idempotency_keys.sql",
      "0004_add_closed_at.sql",
      "0005_add_locale.sql",
      "0006_create_coordinators_and_audit_log.sql",
      "0007_create_volunteers.sql",
    ]);
    expect(names).toEqual([...names].sort());
    for (const name of names) expect(name).toMatch(/^\d{4}_[a-z][a-z0-9_]*\.sql$/);
    expect(results.map((r) => r.name)).toEqual(names);
  });

  it("constrains kind, status and notification outcome", async () => {
    const now = new Date().toISOString();
    const insert = (kind: string, status: string, outcome: string | null) =>
      env.DB.prepare(
        `INSERT INTO submissions (id, kind, payload, status, coordination_point, created_at, updated_at, notify_outcome)
         VALUES (?, ?, '{}', ?, 'kreisverwaltung', ?, ?, ?)`,
      )
        .bind(crypto.randomUUID(), kind, status, now, now, outcome)
        .run();

    await expect(insert("help_request", "new", null)).resolves.toBeTruthy();
    await expect(insert("help_request", "new", "sent")).resolves.toBeTruthy();
    await expect(insert("newsletter", "new", null)).rejects.toThrow(/CHECK constraint/);
    await expect(insert("volunteer_signup", "archived", null)).rejects.toThrow(/CHECK constraint/);
    await expect(insert("volunteer_signup", "new", "bounced")).rejects.toThrow(/CHECK constraint/);
  });

  it("has every index the migrations create, among them those the queries rely on", async () => {
    const { results } = await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    ).all<{ name: string }>();
    const names = results.map((r) => r.name);
    // Every CREATE INDEX of every migration (later migrations add their own).
    const created = inject("d1Migrations")
      .flatMap((migration) => migration.queries)
      .flatMap((query) => [
        ...query.matchAll(/CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)/gi),
      ])
      .map((match) => match[1]);

    expect(names).toEqual([...created].sort());
    expect(names).toEqual(
      expect.arrayContaining([
        // The intake worker: retention, the notification sweep, idempotency-key purge.
        "idempotency_keys_created_at",
        "idempotency_keys_submission_id",
        "submissions_closed_at",
        "submissions_notified_at",
        // The workspace's inbox and filters (0001, 0005).
        "submissions_kind_created_at",
        "submissions_point_created_at",
        "submissions_status_created_at",
        // The audit log (0006) and the volunteer lists (0007).
        "audit_log_at",
        "audit_log_record",
        "volunteers_ended_at",
        "volunteers_point_name",
        "volunteers_status",
      ]),
    );
  });
});
