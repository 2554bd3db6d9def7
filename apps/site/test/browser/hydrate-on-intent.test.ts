import { setTimeout as delay } from "node:timers/promises";
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { startBrowser } from "../support/harness.ts";

/*
 * The form islands come when the visitor turns to them (src/islands/hydrate-on-intent.ts):
 * a page costs a tiny script at load, and whatever the visitor typed before the island
 * arrived is still there afterwards.
 */

const harness = startBrowser();
let open: Page[] = [];
afterEach(async () => {
  await Promise.all(open.map((page) => page.close()));
  open = [];
});

/** Opens `path` and records the scripts it requests. */
async function visit(path: string) {
  const page = await harness.context.newPage();
  open.push(page);
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${harness.origin}${path}`, { waitUntil: "load" });
  return { page, scripts, errors };
}

const hydrated = (page: Page) => page.evaluate(() => document.querySelector("form")?.noValidate);

describe("islands hydrate on intent", () => {
  for (const path of [
    "/hilfe-anfragen/",
    "/mitmachen/",
    "/ar/request-help/",
    "/zertifikat-pruefen/",
  ]) {
    it(`${path} loads only its small page script until the visitor turns to the form`, async () => {
      const { page, scripts } = await visit(path);
      await delay(500);
      expect(await hydrated(page)).toBe(false);
      // The page script and Vite's preload helper: no Preact, no zod, no messages.
      expect(scripts.length).toBeLessThanOrEqual(2);
      expect(scripts.some((s) => /hydrate-|messages|client\./.test(s))).toBe(false);
    });
  }

  it("keeps what was typed before the island arrived, then validates with it", async () => {
    const { page, errors } = await visit("/hilfe-anfragen/");
    // Hold the island back, so the typing certainly happens before it hydrates.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route("**/_astro/hydrate-help-request.*", async (route) => {
      await held;
      await route.continue();
    });
    await page.check("#hr-requesterRole-0");
    await page.focus("#hr-contactName");
    await page.keyboard.type("Ana Beispiel");
    expect(await hydrated(page)).toBe(false);
    release();
    await page.waitForFunction(() => document.querySelector("form")?.noValidate === true);
    expect(await page.inputValue("#hr-contactName")).toBe("Ana Beispiel");
    expect(await page.isChecked("#hr-requesterRole-0")).toBe(true);
    // Focus stayed in the field the visitor was typing in.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("hr-contactName");
    await page.keyboard.type(" Muster");
    // The island's own validation now runs; the values survive its re-render.
    await page.click('button[type="submit"]');
    await page.waitForSelector(".error-summary");
    expect(await page.inputValue("#hr-contactName")).toBe("Ana Beispiel Muster");
    expect(await page.isChecked("#hr-requesterRole-0")).toBe(true);
    const linked = await page.$$eval(".error-summary li a", (links) =>
      links.map((a) => a.getAttribute("href")),
    );
    expect(linked).not.toContain("#hr-contactName");
    expect(linked).not.toContain("#hr-requesterRole-0");
    expect(errors).toEqual([]);
  });

  it("comes by keyboard too: tabbing into the form brings the island", async () => {
    const { page } = await visit("/mitmachen/");
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.closest("form") !== null)) break;
    }
    await page.waitForFunction(() => document.querySelector("form")?.noValidate === true);
  });
});
