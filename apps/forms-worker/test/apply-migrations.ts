import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { inject } from "vitest";

// Setup files run before each test file, outside any single test. applyD1Migrations only
// applies what the database has not recorded yet, so running it repeatedly is safe.
await applyD1Migrations(env.DB, inject("d1Migrations"));
