// Benchmark of the coordinators' workspace under `wrangler dev` (workerd + local D1):
// the first-load JavaScript of the app (gzip), and p50/p99 of the roster, session,
// attendance and certification endpoints at the size of a large programme — 5,000
// volunteers, 500 sessions, 100,000 attendance rows, one help request ranked against all
// volunteers — generated with a fixed seed into a
// temporary --persist-to directory. `GET /api/me` is the floor every request pays here
// (sign-in check, one D1 read, wrangler dev's proxy); the roster is read in pages of 100,
// the cohort from its kept evaluations, with the first request after a change (which
// evaluates everyone) printed on its own lines. Requests go one at a time over loopback, signed in
// through the development sign-in (the Worker runs with ENVIRONMENT=development for
// this). Figures are printed, never asserted.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { freePort, machineLine, random, stopProcessGroup } from "./_lib.mjs";

const appDir = fileURLToPath(new URL("../apps/coordination/", import.meta.url));
const wrangler = join(appDir, "node_modules", ".bin", "wrangler");
const env = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_SEND_METRICS: "false",
  CI: "true",
};
const SIZE = { volunteers: 5000, sessions: 500, attendance: 100_000 };

/** First-load assets of the built app: what index.html references, gzip-compressed. */
function firstLoad() {
  const dist = join(appDir, "dist", "client");
  if (!existsSync(join(dist, "index.html"))) {
    spawnSync(join(appDir, "node_modules", ".bin", "vite"), ["build"], {
      cwd: appDir,
      env,
      stdio: "inherit",
    });
  }
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  const size = (ext) =>
    files
      .filter((file) => file.endsWith(ext))
      .reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
  return { js: size(".js"), css: size(".css"), files: files.length };
}

const POINTS = ["kreisverwaltung", "cafe-asyl", "fid"];
const MUNICIPALITIES = ["alzey", "alzey-land", "eich", "monsheim", "wonnegau", "woerrstadt"];
const CATEGORIES = ["behoerden", "jobcenter", "antraege", "schule", "arzt", "alltag"];
const LANGUAGES = ["ar", "tr", "fa", "prs", "uk", "ru", "ps", "ti", "en", "fr"];
const MODULES = ["behoerden", "antraege", "schule", "gesundheit", "alltag", "rolle"];

