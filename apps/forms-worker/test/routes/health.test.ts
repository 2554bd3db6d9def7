import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { postJson, validSignup } from "../helpers.js";

/** Runs `fn` with a D1 binding that fails every query (the database is down). */
async function withBrokenDatabase<T>(fn: () => Promise<T>): Promise<T> {
  const target = env as unknown as { DB: unknown };
  const saved = target.DB;
  target.DB = {
    prepare() {
      throw new Error("D1_ERROR: database unavailable (contact ana@example.org)");
    },
    batch() {
      return Promise.reject(new Error("D1_ERROR: database unavailable"));
    },
  };
  try {
    return await fn();
  } finally {
    target.DB = saved;
  }
}

describe("GET /api/health", () => {
  it("answers 200 with status ok once D1 has answered SELECT 1", async () => {
    const response = await exports.default.fetch("http://forms.test/api/health");

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("answers 503 degraded when D1 does not answer", async () => {
    const response = await withBrokenDatabase(() =>
      exports.default.fetch("http://forms.test/api/health"),
    );

    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "degraded", database: "error" });
  });
});

describe("a failure of the server itself", () => {
  it("becomes the catalogued 500 without a stack trace or internal message", async () => {
    const response = await withBrokenDatabase(() =>
      postJson("/api/signups", validSignup({ motivation: crypto.randomUUID() })),
    );

    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      error: {
        code: "internal_error",
        message: "Der Dienst konnte die Anfrage nicht bearbeiten.",
      },
    });
    expect(text).not.toMatch(/D1_ERROR|at |\.ts/);
  });
});
