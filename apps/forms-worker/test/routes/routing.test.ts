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
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(await response.json()).toMatchObject({ error: { code: "method_not_allowed" } });
  });

  it("answers GET on a submission endpoint with 405 naming POST", async () => {
    const response = await exports.default.fetch("http://forms.test/api/signups");

    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST, OPTIONS");
  });

  it("answers HEAD like GET without a body", async () => {
    const response = await exports.default.fetch("http://forms.test/api/health", {
      method: "HEAD",
    });

    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
  });

  it("gives the 404 message in the language of Accept-Language", async () => {
    const german = await exports.default.fetch("http://forms.test/nope", {
      headers: { "accept-language": "de-DE,de;q=0.9,en;q=0.8" },
    });
    const english = await exports.default.fetch("http://forms.test/nope", {
      headers: { "accept-language": "en-GB" },
    });

    expect(await german.json()).toMatchObject({
      error: { message: "Unter dieser Adresse gibt es keine Schnittstelle." },
    });
    expect(await english.json()).toMatchObject({
      error: { message: "There is no endpoint at this path." },
    });
  });

  it("marks every answer as not cacheable and not sniffable", async () => {
    const response = await exports.default.fetch("http://forms.test/api/health");

    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
