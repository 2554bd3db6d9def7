import { describe, expect, it } from "vitest";
import { builtPages } from "../support/dist.ts";
import { startBrowser } from "../support/harness.ts";

/*
 * Every string on a language's page is in that language, or marked with the language it
 * is in (German content that exists only in German, English product names). Checked where
 * a script tells languages apart: on the Arabic, Farsi, Ukrainian and Russian pages, a
 * Latin-script word in an element whose language is the page's is text someone forgot to
 * translate or to mark. The page is JavaScript-free here, as a visitor without it sees it.
 */

/** Latin words that belong on every page: names, abbreviations, addresses. */
const ALLOWED = new Set([
  "alzey",
  "worms",
  "jobcenter",
  "café",
  "cafe",
  "asyl",
  "fid",
  "kreisverwaltung",
  "diakonie",
  "rheinhessen",
  "förderinitiative",
  "donnersberg",
  "impressum",
  "rss",
  "google",
  "outlook",
  "apple",
  "calendar",
  "kalender",
  "webcal",
  "https",
  "ics",
  "dsgvo",
  "kindergeld",
  "führungszeugnis",
  "erweitertes",
  "integrationsbeauftragte",
  "landkreis",
  "anlage",
  "kind",
  // German terms glossed in parentheses, legal abbreviations, words the languages borrow.
  "verbandsgemeinde",
  "sgb",
  "cookie",
  "url",
  "iphone",
  "mac",
]);

const NON_LATIN = new Set(["ar", "fa", "uk", "ru"]);
const harness = startBrowser({ javaScriptEnabled: false });

describe.concurrent("the languages of the pages", () => {
  const pages = builtPages().filter((page) => NON_LATIN.has(page.locale));

  it("covers the summary languages' pages", () => {
    expect(pages.length).toBeGreaterThanOrEqual(4 * 6);
  });

  it.each(pages.map((p) => [p.path, p.locale] as const))(
    "%s has no unmarked Latin-script text",
    async (path, locale) => {
      const page = await harness.context.newPage();
      try {
        await page.goto(`${harness.origin}${path}`, { waitUntil: "load" });
        const found = await page.evaluate((pageLocale) => {
          const out: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (!parent || parent.closest("script, style, code, [hidden]")) continue;
            const lang = parent.closest("[lang]")?.getAttribute("lang") ?? "";
            if (lang.split("-")[0] !== pageLocale) continue;
            for (const word of node.textContent?.match(/\p{Script=Latin}{3,}/gu) ?? []) {
              out.push(word);
            }
          }
          return out;
        }, locale);
        const unmarked = found.filter((word) => !ALLOWED.has(word.toLowerCase()));
        expect(unmarked).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
