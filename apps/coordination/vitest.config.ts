import { mkdirSync } from "node:fs";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { exportJWK, generateKeyPair, type JWK } from "jose";
import { defineConfig } from "vitest/config";
import { unstable_readConfig } from "wrangler";

// The tests run inside workerd with the bindings of wrangler.jsonc and a local,
// SQLite-backed D1 carrying the same migrations as the forms worker's.
const d1Migrations = await readD1Migrations({
  projectPath: import.meta.dirname,
  migrationsDir: "../../packages/database/migrations",
});

// The workspace's assets directory must exist for the Worker to start; the API tests do
// not need the built app in it.
mkdirSync(`${import.meta.dirname}/dist/client`, { recursive: true });

/*
 * Cloudflare Access, as far as the Worker can see it: a team whose certs endpoint serves a
 * JWKS. The key pairs are made here, per run; the tests sign assertions with the private
 * halves (injected below). Which keys the endpoint publishes can be changed from a test
 * (a rotation), and it counts how often it was asked, so the cache can be checked.
 */
export const TEAM = "https://test-team.cloudflareaccess.com";
export const AUDIENCE = "test-audience-tag-0123456789";
const LINK_SECRET_FOR_TESTS = "test-link-secret-0123456789abcdef0123456789";

async function keyPair(kid: string) {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  return {
    kid,
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } as JWK,
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: "RS256" } as JWK,
  };
}

const keys = [await keyPair("current"), await keyPair("rotated")];
const access = { published: new Set(["current"]), fetches: 0 };

function accessTeam(request: Request): Response | Promise<Response> {
  const url = new URL(request.url);
  if (url.origin !== TEAM)
    return new Response(`unexpected request: ${request.url}`, { status: 599 });
  if (url.pathname === "/cdn-cgi/access/certs") {
    access.fetches += 1;
    const published = keys.filter((key) => access.published.has(key.kid));
    return Response.json({ keys: published.map((key) => key.publicJwk) });
  }
  if (url.pathname === "/__test/fetches") return Response.json({ fetches: access.fetches });
  if (url.pathname === "/__test/publish" && request.method === "POST") {
    return request.json().then((kids) => {
      access.published = new Set(kids as string[]);
      return Response.json({ ok: true });
    });
  }
  return new Response("not found", { status: 404 });
}

// The production configuration as wrangler.jsonc states it; the tests run with it (not
// with a developer's .dev.vars, which wrangler would otherwise read) and check it.
const productionVars = unstable_readConfig({ config: "./wrangler.jsonc" }).vars as Record<
  string,
  string
>;

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.jsonc" },
      miniflare: {
        // The production configuration (wrangler.jsonc's vars) with the test team.
        bindings: {
          ...productionVars,
          ACCESS_TEAM_DOMAIN: TEAM,
          ACCESS_AUD: AUDIENCE,
          // A secret in production (wrangler secret put); a fixed one for the tests.
          LINK_SECRET: LINK_SECRET_FOR_TESTS,
        },
        outboundService: accessTeam,
      },
    }),
  ],
  test: {
    include: ["test/**/*.test.ts"],
    // `ics` brings CommonJS dependencies (yup → property-expr) that workerd's module
    // loader cannot import by name; pre-bundled by Vite they load (wrangler's esbuild
    // bundle has no such problem).
    deps: { optimizer: { ssr: { enabled: true, include: ["ics"] } } },
    // Tests never fail on wall-clock time; the timeout only catches a hang.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    silent: "passed-only",
    setupFiles: ["./test/apply-migrations.ts"],
    provide: {
      linkSecret: LINK_SECRET_FOR_TESTS,
      d1Migrations,
      productionVars,
      access: {
        team: TEAM,
        audience: AUDIENCE,
        keys: keys.map(({ kid, privateJwk }) => ({ kid, privateJwk })),
      },
    },
  },
});
