// --annotate by real processes: two runs into one folder at once, and a run killed with kill -9.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runChecker } from "../src/cli/runChecker";
import { goalBookBytes, titleOf } from "./hostileWorkbooks";
import { ROOT } from "./runCheck";

/** tsx's loader inside node itself: the pid is the checker's own, as kill -9 must hit the process writing. */
const TSX_LOADER = ["--import", "tsx"];

interface Finished {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function start(
  script: string,
  args: readonly string[],
): { child: ReturnType<typeof spawn>; done: Promise<Finished> } {
  const child = spawn(process.execPath, [...TSX_LOADER, script, ...args], {
    cwd: ROOT,
    env: { ...process.env, LC_ALL: "", LANG: "ja_JP.UTF-8" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
  const done = new Promise<Finished>((resolve) =>
    child.on("close", (code) => resolve({ code, stdout, stderr })),
  );
  return { child, done };
}

const MAIN = path.join(ROOT, "src", "cli", "main.ts");
const FILES = Array.from({ length: 12 }, (_, i) => `課${String(i + 1).padStart(2, "0")}.xlsx`);

describe("two runs annotating into one folder at once", () => {
  it("write each name once: a run never reports a copy the other one wrote, nor overwrites it", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "kpi-two-runs-"));
    for (const run of ["前期", "後期"]) {
      mkdirSync(path.join(root, run));
      for (const name of FILES) writeFileSync(path.join(root, run, name), await goalBookBytes(run));
    }
    const out = path.join(root, "注記");
    const runs = Object.fromEntries(
      await Promise.all(
        ["前期", "後期"].map(async (run) => {
          const { done } = start(MAIN, [path.join(root, run), "--as-of", "2025-11-21", "--annotate", out]);
          return [run, await done] as const;
        }),
      ),
    );
    expect(readdirSync(out).sort()).toEqual([...FILES].sort());
    for (const name of FILES) {
      const copy = path.join(out, name);
      const origin = (await titleOf(copy)).includes("前期") ? "前期" : "後期";
      const other = origin === "前期" ? "後期" : "前期";
      // The run whose copy is there said it wrote it; the other one said it did not, and why.
      expect(runs[origin]?.stderr).toContain(`注記付きのコピー: ${copy}（`);
      expect(runs[other]?.stderr).not.toContain(`注記付きのコピー: ${copy}（`);
      expect(runs[other]?.stderr).toContain(`コピーしませんでした: ${path.join(root, other, name)}`);
    }
    for (const run of Object.values(runs)) {
      expect(run.stderr).not.toMatch(/Error|at .*\.ts:\d+/);
      expect(run.stdout).toContain("集計");
    }
  }, 180_000); // two or three checker processes on a shared machine
});

describe("a run killed while writing a copy", () => {
  it("leaves a temporary file that the next run recognises and removes; another live run's is kept", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "kpi-killed-"));
    const input = path.join(root, "提出", "X.xlsx");
    mkdirSync(path.dirname(input));
    writeFileSync(input, await goalBookBytes("提出"));
    const out = path.join(root, "注記");
    const { child, done } = start(path.join(ROOT, "test", "annotateThenHang.ts"), [
      input,
      "--as-of",
      "2025-11-21",
      "--annotate",
      out,
    ]);
    await new Promise<void>((resolve) =>
      child.stdout?.on("data", (d: Buffer) => {
        if (d.toString("utf8").includes("written ")) resolve();
      }),
    );
    child.kill("SIGKILL");
    await done;
    const left = readdirSync(out);
    expect(left).toHaveLength(1);
    const stale = left[0] ?? "";
    expect(stale).toMatch(/^\.kpi-check-.*-\d+-[0-9a-f]{16}\.tmp$/);
    // A temporary file of a run still going (this process) must stay.
    const live = stale.replace(/-\d+-([0-9a-f]{16})\.tmp$/, `-${process.pid}-$1.tmp`);
    writeFileSync(path.join(out, live), "書き込み中");

    let stderr = "";
    const code = await runChecker([input, "--as-of", "2025-11-21", "--annotate", out], {
      today: "2025-11-21",
      locale: "ja",
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
    });
    expect(code).toBe(0);
    expect(stderr).toContain(`中断された実行の一時ファイルを削除しました: ${path.join(out, stale)}`);
    expect(readdirSync(out).sort()).toEqual([live, "X.xlsx"].sort());
  }, 180_000); // two or three checker processes on a shared machine
});
