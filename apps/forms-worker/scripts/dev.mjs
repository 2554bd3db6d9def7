// `pnpm dev` for the worker: prepares local state, then runs `wrangler dev`.
// 1. copies .dev.vars.example to .dev.vars when .dev.vars is missing, and appends keys the
//    example gained since (never changes a value already in .dev.vars);
// 2. applies the D1 migrations to the local database (non-interactive, local only);
// 3. starts wrangler dev on 127.0.0.1:8787 and forwards Ctrl-C / SIGTERM to it.
// The local D1 lives in <repository>/.wrangler/state, not in this app's .wrangler/: the
// coordinators' workspace (apps/coordination) persists to the same directory, so both
// workers see one database, as they do in production (same binding, same database_id).
import { spawn } from "node:child_process";
import { appendFileSync, copyFileSync, existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PERSIST_TO, prepareLocalDatabase, wranglerEnv } from "../../../scripts/local-database.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

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

await prepareLocalDatabase(root);

const dev = spawn(
  "wrangler",
  ["dev", "--port", "8787", "--ip", "127.0.0.1", "--persist-to", PERSIST_TO],
  { cwd: root, env: wranglerEnv, stdio: "inherit" },
);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => dev.kill(signal));
}
dev.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
