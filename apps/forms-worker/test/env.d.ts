import type { D1Migration } from "cloudflare:test";

declare module "vitest" {
  interface ProvidedContext {
    /** The SQL migrations from migrations/, read by vitest.config.ts. */
    d1Migrations: D1Migration[];
  }
}
