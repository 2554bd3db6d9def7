// `pnpm dev` for the site: the Astro dev server on 127.0.0.1:4321, reading the training
// sessions from the local forms worker that `pnpm start` runs beside it (its `pnpm dev`,
// http://127.0.0.1:8787), so what a coordinator changes in the local workspace shows on
// /termine/ within seconds, without a restart (src/integrations/sessions-refresh.ts).
// SESSIONS_URL set in the environment wins; set it empty to work with the date files only.
// Needs the domain package built (turbo's `dev` depends on `^build`).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PROGRAMME_SESSIONS } from "@integrationspaten/domain";

const root = fileURLToPath(new URL("..", import.meta.url));
// Astro's own CLI, run by this Node (also when the script is started without pnpm's PATH).
const astroPackage = createRequire(import.meta.url).resolve("astro/package.json");
const astroCli = join(dirname(astroPackage), "bin", "astro.mjs");
const LOCAL_FORMS_WORKER = "http://127.0.0.1:8787";

// SITE_PORT lets a test run this very command beside a developer's `pnpm start`.
const port = process.env.SITE_PORT || "4321";
const LOCAL_SITE = `http://127.0.0.1:${port}`;

const env = { ...process.env };
// Links the pages print (webcal, calendar addresses, the feed) point at this dev server,
// not at the production domain; the forms worker's SITE_URL is the same address.
env.SITE_URL ??= LOCAL_SITE;
env.FORMS_WORKER_URL ??= LOCAL_FORMS_WORKER;
env.SESSIONS_URL ??= `${LOCAL_FORMS_WORKER}${PROGRAMME_SESSIONS.endpoint}`;
console.log(
  env.SESSIONS_URL
    ? `Training sessions from ${env.SESSIONS_URL} (the local forms worker; it may start a few seconds after the site).`
    : "SESSIONS_URL is empty: the site shows the date files only.",
);

const astro = spawn(
  process.execPath,
  [
    astroCli,
    "dev",
    "--port",
    port,
    "--host",
    "127.0.0.1",
    // The server stays in the foreground, run and stopped by turbo (or by the dev-server
    // test beside a developer's own). Astro's lock file would refuse a second server for
    // the project, and its automatic backgrounding would detach the server from turbo.
    "--ignore-lock",
  ],
  {
    cwd: root,
    env,
    stdio: "inherit",
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => astro.kill(signal));
}
astro.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