/** The generated data as SQL: inserts of 100 rows each (D1 caps a statement at 100 KB). */
function seedSql() {
  const next = random(20261201);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const quote = (text) => `'${String(text).replaceAll("'", "''")}'`;
  const now = "2026-11-30T12:00:00Z";
  const chunks = [];
  const insert = (head, rows) => {
    for (let i = 0; i < rows.length; i += 100)
      chunks.push(`${head} VALUES ${rows.slice(i, i + 100).join(",\n")};`);
  };
  chunks.push(
    `INSERT INTO coordinators (id, email, display_name, role, active, created_at, updated_at) VALUES ('bench-admin', 'bench@bench.example', 'Bench Administrator', 'administrator', 1, '${now}', '${now}');`,
  );
  const volunteers = [];
  for (let i = 0; i < SIZE.volunteers; i++) {
    const profile = {
      displayName: `Person Mustermann ${i}`,
      languages: [
        { language: pick(LANGUAGES), level: "native" },
        { language: "de", level: pick(["fluent", "basic"]) },
      ],
      municipalities: [pick(MUNICIPALITIES)],
      categories: [pick(CATEGORIES), pick(CATEGORIES)].filter((v, j, a) => a.indexOf(v) === j),
      availability: [{ weekday: 1 + (i % 5), from: "09:00", to: "13:00" }],
      contact: { email: `person${i}@bench.example` },
    };
    volunteers.push(
      `(${quote(`v${i}`)}, ${quote(POINTS[i % 3])}, ${quote(pick(["in_training", "in_training", "certified", "paused"]))}, ${quote(profile.displayName)}, ${quote(JSON.stringify(profile))}, NULL, NULL, '${now}', '${now}')`,
    );
  }
  insert(
    "INSERT INTO volunteers (id, coordination_point, status, display_name, record, signup_id, ended_at, created_at, updated_at)",
    volunteers,
  );
  const sessions = [];
  for (let i = 0; i < SIZE.sessions; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + i * 2 * 86_400_000).toISOString().slice(0, 10);
    sessions.push(
      `(${quote(`s${i}`)}, ${quote(i % 3 === 0 ? "workshop" : "expert_talk")}, ${quote(MODULES[i % MODULES.length])}, ${quote(`Termin ${i}`)}, '${day}', '18:00', '20:00', 'Alzey', 0, 0, '${now}', '${now}')`,
    );
  }
  insert(
    "INSERT INTO training_sessions (id, kind, module, title, date, start_time, end_time, location, cancelled, sequence, created_at, updated_at)",
    sessions,
  );
  // 100,000 distinct (session, volunteer) pairs: 20 sessions per volunteer.
  const attendance = [];
  for (let v = 0; v < SIZE.volunteers; v++) {
    for (let k = 0; k < SIZE.attendance / SIZE.volunteers; k++) {
      const s = (v * 7 + k * 25) % SIZE.sessions;
      attendance.push(
        `('s${s}', 'v${v}', ${quote(pick(["present", "present", "present", "excused", "absent"]))}, 'bench-admin', '${now}')`,
      );
    }
  }
  insert(
    "INSERT OR IGNORE INTO attendance (session_id, volunteer_id, status, recorded_by, recorded_at)",
    attendance,
  );
  // One help request (its case is opened by the trigger): Arabic, in Alzey, at the
  // Jobcenter — the ranking runs over all 5,000 volunteers for the administrator.
  const request = {
    requesterRole: "self",
    contactName: "Bench Mustermann",
    contactEmail: "bench@bench.example",
    category: "jobcenter",
    languages: ["ar", "en"],
    municipality: "alzey",
    weekdays: [2, 4],
    timesOfDay: ["morning"],
    consent: true,
  };
  chunks.push(
    `INSERT INTO submissions (id, kind, payload, status, coordination_point, locale, created_at, updated_at) VALUES ('bench-request', 'help_request', ${quote(JSON.stringify(request))}, 'new', 'cafe-asyl', 'ar', '${now}', '${now}');`,
  );
  return chunks.join("\n");
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function time(base, cookie, name, path, count, { warmUp = 2, locale = "de" } = {}) {
  const latencies = [];
  let bytes = 0;
  for (let i = 0; i < count + warmUp; i++) {
    const start = performance.now();
    const response = await fetch(`${base}${path}`, {
      headers: { cookie, "accept-language": locale },
    });
    const body = await response.arrayBuffer();
    if (!response.ok)
      throw new Error(
        `${path}: ${response.status} ${new TextDecoder().decode(body).slice(0, 200)}`,
      );
    if (i >= warmUp) latencies.push(performance.now() - start);
    bytes = body.byteLength;
  }
  const sorted = latencies.sort((a, b) => a - b);
  const fmt = (ms) => `${ms.toFixed(1)} ms`.padStart(9);
  console.log(
    `| ${name.padEnd(36)} | ${String(count).padStart(4)} | ${fmt(percentile(sorted, 50))} | ${fmt(percentile(sorted, 99))} | ${(bytes / 1024).toFixed(0).padStart(6)} KiB |`,
  );
}

