import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  answer,
  as,
  certifiedVolunteer,
  createCoordinator,
  linkPage,
  offerLink,
  storeHelpRequest,
} from "../helpers.js";

/*
 * Help requests as cases, through the API and the volunteers' public pages: every help
 * request is a case, the domain ranks the volunteers, forwarding sends one answer link,
 * the volunteer accepts or declines once, expiry and erasure hand the case back, closing
 * records the outcome. Links that are forged, expired, used or outdated change nothing.
 */

type Detail = {
  id: string;
  state: string;
  outcome: string | null;
  volunteer: { id: string } | null;
  assignments: { id: string; state: string; declineReason: string | null }[];
  history: { event: string; actorType: string; actorName: string | null }[];
};

async function setUp() {
  const coordinator = await createCoordinator("coordinator", ["cafe-asyl"]);
  const request = await as(coordinator);
  const helpRequest = await storeHelpRequest("cafe-asyl");
  const first = await certifiedVolunteer("cafe-asyl", { name: "Amira Musterfrau" });
  const second = await certifiedVolunteer("cafe-asyl", { name: "Bilal Mustermann" });
  const detail = async () =>
    (await (await request(`/api/cases/${helpRequest.id}`)).json()) as Detail;
  return { coordinator, request, helpRequest, first, second, detail };
}

