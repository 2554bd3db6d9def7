import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The package builds in German only; the tests speak every language (test/setup.ts).
    setupFiles: ["test/setup.ts"],
    // Tests never fail on wall-clock time (property tests on a busy 2-core CI machine can
    // take several seconds); the timeout only catches a hang.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
