// @ts-check

import { fileURLToPath } from "node:url";
import react from "@astrojs/react";
import { defineConfig } from "astro/config";
import { siteEnvironment } from "./src/config.ts";
import { devReactPreamble } from "./src/integrations/dev-react-preamble.ts";
import { sessionsRefresh } from "./src/integrations/sessions-refresh.ts";
import { siteBuild } from "./src/integrations/site-build.ts";

/**
 * What the browser gets for React's entry points (see the plugin in `vite` below).
 * @type {Record<string, string>}
 */
const PREACT_COMPAT = {
  react: "preact/compat",
  "react-dom": "preact/compat",
  "react-dom/client": "preact/compat/client",
  "react/jsx-runtime": "preact/compat/jsx-runtime",
  "react/jsx-dev-runtime": "preact/compat/jsx-dev-runtime",
};

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
    plugins: [
      {
        // In the browser, React is preact/compat. The islands stay React components, and
        // the build still renders them to HTML with React (@astrojs/react, in the server
        // environments); only the client bundle hydrates them with Preact. React DOM alone
        // is ~67 kB gzipped, more than everything else a form page loads (the domain's zod
        // schemas and messages, the forms) together, for features these forms do not use
        // (concurrent rendering, transitions, server components). preact/compat is ~7 kB and
        // runs the same components, hooks, refs and events; hydrating React's HTML, it keeps
        // every element and only drops React's `<!-- -->` text separators. The browser tests
        // check the hydrated forms (focus, aria-*, error summary) on it.
        name: "integrationspaten:preact-compat-in-browser",
        enforce: "pre",
        applyToEnvironment: (environment) => environment.config.consumer === "client",
        configEnvironment(name) {
          // Prebundled at start, so that the dev server does not discover them on the first
          // form page and reload it.
          if (name !== "client") return;
          return { optimizeDeps: { include: Object.values(PREACT_COMPAT) } };
        },
        resolveId: {
          filter: { id: /^react(-dom)?(\/|$)/ },
          handler(id, _importer, options) {
            const target = PREACT_COMPAT[id];
            if (target === undefined) return null;
            // From the site, which depends on preact (not from the importing package).
            return this.resolve(target, fileURLToPath(import.meta.url), {
              ...options,
              skipSelf: true,
            });
          },
        },
        hotUpdate({ modules }) {
          // React Fast Refresh (what @astrojs/react sets up under astro dev) needs React DOM:
          // with Preact it would accept an edited island and change nothing on the page.
          // Reload the page instead when a change reaches an island.
          const seen = new Set();
          const queue = [...modules];
          for (let module = queue.shift(); module; module = queue.shift()) {
            if (seen.has(module)) continue;
            seen.add(module);
            if (module.file?.includes("/src/islands/")) {
              this.environment.hot.send({ type: "full-reload" });
              return [];
            }
            queue.push(...module.importers);
          }
        },
      },
    ],
  },
  integrations: [
    react(),
    devReactPreamble(),
    siteBuild(),
    sessionsRefresh(siteEnvironment.sessionsUrl),
  ],
});
