// The local D1 database that `pnpm start` runs both workers on: one SQLite file under
// <repository>/.wrangler/state (git-ignored), as in production where the forms worker and
// the workspace bind the same database. Both dev scripts call `prepareLocalDatabase`; a
// lock directory keeps two of them from applying the migrations at the same moment.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPOSITORY = fileURLToPath(new URL("..", import.meta.url));
export const PERSIST_TO = join(REPOSITORY, ".wrangler", "state");
const LOCK = join(REPOSITORY, ".wrangler", "migrations.lock");

export const wranglerEnv = {
  ...process.env,
  // wrangler must not reach Cloudflare (no account, no network on CI).
  CLOUDFLARE_CF_FETCH_ENABLED: process.env.CLOUDFLARE_CF_FETCH_ENABLED ?? "false",
  WRANGLER_SEND_METRICS: process.env.WRANGLER_SEND_METRICS ?? "false",
};

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

async function withLock(task) {
  mkdirSync(join(REPOSITORY, ".wrangler"), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than two minutes was left by a killed run.
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) rmSync(LOCK, { recursive: true, force: true });
      if (attempt > 600)
        throw new Error(`Waited too long for ${LOCK}; delete it if no dev server runs.`);
      await sleep(200);
    }
  }
  try {
    return task();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function wrangler(cwd, args) {
  const result = spawnSync("wrangler", args, {
    cwd,
    // No stdin and CI=true: wrangler skips its confirmation prompt instead of waiting.
    env: { ...wranglerEnv, CI: "true" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.status !== 0) {
    console.error(`wrangler ${args.slice(0, 3).join(" ")} failed; see its output above.`);
    process.exit(result.status ?? 1);
  }
}

/**
 * Applies the migrations (from the app's wrangler.jsonc) to the local database and, when
 * given, executes SQL seed files after them.
 */
export async function prepareLocalDatabase(appDirectory, seeds = []) {
  await withLock(() => {
    wrangler(appDirectory, [
      "d1",
      "migrations",
      "apply",
      "DB",
      "--local",
      "--persist-to",
      PERSIST_TO,
    ]);
    for (const seed of seeds) {
      wrangler(appDirectory, [
        "d1",
        "execute",
        "DB",
        "--local",
        "--persist-to",
        PERSIST_TO,
        "--file",
        seed,
      ]);
    }
  });
}
