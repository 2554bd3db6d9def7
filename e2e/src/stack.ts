import { type ChildProcess, execFile, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

/*
 * The stack the end-to-end tests run against, all on 127.0.0.1:
 * - the forms worker under `wrangler dev` with a fresh D1 (migrations applied to a
 *   temporary --persist-to directory), on a free port;
 * - a static server for the built site (apps/site/dist) on a free port, applying the
 *   site's own `_headers` (so its Content-Security-Policy is enforced by the browser).
 * The site is built once for `http://localhost:8787` (its default FORMS_WORKER_URL); the
 * static server rewrites that address in pages, scripts and headers to the worker's real
 * address, so the tests need no fixed port and no second build.
 * The worker answers no request with stored data, so the tests read what it stored from
 * the local D1 directly ({@link queryLocalD1}).
 */

export const REPO_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
/** The built site; E2E_SITE_DIST points elsewhere (e.g. a build with another outDir). */
export const SITE_DIST = resolve(
  process.env.E2E_SITE_DIST || join(REPO_ROOT, "apps", "site", "dist"),
);
const WORKER_DIR = join(REPO_ROOT, "apps", "forms-worker");
const WRANGLER = join(WORKER_DIR, "node_modules", ".bin", "wrangler");
/** The forms worker address baked into the site by its default build. */
const BUILT_WORKER_URL =
  process.env.FORMS_WORKER_URL?.replace(/\/+$/, "") || "http://127.0.0.1:8787";

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createNetServer();
    server.unref();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

const wranglerEnv = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_SEND_METRICS: "false",
  CI: "true",
};

export interface RunningWorker {
  readonly origin: string;
  /** The worker's --persist-to directory, which holds its local D1. */
  readonly persistTo: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

/** Starts `wrangler dev` with a fresh local D1 and waits until /api/health answers. */
export async function startWorker(siteOrigin: string): Promise<RunningWorker> {
  const persist = mkdtempSync(join(tmpdir(), "integrationspaten-e2e-"));
  const migrate = spawnSync(
    WRANGLER,
    ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist],
    { cwd: WORKER_DIR, env: wranglerEnv, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  if (migrate.status !== 0) {
    throw new Error(`Applying the D1 migrations failed:\n${migrate.stdout}\n${migrate.stderr}`);
  }
  const secrets = join(persist, "e2e.vars");
  writeFileSync(
    secrets,
    [
      "TURNSTILE_SECRET=",
      "NOTIFY_FROM=formulare@integrationspaten.example",
      // Notifications go to the binding's verified dummy address (written under .wrangler/tmp).
      "NOTIFY_TO_OVERRIDE=koordination@integrationspaten.example",
      "",
    ].join("\n"),
  );
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const chunks: Buffer[] = [];
  const child: ChildProcess = spawn(
    WRANGLER,
    [
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--persist-to",
      persist,
      "--env-file",
      secrets,
      "--var",
      `SITE_URL:${siteOrigin}`,
      "--var",
      `ALLOWED_ORIGINS:${siteOrigin}`,
    ],
    { cwd: WORKER_DIR, env: wranglerEnv, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  child.stdout?.on("data", (chunk: Buffer) => chunks.push(chunk));
  child.stderr?.on("data", (chunk: Buffer) => chunks.push(chunk));
  const output = () => Buffer.concat(chunks).toString("utf8");

  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        child.kill("SIGTERM");
      }
      await Promise.race([new Promise((done) => child.once("exit", done)), sleep(5000)]);
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // gone already
        }
      }
    }
    rmSync(persist, { recursive: true, force: true });
  };

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`wrangler dev exited (${child.exitCode}):\n${output()}`);
    }
    try {
      if ((await fetch(`${origin}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`wrangler dev did not answer /api/health in time:\n${output()}`);
    }
    await sleep(250);
  }
  return { origin, persistTo: persist, output, stop };
}

const WORKSPACE_DIR = join(REPO_ROOT, "apps", "coordination");
const WORKSPACE_WRANGLER = join(WORKSPACE_DIR, "node_modules", ".bin", "wrangler");

export interface RunningWorkspace {
  readonly origin: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts the coordinators' workspace under `wrangler dev` on the forms worker's local D1
 * (`persistTo`), with its demo coordinators (seeds/demo.sql) and the development sign-in,
 * as `pnpm start` runs it. Its built app (apps/coordination/dist/client) is served as
 * static assets; build it first.
 */
export async function startWorkspace(
  persistTo: string,
  siteOrigin: string,
): Promise<RunningWorkspace> {
  if (!existsSync(join(WORKSPACE_DIR, "dist", "client", "index.html"))) {
    throw new Error(
      "No built workspace in apps/coordination/dist/client. Build it first: pnpm --filter @integrationspaten/coordination build",
    );
  }
  const seed = spawnSync(
    WORKSPACE_WRANGLER,
    [
      "d1",
      "execute",
      "DB",
      "--local",
      "--persist-to",
      persistTo,
      "--file",
      join(WORKSPACE_DIR, "seeds", "demo.sql"),
    ],
    { cwd: WORKSPACE_DIR, env: wranglerEnv, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  if (seed.status !== 0)
    throw new Error(`Loading the demo data failed:\n${seed.stdout}\n${seed.stderr}`);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const chunks: Buffer[] = [];
  const child: ChildProcess = spawn(
    WORKSPACE_WRANGLER,
    [
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--persist-to",
      persistTo,
      "--var",
      "ENVIRONMENT:development",
      "--var",
      "DEV_SIGN_IN:true",
      "--var",
      `SITE_URL:${siteOrigin}`,
      "--var",
      `WORKSPACE_URL:http://127.0.0.1:${port}`,
      "--var",
      "LINK_SECRET:e2e-only-link-secret-0123456789abcdef",
    ],
    { cwd: WORKSPACE_DIR, env: wranglerEnv, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  child.stdout?.on("data", (chunk: Buffer) => chunks.push(chunk));
  child.stderr?.on("data", (chunk: Buffer) => chunks.push(chunk));
  const output = () => Buffer.concat(chunks).toString("utf8");
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        child.kill("SIGTERM");
      }
      await Promise.race([new Promise((done) => child.once("exit", done)), sleep(5000)]);
    }
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`wrangler dev (workspace) exited (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(`${origin}/api/dev/coordinators`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The workspace did not answer in time:\n${output()}`);
    }
    await sleep(250);
  }
  return { origin, output, stop };
}

