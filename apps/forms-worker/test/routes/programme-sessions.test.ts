import { env, exports } from "cloudflare:workers";
import {
  PROGRAMME_SESSIONS,
  type ProgrammeSession,
  programmeSessionsAnswerSchema,
} from "@integrationspaten/domain";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { httpErrors } from "../../src/http/errors.js";
import { BASE, SITE_ORIGIN } from "../helpers.js";
import { insertAttendance, insertSession } from "../sessions-fixtures.js";

/*
 * The public list of training sessions against the real D1 (migrations applied by the
 * setup file). Sessions are inserted with SQL as the coordinators' workspace stores them,
 * with attendance rows and anonymised counts beside them that the list must never show.
 * Other test files may store sessions in the same database, so the tests look at their
 * own ids.
 */

const tag = crypto.randomUUID().slice(0, 8);
const ids = {
  talk: `talk-${tag}`,
  workshop: `workshop-${tag}`,
  cancelled: `cancelled-${tag}`,
  earlier: `earlier-${tag}`,
};
const VOLUNTEER = { id: `volunteer-${tag}`, name: `Henrike Anwesend ${tag}` };

const PUBLIC_FIELDS = [
  "cancelled",
  "date",
  "end",
  "id",
  "kind",
  "location",
  "module",
  "sequence",
  "start",
  "title",
  "updatedAt",
];

function get(headers: Record<string, string> = {}, method = "GET"): Promise<Response> {
  return exports.default.fetch(`${BASE}${PROGRAMME_SESSIONS.endpoint}`, { method, headers });
}

/** The sessions of this file, in the order the answer has them. */
async function ownSessions(response: Response): Promise<ProgrammeSession[]> {
  const answer = programmeSessionsAnswerSchema.parse(await response.json());
  const own = new Set(Object.values(ids));
  return answer.sessions.filter((session) => own.has(session.id));
}