describe("help requests as cases", () => {
  it("opens a case for every stored help request and lists it in the inbox", async () => {
    const { request, helpRequest } = await setUp();
    const inbox = await (await request("/api/cases")).json<{
      cases: { id: string; state: string; languages: string[]; locale: string }[];
    }>();
    expect(inbox.cases.find((c) => c.id === helpRequest.id)).toMatchObject({
      state: "open",
      languages: ["ar"],
      locale: "ar",
    });
    const filtered = await (await request("/api/cases?category=schule")).json<{
      cases: { id: string }[];
    }>();
    expect(filtered.cases.map((c) => c.id)).not.toContain(helpRequest.id);
    const byLanguage = await (await request("/api/cases?language=ar")).json<{
      cases: { id: string }[];
    }>();
    expect(byLanguage.cases.map((c) => c.id)).toContain(helpRequest.id);
  });

  it("ranks, forwards, and lets the volunteer accept once; the requester's contact only then", async () => {
    const { request, helpRequest, first, detail } = await setUp();
    const matching = await (await request(`/api/cases/${helpRequest.id}/matching`)).json<{
      step: string;
      candidates: { volunteerId: string; reasons: string[] }[];
      next: string | null;
    }>();
    expect(matching.step).toBe("shared_language");
    const candidate = matching.candidates.find((m) => m.volunteerId === first.id);
    expect(candidate?.reasons.join(" ")).toContain("Arabisch");

    const forwarded = await request(`/api/cases/${helpRequest.id}/forward`, {
      method: "POST",
      body: { volunteerId: first.id },
    });
    expect(forwarded.status).toBe(200);
    expect((await forwarded.json<Detail>()).state).toBe("offered");

    const link = await offerLink(helpRequest.id);
    const offerPage = await linkPage(link.token);
    expect(offerPage.status).toBe(200);
    const offerHtml = await offerPage.text();
    expect(offerHtml).toContain("Können Sie diese Begleitung übernehmen?");
    // Before accepting: what the request is about, nothing that reaches the requester.
    expect(offerHtml).not.toContain(helpRequest.payload.contactName);
    expect(offerHtml).not.toContain(helpRequest.payload.contactEmail);
    // Opening the link changed nothing.
    expect((await detail()).state).toBe("offered");

    const accepted = await answer(link.token, { answer: "accept", assignment: link.assignmentId });
    expect(accepted.status).toBe(200);
    const acceptedHtml = await accepted.text();
    expect(acceptedHtml).toContain(helpRequest.payload.contactName);
    expect(acceptedHtml).toContain(helpRequest.payload.contactEmail);

    const after = await detail();
    expect(after.state).toBe("accepted");
    expect(after.volunteer?.id).toBe(first.id);
    expect(after.history.map((e) => e.event)).toEqual(["opened", "forwarded", "accepted"]);
    expect(after.history[2]).toMatchObject({
      actorType: "volunteer",
      actorName: "Amira Musterfrau",
    });

    // The same link again: a clear page, nothing changes.
    const again = await answer(link.token, { answer: "decline", assignment: link.assignmentId });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Sie haben schon geantwortet");
    expect((await detail()).state).toBe("accepted");
    const reopened = await linkPage(link.token, "?lang=en");
    expect(await reopened.text()).toContain("You have already answered");
    const submission = await env.DB.prepare("SELECT status FROM submissions WHERE id = ?1")
      .bind(helpRequest.id)
      .first<{ status: string }>();
    expect(submission?.status).toBe("forwarded");
  });

  it("returns a declined case with the next candidate suggested", async () => {
    const { request, helpRequest, first, second, detail } = await setUp();
    await request(`/api/cases/${helpRequest.id}/forward`, {
      method: "POST",
      body: { volunteerId: first.id },
    });
    const busy = await request(`/api/cases/${helpRequest.id}/forward`, {
      method: "POST",
      body: { volunteerId: second.id },
    });
    expect(busy.status).toBe(409);
    expect((await busy.json<{ error: { code: string } }>()).error.code).toBe("case_offered");

    const link = await offerLink(helpRequest.id);
    const declined = await answer(link.token, {
      answer: "decline",
      assignment: link.assignmentId,
      reason: "no_time",
    });
    expect(declined.status).toBe(200);
    const after = await detail();
    expect(after.state).toBe("open");
    expect(after.assignments[0]).toMatchObject({ state: "declined", declineReason: "no_time" });
    const matching = await (await request(`/api/cases/${helpRequest.id}/matching`)).json<{
      candidates: { volunteerId: string; askedBefore: boolean }[];
      next: string | null;
    }>();
    expect(matching.candidates.find((m) => m.volunteerId === first.id)?.askedBefore).toBe(true);
    expect(matching.next).not.toBe(first.id);
    expect(matching.next).not.toBeNull();
    // The inbox shows it as come back, before the ones nobody has been asked for yet.
    await storeHelpRequest("cafe-asyl");
    const inbox = await (await request("/api/cases?state=open")).json<{
      cases: { id: string; returned: boolean; urgent: boolean }[];
    }>();
    const mine = inbox.cases.find((c) => c.id === helpRequest.id);
    expect(mine?.returned).toBe(true);
    const firstNotUrgent = inbox.cases.findIndex((c) => !c.urgent);
    expect(inbox.cases[firstNotUrgent]?.returned).toBe(true);
  });

  it("answers forged, expired and outdated links with a clear page and changes nothing", async () => {
    const { request, helpRequest, first, detail } = await setUp();
    await request(`/api/cases/${helpRequest.id}/forward`, {
      method: "POST",
      body: { volunteerId: first.id },
    });
    const link = await offerLink(helpRequest.id);

    // Forged: one character changed, or made up.
    const flipped = `${link.token.slice(0, -1)}${link.token.endsWith("A") ? "B" : "A"}`;
    for (const token of [flipped, "bm90LWEtdG9rZW4", "x".repeat(300)]) {
      const page = await linkPage(token);
      expect(page.status).toBe(404);
      expect(await page.text()).toContain("Dieser Link ist ungültig");
      expect(
        (await answer(token, { answer: "accept", assignment: link.assignmentId })).status,
      ).toBe(404);
    }
    // Outdated: the form names another assignment (a page of an earlier offer).
    const stale = await answer(link.token, { answer: "accept", assignment: "another" });
    expect(stale.status).toBe(409);
    // From another site: refused.
    const cross = await answer(
      link.token,
      { answer: "accept", assignment: link.assignmentId },
      { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
    );
    expect(cross.status).toBe(403);
    expect((await detail()).state).toBe("offered");

    // Expired: the time ran out (the hourly job has not run yet).
    await env.DB.prepare(
      "UPDATE volunteer_links SET expires_at = '2026-01-01T00:00:00.000Z' WHERE id = ?1",
    )
      .bind(link.linkId)
      .run();
    await env.DB.prepare(
      "UPDATE assignments SET expires_at = '2026-01-01T00:00:00.000Z' WHERE id = ?1",
    )
      .bind(link.assignmentId)
      .run();
    const expired = await answer(link.token, { answer: "accept", assignment: link.assignmentId });
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("Dieser Link ist abgelaufen");
    expect((await detail()).state).toBe("offered");

    // The job hands the case back.
    const { expireOffers } = await import("../../src/worker/storage/cases.js");
    expect(await expireOffers(env.DB, new Date())).toContain(helpRequest.id);
    const after = await detail();
    expect(after.state).toBe("open");
    expect(after.history.at(-1)).toMatchObject({ event: "expired", actorType: "system" });
  });

  it("closes with an outcome, reopens, and hands a case back when its volunteer is erased", async () => {
    const { request, helpRequest, first, detail } = await setUp();
    await request(`/api/cases/${helpRequest.id}/forward`, {
      method: "POST",
      body: { volunteerId: first.id },
    });
    const link = await offerLink(helpRequest.id);
    await answer(link.token, { answer: "accept", assignment: link.assignmentId });

    const closed = await request(`/api/cases/${helpRequest.id}/close`, {
      method: "POST",
      body: { outcome: "took_place" },
    });
    expect(await closed.json()).toMatchObject({ state: "closed", outcome: "took_place" });
    const submission = await env.DB.prepare(
      "SELECT status, closed_at FROM submissions WHERE id = ?1",
    )
      .bind(helpRequest.id)
      .first<{ status: string; closed_at: string | null }>();
    expect(submission?.status).toBe("closed");
    expect(submission?.closed_at).not.toBeNull();

    const reopened = await request(`/api/cases/${helpRequest.id}/reopen`, { method: "POST" });
    expect(await reopened.json()).toMatchObject({ state: "accepted", outcome: null });

    // The volunteer asks to be erased: the case is not left with nobody.
    expect((await request(`/api/volunteers/${first.id}`, { method: "DELETE" })).status).toBe(204);
    const after = await detail();
    expect(after.state).toBe("open");
    expect(after.assignments[0]).toMatchObject({ state: "released" });
    expect(after.history.map((e) => e.event)).toContain("released");
  });

  it("keeps another point's cases out of sight", async () => {
    const { helpRequest } = await setUp();
    const other = await as(await createCoordinator("coordinator", ["fid"]));
    expect((await other(`/api/cases/${helpRequest.id}`)).status).toBe(404);
    const inbox = await (await other("/api/cases")).json<{ cases: { id: string }[] }>();
    expect(inbox.cases.map((c) => c.id)).not.toContain(helpRequest.id);
  });
});

describe("the follow-up after the appointment", () => {
  it("asks once after the day, takes one answer, and asks again after a new appointment", async () => {
    const { sendFollowUps } = await import("../../src/worker/cases/follow-up.js");
    const { readConfig } = await import("../../src/worker/config.js");
    const { tokenOf } = await import("../../src/worker/cases/link-token.js");
    const { inject } = await import("vitest");
    const config = readConfig(env as unknown as Record<string, unknown>);
    if (!config.ok) throw new Error(config.problems.join("; "));
    const { request, helpRequest, first, detail } = await setUp();
    await request(`/api/cases/${helpRequest.id}/forward`, {
      method: "POST",
      body: { volunteerId: first.id },
    });
    const link = await offerLink(helpRequest.id);
    await answer(link.token, { answer: "accept", assignment: link.assignmentId });
    await request(`/api/cases/${helpRequest.id}/appointment`, {
      method: "PUT",
      body: { date: "2026-11-20", start: "10:00", end: "11:00", place: "Jobcenter Alzey" },
    });

    const now = new Date("2026-11-21T08:00:00Z");
    expect(await sendFollowUps(env, config.config, now)).toBeGreaterThanOrEqual(1);
    const row = await env.DB.prepare(
      `SELECT l.id FROM volunteer_links l WHERE l.assignment_id = ?1 AND l.purpose = 'follow_up'`,
    )
      .bind(link.assignmentId)
      .first<{ id: string }>();
    if (!row) throw new Error("no follow-up link");
    const token = await tokenOf(inject("linkSecret"), "follow_up", row.id);
    // Asked once: a second run sends nothing more for this assignment.
    await sendFollowUps(env, config.config, now);
    const links = await env.DB.prepare(
      "SELECT count(*) AS n FROM volunteer_links WHERE assignment_id = ?1 AND purpose = 'follow_up'",
    )
      .bind(link.assignmentId)
      .first<{ n: number }>();
    expect(links?.n).toBe(1);

    // The answer link of the offer does not open the follow-up page, nor the other way.
    expect((await linkPage(`r/${link.token}`)).status).toBe(404);
    expect((await linkPage(token)).status).toBe(404);
    const page = await linkPage(`r/${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Hat der Termin stattgefunden?");
    const answered = await answer(`r/${token}`, {
      answer: "postponed",
      assignment: link.assignmentId,
    });
    expect(answered.status).toBe(200);
    expect(await answered.text()).toContain("Vielen Dank für Ihre Rückmeldung!");
    const again = await answer(`r/${token}`, { answer: "yes", assignment: link.assignmentId });
    expect(again.status).toBe(409);
    const after = await detail();
    expect(after.assignments[0]).toMatchObject({ state: "accepted" });
    expect(after.history.at(-1)).toMatchObject({ event: "follow_up", actorType: "volunteer" });
    const followUp = await env.DB.prepare("SELECT follow_up FROM assignments WHERE id = ?1")
      .bind(link.assignmentId)
      .first<{ follow_up: string }>();
    expect(followUp?.follow_up).toBe("postponed");

    // Postponed: the new appointment is asked about again once it has passed.
    await request(`/api/cases/${helpRequest.id}/appointment`, {
      method: "PUT",
      body: { date: "2026-11-27", start: "10:00", end: "11:00" },
    });
    await sendFollowUps(env, config.config, new Date("2026-11-28T08:00:00Z"));
    const asked = await env.DB.prepare(
      "SELECT count(*) AS n FROM volunteer_links WHERE assignment_id = ?1 AND purpose = 'follow_up'",
    )
      .bind(link.assignmentId)
      .first<{ n: number }>();
    expect(asked?.n).toBe(2);
  });
});
