// `pnpm dev` for the workspace: prepares local state, then builds the React app on every
// change (vite build --watch) and serves it with the API under `wrangler dev` on
// 127.0.0.1:8788.
// 1. copies .dev.vars.example to .dev.vars when it is missing (the development sign-in);
// 2. applies the migrations to the shared local D1 and loads the demo data (seeds/demo.sql);
// 3. runs vite and wrangler, and stops both on Ctrl-C / SIGTERM.
import { spawn } from "node:child_process";
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PERSIST_TO, prepareLocalDatabase, wranglerEnv } from "../../../scripts/local-database.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

if (!existsSync(`${root}.dev.vars`)) {
  copyFileSync(`${root}.dev.vars.example`, `${root}.dev.vars`);
  console.log("Created .dev.vars from .dev.vars.example (development sign-in).");
} else {
  // A .dev.vars from an older checkout lacks settings added since: append those.
  const current = readFileSync(`${root}.dev.vars`, "utf8");
  const names = new Set([...current.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]));
  const missing = readFileSync(`${root}.dev.vars.example`, "utf8")
    .split("\n")
    .filter((line) => /^[A-Z_]+=/.test(line) && !names.has(line.split("=")[0]));
  if (missing.length > 0) {
    appendFileSync(`${root}.dev.vars`, `\n${missing.join("\n")}\n`);
    console.log(`Added to .dev.vars: ${missing.map((line) => line.split("=")[0]).join(", ")}`);
  }
}

await prepareLocalDatabase(root, [`${root}seeds/demo.sql`]);
mkdirSync(`${root}dist/client`, { recursive: true });

const children = [
  spawn("vite", ["build", "--watch", "--mode", "development"], {
    cwd: root,
    env: wranglerEnv,
    stdio: "inherit",
  }),
  spawn("wrangler", ["dev", "--port", "8788", "--ip", "127.0.0.1", "--persist-to", PERSIST_TO], {
    cwd: root,
    env: wranglerEnv,
    stdio: "inherit",
  }),
];
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
  });
}
for (const child of children) {
  child.on("exit", (code, signal) => {
    for (const other of children) if (other !== child) other.kill("SIGTERM");
    process.exit(code ?? (signal ? 1 : 0));
  });
}
