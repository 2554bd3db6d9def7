import { describe, expect, it } from "vitest";
import { hydrateIsland } from "../support/browser.ts";
import { builtPages, hasIsland } from "../support/dist.ts";
import { startBrowser } from "../support/harness.ts";

const harness = startBrowser();

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

describe.concurrent("requests made by each page", () => {
  it.each(builtPages().map((p) => [p.path, p] as const))(
    "%s requests only its own origin, and JavaScript only if it has an island",
    async (path, built) => {
      const page = await harness.context.newPage();
      const requests: { url: string; type: string }[] = [];
      const problems: string[] = [];
      page.on("request", (request) =>
        requests.push({ url: request.url(), type: request.resourceType() }),
      );
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning")
          problems.push(message.text());
      });
      page.on("pageerror", (error) => problems.push(error.message));
      // Some violations (a caught eval, for instance) reach the DevTools issues, not the console.
      await page.addInitScript(() => {
        window.cspViolations = [];
        document.addEventListener("securitypolicyviolation", (event) => {
          window.cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      try {
        const response = await page.goto(`${harness.origin}${path}`, { waitUntil: "load" });
        expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
        const foreign = requests.filter((r) => !r.url.startsWith(`${harness.origin}/`));
        expect(foreign).toEqual([]);
        const scripts = requests.filter((r) => r.type === "script");
        if (hasIsland(built)) {
          expect(scripts.length).toBeGreaterThan(0);
          // The island comes when pointed at, and hydrates without a CSP violation.
          await hydrateIsland(page);
        } else {
          expect(scripts).toEqual([]);
        }
        // CSP violations and hydration mismatches are reported on the console.
        expect(problems).toEqual([]);
        expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
