import { defineConfig } from "vitest/config";

// One browser, one site server and one worker for all tests, started by test/setup.ts;
// the files run one after another so they share that stack.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["./test/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
