// Benchmark of the forms worker under `wrangler dev` (workerd + local SQLite-backed D1):
// requests per second and latency percentiles of valid and invalid JSON submissions.
//
//   node bench/forms-worker.mjs [--requests 2000] [--concurrency 20]
//
// Starts the worker on a free 127.0.0.1 port with a fresh D1 in a temporary --persist-to
// directory (migrations applied there first), sends the submissions over loopback only,
// prints the figures and machine information, then stops the worker and removes the
// directory. The worker runs with BENCH_MODE=true, in which the rate limiter (10 posts a
// minute per client, enforced locally too) keys on the X-Bench-Client header instead of the
// client address; every request sends its own value, so the limiter is exercised but never
// throttles the benchmark. Notifications are queued and consumed as usual (skipped with a
// warning: the district's coordination point addresses are placeholders).
//
// Needs the domain package built (`pnpm --filter @integrationspaten/domain build`); never
// part of `pnpm test`. Figures depend heavily on the machine: compare runs on one machine.

import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const workerDir = join(root, "apps", "forms-worker");
const wrangler = join(workerDir, "node_modules", ".bin", "wrangler");

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}
const REQUESTS = option("requests", 2000);
const CONCURRENCY = option("concurrency", 20);
const WARM_UP = 100;

const env = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_SEND_METRICS: "false",
  CI: "true",
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntilHealthy(base, worker, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (worker.exitCode !== null) throw new Error(`wrangler dev exited with ${worker.exitCode}`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error("wrangler dev did not become healthy in time");
}

const MUNICIPALITIES = ["alzey", "alzey-land", "eich", "monsheim", "wonnegau", "woerrstadt"];
const CATEGORIES = ["behoerden", "jobcenter", "antraege", "schule", "arzt", "alltag"];
const LANGUAGES = ["ar", "fa", "prs", "uk", "ru", "tr", "ti", "kmr"];

/** A valid submission, unique per index (so idempotency never collapses two of them). */
function validSubmission(i) {
  const startedAt = Date.now() - 60_000;
  if (i % 2 === 0) {
    return {
      path: "/api/help-requests",
      body: {
        requesterRole: i % 4 === 0 ? "self" : "on_behalf",
        contactName: `Bench Person ${i}`,
        contactEmail: `bench${i}@example.org`,
        category: CATEGORIES[i % CATEGORIES.length],
        languages: [LANGUAGES[i % LANGUAGES.length]],
        municipality: MUNICIPALITIES[i % MUNICIPALITIES.length],
        weekdays: [1 + (i % 5)],
        timesOfDay: ["morning"],
        description: `Benchmark-Anfrage Nummer ${i}`,
        consent: true,
        website: "",
        formStartedAt: startedAt,
        locale: "de",
      },
    };
  }
  return {
    path: "/api/signups",
    body: {
      name: `Bench Volunteer ${i}`,
      email: `volunteer${i}@example.org`,
      municipality: MUNICIPALITIES[i % MUNICIPALITIES.length],
      languages: [{ language: LANGUAGES[i % LANGUAGES.length], level: "native" }],
      categories: [CATEGORIES[i % CATEGORIES.length]],
      motivation: `Benchmark ${i}`,
      consent: true,
      website: "",
      formStartedAt: startedAt,
      locale: "de",
    },
  };
}

/** An invalid submission: the schema refuses it with a 422 listing several fields. */
function invalidSubmission(i) {
  const { path, body } = validSubmission(i);
  return {
    path,
    body: {
      ...body,
      contactName: "",
      name: "",
      email: "not-an-address",
      contactEmail: "not-an-address",
      municipality: "nowhere",
      consent: false,
    },
  };
}

async function post(base, { path, body }, i, phase) {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "accept-language": "de",
      origin: "http://localhost:4321",
      "idempotency-key": `${phase}-${i}-${crypto.randomUUID()}`,
      "x-bench-client": `${phase}-${i}`,
    },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

async function run(base, count, make, phase) {
  const latencies = new Array(count);
  const statuses = new Map();
  let next = 0;
  const started = performance.now();
  async function lane() {
    for (;;) {
      const i = next++;
      if (i >= count) return;
      const { ms, status } = await post(base, make(i), i, phase);
      latencies[i] = ms;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  const seconds = (performance.now() - started) / 1000;
  return { latencies, statuses, seconds };
}

function percentile(sorted, p) {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

function report(name, { latencies, statuses, seconds }) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const fmt = (ms) => `${ms.toFixed(1)} ms`;
  const codes = [...statuses].map(([status, n]) => `${status}×${n}`).join(", ");
  console.log(
    `${name.padEnd(22)} ${String(latencies.length).padStart(5)} req  ${(latencies.length / seconds).toFixed(0).padStart(5)} req/s  ` +
      `p50 ${fmt(percentile(sorted, 50))}  p95 ${fmt(percentile(sorted, 95))}  p99 ${fmt(percentile(sorted, 99))}  max ${fmt(sorted.at(-1))}  [${codes}]`,
  );
}

async function main() {
  const persist = mkdtempSync(join(os.tmpdir(), "forms-worker-bench-"));
  const envFile = join(persist, "bench.vars");
  writeFileSync(
    envFile,
    [
      "TURNSTILE_SECRET=",
      "NOTIFY_FROM=formulare@integrationspaten.example",
      "NOTIFY_TO_OVERRIDE=",
      "BENCH_MODE=true",
      "",
    ].join("\n"),
  );
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let worker;
  try {
    const migrate = spawnSync(
      wrangler,
      ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist],
      { cwd: workerDir, env, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" },
    );
    if (migrate.status !== 0) throw new Error(`migrations failed:\n${migrate.stderr}`);

    const log = join(persist, "wrangler.log");
    writeFileSync(log, "");
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
        "--env-file",
        envFile,
        "--var",
        "BENCH_MODE:true",
        "--log-level",
        "warn",
      ],
      { cwd: workerDir, env, stdio: ["ignore", "pipe", "pipe"], detached: true },
    );
    const output = [];
    worker.stdout.on("data", (chunk) => output.push(chunk));
    worker.stderr.on("data", (chunk) => output.push(chunk));
    const bootStarted = performance.now();
    await waitUntilHealthy(base, worker).catch((error) => {
      console.error(Buffer.concat(output).toString().slice(-4000));
      throw error;
    });
    const bootMs = performance.now() - bootStarted;

    await run(base, WARM_UP, validSubmission, "warmup");
    const valid = await run(base, REQUESTS, (i) => validSubmission(WARM_UP + i), "valid");
    const invalid = await run(base, REQUESTS, invalidSubmission, "invalid");

    // The worker answers no request with stored data: count the rows in its local D1.
    const countResult = spawnSync(
      wrangler,
      [
        "d1",
        "execute",
        "DB",
        "--local",
        "--persist-to",
        persist,
        "--json",
        "--command",
        "SELECT COUNT(*) AS n FROM submissions",
      ],
      { cwd: workerDir, env, encoding: "utf8" },
    );
    let stored = "?";
    try {
      stored = JSON.parse(countResult.stdout)[0].results[0].n;
    } catch {
      // leave "?"
    }

    const cpus = os.cpus();
    const wranglerVersion = JSON.parse(
      readFileSync(join(workerDir, "node_modules", "wrangler", "package.json"), "utf8"),
    ).version;
    console.log("forms worker under wrangler dev (workerd, local D1), loopback only");
    console.log(
      `machine: ${cpus[0]?.model ?? "unknown CPU"} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ` +
        `${os.type()} ${os.release()} ${os.arch()}; node ${process.version}; wrangler ${wranglerVersion}`,
    );
    console.log(
      `setup: ${REQUESTS} requests per kind, concurrency ${CONCURRENCY}, ${WARM_UP} warm-up requests; worker ready after ${(bootMs / 1000).toFixed(1)} s`,
    );
    report("valid (201, stored)", valid);
    report("invalid (422)", invalid);
    console.log(`stored rows: ${stored} (expected ${WARM_UP + REQUESTS}, counted in the local D1)`);
    const expectedValid = valid.statuses.get(201) === REQUESTS;
    const expectedInvalid = invalid.statuses.get(422) === REQUESTS;
    if (!expectedValid || !expectedInvalid || stored !== WARM_UP + REQUESTS) {
      console.log("WARNING: unexpected status codes or row count; the figures above are suspect.");
      process.exitCode = 1;
    }
  } finally {
    if (worker && worker.exitCode === null) {
      try {
        process.kill(-worker.pid, "SIGTERM");
      } catch {
        worker.kill("SIGTERM");
      }
      await Promise.race([new Promise((resolve) => worker.once("exit", resolve)), sleep(5000)]);
      if (worker.exitCode === null) {
        try {
          process.kill(-worker.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    }
    rmSync(persist, { recursive: true, force: true });
  }
}

await main();
