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

const env = { ...process.env };
env.SESSIONS_URL ??= `${LOCAL_FORMS_WORKER}${PROGRAMME_SESSIONS.endpoint}`;
console.log(
  env.SESSIONS_URL
    ? `Training sessions from ${env.SESSIONS_URL} (the local forms worker; it may start a few seconds after the site).`
    : "SESSIONS_URL is empty: the site shows the date files only.",
);

const astro = spawn(process.execPath, [astroCli, "dev", "--port", "4321", "--host", "127.0.0.1"], {
  cwd: root,
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => astro.kill(signal));
}
astro.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
