import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("GET /api/health", () => {
  it("answers 200 with status ok once D1 has answered SELECT 1", async () => {
    const response = await exports.default.fetch("http://forms.test/api/health");

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });
});
