import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { inject } from "vitest";

// Setup files run before each test file; applying what is not yet recorded is idempotent.
await applyD1Migrations(env.DB, inject("d1Migrations"));
