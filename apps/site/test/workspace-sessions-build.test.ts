import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PROGRAMME_SESSIONS } from "@integrationspaten/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { district } from "../src/config.ts";
import { PUBLISHED_CALENDAR_FILE } from "../src/lib/calendar-sequences.ts";
import { NO_SESSIONS_MESSAGE } from "../src/lib/workspace-sessions.ts";
import {
  dayFromToday,
  type SessionsServer,
  session,
  startSessionsServer,
} from "./support/sessions-server.ts";

/*
 * The site built against a small local HTTP server that stands in for the forms worker:
 * the workspace's sessions reach /termine/, /en/dates/ and every calendar file and feed,
 * with UIDs from the session ids and the workspace's SEQUENCE, and stay out of the
 * committed calendar state. A bad answer fails the build. Each build goes to its own
 * temporary folder (`--outDir`) with CI set, so dist/ and the state file stay as they are.
 */

const SITE = fileURLToPath(new URL("..", import.meta.url));
const ASTRO = join(SITE, "node_modules", ".bin", "astro");

interface Run {
  code: number | null;
  output: string;
}

/**
 * Runs the Astro CLI as `pnpm build` does. Vitest's own variables stay behind: with
 * `NODE_ENV=test` Astro builds like its dev server (and reads the content twice).
 */
