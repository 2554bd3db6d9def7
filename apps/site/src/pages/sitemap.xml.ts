import type { APIRoute } from "astro";
import { siteEnvironment } from "../config";
import { alternatesOf, type PageKey, ROUTES, UNLISTED_PAGES } from "../i18n/routes";
import { allNews, newsPath } from "../lib/news";
import { escapeXml } from "../lib/xml";

/**
 * Sitemap of every public page, with the language versions of each page as hreflang
 * alternates. Thank-you pages and the 404 page are left out.
 */
export const GET: APIRoute = async () => {
  const site = siteEnvironment.siteUrl;
  const abs = (path: string) => new URL(path, site).href;
  const entries: string[] = [];
  for (const page of Object.keys(ROUTES) as PageKey[]) {
    if (UNLISTED_PAGES.has(page)) continue;
    const alternates = alternatesOf(page);
    for (const { path } of alternates) {
      const links =
        alternates.length > 1
          ? alternates
              .map(
                (a) =>
                  `\n    <xhtml:link rel="alternate" hreflang="${a.locale}" href="${escapeXml(abs(a.path))}"/>`,
              )
              .join("")
          : "";
      entries.push(`  <url>\n    <loc>${escapeXml(abs(path))}</loc>${links}\n  </url>`);
    }
  }
  for (const post of await allNews()) {
    entries.push(`  <url>\n    <loc>${escapeXml(abs(newsPath(post)))}</loc>\n  </url>`);
  }
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join("\n")}
</urlset>
`;
  return new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
