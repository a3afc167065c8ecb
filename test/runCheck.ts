// Runs the command-line checker as a user does (`npm run check -- …`), in a Japanese environment.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const EXAMPLES = path.join(ROOT, "examples");

export interface CheckRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npm run check -- …args` and returns its exit code and output. */
export function runCheck(...args: string[]): CheckRun {
  const run = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
      path.join(ROOT, "src", "cli", "main.ts"),
      ...args,
    ],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, LC_ALL: "", LANG: "ja_JP.UTF-8" } },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
