import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// The tests run inside workerd with the bindings of wrangler.jsonc (a local, SQLite-backed D1
// for DB, the rate limiter, the queue and send_email as wrangler emulates them). The
// migrations are read here, in Node, the same way `wrangler d1 migrations apply` discovers
// them (migrations_dir of wrangler.jsonc), and handed to the setup file through Vitest's
// provide/inject, so no test-only binding leaks into the worker's Env.
const d1Migrations = await readD1Migrations({
  projectPath: import.meta.dirname,
  // One set of migrations for both workers (see packages/database).
  migrationsDir: "../../packages/database/migrations",
});

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.jsonc" },
      miniflare: {
        // Fixed secrets for the tests, so they do not depend on a developer's .dev.vars
        // (which CI does not have). Turnstile is off here; tests that need it switch it on
        // for themselves and replace the verifier (no network in tests).
        bindings: {
          TURNSTILE_SECRET: "",
          NOTIFY_FROM: "formulare@integrationspaten.example",
          NOTIFY_TO_OVERRIDE: "koordination@integrationspaten.example",
        },
      },
    }),
  ],
  test: {
    include: ["test/**/*.test.ts"],
    // Tests never fail on wall-clock time: the robustness suite sends thousands of requests
    // and takes tens of seconds on a busy 2-core machine. The timeout only catches a hang.
    testTimeout: 300_000,
    hookTimeout: 120_000,
    // The worker logs one JSON line per request; show them only for failing tests.
    silent: "passed-only",
    setupFiles: ["./test/apply-migrations.ts"],
    provide: { d1Migrations },
  },
});
