import { env, exports } from "cloudflare:workers";
import { describe, expect, inject, it } from "vitest";
import { app } from "../src/worker/app.js";
import { readConfig } from "../src/worker/config.js";
import { api, createCoordinator } from "./helpers.js";

// wrangler.jsonc's `vars` and the secret a deploy adds (`wrangler secret put LINK_SECRET`).
const production: Record<string, string> = {
  ...inject("productionVars"),
  LINK_SECRET: inject("linkSecret"),
};

const development = {
  LINK_SECRET: inject("linkSecret"),
  ENVIRONMENT: "development",
  DEV_SIGN_IN: "true",
  ACCESS_TEAM_DOMAIN: "",
  ACCESS_AUD: "",
  SITE_URL: "http://127.0.0.1:4321",
};

describe("the configuration", () => {
  it("is production with Cloudflare Access in wrangler.jsonc", () => {
    expect(production.ENVIRONMENT).toBe("production");
    expect(readConfig(production)).toMatchObject({
      ok: true,
      config: { identity: { kind: "access" } },
    });
  });

  it("refuses the development sign-in in production, and with no environment named", () => {
    for (const source of [
      { ...production, DEV_SIGN_IN: "true" },
      { ...development, ENVIRONMENT: "production" },
      { DEV_SIGN_IN: "true", LINK_SECRET: inject("linkSecret") },
    ]) {
      const result = readConfig(source);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.problems.join("\n")).toMatch(
          /^DEV_SIGN_IN: the development sign-in is refused/m,
        );
    }
  });

  it("refuses to start without a link secret, or with a short one", () => {
    for (const LINK_SECRET of [undefined, "too-short"]) {
      const result = readConfig({ ...production, LINK_SECRET });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems).toEqual([expect.stringMatching(/^LINK_SECRET: /)]);
    }
  });

  it("refuses production without a team domain and an audience", () => {
    const result = readConfig({
      ...production,
      ACCESS_TEAM_DOMAIN: "http://team.example",
      ACCESS_AUD: "",
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        expect.stringMatching(/^ACCESS_TEAM_DOMAIN: /),
        expect.stringMatching(/^ACCESS_AUD: /),
      ]);
    }
  });

  it("answers every request 500 when production is configured with the development sign-in", async () => {
    const response = await app.fetch(new Request("https://workspace.test/api/dev/coordinators"), {
      ...env,
      DEV_SIGN_IN: "true",
    });
    expect(response.status).toBe(500);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe("misconfigured");
  });

  it("has no development sign-in in production", async () => {
    await createCoordinator("administrator", []);
    expect((await api("/api/dev/coordinators")).status).toBe(404);
    const signIn = await api("/api/dev/sign-in", { method: "POST", body: { coordinatorId: "x" } });
    expect(signIn.status).toBe(404);
    expect(signIn.headers.get("set-cookie")).toBeNull();
    expect(exports.default).toBeDefined();
  });
});

describe("the development sign-in", () => {
  const devEnv = { ...env, ...development };
  const send = (path: string, init: RequestInit = {}) =>
    app.fetch(new Request(`http://127.0.0.1:8788${path}`, init), devEnv);

  it("lists the coordinators, signs one in with a real assertion, and the API then knows them", async () => {
    const coordinator = await createCoordinator("coordinator", ["fid"]);
    const list = await (await send("/api/dev/coordinators")).json<{ id: string }[]>();
    expect(list.map((c) => c.id)).toContain(coordinator.id);

    const signIn = await send("/api/dev/sign-in", {
      method: "POST",
      headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
      body: JSON.stringify({ coordinatorId: coordinator.id }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const token = /workspace_dev_assertion=([^;]+)/.exec(cookie)?.[1] ?? "";
    expect(token.split(".")).toHaveLength(3);

    const me = await send("/api/me", { headers: { cookie: `workspace_dev_assertion=${token}` } });
    expect(await me.json()).toMatchObject({
      id: coordinator.id,
      role: "coordinator",
      points: ["fid"],
    });

    // A development assertion means nothing to the production configuration.
    const production = await api("/api/me", {
      headers: { cookie: `workspace_dev_assertion=${token}` },
      token,
    });
    expect(production.status).toBe(401);
  });
});
