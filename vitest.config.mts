import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"],
    environment: "node",
    // Set SKIP_BUILD=1 to run only unit tests without building the add-in (tests of the bundles then fail).
    globalSetup: process.env.SKIP_BUILD === "1" ? [] : ["test/globalSetup.ts"],
    testTimeout: 60_000,
    // The browser tests wait for the pane with expect.poll; 1 s (vitest's default) is too short for a
    // page that loads its bundles while the other time zone's run or a build shares the two cores.
    expect: { poll: { timeout: 20_000, interval: 100 } },
    hookTimeout: 120_000,
  },
});
