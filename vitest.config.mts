import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"],
    environment: "node",
    // Set SKIP_BUILD=1 to run only unit tests without building the add-in (tests of the bundles then fail).
    globalSetup: process.env.SKIP_BUILD === "1" ? [] : ["test/globalSetup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
