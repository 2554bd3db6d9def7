// `pnpm dev` for the workspace: prepares local state, then builds the React app on every
// change (vite build --watch) and serves it with the API under `wrangler dev` on
// 127.0.0.1:8788.
// 1. copies .dev.vars.example to .dev.vars when it is missing (the development sign-in);
// 2. applies the migrations to the shared local D1 and loads the demo data (seeds/demo.sql);
// 3. runs vite and wrangler, and stops both on Ctrl-C / SIGTERM.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PERSIST_TO, prepareLocalDatabase, wranglerEnv } from "../../../scripts/local-database.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

if (!existsSync(`${root}.dev.vars`)) {
  copyFileSync(`${root}.dev.vars.example`, `${root}.dev.vars`);
  console.log("Created .dev.vars from .dev.vars.example (development sign-in).");
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
