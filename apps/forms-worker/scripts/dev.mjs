// `pnpm dev` for the worker: prepares local state, then runs `wrangler dev`.
// 1. copies .dev.vars.example to .dev.vars when .dev.vars is missing, and appends keys the
//    example gained since (never changes a value already in .dev.vars);
// 2. applies the D1 migrations to the local database (non-interactive, local only);
// 3. starts wrangler dev on 127.0.0.1:8787 and forwards Ctrl-C / SIGTERM to it.
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, copyFileSync, existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const env = {
  ...process.env,
  // wrangler dev must not reach Cloudflare (no account, no network on CI).
  CLOUDFLARE_CF_FETCH_ENABLED: process.env.CLOUDFLARE_CF_FETCH_ENABLED ?? "false",
  WRANGLER_SEND_METRICS: process.env.WRANGLER_SEND_METRICS ?? "false",
};

/** `NAME=value` lines of a .dev.vars file, by name. */
function readVars(path) {
  const vars = new Map();
  for (const line of readFileSync(path, "utf8").split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(line);
    if (match) vars.set(match[1], match[2]);
  }
  return vars;
}

if (!existsSync(`${root}.dev.vars`)) {
  copyFileSync(`${root}.dev.vars.example`, `${root}.dev.vars`);
  console.log("Created .dev.vars from .dev.vars.example (local secrets for wrangler dev).");
} else {
  const present = readVars(`${root}.dev.vars`);
  const missing = [...readVars(`${root}.dev.vars.example`)].filter(([name]) => !present.has(name));
  if (missing.length > 0) {
    appendFileSync(
      `${root}.dev.vars`,
      `\n# Added from .dev.vars.example by scripts/dev.mjs\n${missing.map(([n, v]) => `${n}=${v}`).join("\n")}\n`,
    );
    console.log(
      `Added ${missing.map(([name]) => name).join(", ")} to .dev.vars from .dev.vars.example.`,
    );
  }
}

const migrate = spawnSync("wrangler", ["d1", "migrations", "apply", "DB", "--local"], {
  cwd: root,
  // No stdin and CI=true: wrangler skips its confirmation prompt instead of waiting for it.
  env: { ...env, CI: "true" },
  stdio: ["ignore", "inherit", "inherit"],
});
if (migrate.status !== 0) {
  console.error("Applying the local D1 migrations failed; see the wrangler output above.");
  process.exit(migrate.status ?? 1);
}

const dev = spawn("wrangler", ["dev", "--port", "8787", "--ip", "127.0.0.1"], {
  cwd: root,
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => dev.kill(signal));
}
dev.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
