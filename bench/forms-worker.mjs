// Benchmark of the forms worker under `wrangler dev` (workerd + local SQLite-backed D1),
// measured against a baseline: requests per second and latency percentiles of valid and
// invalid JSON submissions, and the size of the worker's bundle.
//
//   node bench/forms-worker.mjs [--requests 2000] [--concurrency 10,50]
//
// Builds the worker as `wrangler deploy` would (`--dry-run --outdir` into a temporary
// directory; no account needed) and prints the raw and gzip bytes of its JavaScript. Then
// starts three workers on free 127.0.0.1 ports, each with a fresh D1 in its own temporary
// --persist-to directory (the same migrations applied there first):
// - the forms worker;
// - bench/baseline-worker/, which only parses the JSON body and inserts one row into the
//   same submissions table — the cost of one D1 write, the figure the issue set the aim
//   against (≥ 0.8× of its throughput);
// - the same baseline with wrangler.bindings.jsonc, which also makes the forms worker's
//   other two binding calls, the rate limiter before and a queue message after the
//   write — the floor of any worker that must make them, which tells the forms worker's
//   own cost apart from what the bindings cost in the local emulation (there each is a
//   call to a SQLite-backed Durable Object in the same single workerd thread, about as
//   dear as the D1 write itself).
// All get the same valid submissions, `--requests` of them at each concurrency level
// (concurrent connections, 10 and 50 by default); the forms worker also gets as many
// invalid ones (422) at each level. Prints for each run the requests, req/s,
// p50/p95/p99/max latency and status codes, and — less noisy than req/s on a shared
// machine — the CPU time the worker's processes spent per request (Linux, from /proc),
// counted until they are idle again so that work left behind (the queued notification
// and its consumer, the log lines) is charged to the run that caused it; then the forms
// worker's throughput on valid submissions relative to both baselines at each level, the
// stored rows of all databases and machine information, then stops the workers and
// removes the directories. The workers are loaded one at a time (the others idle).
//
// The forms worker runs with BENCH_MODE=true, in which the rate limiter (10 posts a minute
// per client, enforced locally too) keys on the X-Bench-Client header instead of the
// client address; every request sends its own value, so the limiter is exercised but never
// throttles the benchmark. Notifications are queued and consumed as usual (skipped with a
// warning: the district's coordination point addresses are placeholders).
//
// Needs the domain package built (`pnpm --filter @integrationspaten/domain build`); never
// part of `pnpm test` (the bundle's size budget is: apps/forms-worker/test/bundle/size.test.ts).
// Figures depend heavily on the machine: compare runs on one machine, ratios within a run.

import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { freePort, sleep, stopProcessGroup } from "./_lib.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const workerDir = join(root, "apps", "forms-worker");
const baselineDir = join(root, "bench", "baseline-worker");
// Both workers run on the wrangler pinned by the forms worker.
const wrangler = join(workerDir, "node_modules", ".bin", "wrangler");

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
}
const REQUESTS = Number(option("requests", "2000"));
const CONCURRENCY = option("concurrency", "10,50").split(",").map(Number);
if (!(REQUESTS > 0) || CONCURRENCY.some((level) => !(level > 0))) {
  throw new Error("usage: node bench/forms-worker.mjs [--requests N] [--concurrency 10,50]");
}
const WARM_UP = 100;
/** The forms worker's bundle may be at most this big, gzip (apps/forms-worker/test/bundle/). */
const GZIP_BUDGET = 80 * 1024;

const env = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_SEND_METRICS: "false",
  CI: "true",
};

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux (getconf CLK_TCK)

/**
 * CPU time (ms) used so far by the processes of one worker's process group (wrangler's
 * node and its workerd), by program name, from /proc — undefined where there is no /proc.
 * Exited processes are not counted: the figures compare runs of long-lived processes.
 */
function groupCpuMs(groupId) {
  let entries;
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const byProgram = {};
  for (const pid of entries) {
    let stat;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    const close = stat.lastIndexOf(")");
    const program = stat.slice(stat.indexOf("(") + 1, close);
    // Fields after the name: state ppid pgrp … utime (14th field) stime (15th).
    const fields = stat.slice(close + 2).split(" ");
    if (Number(fields[2]) !== groupId) continue;
    const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
    byProgram[program] = (byProgram[program] ?? 0) + ms;
  }
  return byProgram;
}

const totalOf = (byProgram) => Object.values(byProgram).reduce((sum, ms) => sum + ms, 0);

/**
 * Waits until a worker's processes are idle (under 20 ms of CPU in a 500 ms window, at most
 * 20 s): work a request left behind — the queued notification, its consumer, the logs —
 * is done before the next run starts and counted with the run that caused it.
 */
async function settle(worker) {
  let before = groupCpuMs(worker.process.pid);
  if (before === undefined) return;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    await sleep(500);
    const after = groupCpuMs(worker.process.pid);
    if (totalOf(after) - totalOf(before) < 20) return;
    before = after;
  }
}

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
  const answer = await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status, answer };
}

/**
 * Sends `count` requests over `concurrency` connections, each sending its next one when
 * answered; then waits for the worker to settle and measures the CPU the run cost it.
 */
