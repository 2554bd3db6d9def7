import { isPlaceholder } from "@integrationspaten/domain";
import type { APIRoute } from "astro";
import { siteEnvironment } from "../../config";
import { useTranslations } from "../../i18n/translate";
import { allNews, newsPath } from "../../lib/news";
import { escapeXml } from "../../lib/xml";

/** RSS 2.0 feed of the news posts. Posts whose date is still a placeholder carry no pubDate. */
export const GET: APIRoute = async () => {
  const t = useTranslations("de");
  const site = siteEnvironment.siteUrl;
  const posts = await allNews();
  const items = posts.map((post) => {
    const link = new URL(newsPath(post), site).href;
    const date = isPlaceholder(post.data.published)
      ? ""
      : `\n      <pubDate>${new Date(`${post.data.published}T12:00:00Z`).toUTCString()}</pubDate>`;
    return `    <item>
      <title>${escapeXml(post.data.title)}</title>
      <link>${escapeXml(link)}</link>
      <guid isPermaLink="true">${escapeXml(link)}</guid>
      <description>${escapeXml(post.data.description)}</description>${date}
    </item>`;
  });
  const self = new URL("/aktuelles/rss.xml", site).href;
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(`${t("news.title")} – ${t("site.name")}`)}</title>
    <link>${escapeXml(new URL("/aktuelles/", site).href)}</link>
    <atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>
    <description>${escapeXml(t("news.description"))}</description>
    <language>de</language>
${items.join("\n")}
  </channel>
</rss>
`;
  return new Response(body, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
};
