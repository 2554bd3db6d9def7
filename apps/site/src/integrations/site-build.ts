import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { siteEnvironment } from "../config";
import { PUBLISHED_CALENDAR_FILE, staleCalendarMessage } from "../lib/calendar-sequences";
import { calendarPublication, writeCalendarPublication } from "./calendar-publish";
import { formatHeadersFile, headerRules } from "./security-headers";
import {
  findUnfinished,
  formatUnfinished,
  isProductionBuild,
  refusalMessage,
  SHOWN_PLACEHOLDER,
  type UnfinishedItem,
} from "./unfinished";

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Inline code a `script-src 'self'` / `style-src 'self'` policy would block. */
export function inlineCodeIn(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attributes = match[1] ?? "";
    if (!/\ssrc=/i.test(attributes) && !/type="application\/(ld\+)?json"/i.test(attributes)) {
      found.push("inline <script>");
    }
  }
  if (/<style[\s>]/i.test(html)) found.push("inline <style>");
  if (/\sstyle="/i.test(html)) found.push('style="…" attribute');
  if (/\son[a-z]+="/i.test(html)) found.push("inline event handler");
  return found;
}

/**
 * Build steps of the site:
 * - lists everything the district still has to finish — placeholders (configuration,
 *   legal data, content), example dates, notes to the editors — each with its file, so
 *   that nobody publishes a site with invented or missing data unknowingly; a production
 *   build (`SITE_URL` set, no `SITE_PREVIEW=1`) refuses to start while any remain;
 * - writes `dist/_headers` (security headers, CSP with the forms worker's origin, content
 *   types of calendar files);
 * - fails the build if a page contains inline scripts or styles, which the CSP forbids;
 * - brings `src/content/calendar-published.json` (the SEQUENCE of every published calendar
 *   entry) up to date, so the editor's next commit carries it; in CI (`CI` set) it only
 *   warns, and a site test fails until the file is committed.
 */
export function siteBuild(): AstroIntegration {
  let siteRoot: URL | undefined;
  return {
    name: "integrationspaten:site-build",
    hooks: {
      "astro:config:done": ({ config }) => {
        siteRoot = config.root;
      },
      "astro:build:start": async () => {
        if (!siteRoot || !isProductionBuild(process.env)) return;
        const unfinished = await findUnfinished(siteRoot);
        if (unfinished.length > 0) throw new Error(refusalMessage(unfinished));
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await filesUnder(root);
        const urlPath = (file: string) => `/${relative(root, file).split(sep).join("/")}`;

        const offending: string[] = [];
        let pagesWithPlaceholders = 0;
        /** Placeholders shown on pages, by description (content files have some too). */
        const shown = new Map<string, string>();
        for (const file of files.filter((f) => f.endsWith(".html"))) {
          const html = await readFile(file, "utf8");
          for (const problem of inlineCodeIn(html)) offending.push(`${urlPath(file)}: ${problem}`);
          if (html.includes('class="placeholder"')) pagesWithPlaceholders += 1;
          for (const [, description] of html.matchAll(SHOWN_PLACEHOLDER)) {
            // Attribute values come HTML-escaped; the descriptions need only &amp; back.
            const text = description?.replaceAll("&amp;", "&");
            if (text && !shown.has(text)) shown.set(text, urlPath(file));
          }
        }
        if (offending.length > 0) {
          throw new Error(
            `The Content-Security-Policy allows no inline code, but these pages have some:\n  ${offending.join("\n  ")}\nMove the code into a <script> that imports a module, or into the stylesheet.`,
          );
        }

        const icsPaths = files.filter((f) => f.endsWith(".ics")).map(urlPath);
        const rules = headerRules({ formsWorkerUrl: siteEnvironment.formsWorkerUrl, icsPaths });
        if (rules.length > 90) {
          logger.warn(
            `_headers has ${rules.length} rules; Cloudflare Pages reads at most 100. Consider one splat rule per calendar folder.`,
          );
        }
        await writeFile(join(root, "_headers"), formatHeadersFile(rules));
        logger.info(
          `_headers written (${rules.length} rules; forms worker ${siteEnvironment.formsWorkerUrl}; site ${siteEnvironment.siteUrl.origin}).`,
        );

        if (siteRoot) {
          const publication = await calendarPublication(siteRoot);
          if (publication.stale && process.env.CI) {
            logger.warn(staleCalendarMessage(publication.changed));
          } else if (await writeCalendarPublication(publication)) {
            logger.info(
              `${PUBLISHED_CALENDAR_FILE} aktualisiert / updated (${publication.changed.join(", ") || "formatting"}): bitte mit committen / please commit it.`,
            );
          }
        }

        const unfinished: UnfinishedItem[] = siteRoot ? await findUnfinished(siteRoot) : [];
        // A placeholder shown on a page that none of the known files has (a new source).
        const known = new Set(unfinished.map((item) => item.text));
        for (const [text, page] of shown) {
          if (!known.has(text)) {
            unfinished.push({ kind: "placeholder", file: `(page ${page})`, where: "", text });
          }
        }
        if (unfinished.length > 0 && isProductionBuild(process.env)) {
          throw new Error(refusalMessage(unfinished));
        }
        if (unfinished.length > 0) {
          logger.warn(
            `${unfinished.length} things are still unfinished (placeholders shown as „wird ergänzt“ on ${pagesWithPlaceholders} pages). A production build (SITE_URL set) refuses to start until they are done:\n${formatUnfinished(unfinished)}`,
          );
        }
      },
    },
  };
}
