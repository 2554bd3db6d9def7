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
    return page.$$eval(".main-nav__list a", (links) =>
      links.map((a) => a.getBoundingClientRect().left),
    );
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

const PHONE = { width: 390, height: 844 };

/** Everything above `<main>`: header, navigation and the machine-translation notice. */
async function headerHeight(page: Page): Promise<number> {
  return page.$eval("main", (main) => main.getBoundingClientRect().top + window.scrollY);
}

/** Edges of the content column: `<main>` without its padding. */
async function contentEdges(page: Page): Promise<{ left: number; right: number }> {
  return page.$eval("main", (main) => {
    const box = main.getBoundingClientRect();
    const style = getComputedStyle(main);
    return {
      left: box.left + Number.parseFloat(style.paddingLeft),
      right: box.right - Number.parseFloat(style.paddingRight),
    };
  });
}

/** Box edges of the first element matching a selector that is shown. */
async function edges(page: Page, selector: string): Promise<{ left: number; right: number }> {
  return page.$$eval(selector, (elements) => {
    const shown = elements.find((element) => element.getClientRects().length > 0);
    if (!shown) throw new Error("nothing shown");
    const { left, right } = shown.getBoundingClientRect();
    return { left, right };
  });
}

/**
 * Line breaks inside a word in the element's text, as „…Integrationspatinne|n…“. Allowed are
 * breaks at spaces, at soft hyphens and after a hyphen inside a word („Alzey-|Worms“); not
 * allowed are breaks between letters and after a word-initial hyphen („und -|paten“).
 */
async function breaksInsideWords(page: Page, selector: string): Promise<string[]> {
  return page.$eval(selector, (element) => {
    const chars: { char: string; top: number | undefined }[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        // The glyph's own box: a range right after a break may also list an empty box at
        // the end of the line before.
        const rect = [...range.getClientRects()].filter((box) => box.width > 0).at(-1);
        chars.push({ char: text.data[i] ?? "", top: rect?.top });
      }
    }
    const all = chars.map((c) => c.char).join("");
    const bad: string[] = [];
    let previous = -1;
    for (let i = 0; i < chars.length; i++) {
      const top = chars[i]?.top;
      if (top === undefined) continue;
      const before = previous >= 0 ? chars[previous] : undefined;
      if (before?.top !== undefined && top > before.top + 1) {
        const gap = all.slice(previous, i + 1);
        const hyphenInWord =
          /^[-\u2010]/.test(before.char) && /\p{L}/u.test(all[previous - 1] ?? "");
        // Spaces (not the no-break one), soft hyphens and zero-width spaces are break points.
        if (!/[ \t\n\r\u00AD\u200B]/.test(gap) && !hyphenInWord) {
          bad.push(`${all.slice(Math.max(0, previous - 12), previous + 1)}|${all.slice(i, i + 8)}`);
        }
      }
      previous = i;
    }
    return bad;
  });
}

