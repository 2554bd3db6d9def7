import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// The tests run inside workerd with the bindings of wrangler.jsonc (a local, SQLite-backed D1
// for DB). The migrations are read here, in Node, the same way `wrangler d1 migrations apply`
// discovers them (migrations_dir of wrangler.jsonc), and handed to the setup file through
// Vitest's provide/inject, so no test-only binding leaks into the worker's Env.
const d1Migrations = await readD1Migrations({
  projectPath: import.meta.dirname,
  migrationsDir: "migrations",
});

export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.jsonc" } })],
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["./test/apply-migrations.ts"],
    provide: { d1Migrations },
  },
});