function astro(args: string[], env: Record<string, string>): Promise<Run> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => name !== "NODE_ENV" && !name.startsWith("VITEST"),
    ),
  );
  return new Promise((resolve, reject) => {
    const child = spawn(ASTRO, args, {
      cwd: SITE,
      env: { ...inherited, CI: "true", ASTRO_TELEMETRY_DISABLED: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

const talk = session({
  id: "7c0e4a52-2b1d-4f7a-9a55-0d7f3c1b2e10",
  title: "Fachvortrag: Ämter und Zuständigkeiten",
  date: dayFromToday(20),
  location: "Kreishaus Alzey, Sitzungssaal",
  sequence: 2,
});
const workshop = session({
  id: "workshop-rolle-1",
  kind: "workshop",
  module: "rolle",
  title: "Workshop: Rolle und Grenzen der Begleitung",
  date: dayFromToday(34),
  start: "10:00",
  end: "13:00",
  location: null,
  sequence: 0,
});
const cancelled = session({
  id: "gesundheit-abgesagt",
  module: "gesundheit",
  title: "Fachvortrag: Arztbesuche begleiten",
  date: dayFromToday(48),
  cancelled: true,
  sequence: 5,
});
const past = session({ id: "frueher-1", date: dayFromToday(-30), sequence: 1 });
const SESSIONS = [past, talk, workshop, cancelled];

/** How many dates the site keeps as files (meetings, the ceremony). */
const FILES = readdirSync(join(SITE, "src", "content", "dates")).filter((f) =>
  f.endsWith(".json"),
).length;

const uid = (id: string) => `UID:schulung-${id}@${district.domain}`;

/** The VEVENTs of a calendar file by UID (unfolded), as `NAME:value` lines. */
function vevents(text: string): Map<string, string[]> {
  const events = new Map<string, string[]>();
  for (const block of text.replace(/\r\n /g, "").split("BEGIN:VEVENT").slice(1)) {
    const lines = block.split("\r\n").filter(Boolean);
    const id = lines.find((line) => line.startsWith("UID:"))?.slice(4) ?? "";
    events.set(id, lines);
  }
  return events;
}

let server: SessionsServer;
let out: string;
let built: Run;
let stateBefore: string;
const read = (path: string) => readFileSync(join(out, path), "utf8");

beforeAll(async () => {
  server = await startSessionsServer();
  out = mkdtempSync(join(tmpdir(), "site-sessions-"));
  stateBefore = readFileSync(join(SITE, PUBLISHED_CALENDAR_FILE), "utf8");
  server.answer({ body: { sessions: SESSIONS } });
  built = await astro(["build", "--outDir", out], { SESSIONS_URL: server.url.href });
});

afterAll(async () => {
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("a build with SESSIONS_URL", () => {
  it("succeeds, reads the endpoint once and says how many sessions it loaded from where", () => {
    expect(built.code, built.output).toBe(0);
    expect(server.requests.filter((p) => p === PROGRAMME_SESSIONS.endpoint)).toHaveLength(1);
    expect(built.output).toContain(`4 training sessions loaded from ${server.url.href}.`);
    expect(built.output).toContain(`(${FILES} from files, 4 from the workspace)`);
  });

  it("shows the upcoming sessions on /termine/ and the past one among the past dates", () => {
    const html = read("termine/index.html");
    const upcoming = html.slice(0, html.indexOf('id="past-heading"'));
    const pastPart = html.slice(html.indexOf('id="past-heading"'));

    for (const s of [talk, workshop, cancelled]) {
      expect(upcoming).toContain(`id="schulung-${s.id}"`);
      expect(upcoming).toContain(`>${s.title}</h4>`);
      expect(upcoming).toContain(`href="/termine/schulung-${s.id}.ics"`);
    }
    expect(pastPart).toContain(`id="schulung-${past.id}"`);
    // The next date is the first upcoming session.
    expect(html).toMatch(
      new RegExp(`<article class="event event--next[^"]*" id="schulung-${talk.id}"`),
    );
  });

  it("shows the place, or that it will be announced, and a cancellation as the site does", () => {
    const html = read("termine/index.html");
    const article = (id: string) =>
      new RegExp(`<article class="event[^"]*" id="schulung-${id}"[\\s\\S]*?</article>`).exec(
        html,
      )?.[0] ?? "";

    expect(article(talk.id)).toContain('<dd lang="de">Kreishaus Alzey, Sitzungssaal</dd>');
    expect(article(workshop.id)).toContain("<dd>Ort wird noch bekannt gegeben</dd>");
    expect(article(workshop.id)).toContain("Workshop</span>");
    expect(article(cancelled.id)).toMatch(/class="event event--cancelled"/);
    expect(article(cancelled.id)).toContain('<span class="badge badge--strong">Abgesagt</span>');
    expect(article(talk.id)).toContain(
      "Teilnehmende der Schulung, Integrationspatinnen und -paten",
    );
  });

  it("marks the German titles as German on the English dates page", () => {
    const html = read("en/dates/index.html");

    for (const s of SESSIONS) {
      expect(html).toContain(`id="schulung-${s.id}-title" lang="de">${s.title}</`);
    }
    expect(html).toContain('<span class="badge badge--strong">Cancelled</span>');
    // Pages say in their own language that the place will be announced.
    expect(html).toContain("<dd>Place to be announced</dd>");
    expect(html).not.toContain("Ort wird noch bekannt gegeben");
  });

  it("writes each session into the feeds with a UID from its id, the workspace's SEQUENCE and its status", () => {
    for (const feed of ["termine.ics", "en/dates.ics"]) {
      const events = vevents(read(feed));
      for (const s of SESSIONS) {
        const lines = events.get(uid(s.id).slice(4)) ?? [];
        expect(lines, `${feed}: ${s.id}`).toContain(`SEQUENCE:${s.sequence}`);
        expect(lines, `${feed}: ${s.id}`).toContain(
          s.cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED",
        );
      }
    }
    const german = vevents(read("termine.ics"));
    expect(german.get(uid(cancelled.id).slice(4))).toContain(
      `SUMMARY:Abgesagt: ${cancelled.title}`,
    );
    expect(
      (german.get(uid(workshop.id).slice(4)) ?? []).some((line) => line.startsWith("LOCATION")),
    ).toBe(false);
    // The German title with the German prefix in the English feed too (the title's language).
    expect(vevents(read("en/dates.ics")).get(uid(cancelled.id).slice(4))).toContain(
      `SUMMARY:Abgesagt: ${cancelled.title}`,
    );
  });

  it("writes one calendar file per session, past ones too, with the same UID and SEQUENCE", () => {
    for (const s of SESSIONS) {
      const file = `termine/schulung-${s.id}.ics`;
      expect(existsSync(join(out, file)), file).toBe(true);
      const text = read(file).replace(/\r\n /g, "");
      expect(text).toContain(`${uid(s.id)}\r\n`);
      expect(text).toContain(`\r\nSEQUENCE:${s.sequence}\r\n`);
      expect(text).toContain(s.cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
    }
  });

  it("puts the sessions into the trainees' and the companions' feeds, not the public one", () => {
    const uids = (feed: string) => [...vevents(read(`termine/zielgruppe/${feed}.ics`)).keys()];
    const sessionUids = SESSIONS.map((s) => uid(s.id).slice(4));

    expect(uids("teilnehmende")).toEqual(expect.arrayContaining(sessionUids));
    expect(uids("patinnen-und-paten")).toEqual(expect.arrayContaining(sessionUids));
    expect(uids("oeffentlich").filter((u) => u.startsWith("schulung-"))).toEqual([]);
  });

  it("keeps the sessions out of the committed calendar state, so CI's staleness check is unaffected", () => {
    expect(readFileSync(join(SITE, PUBLISHED_CALENDAR_FILE), "utf8")).toBe(stateBefore);
    expect(stateBefore).not.toContain("schulung-");
    expect(built.output).not.toMatch(/calendar-published\.json (ist veraltet|is stale)/);
  });

  it("serves every session's calendar file as text/calendar (the _headers file)", () => {
    const headers = read("_headers");
    for (const s of SESSIONS) {
      expect(headers).toContain(
        `/termine/schulung-${s.id}.ics\n  Content-Type: text/calendar; charset=utf-8`,
      );
    }
  });
});

describe("a build whose SESSIONS_URL answers", () => {
  it("something invalid fails, naming the address, the session and the field", async () => {
    server.answer({
      body: {
        sessions: [talk, { ...workshop, date: "2027-02-30" }, { ...cancelled, sequence: -1 }],
      },
    });
    const dir = mkdtempSync(join(tmpdir(), "site-sessions-invalid-"));
    try {
      const run = await astro(["build", "--outDir", dir], { SESSIONS_URL: server.url.href });

      expect(run.code).not.toBe(0);
      expect(run.output).toContain(
        `Die Schulungstermine konnten nicht von ${server.url.href} geladen werden / The training sessions could not be loaded from ${server.url.href}:`,
      );
      expect(run.output).toContain(
        `sessions.1 (id ${workshop.id}) › date: Bitte geben Sie ein gültiges Datum im Format JJJJ-MM-TT an (z. B. 2026-03-17).`,
      );
      expect(run.output).toContain(
        `sessions.2 (id ${cancelled.id}) › sequence: Der Wert muss mindestens 0 sein.`,
      );
      expect(existsSync(join(dir, "termine", "index.html"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a build without SESSIONS_URL", () => {
  it("loads the date files only and says that it loaded no workspace sessions", async () => {
    const before = server.requests.length;
    const run = await astro(["sync"], { SESSIONS_URL: "" });

    expect(run.code, run.output).toBe(0);
    expect(run.output.replace(/\s+/g, " ")).toContain(NO_SESSIONS_MESSAGE);
    expect(run.output).toContain(`(${FILES} from files, 0 from the workspace)`);
    expect(server.requests.length).toBe(before);
  });
});
