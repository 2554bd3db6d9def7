/**
 * The environment for running the site's own commands (`astro dev`, `astro build`) from a
 * test, as a developer's shell has it: without what Vitest sets for its own Vite
 * (NODE_ENV=test, MODE, BASE_URL, VITEST_*), which would make Astro's Vite a test run, and
 * without the keys in `drop`; `set` comes on top.
 */
export function childEnv(
  set: Readonly<Record<string, string>>,
  drop: readonly string[] = [],
): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };
  for (const key of [...drop, "NODE_ENV", "MODE", "BASE_URL", "DEV", "PROD", "SSR", "TEST"]) {
    delete env[key];
  }
  for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
  return { ...env, ...set };
}
