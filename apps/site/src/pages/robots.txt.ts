import type { APIRoute } from "astro";
import { siteEnvironment } from "../config";

export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL("/sitemap.xml", siteEnvironment.siteUrl).href}\n`,
    { headers: { "Content-Type": "text/plain; charset=utf-8" } },
  );
