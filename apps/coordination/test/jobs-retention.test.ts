import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { workspaceDistrict } from "../src/shared/district.js";
import { RETENTION_ACTOR, runRetention } from "../src/worker/jobs/retention.js";
import { as, createCoordinator, profileFrom, storeSignup } from "./helpers.js";

const DAY = 24 * 60 * 60 * 1000;

describe("the daily retention run", () => {
  it("erases volunteers a year after they left, keeps those who stay, and trims the audit log", async () => {
    const { district } = workspaceDistrict();
    const request = await as(await createCoordinator("coordinator", ["fid"]));
    const accept = async () => {
      const signup = await storeSignup("fid");
      const response = await request(`/api/signups/${signup.id}/accept`, {
        method: "POST",
        body: { profile: profileFrom(signup.payload) },
      });
      return { signup, volunteer: await response.json<{ id: string }>() };
    };
    const leaving = await accept();
    const staying = await accept();
    await request(`/api/volunteers/${leaving.volunteer.id}/status`, {
      method: "POST",
      body: { status: "retired" },
    });

    // The day before the period ends nothing goes; the day after, the former volunteer does.
    const left = Date.now();
    const early = await runRetention(
      env.DB,
      district,
      new Date(left + (district.retention.formerVolunteersDays - 1) * DAY),
    );
    expect(early.erasedVolunteers).toBe(0);
    const due = new Date(left + (district.retention.formerVolunteersDays + 1) * DAY);
    const run = await runRetention(env.DB, district, due);
    expect(run.erasedVolunteers).toBe(1);
    // Answered sign-ups went half a year after the answer (in the first run already).
    expect(early.deletedSignups + run.deletedSignups).toBeGreaterThanOrEqual(2);

    const ids = await env.DB.prepare("SELECT id FROM volunteers WHERE id IN (?1, ?2)")
      .bind(leaving.volunteer.id, staying.volunteer.id)
      .all<{ id: string }>();
    expect(ids.results.map((r) => r.id)).toEqual([staying.volunteer.id]);
    const signups = await env.DB.prepare(
      "SELECT count(*) AS n FROM submissions WHERE id IN (?1, ?2)",
    )
      .bind(leaving.signup.id, staying.signup.id)
      .first<{ n: number }>();
    expect(signups?.n).toBe(0);

    const erased = await env.DB.prepare(
      "SELECT actor_id, action FROM audit_log WHERE record_id = ?1 ORDER BY id DESC LIMIT 1",
    )
      .bind(leaving.volunteer.id)
      .first();
    expect(erased).toEqual({ actor_id: RETENTION_ACTOR, action: "erase" });

    // Two years on, the audit log of today is gone too.
    const later = await runRetention(
      env.DB,
      district,
      new Date(left + (district.retention.auditLogDays + 1) * DAY),
    );
    expect(later.purgedAuditEntries).toBeGreaterThan(0);
    const rest = await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE at < ?1")
      .bind(new Date(left + DAY).toISOString())
      .first<{ n: number }>();
    expect(rest?.n).toBe(0);
  });
});
