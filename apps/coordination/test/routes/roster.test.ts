import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { as, createCoordinator, profileFrom, storeSignup } from "../helpers.js";

async function auditOf(recordId: string) {
  const { results } = await env.DB.prepare(
    "SELECT actor_id, action, record_type, detail FROM audit_log WHERE record_id = ?1 ORDER BY id",
  )
    .bind(recordId)
    .all<{ actor_id: string; action: string; record_type: string; detail: string | null }>();
  return results;
}

describe("sign-ups into the roster", () => {
  it("accepts a sign-up into a volunteer record, once, and audits it", async () => {
    const coordinator = await createCoordinator("coordinator", ["cafe-asyl"]);
    const request = await as(coordinator);
    const signup = await storeSignup("cafe-asyl");

    const accepted = await request(`/api/signups/${signup.id}/accept`, {
      method: "POST",
      body: { profile: profileFrom(signup.payload) },
    });
    expect(accepted.status).toBe(201);
    const volunteer = await accepted.json<{
      id: string;
      status: string;
      coordinationPoint: string;
      profile: { goodConduct: unknown };
    }>();
    expect(volunteer).toMatchObject({ status: "in_training", coordinationPoint: "cafe-asyl" });
    expect(volunteer.profile.goodConduct).toEqual({ seenOn: "2026-11-20", clear: true });

    const again = await request(`/api/signups/${signup.id}/accept`, {
      method: "POST",
      body: { profile: profileFrom(signup.payload) },
    });
    expect(again.status).toBe(409);
    const { count } = (await env.DB.prepare(
      "SELECT count(*) AS count FROM volunteers WHERE signup_id = ?1",
    )
      .bind(signup.id)
      .first<{ count: number }>()) ?? { count: -1 };
    expect(count).toBe(1);

    expect(await auditOf(signup.id)).toEqual([
      { actor_id: coordinator.id, action: "accept", record_type: "signup", detail: null },
    ]);
    const roster = await (await request("/api/volunteers")).json<{
      volunteers: { id: string; languages: string[] }[];
    }>();
    expect(roster.volunteers.find((v) => v.id === volunteer.id)?.languages).toEqual(["ar", "de"]);
  });

  it("declines a sign-up with a reason from the list, never free text", async () => {
    const coordinator = await createCoordinator("coordinator", ["fid"]);
    const request = await as(coordinator);
    const signup = await storeSignup("fid");

    const free = await request(`/api/signups/${signup.id}/decline`, {
      method: "POST",
      body: { reason: "Frau M. wirkte unzuverlässig" },
    });
    expect(free.status).toBe(422);

    const declined = await request(`/api/signups/${signup.id}/decline`, {
      method: "POST",
      body: { reason: "no_capacity" },
    });
    expect(declined.status).toBe(200);
    const row = await env.DB.prepare(
      "SELECT status, decision, decision_reason FROM submissions WHERE id = ?1",
    )
      .bind(signup.id)
      .first();
    expect(row).toEqual({ status: "closed", decision: "declined", decision_reason: "no_capacity" });
  });

  it("answers an invalid profile with the field and a German message", async () => {
    const request = await as(await createCoordinator("coordinator", ["cafe-asyl"]));
    const signup = await storeSignup("cafe-asyl");
    const response = await request(`/api/signups/${signup.id}/accept`, {
      method: "POST",
      body: { profile: { ...profileFrom(signup.payload), municipalities: ["atlantis"] } },
    });
    expect(response.status).toBe(422);
    const body = await response.json<{
      error: { code: string; issues: { field: string; message: string }[] };
    }>();
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.issues).toEqual([
      { field: "profile.municipalities.0", message: "Bitte wählen Sie einen Ort aus der Liste." },
    ]);
  });

  it("edits, pauses and ends a volunteer, recording only the names of changed fields", async () => {
    const coordinator = await createCoordinator("coordinator", ["cafe-asyl"]);
    const request = await as(coordinator);
    const signup = await storeSignup("cafe-asyl");
    const volunteer = await (
      await request(`/api/signups/${signup.id}/accept`, {
        method: "POST",
        body: { profile: profileFrom(signup.payload) },
      })
    ).json<{ id: string }>();

    const profile = {
      ...profileFrom(signup.payload),
      displayName: "Erika M.",
      categories: ["behoerden"],
    };
    expect(
      (await request(`/api/volunteers/${volunteer.id}/profile`, { method: "PUT", body: profile }))
        .status,
    ).toBe(200);
    expect(
      (
        await request(`/api/volunteers/${volunteer.id}/status`, {
          method: "POST",
          body: { status: "paused" },
        })
      ).status,
    ).toBe(200);
    const ended = await request(`/api/volunteers/${volunteer.id}/status`, {
      method: "POST",
      body: { status: "retired" },
    });
    expect(await ended.json()).toMatchObject({ status: "retired", endedAt: expect.any(String) });

    const entries = await auditOf(volunteer.id);
    expect(entries.map((e) => [e.action, e.detail])).toEqual([
      ["create", JSON.stringify({ status: "in_training" })],
      ["update", JSON.stringify({ fields: "categories,displayName" })],
      ["status", JSON.stringify({ from: "in_training", to: "paused" })],
      ["status", JSON.stringify({ from: "paused", to: "retired" })],
    ]);
    expect(JSON.stringify(entries)).not.toContain("Erika");
  });

  it("erases a volunteer on request: the record goes, the audit log keeps only the id", async () => {
    const coordinator = await createCoordinator("coordinator", ["cafe-asyl"]);
    const request = await as(coordinator);
    const signup = await storeSignup("cafe-asyl");
    const volunteer = await (
      await request(`/api/signups/${signup.id}/accept`, {
        method: "POST",
        body: { profile: profileFrom(signup.payload) },
      })
    ).json<{ id: string }>();

    expect((await request(`/api/volunteers/${volunteer.id}`, { method: "DELETE" })).status).toBe(
      204,
    );
    expect((await request(`/api/volunteers/${volunteer.id}`)).status).toBe(404);
    const left = await env.DB.prepare("SELECT count(*) AS n FROM volunteers WHERE id = ?1")
      .bind(volunteer.id)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
    const signupLeft = await env.DB.prepare("SELECT count(*) AS n FROM submissions WHERE id = ?1")
      .bind(signup.id)
      .first<{ n: number }>();
    expect(signupLeft?.n).toBe(0);
    expect((await auditOf(volunteer.id)).map((e) => e.action)).toEqual(["create", "erase"]);
  });

  it("counts open sign-ups, open help requests and volunteers per status for the start page, without an audit entry", async () => {
    const coordinator = await createCoordinator("coordinator", ["cafe-asyl"]);
    const request = await as(coordinator);
    const before = await (await request("/api/overview")).json<{
      openSignups: number;
      volunteers: Record<string, number>;
    }>();
    const signup = await storeSignup("cafe-asyl");
    await storeSignup("fid");
    const after = await (await request("/api/overview")).json<{
      openSignups: number;
      volunteers: Record<string, number>;
    }>();
    expect(after.openSignups).toBe(before.openSignups + 1);
    await request(`/api/signups/${signup.id}/accept`, {
      method: "POST",
      body: { profile: profileFrom(signup.payload) },
    });
    const accepted = await (await request("/api/overview")).json<{
      openSignups: number;
      volunteers: Record<string, number>;
    }>();
    expect(accepted.openSignups).toBe(before.openSignups);
    expect(accepted.volunteers.in_training).toBe((before.volunteers.in_training ?? 0) + 1);
    const listed = await env.DB.prepare(
      "SELECT count(*) AS n FROM audit_log WHERE actor_id = ?1 AND action = 'list'",
    )
      .bind(coordinator.id)
      .first<{ n: number }>();
    expect(listed?.n).toBe(0);
  });

  it("lists open and answered sign-ups apart, each from the database's own filter", async () => {
    const request = await as(await createCoordinator("coordinator", ["cafe-asyl"]));
    const open = await storeSignup("cafe-asyl");
    const answered = await storeSignup("cafe-asyl");
    await request(`/api/signups/${answered.id}/decline`, {
      method: "POST",
      body: { reason: "duplicate" },
    });
    const ids = async (query: string) =>
      (
        await (
          await request(`/api/signups${query}`)
        ).json<{ signups: { id: string; decidedAt: string | null }[] }>()
      ).signups;
    const openList = await ids("");
    const decidedList = await ids("?status=decided");
    expect(openList.map((s) => s.id)).toContain(open.id);
    expect(openList.map((s) => s.id)).not.toContain(answered.id);
    expect(decidedList.find((s) => s.id === answered.id)?.decidedAt).toEqual(expect.any(String));
    expect(decidedList.map((s) => s.id)).not.toContain(open.id);
  });
});

