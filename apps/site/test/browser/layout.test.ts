import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { builtPages } from "../support/dist.ts";
import { startBrowser } from "../support/harness.ts";

const harness = startBrowser();

/** Key pages checked at 200 % zoom: the start pages and the forms. */
const KEY_PAGES = [
  "/",
  "/hilfe-anfragen/",
  "/mitmachen/",
  "/projekt/",
  "/en/",
  "/ar/",
  "/ar/request-help/",
  "/datenschutz/",
  "/zertifikat-pruefen/",
];

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

async function open(path: string, viewport: { width: number; height: number }, scale = 1) {
  const context = await harness.browser.newContext({ viewport, deviceScaleFactor: scale });
  const page = await context.newPage();
  await page.goto(`${harness.origin}${path}`, { waitUntil: "load" });
  return { page, close: () => context.close() };
}

describe("responsive layout", () => {
  it("never scrolls sideways at 320 px, on any page", async () => {
    const context = await harness.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const overflowing: string[] = [];
    for (const built of builtPages()) {
      await page.goto(`${harness.origin}${built.path}`, { waitUntil: "load" });
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) overflowing.push(`${built.path} (+${overflow}px)`);
    }
    await context.close();
    expect(overflowing).toEqual([]);
  });

  it.each(KEY_PAGES)("%s reflows at 200 %% zoom (1280 px window = 640 CSS px)", async (path) => {
    const { page, close } = await open(path, { width: 640, height: 400 }, 2);
    try {
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      const fontSize = await page.evaluate(() =>
        Number.parseFloat(getComputedStyle(document.body).fontSize),
      );
      expect(fontSize).toBeGreaterThanOrEqual(16);
    } finally {
      await close();
    }
  });
});

describe("right-to-left pages", () => {
  /** Horizontal positions of the main navigation's links, in document order. */
  async function navPositions(page: Page): Promise<number[]> {
    return page.$$eval(".main-nav a", (links) => links.map((a) => a.getBoundingClientRect().left));
  }

  it.each([
    "/ar/",
    "/ar/request-help/",
    "/ar/request-help/thanks/",
    "/fa/",
    "/fa/request-help/",
    "/fa/request-help/thanks/",
  ])("%s is mirrored", async (path) => {
    const { page, close } = await open(path, { width: 1280, height: 800 });
    try {
      expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
      expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe("rtl");
      // Navigation runs from right to left: the first link is the rightmost one.
      const positions = await navPositions(page);
      expect(positions.length).toBeGreaterThan(1);
      expect(positions[0]).toBeGreaterThan(positions.at(-1) ?? Number.POSITIVE_INFINITY);
      // The brand sits at the right edge, as the start of the line.
      const brand = await page.locator(".brand").boundingBox();
      expect((brand?.x ?? 0) + (brand?.width ?? 0)).toBeGreaterThan(1280 / 2);
      // Headings start on the right.
      const h1 = await page.locator("h1").boundingBox();
      const main = await page.locator("main").boundingBox();
      expect(Math.round((h1?.x ?? 0) + (h1?.width ?? 0))).toBeGreaterThanOrEqual(
        Math.round((main?.x ?? 0) + (main?.width ?? 0)) - 40,
      );
    } finally {
      await close();
    }
  });

  it("left-to-right pages keep the opposite order (the check above is meaningful)", async () => {
    const { page, close } = await open("/uk/", { width: 1280, height: 800 });
    try {
      const positions = await navPositions(page);
      expect(positions[0]).toBeLessThan(positions.at(-1) ?? 0);
      const brand = await page.locator(".brand").boundingBox();
      expect(brand?.x ?? 1280).toBeLessThan(1280 / 2);
    } finally {
      await close();
    }
  });
});

describe("feeds", () => {
  it.each(["/sitemap.xml", "/aktuelles/rss.xml"])(
    "%s parses as XML in the browser",
    async (path) => {
      const page = await harness.context.newPage();
      try {
        await page.goto(`${harness.origin}/`);
        const error = await page.evaluate(async (url) => {
          const text = await (await fetch(url)).text();
          const doc = new DOMParser().parseFromString(text, "application/xml");
          return doc.querySelector("parsererror")?.textContent ?? null;
        }, path);
        expect(error).toBeNull();
      } finally {
        await page.close();
      }
    },
  );
});
