import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The deployment URL the test build is made for, so the manifest rewrite can be checked. */
export const TEST_PUBLIC_URL = "https://kpi-addin.example.org/app/";

declare module "vitest" {
  export interface ProvidedContext {
    /** The production build the tests inspect and serve, made once per test run. */
    distDir: string;
  }
}

/**
 * Builds the add-in once per test run, as `npm run build` does, into a folder of its own so two runs at
 * the same time (two time zones, two developers) never read each other's half-written bundles.
 */
export default function setup(project: TestProject): () => void {
  mkdirSync(path.join(ROOT, ".tmp"), { recursive: true });
  const distDir = mkdtempSync(path.join(ROOT, ".tmp", "dist-"));
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"),
      "--mode",
      "production",
      "--output-path",
      distDir,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, ADDIN_PUBLIC_URL: TEST_PUBLIC_URL },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  project.provide("distDir", distDir);
  return () => rmSync(distDir, { recursive: true, force: true });
}
