import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The workspace's React app, built to dist/client; the Worker serves it as static assets
// (wrangler.jsonc `assets`). Everything is bundled and self-hosted: no CDN, no web fonts
// from elsewhere (KERN UX ships its fonts as files, which Vite copies next to the CSS).
const CONTRACT =
  /[\\/](node_modules[\\/](zod|@integrationspaten[\\/]domain)|packages[\\/]domain|src[\\/]shared)[\\/]/;
const DOMAIN_MESSAGES = /[\\/]domain[\\/]dist[\\/]i18n[\\/](en|all|ar|fa|ru|tr|uk)\.js$/;

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist/client",
    emptyOutDir: true,
    // Content-Security-Policy allows scripts and styles from 'self' only: nothing inline.
    assetsInlineLimit: 0,
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The shared contract (src/shared, the domain package and zod) as one chunk:
            // every view needs it, the first-load bundle does not (see src/client/router.tsx).
            // The domain's English messages stay a chunk of their own (loaded for English).
            {
              name: "contract",
              test: (id) => CONTRACT.test(id) && !DOMAIN_MESSAGES.test(id),
            },
          ],
        },
      },
    },
  },
});
