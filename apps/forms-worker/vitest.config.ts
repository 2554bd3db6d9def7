import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { configDefaults, defineConfig } from "vitest/config";

// The worker's tests run inside workerd with the bindings of wrangler.jsonc (a local,
// SQLite-backed D1 for DB, the rate limiter, the queue and send_email as wrangler emulates
// them). The migrations are read here, in Node, the same way `wrangler d1 migrations apply`
// discovers them (migrations_dir of wrangler.jsonc), and handed to the setup file through
// Vitest's provide/inject, so no test-only binding leaks into the worker's Env.
const d1Migrations = await readD1Migrations({
  projectPath: import.meta.dirname,
  // One set of migrations for both workers (see packages/database).
  migrationsDir: "../../packages/database/migrations",
});

// Two projects: "worker" (everything under test/ but test/bundle/) runs inside workerd;
// "bundle" runs in Node and builds the worker the way `wrangler deploy` does, to hold it to
// its size budget (test/bundle/size.test.ts).
export default defineConfig({
  test: {
    // The worker logs one JSON line per request; show them only for failing tests.
    silent: "passed-only",
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.jsonc" },
            miniflare: {
              // Fixed secrets for the tests, so they do not depend on a developer's .dev.vars
              // (which CI does not have). Turnstile is off here; tests that need it switch it
              // on for themselves and replace the verifier (no network in tests).
              bindings: {
                TURNSTILE_SECRET: "",
                NOTIFY_FROM: "formulare@integrationspaten.example",
                NOTIFY_TO_OVERRIDE: "koordination@integrationspaten.example",
              },
            },
          }),
        ],
        test: {
          name: "worker",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "test/bundle/**"],
          // Tests never fail on wall-clock time: the robustness suite sends thousands of
          // requests and takes tens of seconds on a busy 2-core machine. The timeout only
          // catches a hang.
          testTimeout: 300_000,
          hookTimeout: 120_000,
          setupFiles: ["./test/apply-migrations.ts"],
          provide: { d1Migrations },
        },
      },
      {
        test: {
          name: "bundle",
          include: ["test/bundle/**/*.test.ts"],
          environment: "node",
          // One `wrangler deploy --dry-run` (a few seconds); the timeout only catches a hang.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
