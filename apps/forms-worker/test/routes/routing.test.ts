import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("routing", () => {
  it("answers an unknown path with a catalogued 404 in JSON", async () => {
    const response = await exports.default.fetch("http://forms.test/api/does-not-exist");

    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("answers a method the endpoint does not accept with 405 and the allowed methods", async () => {
    const response = await exports.default.fetch("http://forms.test/api/health", {
      method: "POST",
    });

    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
    expect(await response.json()).toMatchObject({ error: { code: "method_not_allowed" } });
  });
});
