import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { pingDatabase } from "../../src/storage/health.js";

// Storage tests call the query functions and look at the schema directly; route tests send
// requests. The schema checks prove the test database carries the real migrations.
describe("schema", () => {
  it("reaches D1", async () => {
    await expect(pingDatabase(env.DB)).resolves.toBe(true);
  });

  it("has applied every migration in migrations/, in order", async () => {
    const { results } = await env.DB.prepare("SELECT name FROM d1_migrations ORDER BY id").all<{
      name: string;
    }>();

    expect(results.map((r) => r.name)).toEqual([
      "0001_create_submissions.sql",
      "0002_add_notified_at.sql",
      "0003_create_idempotency_keys.sql",
      "0004_add_closed_at.sql",
      "0005_add_locale.sql",
    ]);
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

  it("indexes what the inbox, the filters, retention and the sweep query by", async () => {
    const { results } = await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    ).all<{ name: string }>();

    expect(results.map((r) => r.name)).toEqual([
      "idempotency_keys_created_at",
      "idempotency_keys_submission_id",
      "submissions_closed_at",
      "submissions_kind_created_at",
      "submissions_notified_at",
      "submissions_point_created_at",
      "submissions_status_created_at",
    ]);
  });
});
