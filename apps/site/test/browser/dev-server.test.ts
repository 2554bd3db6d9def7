import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hydrateIsland, launchBrowser } from "../support/browser.ts";
import { childEnv } from "../support/child-env.ts";

/*
 * The README's main command as a visitor meets it: the real `astro dev`, started by the
 * site's own dev script (what `pnpm start` runs), in a real Chromium. The forms must
 * hydrate there (their own messages, not the browser's bubbles), and the addresses the
 * pages print must stay on the local servers.
 */

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

let dev: ChildProcess | undefined;
let browser: Browser | undefined;
let origin = "";
let output = "";

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // The addresses as a developer's shell has them: unset, so the dev script sets its own.
  const env = childEnv(
    // The date files only: no forms worker runs beside this test.
    { SITE_PORT: String(port), SESSIONS_URL: "" },
    ["SITE_URL", "FORMS_WORKER_URL"],
  );
  dev = spawn(process.execPath, ["scripts/dev.mjs"], {
    cwd: new URL("../..", import.meta.url),
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  dev.stdout?.on("data", (chunk) => (output += chunk));
  dev.stderr?.on("data", (chunk) => (output += chunk));
  // Ready when it answers (the first page also waits for Vite's dependency scan).
  for (let attempt = 0; ; attempt += 1) {
    try {
      if ((await fetch(`${origin}/`, { signal: AbortSignal.timeout(30_000) })).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 240 || dev.exitCode !== null)
      throw new Error(`astro dev did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  dev?.kill("SIGTERM");
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await (browser as Browser).newPage({ viewport: { width: 390, height: 844 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${origin}${path}`, { waitUntil: "load" });
  return { page, errors };
}

describe("the site under astro dev", () => {
  for (const path of ["/mitmachen/", "/hilfe-anfragen/", "/ar/request-help/"]) {
    it(`hydrates the form on ${path} without a script error`, async () => {
      const { page, errors } = await open(path);
      try {
        // Hydrated: the island has switched off the browser's own validation bubbles.
        await hydrateIsland(page, 60_000);
        expect(errors).toEqual([]);
        // The form posts to the local forms worker, not to a production address.
        const action = await page.locator("form").first().getAttribute("action");
        expect(action?.startsWith("http://127.0.0.1:8787/")).toBe(true);
      } finally {
        await page.close();
      }
    });
  }

  it("prints calendar addresses of the local server on /termine/", async () => {
    const { page } = await open("/termine/");
    try {
      const webcal = await page.locator('a[href^="webcal:"]').first().getAttribute("href");
      expect(webcal).toBe(`${origin.replace("http:", "webcal:")}/termine.ics`);
      expect(await page.locator(".feed-url").textContent()).toBe(`${origin}/termine.ics`);
    } finally {
      await page.close();
    }
  });
});