beforeAll(async () => {
  await insertSession({
    id: ids.talk,
    title: "Fachvortrag: Ämter und Zuständigkeiten",
    date: "2027-01-19",
    start: "18:00",
    end: "19:30",
    location: "Kreishaus Alzey, Raum 101",
    sequence: 2,
    updatedAt: "2026-11-20T09:15:00.000Z",
    anonymised: { present: 3, excused: 1, absent: 2 },
  });
  await insertSession({
    id: ids.workshop,
    kind: "workshop",
    module: "rolle",
    title: "Workshop: Rolle und Grenzen der Begleitung",
    date: "2027-01-19",
    start: "10:00",
    end: "13:00",
    location: null,
  });
  await insertSession({
    id: ids.cancelled,
    title: "Fachvortrag: Schule und Kita",
    date: "2027-03-16",
    cancelled: true,
    sequence: 1,
  });
  await insertSession({ id: ids.earlier, date: "2026-10-06" });
  await insertAttendance(ids.talk, VOLUNTEER);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe(`GET ${PROGRAMME_SESSIONS.endpoint}`, () => {
  it("answers every session with its public fields, as the contract's schema reads them", async () => {
    const response = await get();

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await ownSessions(response)).toEqual([
      {
        id: ids.earlier,
        kind: "expert_talk",
        module: "behoerden",
        title: "Fachvortrag: Ämter und Zuständigkeiten",
        date: "2026-10-06",
        start: "18:00",
        end: "19:30",
        location: "Kreishaus Alzey",
        cancelled: false,
        sequence: 0,
        updatedAt: "2026-11-20T09:15:00.000Z",
      },
      {
        id: ids.workshop,
        kind: "workshop",
        module: "rolle",
        title: "Workshop: Rolle und Grenzen der Begleitung",
        date: "2027-01-19",
        start: "10:00",
        end: "13:00",
        location: null,
        cancelled: false,
        sequence: 0,
        updatedAt: "2026-11-20T09:15:00.000Z",
      },
      {
        id: ids.talk,
        kind: "expert_talk",
        module: "behoerden",
        title: "Fachvortrag: Ämter und Zuständigkeiten",
        date: "2027-01-19",
        start: "18:00",
        end: "19:30",
        location: "Kreishaus Alzey, Raum 101",
        cancelled: false,
        sequence: 2,
        updatedAt: "2026-11-20T09:15:00.000Z",
      },
      {
        id: ids.cancelled,
        kind: "expert_talk",
        module: "behoerden",
        title: "Fachvortrag: Schule und Kita",
        date: "2027-03-16",
        start: "18:00",
        end: "19:30",
        location: "Kreishaus Alzey",
        cancelled: true,
        sequence: 1,
        updatedAt: "2026-11-20T09:15:00.000Z",
      },
    ]);
  });

  it("lists past, upcoming and cancelled sessions alike, in calendar order", async () => {
    const body = (await (await get()).json()) as { sessions: ProgrammeSession[] };
    const keys = body.sessions.map((s) => `${s.date} ${s.start} ${s.id}`);

    expect(keys).toEqual([...keys].sort());
    expect(body.sessions.length).toBeGreaterThanOrEqual(4);
  });

  it("carries nothing but the public fields: no attendance, no counts, no person", async () => {
    const text = await (await get()).text();
    const body = JSON.parse(text) as { sessions: Record<string, unknown>[] };

    expect(Object.keys(body)).toEqual(["sessions"]);
    for (const session of body.sessions) expect(Object.keys(session).sort()).toEqual(PUBLIC_FIELDS);
    expect(text).not.toContain(VOLUNTEER.id);
    expect(text).not.toContain(VOLUNTEER.name);
    expect(text).not.toMatch(/attendance|anonymised|present|excused|absent|recorded/);
  });

  it("may be kept for five minutes by anyone (it is public programme data)", async () => {
    const response = await get();

    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("shows a change made in the workspace in the very next answer, with its sequence raised", async () => {
    await env.DB.prepare(
      `UPDATE training_sessions SET start_time = '18:30', sequence = sequence + 1,
         updated_at = '2026-11-21T08:00:00.000Z' WHERE id = ?1`,
    )
      .bind(ids.earlier)
      .run();

    const [earlier] = await ownSessions(await get());

    expect(earlier).toMatchObject({
      id: ids.earlier,
      start: "18:30",
      sequence: 1,
      updatedAt: "2026-11-21T08:00:00.000Z",
    });
  });

  it("answers HEAD with the same headers and no body", async () => {
    const response = await get({}, "HEAD");

    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(await response.text()).toBe("");
  });

  it("refuses other methods with 405 and Allow: GET, HEAD, OPTIONS", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const response = await get({ "content-type": "application/json" }, method);

      expect(response.status, method).toBe(405);
      expect(response.headers.get("allow"), method).toBe("GET, HEAD, OPTIONS");
      expect(response.headers.get("cache-control"), method).toBe("no-store");
    }
  });

  it("lets the site's origins read it from a browser, and refuses other origins", async () => {
    const allowed = await get({ origin: SITE_ORIGIN });
    const foreign = await get({ origin: "https://evil.example" });
    const preflight = await get(
      { origin: SITE_ORIGIN, "access-control-request-method": "GET" },
      "OPTIONS",
    );

    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(SITE_ORIGIN);
    expect(allowed.headers.get("vary")).toContain("Origin");
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
    expect(foreign.headers.get("cache-control")).toBe("no-store");
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
  });

  it("answers the catalogued 503 when D1 does not answer, never cached, and logs no detail of it", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: unknown) => {
      lines.push(String(line));
    });
    const target = env as unknown as { DB: unknown };
    const saved = target.DB;
    target.DB = {
      prepare() {
        throw new Error("D1_ERROR: database unavailable (contact ana@example.org)");
      },
    };
    let response: Response;
    try {
      response = await get({ "accept-language": "de" });
    } finally {
      target.DB = saved;
    }

    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("retry-after")).toBe("60");
    expect(await response.json()).toEqual({
      error: {
        code: "sessions_unavailable",
        message: httpErrors.sessions_unavailable.message.de,
      },
    });
    expect(lines.join("\n")).toContain('"event":"sessions.read_failed"');
    expect(lines.join("\n")).not.toContain("ana@example.org");
  });
});
