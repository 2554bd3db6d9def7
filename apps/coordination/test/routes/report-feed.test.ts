import { env, exports } from "cloudflare:workers";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import {
  answer,
  as,
  certifiedVolunteer,
  createCoordinator,
  ORIGIN,
  offerLink,
  storeHelpRequest,
} from "../helpers.js";

/*
 * The district's report (aggregates only, JSON and CSV) and a volunteer's own calendar
 * feed (their accepted assignments, built with the domain's ./ics, parsed back with
 * ical.js).
 */

async function acceptedCase(point: string) {
  const request = await as(await createCoordinator("coordinator", [point]));
  const helpRequest = await storeHelpRequest(point);
  const volunteer = await certifiedVolunteer(point);
  await request(`/api/cases/${helpRequest.id}/forward`, {
    method: "POST",
    body: { volunteerId: volunteer.id },
  });
  const link = await offerLink(helpRequest.id);
  await answer(link.token, { answer: "accept", assignment: link.assignmentId });
  return { request, helpRequest, volunteer };
}

describe("the report for the district", () => {
  it("counts requests by month, type, municipality, language and outcome, without anyone's data", async () => {
    const { request, helpRequest } = await acceptedCase("fid");
    await request(`/api/cases/${helpRequest.id}/close`, {
      method: "POST",
      body: { outcome: "took_place" },
    });
    const second = await storeHelpRequest("fid");
    await request(`/api/cases/${second.id}/close`, {
      method: "POST",
      body: { outcome: "nobody_found" },
    });
    const year = new Date().getUTCFullYear();

    const report = await (await request(`/api/reports/cases?year=${year}`)).json<{
      points: string[];
      requests: {
        received: number;
        closed: number;
        byMonth: { month: string; received: number; tookPlace: number }[];
        byCategory: { key: string; count: number }[];
        byLanguage: { key: string; count: number }[];
        byOutcome: { key: string; count: number }[];
      };
    }>();
    expect(report.points).toEqual(["fid"]);
    expect(report.requests.received).toBeGreaterThanOrEqual(2);
    expect(report.requests.byOutcome).toEqual(
      expect.arrayContaining([
        { key: "took_place", count: expect.any(Number) },
        { key: "nobody_found", count: expect.any(Number) },
      ]),
    );
    const month = new Date().toISOString().slice(0, 7);
    expect(
      report.requests.byMonth.find((m) => m.month === month)?.tookPlace,
    ).toBeGreaterThanOrEqual(1);
    expect(report.requests.byLanguage.find((l) => l.key === "ar")?.count).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(report)).not.toContain(helpRequest.payload.contactName);

    const csv = await request(`/api/reports/cases.csv?year=${year}`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split("\r\n")[0]).toBe("Bereich;Schlüssel;Bezeichnung;Anzahl");
    expect(text).toContain("Ergebnis;took_place;Hat stattgefunden;");
    expect(text).toContain("Sprache;ar;Arabisch;");
    expect(text).not.toContain(helpRequest.payload.contactName);

    // Another point's coordinator counts only their own.
    const other = await as(await createCoordinator("coordinator", ["kreisverwaltung"]));
    const theirs = await (await other(`/api/reports/cases?year=${year}`)).json<{
      points: string[];
    }>();
    expect(theirs.points).toEqual(["kreisverwaltung"]);
    expect((await other("/api/reports/cases?year=1999")).status).toBe(422);
  });

  it("keeps a case's counts after retention deletes the request", async () => {
    const { request, helpRequest } = await acceptedCase("fid");
    await request(`/api/cases/${helpRequest.id}/close`, {
      method: "POST",
      body: { outcome: "referred" },
    });
    const year = new Date().getUTCFullYear();
    const before = await (await request(`/api/reports/cases?year=${year}`)).json<{
      requests: { byOutcome: { key: string; count: number }[] };
    }>();
    // What the forms worker's daily retention does once closedRequestsDays have passed.
    await env.DB.prepare("DELETE FROM submissions WHERE id = ?1").bind(helpRequest.id).run();
    const after = await (await request(`/api/reports/cases?year=${year}`)).json<typeof before>();
    expect(after.requests.byOutcome).toEqual(before.requests.byOutcome);
    const detail = await (await request(`/api/cases/${helpRequest.id}`)).json<{
      request: unknown;
      history: { event: string }[];
    }>();
    expect(detail.request).toBeNull();
    expect(detail.history.at(-1)?.event).toBe("anonymised");
    const links = await env.DB.prepare(
      "SELECT count(*) AS n FROM volunteer_links l JOIN assignments a ON a.id = l.assignment_id WHERE a.case_id = ?1",
    )
      .bind(helpRequest.id)
      .first<{ n: number }>();
    expect(links?.n).toBe(0);
  });
});

describe("a volunteer's calendar feed", () => {
  it("holds the accepted assignment and the sessions; a new address stops the old one", async () => {
    const { request, helpRequest, volunteer } = await acceptedCase("cafe-asyl");
    await request(`/api/cases/${helpRequest.id}/appointment`, {
      method: "PUT",
      body: { date: "2026-12-10", start: "10:00", end: "11:30", place: "Jobcenter Alzey" },
    });
    await env.DB.prepare(
      `INSERT INTO training_sessions (id, kind, module, title, date, start_time, end_time, location, created_at, updated_at)
       VALUES ('feed-session', 'workshop', 'antraege', 'Workshop Kindergeld', '2026-12-17', '18:00', '20:00', 'Café Asyl', ?1, ?1)`,
    )
      .bind(new Date().toISOString())
      .run();
    expect(await (await request(`/api/volunteers/${volunteer.id}/feed`)).json()).toEqual({
      url: null,
    });
    const { url } = await (
      await request(`/api/volunteers/${volunteer.id}/feed`, { method: "POST" })
    ).json<{ url: string }>();
    expect(url).toMatch(/\/v\/kalender\/[A-Za-z0-9_-]+\.ics$/);
    const feed = (address: string) =>
      exports.default.fetch(new Request(`${ORIGIN}${new URL(address).pathname}`));

    const response = await feed(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    const text = await response.text();
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    const assignment = events.find((e) => e.location === "Jobcenter Alzey");
    expect(assignment?.summary).toBe("Begleitung zu Behörden");
    expect(assignment?.description).toContain("Ihre Begleitung");
    expect(events.find((e) => e.summary === "Workshop Kindergeld")?.location).toBe("Café Asyl");
    expect(assignment?.location).toBe("Jobcenter Alzey");
    // 10:00 in Alzey in December is 09:00 UTC.
    expect(assignment?.startDate.toJSDate().toISOString()).toBe("2026-12-10T09:00:00.000Z");
    expect(text).not.toContain(helpRequest.payload.contactName);

    const rotated = await (
      await request(`/api/volunteers/${volunteer.id}/feed`, { method: "POST" })
    ).json<{ url: string }>();
    expect(rotated.url).not.toBe(url);
    expect((await feed(url)).status).toBe(404);
    expect((await feed(rotated.url)).status).toBe(200);
    expect((await feed(`${ORIGIN}/v/kalender/bm90LWEtZmVlZA.ics`)).status).toBe(404);
  });
});
