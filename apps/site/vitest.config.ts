import { defineConfig } from "vitest/config";

// Node tests. They read the output of `astro build` (turbo runs the build first, see
// turbo.json) instead of building the site themselves. Browser tests (test/browser/) start
// Debian's chromium through playwright-core, one browser per file.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