async function run(worker, { count, concurrency, make, phase }) {
  const { base } = worker;
  const cpuBefore = groupCpuMs(worker.process.pid);
  const latencies = new Array(count);
  const statuses = new Map();
  /** The first answer of each status, to show when a status was not the expected one. */
  const samples = new Map();
  let next = 0;
  const started = performance.now();
  async function lane() {
    for (;;) {
      const i = next++;
      if (i >= count) return;
      const { ms, status, answer } = await post(base, make(i), i, phase);
      latencies[i] = ms;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (!samples.has(status)) samples.set(status, new TextDecoder().decode(answer).slice(0, 300));
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane));
  const seconds = (performance.now() - started) / 1000;
  await settle(worker);
  const cpuAfter = groupCpuMs(worker.process.pid);
  const cpuPerRequest =
    cpuBefore === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(cpuAfter).map(([program, ms]) => [
            program,
            (ms - (cpuBefore[program] ?? 0)) / count,
          ]),
        );
  return { latencies, statuses, samples, seconds, perSecond: count / seconds, cpuPerRequest };
}

function percentile(sorted, p) {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

function report(name, { latencies, statuses, perSecond, cpuPerRequest }) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const fmt = (ms) => `${ms.toFixed(1)} ms`;
  const codes = [...statuses].map(([status, n]) => `${status}×${n}`).join(", ");
  console.log(
    `  ${name.padEnd(30)} ${String(latencies.length).padStart(5)} req  ${perSecond.toFixed(0).padStart(5)} req/s  ` +
      `p50 ${fmt(percentile(sorted, 50))}  p95 ${fmt(percentile(sorted, 95))}  p99 ${fmt(percentile(sorted, 99))}  max ${fmt(sorted.at(-1))}  [${codes}]`,
  );
  if (cpuPerRequest !== undefined) {
    const parts = Object.entries(cpuPerRequest)
      .filter(([, ms]) => ms > 0)
      .map(([program, ms]) => `${program} ${ms.toFixed(2)}`);
    console.log(
      `  ${"".padEnd(30)} CPU per request, until idle: ${totalOf(cpuPerRequest).toFixed(2)} ms (${parts.join(", ")})`,
    );
  }
}

const bytes = (n) => n.toLocaleString("en-US");

