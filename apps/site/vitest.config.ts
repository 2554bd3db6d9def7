import { defineConfig } from "vitest/config";

// Plain Node tests; they read the output of `astro build` (turbo runs the build first, see
// turbo.json) instead of building the site themselves.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
  },
});