describe("the roster, page by page", () => {
  /** Volunteers straight into D1 (a paging test needs hundreds, not their sign-ups). */
  async function insertVolunteers(point: string, names: readonly string[]) {
    const now = new Date().toISOString();
    await env.DB.batch(
      names.map((name, i) =>
        env.DB.prepare(
          `INSERT INTO volunteers (id, coordination_point, status, display_name, record, created_at, updated_at)
           VALUES (?1, ?2, 'in_training', ?3, ?4, ?5, ?5)`,
        ).bind(
          `${point}-${name.replaceAll(/\W/g, "")}-${i}`,
          point,
          name,
          JSON.stringify({ displayName: name, languages: [], municipalities: ["alzey"] }),
          now,
        ),
      ),
    );
  }

  type Page = { volunteers: { displayName: string }[]; total: number; next: string | null };

  it("walks 250 volunteers in name order, without gaps or repeats, and counts them", async () => {
    const request = await as(await createCoordinator("coordinator", ["fid"]));
    const names = Array.from(
      { length: 250 },
      (_, i) => `Seitenprobe ${String(i).padStart(3, "0")}`,
    );
    // Inserted shuffled, and two share a name: the id breaks the tie.
    await insertVolunteers("fid", [...names].reverse().concat(["Seitenprobe 100"]));
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const query = new URLSearchParams({ q: "seitenprobe", limit: "100" });
      if (after) query.set("after", after);
      const response = await request(`/api/volunteers?${query}`);
      expect(response.status).toBe(200);
      const page: Page = await response.json();
      expect(page.total).toBe(251);
      seen.push(...page.volunteers.map((v) => v.displayName));
      after = page.next;
      pages++;
    } while (after && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([...names.slice(0, 101), ...names.slice(100)]);
  });

  it("searches names as text: % and _ match only themselves", async () => {
    const request = await as(await createCoordinator("coordinator", ["cafe-asyl"]));
    await insertVolunteers("cafe-asyl", ["Suchprobe 100%", "Suchprobe 1000", "Suchprobe_A"]);
    const names = async (q: string) =>
      (await (await request(`/api/volunteers?q=${encodeURIComponent(q)}`)).json<Page>()).volunteers
        .map((v) => v.displayName)
        .sort();
    expect(await names("suchprobe 100")).toEqual(["Suchprobe 100%", "Suchprobe 1000"]);
    expect(await names("probe 100%")).toEqual(["Suchprobe 100%"]);
    expect(await names("probe_")).toEqual(["Suchprobe_A"]);
  });

  it("refuses a forged cursor and a limit out of range with a clear message", async () => {
    const request = await as(await createCoordinator("coordinator", ["fid"]));
    for (const query of ["after=bm90LWpzb24", "after=%%%", "limit=0", "limit=501", "status=gone"]) {
      const response = await request(`/api/volunteers?${query}`);
      expect(response.status, query).toBe(422);
      const body = await response.json<{ error: { code: string } }>();
      expect(body.error.code).toBe("validation_failed");
    }
  });
});