/** The forms worker built as `wrangler deploy` uploads it: raw and gzip bytes of its JavaScript. */
function measureBundle() {
  const outdir = mkdtempSync(join(os.tmpdir(), "forms-worker-bundle-"));
  try {
    const build = spawnSync(wrangler, ["deploy", "--dry-run", "--outdir", outdir], {
      cwd: workerDir,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
    if (build.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${build.stderr}`);
    const files = readdirSync(outdir).filter((file) => /\.m?js$/.test(file));
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const content = readFileSync(join(outdir, file));
      raw += content.length;
      gzip += gzipSync(content).length;
    }
    return { files, raw, gzip };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** Applies the migrations to a fresh D1 in `persist`, starts `wrangler dev` in `cwd`, waits for it. */
async function startWorker({ cwd, persist, config = [], args = [] }) {
  const migrate = spawnSync(
    wrangler,
    ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist, ...config],
    { cwd, env, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" },
  );
  if (migrate.status !== 0) throw new Error(`migrations failed in ${cwd}:\n${migrate.stderr}`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(
    wrangler,
    [
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--persist-to",
      persist,
      "--log-level",
      "warn",
      ...config,
      ...args,
    ],
    { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  const output = [];
  child.stdout.on("data", (chunk) => output.push(chunk));
  child.stderr.on("data", (chunk) => output.push(chunk));
  const worker = { base, process: child, cwd, persist, config };
  const bootStarted = performance.now();
  try {
    await waitUntilHealthy(base, child);
  } catch (error) {
    console.error(Buffer.concat(output).toString().slice(-4000));
    await stopWorker(worker);
    throw error;
  }
  worker.bootMs = performance.now() - bootStarted;
  return worker;
}

async function stopWorker(worker) {
  await stopProcessGroup(worker?.process);
}

/** Neither worker answers with stored data: count the rows in its local D1. */
function countRows({ cwd, persist, config }) {
  const result = spawnSync(
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
      ...config,
    ],
    { cwd, env, encoding: "utf8" },
  );
  try {
    return JSON.parse(result.stdout)[0].results[0].n;
  } catch {
    return "?";
  }
}

async function main() {
  const bundle = measureBundle();

  const formsPersist = mkdtempSync(join(os.tmpdir(), "forms-worker-bench-"));
  const baselinePersist = mkdtempSync(join(os.tmpdir(), "forms-worker-bench-baseline-"));
  const bindingsPersist = mkdtempSync(join(os.tmpdir(), "forms-worker-bench-bindings-"));
  const envFile = join(formsPersist, "bench.vars");
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
  let forms;
  let baseline;
  let bindings;
  try {
    forms = await startWorker({
      cwd: workerDir,
      persist: formsPersist,
      args: ["--env-file", envFile, "--var", "BENCH_MODE:true"],
    });
    baseline = await startWorker({ cwd: baselineDir, persist: baselinePersist });
    bindings = await startWorker({
      cwd: baselineDir,
      persist: bindingsPersist,
      config: ["--config", "wrangler.bindings.jsonc"],
    });

    const top = Math.max(...CONCURRENCY);
    for (const worker of [forms, baseline, bindings]) {
      await run(worker, {
        count: WARM_UP,
        concurrency: top,
        make: validSubmission,
        phase: "warmup",
      });
    }
    // Every valid submission is unique across the run (index offset), in both workers.
    const results = [];
    for (const [level, concurrency] of CONCURRENCY.entries()) {
      const offset = WARM_UP + level * REQUESTS;
      const valid = { count: REQUESTS, concurrency, make: (i) => validSubmission(offset + i) };
      results.push({
        concurrency,
        forms: await run(forms, { ...valid, phase: `valid-c${concurrency}` }),
        baseline: await run(baseline, { ...valid, phase: `baseline-c${concurrency}` }),
        bindings: await run(bindings, { ...valid, phase: `bindings-c${concurrency}` }),
        invalid: await run(forms, {
          count: REQUESTS,
          concurrency,
          make: (i) => invalidSubmission(offset + i),
          phase: `invalid-c${concurrency}`,
        }),
      });
    }
    const stored = {
      forms: countRows(forms),
      baseline: countRows(baseline),
      bindings: countRows(bindings),
    };
    const expectedRows = WARM_UP + CONCURRENCY.length * REQUESTS;

    const cpus = os.cpus();
    const wranglerVersion = JSON.parse(
      readFileSync(join(workerDir, "node_modules", "wrangler", "package.json"), "utf8"),
    ).version;
    console.log(
      "forms worker under wrangler dev (workerd, local D1), loopback only, against bench/baseline-worker (parses the JSON, inserts one row)",
    );
    console.log(
      `machine: ${cpus[0]?.model ?? "unknown CPU"} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ` +
        `${os.type()} ${os.release()} ${os.arch()}; node ${process.version}; wrangler ${wranglerVersion}`,
    );
    console.log(
      `setup: ${REQUESTS} requests per kind and concurrency level, concurrency ${CONCURRENCY.join(" and ")}, ` +
        `${WARM_UP} warm-up requests per worker; ready after ${(forms.bootMs / 1000).toFixed(1)} s (forms worker), ` +
        `${(baseline.bootMs / 1000).toFixed(1)} s (baseline), ${(bindings.bootMs / 1000).toFixed(1)} s (baseline + bindings)`,
    );
    console.log(
      `bundle: ${bundle.files.join(", ")} ${bytes(bundle.raw)} bytes, ${bytes(bundle.gzip)} bytes gzip ` +
        `(${(bundle.gzip / 1024).toFixed(1)} KiB; budget ${GZIP_BUDGET / 1024} KiB), as \`wrangler deploy\` uploads it`,
    );
    for (const {
      concurrency,
      forms: valid,
      baseline: floor,
      bindings: withBindings,
      invalid,
    } of results) {
      console.log(`concurrency ${concurrency}:`);
      report("baseline  valid (201, stored)", floor);
      report("+ limiter, queue (201, stored)", withBindings);
      report("forms     valid (201, stored)", valid);
      report("forms     invalid (422)", invalid);
    }
    const ratios = (floorOf) =>
      results
        .map(
          (result) =>
            `${(result.forms.perSecond / floorOf(result).perSecond).toFixed(2)}× at ${result.concurrency}`,
        )
        .join(", ");
    console.log(
      `forms worker ÷ baseline throughput, valid submissions: ${ratios((r) => r.baseline)} connections (aim ≥ 0.8×)`,
    );
    console.log(
      `forms worker ÷ baseline with the same rate limiter and queue calls: ${ratios((r) => r.bindings)} connections`,
    );
    console.log(
      `stored rows: ${stored.forms} (forms worker), ${stored.baseline} (baseline), ${stored.bindings} (baseline + bindings); ` +
        `expected ${expectedRows} each, counted in the local D1s`,
    );
    const unexpected = results.flatMap(
      ({ concurrency, forms: valid, baseline: floor, bindings: withBindings, invalid }) =>
        [
          ["forms valid", valid, 201],
          ["baseline valid", floor, 201],
          ["baseline + bindings valid", withBindings, 201],
          ["forms invalid", invalid, 422],
        ].flatMap(([name, { statuses, samples }, wanted]) =>
          [...statuses.keys()]
            .filter((status) => status !== wanted)
            .map(
              (status) => `  ${name} at ${concurrency}, first ${status}: ${samples.get(status)}`,
            ),
        ),
    );
    if (unexpected.length > 0 || Object.values(stored).some((rows) => rows !== expectedRows)) {
      console.log("WARNING: unexpected status codes or row counts; the figures above are suspect.");
      for (const line of unexpected) console.log(line);
      process.exitCode = 1;
    }
  } finally {
    for (const worker of [forms, baseline, bindings]) await stopWorker(worker);
    for (const dir of [formsPersist, baselinePersist, bindingsPersist]) {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

await main();
