import { execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The production build the tests inspect and serve: built once per test run, as `npm run build` does. */
export const TEST_DIST = path.join(ROOT, ".tmp", "dist");
/** The deployment URL the test build is made for, so the manifest rewrite can be checked. */
export const TEST_PUBLIC_URL = "https://kpi-addin.example.org/app/";

export default function setup(): void {
  // SKIP_BUILD=1 reuses the last test build while working on tests that do not touch the bundles.
  if (process.env.SKIP_BUILD === "1" && existsSync(TEST_DIST)) return;
  rmSync(TEST_DIST, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production", "--output-path", TEST_DIST],
    { cwd: ROOT, env: { ...process.env, ADDIN_PUBLIC_URL: TEST_PUBLIC_URL }, stdio: ["ignore", "ignore", "inherit"] },
  );
}
