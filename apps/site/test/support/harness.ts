import type { Browser, BrowserContext, BrowserContextOptions } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser.ts";
import { DIST, requireBuild } from "./dist.ts";
import { type StaticServer, serveDist } from "./static-server.ts";

export interface Harness {
  origin: string;
  browser: Browser;
  context: BrowserContext;
}

/**
 * One static server, one browser and one context per test file (fast), created before the
 * file's tests and closed after them.
 */
export function startBrowser(options: BrowserContextOptions = {}): Harness {
  const harness = {} as Harness;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    requireBuild();
    server = await serveDist(DIST);
    harness.origin = server.origin;
    harness.browser = await launchBrowser();
    harness.context = await harness.browser.newContext(options);
  });
  afterAll(async () => {
    await harness.context?.close();
    await harness.browser?.close();
    await server?.close();
  });
  return harness;
}
