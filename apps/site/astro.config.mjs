// @ts-check
import react from "@astrojs/react";
import { defineConfig } from "astro/config";
import { siteEnvironment } from "./src/config.ts";
import { siteBuild } from "./src/integrations/site-build.ts";

// Static output: plain HTML on any static host (Cloudflare Pages reads dist/_headers).
// The public origin and the forms worker's address come from the environment (SITE_URL,
// FORMS_WORKER_URL), see src/config.ts.
export default defineConfig({
  output: "static",
  site: siteEnvironment.siteUrl.origin,
  trailingSlash: "always",
  build: {
    format: "directory",
    // The CSP allows no inline styles: always link the stylesheet.
    inlineStylesheets: "never",
  },
  vite: {
    // Never inline small scripts into the page either (CSP: script-src 'self').
    build: { assetsInlineLimit: 0 },
  },
  integrations: [react(), siteBuild()],
});
