// @ts-check
import react from "@astrojs/react";
import { defineConfig } from "astro/config";
import { siteEnvironment } from "./src/config.ts";
import { devReactPreamble } from "./src/integrations/dev-react-preamble.ts";
import { sessionsRefresh } from "./src/integrations/sessions-refresh.ts";
import { siteBuild } from "./src/integrations/site-build.ts";

// Static output: plain HTML on any static host (Cloudflare Pages reads dist/_headers).
// The public origin, the forms worker's address and the address of the training sessions
// come from the environment (SITE_URL, FORMS_WORKER_URL, SESSIONS_URL), see src/config.ts.
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
  integrations: [
    react(),
    devReactPreamble(),
    siteBuild(),
    sessionsRefresh(siteEnvironment.sessionsUrl),
  ],
});
