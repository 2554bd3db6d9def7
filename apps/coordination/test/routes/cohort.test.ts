import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { as, createCoordinator, createSessions, profileFrom, storeSignup } from "../helpers.js";

/*
 * The cohort view and the evaluations it keeps in D1 (migration 0010): reused while
 * nothing they depend on changed, never shown out of date after attendance or a session
 * changed.
 */

type Entry = {
  volunteerId: string;
  eligible: boolean;
  progress: number;
  missing: string[];
  certificate: { number: string; state: string } | null;
};

describe("the cohort", () => {
  it("keeps evaluations, and drops them when attendance, a session or the language changes", async () => {
    const request = await as(await createCoordinator("coordinator", ["fid"]));
    const accept = async (name: string) => {
      const signup = await storeSignup("fid", { name });
      const response = await request(`/api/signups/${signup.id}/accept`, {
        method: "POST",
        body: { profile: profileFrom(signup.payload) },
      });
      return (await response.json<{ id: string }>()).id;
    };
    const ana = await accept("Ana Musterfrau");
    const ben = await accept("Ben Mustermann");
    const [talk1, talk2, , , workshop1, workshop2] = await createSessions(request, {
      talks: 4,
      workshops: 2,
    });
    // Ana attends every session that has taken place (including other tests' sessions,
    // which count for the rate); Ben two talks.
    const { sessions } = await (await request("/api/sessions")).json<{
      sessions: { id: string; date: string; cancelled: boolean }[];
    }>();
    for (const session of sessions.filter((s) => s.date < "2026-12-01" && !s.cancelled)) {
      const records = [{ volunteerId: ana, status: "present" }];
      if (session.id === talk1 || session.id === talk2)
        records.push({ volunteerId: ben, status: "present" });
      const saved = await request(`/api/sessions/${session.id}/attendance`, {
        method: "PUT",
        body: { records },
      });
      expect(saved.status).toBe(200);
    }
    // Kept evaluations count only once no save can still be under way (a minute).
    await env.DB.prepare("UPDATE attendance SET recorded_at = '2026-01-01T00:00:00.000Z'").run();

    const cohort = async (locale = "de") => {
      const response = await request("/api/certification/cohort", {
        headers: { "accept-language": locale },
      });
      expect(response.status).toBe(200);
      const { groups } = await response.json<{ groups: Record<string, Entry[]> }>();
      return new Map(Object.values(groups).flatMap((g) => g.map((e) => [e.volunteerId, e])));
    };
    const kept = async () =>
      (
        await env.DB.prepare(
          "SELECT volunteer_id, locale, basis, computed_at FROM certification_progress WHERE volunteer_id IN (?1, ?2) ORDER BY volunteer_id, locale",
        )
          .bind(ana, ben)
          .all<{ volunteer_id: string; locale: string; basis: string; computed_at: string }>()
      ).results;

    const first = await cohort();
    expect(first.get(ana)).toMatchObject({ eligible: true, progress: 1, missing: [] });
    expect(first.get(ben)?.eligible).toBe(false);
    expect(first.get(ben)?.missing).toContain("Es fehlen noch 2 Workshops.");
    const rows = await kept();
    expect(rows.map((r) => r.locale)).toEqual(["de", "de"]);

    // Asked again: the same answer, from the kept rows (not computed again).
    expect(await cohort()).toEqual(first);
    expect(await kept()).toEqual(rows);

    // A certificate issued shows on the kept line, with its state.
    const issued = await request(`/api/volunteers/${ana}/certificates`, { method: "POST" });
    expect(issued.status).toBe(201);
    const { number } = await issued.json<{ number: string }>();
    expect((await cohort()).get(ana)).toMatchObject({
      eligible: true,
      certificate: { number, state: "valid" },
    });

    // Ben attends both workshops: his row goes at once (trigger), the answer changes.
    for (const sessionId of [workshop1, workshop2]) {
      await request(`/api/sessions/${sessionId}/attendance`, {
        method: "PUT",
        body: { records: [{ volunteerId: ben, status: "present" }] },
      });
    }
    expect((await kept()).map((r) => r.volunteer_id)).toEqual([ana]);
    const afterWorkshops = await cohort();
    expect(afterWorkshops.get(ben)?.missing).not.toContain("Es fehlen noch 2 Workshops.");
    expect(afterWorkshops.get(ben)?.missing).toContain("Es fehlen noch 2 Fachvorträge.");

    // A cancelled talk changes what counts: Ana's kept evaluation no longer applies.
    const cancelled = await request(`/api/sessions/${talk1}/cancel`, { method: "POST" });
    expect(cancelled.status).toBe(200);
    const afterCancel = await cohort();
    expect(afterCancel.get(ana)).toMatchObject({ eligible: false });
    expect(afterCancel.get(ana)?.missing).toContain("Es fehlt noch 1 Fachvortrag.");
    const anaRow = (await kept()).find((r) => r.volunteer_id === ana);
    expect(anaRow?.basis).not.toBe(rows[0]?.basis);

    // Another language has its own sentences.
    const english = await cohort("en");
    expect(english.get(ana)?.missing).toEqual(["1 more expert talk is needed."]);
    expect((await kept()).filter((r) => r.volunteer_id === ana).map((r) => r.locale)).toEqual([
      "de",
      "en",
    ]);
  });
});

describe("the cohort's groups", () => {
  it("lists everyone eligible or close, and of the others the first 100 with their count", async () => {
    const request = await as(await createCoordinator("coordinator", ["kreisverwaltung"]));
    const now = new Date().toISOString();
    // 150 volunteers without any attendance: all in „others“.
    await env.DB.batch(
      Array.from({ length: 150 }, (_, i) =>
        env.DB.prepare(
          `INSERT INTO volunteers (id, coordination_point, status, display_name, record, created_at, updated_at)
           VALUES (?1, 'kreisverwaltung', 'in_training', ?2, '{}', ?3, ?3)`,
        ).bind(`gruppenprobe-${i}`, `Gruppenprobe ${i}`, now),
      ),
    );
    const response = await request("/api/certification/cohort");
    const cohort = await response.json<{
      groups: Record<"eligible" | "close" | "others", Entry[]>;
      counts: Record<"eligible" | "close" | "others", number>;
    }>();
    expect(cohort.groups.others).toHaveLength(100);
    expect(cohort.counts.others).toBeGreaterThanOrEqual(150);
    expect(cohort.groups.eligible).toHaveLength(cohort.counts.eligible);
    expect(cohort.groups.close).toHaveLength(cohort.counts.close);
    const progress = cohort.groups.others.map((e) => e.progress);
    expect(progress).toEqual([...progress].sort((a, b) => b - a));
    // The second answer is read from the kept evaluations, grouped and cut in SQL: the same.
    const again = await (await request("/api/certification/cohort")).json();
    expect(again).toEqual(cohort);
  });
});
