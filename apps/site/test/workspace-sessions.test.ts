import { createServer } from "node:net";
import { programmeEventSchema } from "@integrationspaten/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { district, readSiteEnvironment } from "../src/config.ts";
import { validateDateFiles } from "../src/lib/programme-files.ts";
import {
  BUILD_FETCH,
  type FetchPolicy,
  fetchProgrammeSessions,
  mergeProgramme,
  SessionsLoadError,
  sessionEvent,
  workspaceEntries,
} from "../src/lib/workspace-sessions.ts";
import { type SessionsServer, session, startSessionsServer } from "./support/sessions-server.ts";

/*
 * The dates loader's half that reads the coordinators' workspace: fetched from a small
 * local HTTP server standing in for the forms worker, validated with the domain's contract,
 * turned into dates of the programme. The build that uses it is tested in
 * workspace-sessions-build.test.ts.
 */

const QUICK: FetchPolicy = { attempts: 3, delayMs: 10, timeoutMs: 2_000 };
const MODULES = district.curriculum.modules.map((m) => m.id);

let server: SessionsServer;
beforeAll(async () => {
  server = await startSessionsServer();
});
afterAll(async () => {
  await server.close();
});

/** The message of the error `promise` rejects with. */
async function failure(promise: Promise<unknown>): Promise<SessionsLoadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SessionsLoadError) return error;
    throw error;
  }
  throw new Error("expected the sessions to fail to load");
}

/** An address nothing listens on. */
async function closedAddress(): Promise<URL> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return new URL(`http://127.0.0.1:${port}/api/programme/sessions`);
}

describe("SESSIONS_URL", () => {
  it("is unset by default: a build then works offline, with the date files only", () => {
    expect(readSiteEnvironment({}).sessionsUrl).toBeUndefined();
    expect(readSiteEnvironment({ SESSIONS_URL: "  " }).sessionsUrl).toBeUndefined();
  });

  it("is not derived from FORMS_WORKER_URL, which builds set for other reasons", () => {
    expect(
      readSiteEnvironment({ FORMS_WORKER_URL: "https://forms.example.org" }).sessionsUrl,
    ).toBeUndefined();
  });

  it("takes an http(s) address and refuses anything else, naming the variable", () => {
    expect(
      readSiteEnvironment({ SESSIONS_URL: "https://forms.example.org/api/programme/sessions" })
        .sessionsUrl?.href,
    ).toBe("https://forms.example.org/api/programme/sessions");
    expect(() => readSiteEnvironment({ SESSIONS_URL: "forms-worker" })).toThrow(/SESSIONS_URL/);
  });
});

