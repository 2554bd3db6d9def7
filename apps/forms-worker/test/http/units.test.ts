import { describe, expect, it } from "vitest";
import { spamReason } from "../../src/abuse/spam.js";
import { configOf, readConfig } from "../../src/config.js";
import {
  bodyFormat,
  containsIllFormedText,
  mediaType,
  parseUrlEncoded,
} from "../../src/http/body.js";
import { HttpError } from "../../src/http/errors.js";
import { matchPath } from "../../src/http/router.js";
import { redactErrorMessage } from "../../src/log.js";

describe("readConfig", () => {
  it("falls back to the documented defaults", () => {
    const config = readConfig({});
    expect(config.siteUrl).toBe("http://127.0.0.1:4321");
    expect([...config.allowedOrigins]).toEqual(["http://localhost:4321", "http://127.0.0.1:4321"]);
    expect(config.minFillSeconds).toBe(3);
    expect(config.workspaceUrl).toBe("http://127.0.0.1:8788");
    expect(config.turnstileSecret).toBe("");
    expect(config.benchMode).toBe(false);
  });

  it("normalises origins and URLs and ignores malformed values", () => {
    const config = readConfig({
      SITE_URL: "https://integrationspaten.example/",
      ALLOWED_ORIGINS: " https://a.example/ , not a url, ftp://x.example,https://b.example:8443",
      MIN_FILL_SECONDS: "-1",
      WORKSPACE_URL: "https://koordination.integrationspaten.example/",
    });
    expect(config.siteUrl).toBe("https://integrationspaten.example");
    expect(config.workspaceUrl).toBe("https://koordination.integrationspaten.example");
    expect(readConfig({ WORKSPACE_URL: "not a url" }).workspaceUrl).toBe("http://127.0.0.1:8788");
    expect([...config.allowedOrigins]).toEqual(["https://a.example", "https://b.example:8443"]);
    expect(config.minFillSeconds).toBe(3);
    expect(readConfig({ MIN_FILL_SECONDS: "0" }).minFillSeconds).toBe(0);
  });
});

describe("configOf", () => {
  it("parses the variables once and again only when one of them changes", () => {
    const env = { SITE_URL: "https://a.example/", TURNSTILE_SECRET: "" };
    const first = configOf(env);
    expect(configOf({ ...env })).toBe(first);
    env.TURNSTILE_SECRET = "secret";
    const changed = configOf(env);
    expect(changed).not.toBe(first);
    expect(changed.turnstileSecret).toBe("secret");
    // An absent variable is not the same as an empty one.
    expect(configOf({ SITE_URL: "https://a.example/" }).turnstileSecret).toBe("");
    expect(configOf({ SITE_URL: "https://a.example/" })).not.toBe(first);
  });
});

describe("spamReason", () => {
  const now = 1_800_000_000_000;
  it.each([
    [{ honeypot: "x", startedAt: undefined }, "honeypot"],
    [{ honeypot: "  ", startedAt: undefined }, undefined],
    [{ honeypot: undefined, startedAt: now - 1000 }, "too_fast"],
    [{ honeypot: undefined, startedAt: now - 3000 }, undefined],
    [{ honeypot: undefined, startedAt: now }, "too_fast"],
    [{ honeypot: undefined, startedAt: now + 5000 }, undefined],
    [{ honeypot: "", startedAt: undefined }, undefined],
  ] as const)("%j → %s", (meta, expected) => {
    expect(spamReason(meta, now, 3)).toBe(expected);
  });
});

describe("body helpers", () => {
  it("reads media types and charsets", () => {
    expect(mediaType('application/json; charset="UTF-8"')).toEqual({
      type: "application/json",
      charset: "utf-8",
    });
    expect(mediaType(null)).toEqual({ type: "", charset: undefined });
  });

  it("accepts JSON and url-encoded in UTF-8 only", () => {
    expect(bodyFormat("application/json")).toBe("json");
    expect(bodyFormat("application/x-www-form-urlencoded;charset=utf-8")).toBe("form");
    expect(() => bodyFormat("application/x-www-form-urlencoded; charset=windows-1252")).toThrow(
      HttpError,
    );
  });

  it("decodes url-encoded bodies strictly", () => {
    expect(parseUrlEncoded("a=1&b=x+y&c&&d=%C3%BC")).toEqual([
      ["a", "1"],
      ["b", "x y"],
      ["c", ""],
      ["d", "ü"],
    ]);
    expect(() => parseUrlEncoded("a=%")).toThrow(HttpError);
    expect(() => parseUrlEncoded("a=%ED%A0%80")).toThrow(HttpError);
  });

  it("finds lone surrogates deep inside values and keys", () => {
    expect(containsIllFormedText({ a: [{ b: ["ok", "\ud800"] }] })).toBe(true);
    expect(containsIllFormedText({ "\udc00": 1 })).toBe(true);
    expect(containsIllFormedText({ a: ["😀", { b: "ü" }] })).toBe(false);
  });
});

describe("matchPath", () => {
  it("matches literal segments and parameters", () => {
    expect(matchPath("/api/items/:id", "/api/items/a%20b")).toEqual({
      id: "a b",
    });
    expect(matchPath("/api/items/:id", "/api/items/")).toBeUndefined();
    expect(matchPath("/api/items/:id", "/api/items/a/b")).toBeUndefined();
    expect(matchPath("/api/items/:id", "/api/items/%E0")).toBeUndefined();
    expect(matchPath("/api/health", "/api/health/")).toBeUndefined();
  });
});

describe("redactErrorMessage", () => {
  it("removes addresses and phone numbers and keeps the error class", () => {
    expect(
      redactErrorMessage(
        new TypeError("email to ana@example.org not allowed, call +49 6731 123456"),
      ),
    ).toBe("TypeError: email to [address] not allowed, call [number]");
  });
});
