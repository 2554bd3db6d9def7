import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { BASE, postJson, SITE_ORIGIN, validSignup } from "../helpers.js";

function preflight(path: string, origin: string): Promise<Response> {
  return exports.default.fetch(`${BASE}${path}`, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "content-type, idempotency-key",
    },
  });
}

describe("CORS", () => {
  it("answers a preflight from the site origin with the allowed method and headers", async () => {
    const response = await preflight("/api/help-requests", SITE_ORIGIN);

    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(SITE_ORIGIN);
    expect(response.headers.get("access-control-allow-methods")).toBe("POST, OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toMatch(/Idempotency-Key/);
    expect(response.headers.get("access-control-allow-headers")).toMatch(/Content-Type/);
    expect(response.headers.get("vary")).toMatch(/Origin/);
  });

  it("accepts every origin of ALLOWED_ORIGINS", async () => {
    const response = await preflight("/api/signups", "http://127.0.0.1:4321");

    expect(response.headers.get("access-control-allow-origin")).toBe("http://127.0.0.1:4321");
  });

  it("refuses a preflight from another origin with 403 and no CORS headers", async () => {
    const response = await preflight("/api/signups", "https://evil.example");

    expect(response.status).toBe(403);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(await response.json()).toMatchObject({ error: { code: "forbidden_origin" } });
  });

  it("refuses a post from another origin with 403 and stores nothing", async () => {
    const response = await postJson("/api/signups", validSignup(), {
      origin: "https://evil.example",
    });

    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden_origin" } });
  });

  it('refuses the opaque origin "null" (sandboxed frames, data: URLs)', async () => {
    const response = await postJson("/api/signups", validSignup(), { origin: "null" });

    expect(response.status).toBe(403);
  });

  it("treats a look-alike origin as foreign (scheme and port count)", async () => {
    for (const origin of ["https://localhost:4321", "http://localhost:43210", "http://localhost"]) {
      const response = await postJson("/api/signups", validSignup(), { origin });
      expect(response.status).toBe(403);
    }
  });

  it("adds CORS headers to a success and to an error from the site origin", async () => {
    const ok = await postJson("/api/signups", validSignup());
    const invalid = await postJson("/api/signups", validSignup({ email: "x" }));

    for (const response of [ok, invalid]) {
      expect(response.headers.get("access-control-allow-origin")).toBe(SITE_ORIGIN);
      expect(response.headers.get("access-control-expose-headers")).toMatch(/Retry-After/);
    }
  });

  it("lets a client without an Origin header (curl, a server) post, without CORS headers", async () => {
    const response = await postJson("/api/signups", validSignup(), { origin: null });

    expect(response.status).toBe(201);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("sends no CORS headers on an unknown path, even to the site origin", async () => {
    const response = await exports.default.fetch(`${BASE}/api/does-not-exist`, {
      headers: { origin: SITE_ORIGIN },
    });

    expect(response.status).toBe(404);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});