describe("fetchProgrammeSessions", () => {
  it("returns the sessions of a valid answer", async () => {
    server.answer({ body: { sessions: [session(), session({ id: "w1", location: null })] } });

    const sessions = await fetchProgrammeSessions(server.url, QUICK);

    expect(sessions.map((s) => [s.id, s.location])).toEqual([
      ["3f2a9c1e-5b7d-4e21-9a0c-7d1e2f3a4b5c", "Kreishaus Alzey, Sitzungssaal"],
      ["w1", null],
    ]);
  });

  it("fails on an invalid answer, naming the address, the session and each field", async () => {
    server.answer({
      body: {
        sessions: [
          session(),
          { ...session({ id: "kaputt" }), date: "2027-02-30", cancelled: "nein" },
          session({ id: "zu-frueh", start: "19:30", end: "18:00" }),
        ],
      },
    });

    const error = await failure(fetchProgrammeSessions(server.url, QUICK));

    expect(error.retryable).toBe(false);
    expect(error.message.split("\n")).toEqual([
      `Die Schulungstermine konnten nicht von ${server.url.href} geladen werden / The training sessions could not be loaded from ${server.url.href}:`,
      "  Die Antwort entspricht nicht dem Vertrag (programmeSessionsAnswerSchema) / The answer does not match the contract:",
      "    sessions.1 (id kaputt) › date: Bitte geben Sie ein gültiges Datum im Format JJJJ-MM-TT an (z. B. 2026-03-17).",
      "    sessions.1 (id kaputt) › cancelled: Bitte geben Sie „true“ (ja) oder „false“ (nein) an.",
      "    sessions.2 (id zu-frueh) › end: Das Ende muss nach dem Beginn liegen.",
      "SESSIONS_URL nennt die Termine des Formular-Workers (…/api/programme/sessions); ohne SESSIONS_URL baut die Website nur mit den Termindateien. / SESSIONS_URL names the forms worker's sessions (…/api/programme/sessions); without it the site builds with the date files only.",
    ]);
  });

  it("fails on an answer that is not the contract's shape at all", async () => {
    server.answer({ body: [session()] });

    const error = await failure(fetchProgrammeSessions(server.url, QUICK));

    expect(error.problem).toContain(
      "(Antwort / answer): Hier wird ein Objekt mit einzelnen Angaben erwartet.",
    );
  });

  it("fails at once on a body that is not JSON", async () => {
    server.answer({ body: "<html>Anmeldung</html>" });
    const before = server.requests.length;

    const error = await failure(fetchProgrammeSessions(server.url, QUICK));

    expect(error.problem).toMatch(/^keine JSON-Antwort \/ not a JSON answer \(/);
    expect(server.requests.length - before).toBe(1);
  });

  it("fails at once on a 404, with the worker's error code (a wrong address is no hiccup)", async () => {
    server.answer({
      status: 404,
      body: { error: { code: "not_found", message: "There is no endpoint at this path." } },
    });
    const before = server.requests.length;

    const error = await failure(fetchProgrammeSessions(server.url, QUICK));

    expect(error.problem).toBe(
      "antwortete mit HTTP 404 / answered HTTP 404 (not_found: There is no endpoint at this path.)",
    );
    expect(server.requests.length - before).toBe(1);
  });

  it("tries a 503 again, and gives up after the policy's attempts", async () => {
    server.answer({
      status: 503,
      body: { error: { code: "sessions_unavailable", message: "Try again in a minute." } },
    });
    const before = server.requests.length;
    const retries: number[] = [];

    const error = await failure(
      fetchProgrammeSessions(server.url, QUICK, (_, attempt) => retries.push(attempt)),
    );

    expect(error.retryable).toBe(true);
    expect(error.message).toContain(server.url.href);
    expect(error.problem).toContain("HTTP 503");
    expect(server.requests.length - before).toBe(3);
    expect(retries).toEqual([1, 2]);
  });

  it("survives a worker that answers only on the third try (it starts after the site)", async () => {
    server.answer(
      { status: 503, body: "starting" },
      { status: 502, body: "starting" },
      { body: { sessions: [session()] } },
    );

    expect(await fetchProgrammeSessions(server.url, QUICK)).toHaveLength(1);
  });

  it("fails on an address nothing answers at, naming it and the reason", async () => {
    const url = await closedAddress();

    const error = await failure(fetchProgrammeSessions(url, { ...QUICK, attempts: 2 }));

    expect(error.retryable).toBe(true);
    expect(error.message.split("\n")[0]).toBe(
      `Die Schulungstermine konnten nicht von ${url.href} geladen werden / The training sessions could not be loaded from ${url.href}:`,
    );
    expect(error.problem).toBe("nicht erreichbar / unreachable (ECONNREFUSED)");
  });

  it("tries a build's fetch three times", () => {
    expect(BUILD_FETCH.attempts).toBe(3);
  });
});

describe("sessionEvent", () => {
  it("makes a single date for trainees and companions, with the German title and the session's place", () => {
    const event = programmeEventSchema.parse(
      sessionEvent({
        id: "3f2a",
        kind: "workshop",
        module: "rolle",
        title: "Workshop: Rolle und Grenzen",
        date: "2027-03-27",
        start: "10:00",
        end: "13:00",
        location: "Café Asyl, Alzey",
        cancelled: false,
        sequence: 4,
        updatedAt: "2026-11-20T09:15:00.000Z",
      }),
    );

    expect(event).toEqual({
      id: "schulung-3f2a",
      kind: "workshop",
      audience: ["trainees", "volunteers"],
      title: { de: "Workshop: Rolle und Grenzen" },
      location: "Café Asyl, Alzey",
      module: "rolle",
      status: "confirmed",
      revision: 0,
      when: { type: "single", date: "2027-03-27", start: "10:00", end: "13:00" },
    });
  });

  it("leaves the place out while the workspace has none (pages say so in their language), and keeps a cancellation", () => {
    const event = sessionEvent(session({ location: null, cancelled: true }));
    expect(event).toMatchObject({ status: "cancelled" });
    expect(event).not.toHaveProperty("location");
  });
});

describe("workspaceEntries", () => {
  const url = "http://127.0.0.1:8787/api/programme/sessions";

  it("keeps the workspace's SEQUENCE with each session and the address it came from", () => {
    const result = workspaceEntries(
      [session({ id: "a", sequence: 3 }), session({ id: "b", sequence: 0 })],
      url,
      MODULES,
    );

    expect(
      result.ok && result.entries.map((e) => [e.event.id, e.sequence, e.source, e.url]),
    ).toEqual([
      ["schulung-a", 3, "workspace", url],
      ["schulung-b", 0, "workspace", url],
    ]);
  });

  it("refuses a module the district's curriculum does not describe, and a session twice", () => {
    const result = workspaceEntries(
      [session({ id: "a", module: "steuern" }), session({ id: "a" })],
      url,
      MODULES,
    );

    expect(result.ok ? [] : result.errors).toEqual([
      `${url} › sessions.1 (id a) › id: Die Kennung „schulung-a“ ist schon an einen anderen Termin vergeben; jede Kennung darf nur einmal vorkommen.`,
    ]);
    const single = workspaceEntries([session({ id: "a", module: "steuern" })], url, MODULES);
    expect(single.ok ? [] : single.errors[0]).toMatch(
      new RegExp(`^${url} › sessions\\.0 \\(id a\\) › module: Das Modul „steuern“ ist im Lehrplan`),
    );
  });
});

describe("mergeProgramme", () => {
  it("refuses a date file whose id a session already has", () => {
    const files = validateDateFiles([
      {
        name: "schulung-a.json",
        text: JSON.stringify({
          id: "schulung-a",
          kind: "meeting",
          title: { de: "Treffen" },
          when: { type: "single", date: "2027-03-02", start: "18:00", end: "19:30" },
        }),
      },
    ]);
    const sessions = workspaceEntries([session({ id: "a" })], "http://w/s");
    if (!files.ok || !sessions.ok) throw new Error("fixtures are valid");

    const merged = mergeProgramme(files.entries, sessions.entries);

    expect(merged.ok ? [] : merged.errors).toEqual([
      "src/content/dates/schulung-a.json › id: Die Kennung „schulung-a“ hat auch ein Schulungstermin aus http://w/s; bitte benennen Sie die Datei um. / The id is also a training session's; rename the file.",
    ]);
  });
});