const execFileAsync = promisify(execFile);

/**
 * The rows a SQL statement returns from the local D1 in `persistTo`, read with
 * `wrangler d1 execute DB --local --json` beside the running `wrangler dev` (SQLite lets
 * both open the file). Column names become the keys, as SQLite names them (use `AS`).
 *
 * @example
 * await queryLocalD1(worker.persistTo, "SELECT COUNT(*) AS n FROM submissions")
 * //=> [{ n: 4 }]
 */
export async function queryLocalD1<Row = Record<string, unknown>>(
  persistTo: string,
  sql: string,
): Promise<Row[]> {
  const args = ["d1", "execute", "DB", "--local", "--persist-to", persistTo, "--json"];
  const { stdout } = await execFileAsync(WRANGLER, [...args, "--command", sql], {
    cwd: WORKER_DIR,
    env: wranglerEnv,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const statements = JSON.parse(stdout) as { results: Row[] }[];
  return statements.flatMap((statement) => statement.results);
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".woff2": "font/woff2",
  ".vtt": "text/vtt; charset=utf-8",
};
const REWRITTEN = new Set([".html", ".js"]);

interface HeaderRule {
  readonly pattern: string;
  readonly headers: [string, string][];
}

/** Reads the Netlify/Cloudflare-Pages style `_headers` file the site build writes. */
function readHeaderRules(dist: string, workerOrigin: string): HeaderRule[] {
  const file = join(dist, "_headers");
  if (!existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(":");
    const rule = rules.at(-1);
    if (colon > 0 && rule) {
      const value = line
        .slice(colon + 1)
        .trim()
        .replaceAll(BUILT_WORKER_URL, workerOrigin);
      // HSTS on a plain-http test origin would only confuse the browser profile.
      if (!/^strict-transport-security$/i.test(line.slice(0, colon).trim())) {
        rule.headers.push([line.slice(0, colon).trim(), value]);
      }
    }
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  if (pattern.endsWith("*")) return path.startsWith(pattern.slice(0, -1));
  return pattern === path;
}

export interface RunningSite {
  readonly origin: string;
  stop(): Promise<void>;
}

/** Serves the built site, rewriting the baked-in worker address to `workerOrigin`. */
export async function startSite(port: number, workerOrigin: string): Promise<RunningSite> {
  if (!existsSync(join(SITE_DIST, "index.html"))) {
    throw new Error(
      `No built site in ${SITE_DIST}. Build it first: pnpm --filter @integrationspaten/site build`,
    );
  }
  const rules = readHeaderRules(SITE_DIST, workerOrigin);
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://site.invalid");
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file = normalize(join(SITE_DIST, path));
    if (!file.startsWith(SITE_DIST + sep) && file !== SITE_DIST) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(SITE_DIST, "404.html");
    }
    const extension = extname(file);
    let body: Buffer | string = existsSync(file) ? readFileSync(file) : "Not found";
    if (REWRITTEN.has(extension) && typeof body !== "string") {
      body = body.toString("utf8").replaceAll(BUILT_WORKER_URL, workerOrigin);
    }
    const headers: Record<string, string> = {
      "content-type": CONTENT_TYPES[extension] ?? "application/octet-stream",
      "cache-control": "no-store",
    };
    for (const rule of rules) {
      if (!matches(rule.pattern, url.pathname)) continue;
      for (const [name, value] of rule.headers) {
        if (name.toLowerCase() !== "cache-control") headers[name.toLowerCase()] = value;
      }
    }
    response.writeHead(status, headers);
    response.end(request.method === "HEAD" ? undefined : body);
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}
