import type { D1Migration } from "cloudflare:test";
import type { JWK } from "jose";

declare module "vitest" {
  interface ProvidedContext {
    /** The LINK_SECRET the Worker signs volunteers' links with in the tests. */
    linkSecret: string;
    /** The SQL migrations from packages/database/migrations, read by vitest.config.ts. */
    d1Migrations: D1Migration[];
    /** The `vars` of wrangler.jsonc: the production configuration. */
    productionVars: Record<string, string>;
    /** The test's Cloudflare Access team: its address, audience and signing keys. */
    access: { team: string; audience: string; keys: { kid: string; privateJwk: JWK }[] };
  }
}
