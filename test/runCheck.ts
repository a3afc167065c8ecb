// Runs the command-line checker as a user does (`npm run check -- …`), in a Japanese environment.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AnnotateIo } from "../src/cli/annotate";
import { runChecker } from "../src/cli/runChecker";

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

/**
 * The checker in this process, as `npm run check -- …args --as-of 2025-11-21` in Japanese: faster than a
 * child process, and file-system faults can be injected through `annotateIo`.
 */
export async function checkInProcess(
  args: readonly string[],
  annotateIo?: AnnotateIo,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runChecker([...args, "--as-of", "2025-11-21"], {
    today: "2025-11-21",
    locale: "ja",
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    ...(annotateIo ? { annotateIo } : {}),
  });
  return { code, stdout, stderr };
}