async function main() {
  console.log(machineLine());
  const load = firstLoad();
  console.log(
    `first load: ${(load.js / 1024).toFixed(1)} KB JavaScript + ${(load.css / 1024).toFixed(1)} KB CSS (gzip, ${load.files} files; aim: JS ≤ 150 KB)`,
  );

  const persist = mkdtempSync(join(os.tmpdir(), "coordination-bench-"));
  let worker;
  try {
    const run = (args) => {
      const result = spawnSync(wrangler, args, {
        cwd: appDir,
        env,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
      if (result.status !== 0) throw new Error(`wrangler ${args[0]} failed:\n${result.stderr}`);
    };
    run(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist]);
    const seed = join(persist, "seed.sql");
    writeFileSync(seed, seedSql());
    const seeding = performance.now();
    run(["d1", "execute", "DB", "--local", "--persist-to", persist, "--file", seed]);
    console.log(
      `data: ${SIZE.volunteers} volunteers, ${SIZE.sessions} sessions, ${SIZE.attendance} attendance rows (seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s)`,
    );

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    worker = spawn(
      wrangler,
      [
        "dev",
        "--ip",
        "127.0.0.1",
        "--port",
        String(port),
        "--persist-to",
        persist,
        "--var",
        "ENVIRONMENT:development",
        "--var",
        "DEV_SIGN_IN:true",
        "--var",
        "LINK_SECRET:bench-only-link-secret-0123456789abcdef",
        "--log-level",
        "warn",
      ],
      { cwd: appDir, env, stdio: ["ignore", "pipe", "pipe"], detached: true },
    );
    let cookie = "";
    for (let i = 0; i < 240 && !cookie; i++) {
      try {
        const response = await fetch(`${base}/api/dev/sign-in`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ coordinatorId: "bench-admin" }),
        });
        cookie = (response.headers.get("set-cookie") ?? "").split(";")[0];
      } catch {
        await new Promise((done) => setTimeout(done, 250));
      }
    }
    if (!cookie) throw new Error("could not sign in to the workspace");

    console.log(
      "\n| endpoint (administrator: every point)  |    n |       p50 |       p99 |       size |",
    );
    console.log(
      "|--------------------------------------|-----:|----------:|----------:|-----------:|",
    );
    // The floor: sign-in check and one D1 read, through wrangler dev's proxy.
    await time(base, cookie, "GET /api/me (baseline)", "/api/me", 50);
    await time(base, cookie, "GET /api/volunteers (roster, page 1)", "/api/volunteers", 50);
    const first = await (await fetch(`${base}/api/volunteers`, { headers: { cookie } })).json();
    await time(
      base,
      cookie,
      "GET /api/volunteers?after= (page 2)",
      `/api/volunteers?after=${first.next}`,
      50,
    );
    await time(
      base,
      cookie,
      "GET /api/volunteers?q= (name search)",
      "/api/volunteers?q=mann%20123",
      50,
    );
    await time(base, cookie, "GET /api/volunteers/:id", "/api/volunteers/v42", 200);
    await time(base, cookie, "GET /api/sessions", "/api/sessions", 50);
    await time(
      base,
      cookie,
      "GET /api/sessions/:id/attendance",
      "/api/sessions/s250/attendance",
      50,
    );
    await time(
      base,
      cookie,
      "GET /api/volunteers/:id/certification",
      "/api/volunteers/v42/certification",
      100,
    );
    // Ranking plus the candidate list (names, reasons as sentences) for one request.
    await time(
      base,
      cookie,
      "GET /api/cases/:id/matching",
      "/api/cases/bench-request/matching",
      50,
    );
    await time(
      base,
      cookie,
      "GET …/matching?excluded=true",
      "/api/cases/bench-request/matching?excluded=true",
      20,
    );
    // The cohort keeps its evaluations in D1: the first request after a change evaluates
    // everyone (one sample per language, nothing kept yet), the next ones read them.
    await time(
      base,
      cookie,
      "GET …/cohort (first: evaluates all)",
      "/api/certification/cohort",
      1,
      {
        warmUp: 0,
      },
    );
    await time(base, cookie, "GET …/cohort (first, English)", "/api/certification/cohort", 1, {
      warmUp: 0,
      locale: "en",
    });
    await time(
      base,
      cookie,
      "GET /api/certification/cohort (kept)",
      "/api/certification/cohort",
      50,
    );
  } finally {
    await stopProcessGroup(worker);
    rmSync(persist, { recursive: true, force: true });
  }
}

await main();
