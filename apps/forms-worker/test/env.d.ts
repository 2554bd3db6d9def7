import type { D1Migration } from "cloudflare:test";

declare module "vitest" {
  interface ProvidedContext {
    /** The SQL migrations of packages/database/migrations, read by vitest.config.ts. */
    d1Migrations: D1Migration[];
  }
}

declare global {
  interface ImportMeta {
    /** Vite's import.meta.glob (Vite transforms the tests; its client types are not loaded). */
    glob<T>(
      pattern: string,
      options: { query: string; import: string; eager: true },
    ): Record<string, T>;
  }
}
