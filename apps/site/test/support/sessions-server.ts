import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { PROGRAMME_SESSIONS, type ProgrammeSession } from "@integrationspaten/domain";

/** What the stand-in worker answers next: a status and a body (JSON unless a string). */
export interface Answer {
  status?: number;
  body: unknown;
}

export interface SessionsServer {
  /** The address the site reads (`SESSIONS_URL`). */
  url: URL;
  /** Requests the server got, by path. */
  requests: string[];
  /** Sets the answers of the next requests; the last one stays once the others are used. */
  answer: (...answers: Answer[]) => void;
  close: () => Promise<void>;
}

/**
 * A small local HTTP server standing in for the forms worker's
 * `PROGRAMME_SESSIONS.endpoint`; every other path is a 404, as on the worker.
 */
export async function startSessionsServer(): Promise<SessionsServer> {
  let queue: Answer[] = [{ body: { sessions: [] } }];
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    requests.push(path);
    if (path !== PROGRAMME_SESSIONS.endpoint) {
      response.writeHead(404, { "content-type": "application/json" }).end("{}");
      return;
    }
    const next = (queue.length > 1 ? queue.shift() : queue[0]) ?? { body: { sessions: [] } };
    response.writeHead(next.status ?? 200, {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "public, max-age=300",
    });
    response.end(typeof next.body === "string" ? next.body : JSON.stringify(next.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}${PROGRAMME_SESSIONS.endpoint}`),
    requests,
    answer: (...answers) => {
      queue = answers;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A calendar day `days` from today (UTC is near enough for "past" and "upcoming"). */
export function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A session as the forms worker publishes it. */
export function session(overrides: Partial<ProgrammeSession> = {}): ProgrammeSession {
  return {
    id: "3f2a9c1e-5b7d-4e21-9a0c-7d1e2f3a4b5c",
    kind: "expert_talk",
    module: "behoerden",
    title: "Fachvortrag: Ämter und Zuständigkeiten",
    date: dayFromToday(30),
    start: "18:00",
    end: "19:30",
    location: "Kreishaus Alzey, Sitzungssaal",
    cancelled: false,
    sequence: 0,
    updatedAt: "2026-11-20T09:15:00.000Z",
    ...overrides,
  };
}
