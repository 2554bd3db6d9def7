import { describe, expect, it } from "vitest";
import { readSiteEnvironment } from "../src/config.ts";
import {
  contentSecurityPolicy,
  formatHeadersFile,
  headerRules,
  headersFor,
  matchesPattern,
  parseHeadersFile,
} from "../src/integrations/security-headers.ts";
import { inlineCodeIn } from "../src/integrations/site-build.ts";

describe("readSiteEnvironment", () => {
  it("defaults to the district's domain and the local forms worker", () => {
    const env = readSiteEnvironment({});
    expect(env.siteUrl.href).toBe("https://integrationspaten.alzey-worms.de/");
    expect(env.formsWorkerUrl).toBe("http://127.0.0.1:8787");
  });

  it("takes SITE_URL and FORMS_WORKER_URL from the environment, without trailing slashes", () => {
    const env = readSiteEnvironment({
      SITE_URL: "https://example.org/ignored/path",
      FORMS_WORKER_URL: "https://forms.example.org/",
    });
    expect(env.siteUrl.origin).toBe("https://example.org");
    expect(env.formsWorkerUrl).toBe("https://forms.example.org");
  });

  it("refuses an address that is not http(s), naming the variable", () => {
    expect(() => readSiteEnvironment({ FORMS_WORKER_URL: "ftp://x" })).toThrow(/FORMS_WORKER_URL/);
    expect(() => readSiteEnvironment({ SITE_URL: "not a url" })).toThrow(/SITE_URL/);
  });
});

describe("the _headers file", () => {
  const rules = headerRules({
    formsWorkerUrl: "https://forms.example.org",
    icsPaths: ["/termine.ics", "/termine/workshop-1.ics"],
  });

  it("allows scripts and styles from the site only, and the worker for fetch and form posts", () => {
    const csp = contentSecurityPolicy("https://forms.example.org/base");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("connect-src 'self' https://forms.example.org;");
    expect(csp).toContain("form-action 'self' https://forms.example.org;");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it("survives a round trip through the Cloudflare Pages format", () => {
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });

  it("serves calendar files as text/calendar in UTF-8, and never an HTML page", () => {
    expect(headersFor(rules, "/termine.ics").get("content-type")).toBe(
      "text/calendar; charset=utf-8",
    );
    expect(headersFor(rules, "/termine/workshop-1.ics").get("content-type")).toBe(
      "text/calendar; charset=utf-8",
    );
    expect(headersFor(rules, "/termine/").get("content-type")).toBeUndefined();
    expect(headersFor(rules, "/termine/").get("content-security-policy")).toBeDefined();
  });

  it("matches splats like Cloudflare Pages", () => {
    expect(matchesPattern("/*", "/en/project/")).toBe(true);
    expect(matchesPattern("/_astro/*", "/_astro/a.js")).toBe(true);
    expect(matchesPattern("/_astro/*", "/other/a.js")).toBe(false);
    expect(matchesPattern("/termine.ics", "/termineXics")).toBe(false);
  });
});

describe("inlineCodeIn", () => {
  it("finds inline scripts, styles, style attributes and event handlers, but not module links", () => {
    expect(inlineCodeIn('<script type="module" src="/_astro/x.js"></script>')).toEqual([]);
    expect(inlineCodeIn("<script>alert(1)</script>")).toEqual(["inline <script>"]);
    expect(inlineCodeIn("<style>p{}</style>")).toEqual(["inline <style>"]);
    expect(inlineCodeIn('<p style="color:red">')).toEqual(['style="…" attribute']);
    expect(inlineCodeIn('<a onclick="x()">')).toEqual(["inline event handler"]);
  });
});