describe("header on a phone (390 × 844)", () => {
  it.each([
    ["/", false],
    ["/mitmachen/", false],
    ["/termine/", false],
    ["/leichte-sprache/", false],
    ["/ar/", true],
    ["/fa/", true],
    ["/uk/", true],
    ["/ru/", true],
    ["/tr/", true],
    ["/ar/request-help/", true],
  ] as const)(
    "%s: header, navigation and notice take at most a quarter of the screen",
    async (path, notice) => {
      const { page, close } = await open(path, PHONE);
      try {
        expect(await headerHeight(page)).toBeLessThanOrEqual(PHONE.height * 0.25);
        // Folded, not missing: the buttons are shown, the links are not.
        expect(await page.locator(".main-nav__toggle").isVisible()).toBe(true);
        expect(await page.locator(".lang-menu__toggle").isVisible()).toBe(true);
        expect(await page.locator(".main-nav__list a").first().isVisible()).toBe(false);
        expect(await page.locator(".review-notice").isVisible()).toBe(notice);
      } finally {
        await close();
      }
    },
  );

  it("opens the menu and the languages without JavaScript, one at a time", async () => {
    const context = await harness.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${harness.origin}/`, { waitUntil: "load" });
      const project = page.locator('.main-nav__list a[href="/projekt/"]');
      const easyLanguage = page.locator('.main-nav a[href="/leichte-sprache/"]');
      const english = page.locator('.lang-nav a[hreflang="en"]');
      expect(await project.isVisible()).toBe(false);
      // The menu, by pointer: the main sections, then Leichte Sprache and Gebärdensprache.
      await page.locator(".main-nav__toggle").click();
      expect(await project.isVisible()).toBe(true);
      expect(await easyLanguage.isVisible()).toBe(true);
      expect(await page.locator('.main-nav__list a[aria-current="page"]').textContent()).toBe(
        "Start",
      );
      // The languages, by keyboard; the button names the current language in that language.
      const languageButton = page.locator(".lang-menu__toggle");
      expect(await languageButton.textContent()).toContain("Deutsch");
      await languageButton.focus();
      await page.keyboard.press("Enter");
      expect(await english.isVisible()).toBe(true);
      expect(await english.getAttribute("lang")).toBe("en");
      expect(await page.locator('.lang-nav a[lang="ar"]').getAttribute("dir")).toBe("rtl");
      // Opening one closes the other (`<details name>`), so the bar never grows twice.
      expect(await project.isVisible()).toBe(false);
      // The open panel pushes the page down rather than covering it.
      const panelBottom = await page.$eval(
        ".lang-nav",
        (nav) => nav.getBoundingClientRect().bottom,
      );
      expect(await headerHeight(page)).toBeGreaterThanOrEqual(panelBottom);
    } finally {
      await context.close();
    }
  });

  it("shows the machine translation's explanation on request", async () => {
    const context = await harness.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${harness.origin}/ar/`, { waitUntil: "load" });
      const text = page.locator(".review-notice__text");
      expect(await text.isVisible()).toBe(false);
      await page.locator(".review-notice__toggle").click();
      expect(await text.isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe("header on wide screens", () => {
  it.each([
    ["/", 1280],
    ["/mitmachen/", 1280],
    ["/termine/", 1280],
    ["/en/", 1280],
    ["/ru/", 1280],
    ["/", 1920],
  ] as const)(
    "%s at %i px: the navigation is one row on the content column",
    async (path, width) => {
      const { page, close } = await open(path, { width, height: 900 });
      try {
        // No disclosure buttons: everything is shown.
        const buttons = await page.$$eval(".header-toggle", (all) =>
          all.filter((button) => button.getClientRects().length > 0),
        );
        expect(buttons).toHaveLength(0);
        const content = await contentEdges(page);
        // First navigation link, brand and H1 start on the same line.
        expect(Math.abs((await edges(page, "h1")).left - content.left)).toBeLessThanOrEqual(1);
        expect(
          Math.abs((await edges(page, ".main-nav__list a")).left - content.left),
        ).toBeLessThanOrEqual(1);
        expect(Math.abs((await edges(page, ".brand")).left - content.left)).toBeLessThanOrEqual(1);
        // The utility area ends where the content ends.
        expect(
          Math.abs((await edges(page, ".lang-nav__list")).right - content.right),
        ).toBeLessThanOrEqual(1);
        // No item on a second row, none broken over two lines.
        const boxes = await page.$$eval(".main-nav__list a", (links) =>
          links.map((a) => ({
            top: Math.round(a.getBoundingClientRect().top),
            lines: a.getClientRects().length,
            height: Math.round(a.getBoundingClientRect().height),
          })),
        );
        expect(boxes.length).toBeGreaterThanOrEqual(path === "/ru/" ? 2 : 6);
        expect(new Set(boxes.map((box) => box.top)).size).toBe(1);
        expect(new Set(boxes.map((box) => box.height)).size).toBe(1);
        expect(boxes.every((box) => box.lines === 1)).toBe(true);
        // Leichte Sprache and Gebärdensprache sit in the utility area, once.
        if (path === "/" || path === "/mitmachen/" || path === "/termine/") {
          const easy = await page.$$eval(
            'a[href="/leichte-sprache/"]',
            (links) =>
              links.filter((a) => a.closest("header") && a.getClientRects().length > 0).length,
          );
          expect(easy).toBe(1);
        }
      } finally {
        await close();
      }
    },
  );

  it.each([1280, 1920])(
    "/ar/ at %i px: navigation and notice end on the content's right edge",
    async (width) => {
      const { page, close } = await open("/ar/", { width, height: 900 });
      try {
        const content = await contentEdges(page);
        expect(Math.abs((await edges(page, "h1")).right - content.right)).toBeLessThanOrEqual(1);
        expect(
          Math.abs((await edges(page, ".main-nav__list a")).right - content.right),
        ).toBeLessThanOrEqual(1);
        expect(Math.abs((await edges(page, ".brand")).right - content.right)).toBeLessThanOrEqual(
          1,
        );
        expect(
          Math.abs((await edges(page, ".review-notice__badge")).right - content.right),
        ).toBeLessThanOrEqual(1);
        expect(
          Math.abs((await edges(page, ".lang-nav__list")).left - content.left),
        ).toBeLessThanOrEqual(1);
        // The explanation is shown in full, without a button.
        expect(await page.locator(".review-notice__toggle").isVisible()).toBe(false);
        expect(await page.locator(".review-notice__text").isVisible()).toBe(true);
      } finally {
        await close();
      }
    },
  );
});

describe("headings break between words", () => {
  it.each([
    ["/", 390],
    ["/", 360],
    ["/mitmachen/", 390],
    ["/en/", 390],
    ["/ru/", 390],
    ["/uk/", 390],
  ] as const)("the H1 of %s at %i px", async (path, width) => {
    const { page, close } = await open(path, { width, height: 844 });
    try {
      expect(await breaksInsideWords(page, "h1")).toEqual([]);
    } finally {
      await close();
    }
  });

  // These need the soft hyphens of src/lib/soft-hyphens.ts in the page's heading (a 320 px
  // screen is too narrow for „Integrationspatinnen“; „und -paten“ must not break after „-“).
  it.each([
    ["/", 320],
    ["/", 1280],
    ["/", 1920],
  ] as const)("the H1 of %s at %i px (soft hyphens)", async (path, width) => {
    const { page, close } = await open(path, { width, height: 900 });
    try {
      expect(await breaksInsideWords(page, "h1")).toEqual([]);
    } finally {
      await close();
    }
  });

  it("the brand at 320 px", async () => {
    const { page, close } = await open("/", { width: 320, height: 640 });
    try {
      expect(await breaksInsideWords(page, ".brand__name")).toEqual([]);
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
