import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

describe("examples/", () => {
  it("is exactly what scripts/build-examples.ts makes from the seeds (regenerate it after a change)", () => {
    const out = mkdtempSync(path.join(tmpdir(), "kpi-examples-"));
    const run = spawnSync(
      process.execPath,
      [
        path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
        path.join(ROOT, "scripts", "build-examples.ts"),
        out,
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(run.status, run.stderr).toBe(0);
    const committed = readdirSync(path.join(ROOT, "examples"))
      .filter((f) => f.endsWith(".xlsx"))
      .sort();
    expect(readdirSync(out).sort()).toEqual(committed);
    for (const file of committed) {
      const same = readFileSync(path.join(out, file)).equals(readFileSync(path.join(ROOT, "examples", file)));
      expect(same, file).toBe(true);
    }
  });
});
