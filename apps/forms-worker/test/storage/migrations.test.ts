import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { pingDatabase } from "../../src/storage/health.js";

// Storage tests call the query functions and look at the schema directly; route tests send
// requests. The schema checks prove the test database carries the real migrations.
describe("storage", () => {
  it("reaches D1", async () => {
    await expect(pingDatabase(env.DB)).resolves.toBe(true);
  });

  it("has the submissions table from migrations/0001_create_submissions.sql", async () => {
    const now = new Date().toISOString();
    const insert = (id: string, kind: string, status: string) =>
      env.DB.prepare(
        `INSERT INTO submissions (id, kind, payload, status, coordination_point, created_at, updated_at)
         VALUES (?, ?, '{}', ?, 'kreisverwaltung', ?, ?)`,
      )
        .bind(id, kind, status, now, now)
        .run();

    // Random ids: whether storage is reset between runs is the plugin's business, not ours.
    const id = crypto.randomUUID();
    await insert(id, "help_request", "new");
    const row = await env.DB.prepare("SELECT kind, status FROM submissions WHERE id = ?")
      .bind(id)
      .first();
    expect(row).toEqual({ kind: "help_request", status: "new" });

    await expect(insert(crypto.randomUUID(), "newsletter", "new")).rejects.toThrow(
      /CHECK constraint/,
    );
    await expect(insert(crypto.randomUUID(), "volunteer_signup", "archived")).rejects.toThrow(
      /CHECK constraint/,
    );
  });

  it("indexes submissions by status and creation time for the coordinators' inbox", async () => {
    const index = await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'submissions' AND name = ?",
    )
      .bind("submissions_status_created_at")
      .first();
    expect(index).not.toBeNull();
  });
});
