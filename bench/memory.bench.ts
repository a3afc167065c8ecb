// Peak memory of `npm run check` on hostile workbooks, each run in a child process with the heap of an
// ordinary PC (--max-old-space-size=2048): a sheet of a million KPI rows, a zip bomb of a few megabytes
// that inflates to 3 GiB, one that lies about its size, and all of them in one folder beside the sample
// workbooks, which must still be checked. The aim is a peak under 500 MB and a report that names each file.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { Report } from "../src/cli/checkFiles";
import { kpiRows, rowXml, sheetXml, workbookParts, writeZip, zeros } from "../test/xlsxFixtures";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const MIB = 1024 * 1024;
const AIM_MB = 500;
const LONG_ROWS = 100;

interface Run {
  readonly name: string;
  readonly ms: number;
  readonly peakMb: number;
  readonly outcome: string;
}

function runChecker(name: string, target: string, dir: string): Run {
  const peakFile = path.join(dir, `peak-${name.replace(/\W+/g, "-")}.txt`);
  const start = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      "--max-old-space-size=2048",
      "--require",
      path.join(ROOT, "bench", "peakRss.cjs"),
      // tsx as a loader in this process (its command line would run the checker in a grandchild).
      "--import",
      "tsx",
      path.join(ROOT, "src", "cli", "main.ts"),
      target,
      "--as-of",
      "2025-11-21",
      "--format",
      "json",
      "--lang",
      "en",
    ],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 1024 * MIB, env: { ...process.env, PEAK_RSS_FILE: peakFile } },
  );
  const ms = performance.now() - start;
  const peakMb = Number(readFileSync(peakFile, "utf8")) / 1024;
  let outcome: string;
  try {
    const report = JSON.parse(run.stdout) as Report;
    outcome = report.files
      .map((f) => `${path.basename(f.path)}: ${f.error ? f.error.code : `${f.sheets.length} sheets checked`}`)
      .join("; ");
  } catch {
    outcome = `no report (exit ${String(run.status)}${run.signal ? `, ${run.signal}` : ""}): ${run.stderr.slice(0, 200)}`;
  }
  return { name, ms, peakMb, outcome };
}

function formatRun(r: Run): string {
  const verdict = r.peakMb < AIM_MB ? "" : `  ABOVE ${AIM_MB} MB`;
  return `${r.name.padEnd(40)} ${`${r.peakMb.toFixed(0)} MB peak`.padStart(14)} ${`${(r.ms / 1000).toFixed(1)} s`.padStart(9)}${verdict}\n    ${r.outcome}`;
}

/** A KPI list whose 期限 cells hold `long`. */
function* longCellRows(long: string): Generator<string> {
  yield rowXml(1, ["推進事項", "推進項目のＫＰＩ", "基準値", "目標値", "R7実績", "期限"]);
  for (let i = 0; i < LONG_ROWS; i++) {
    yield rowXml(2 + i, [`取組 ${i + 1}`, "防災訓練の参加者数", "111 件", "120 件", "114 件", long]);
  }
}

/** Writes the hostile files and runs the checker on each, then on all of them beside the samples. */
export function benchMemory(): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "kpi-memory-"));
  try {
    const folder = path.join(dir, "提出");
    mkdirSync(folder);
    const big = path.join(folder, "million-rows.xlsx");
    writeZip(big, workbookParts([{ name: "KPI一覧", chunks: sheetXml(kpiRows(1_000_000)) }]));
    // The largest workbook accepted: its used range is just inside the 50,000-row limit.
    const atLimit = path.join(dir, "at-the-limit.xlsx");
    writeZip(atLimit, workbookParts([{ name: "KPI一覧", chunks: sheetXml(kpiRows(49_990)) }]));
    const twoAtLimit = path.join(dir, "two-at-the-limit");
    mkdirSync(twoAtLimit);
    copyFileSync(atLimit, path.join(twoAtLimit, "a.xlsx"));
    copyFileSync(atLimit, path.join(twoAtLimit, "b.xlsx"));
    // Cells as long as Excel allows (32,767 characters) in the 期限 column of a KPI list.
    const longCells = path.join(dir, "long-cells.xlsx");
    const long = "(1) R7. 10月 (2) R8. 3月 ".repeat(1400).slice(0, 32_767);
    writeZip(longCells, workbookParts([{ name: "KPI一覧", chunks: sheetXml(longCellRows(long)) }]));
    const bomb = path.join(folder, "zip-bomb.xlsx");
    writeZip(bomb, workbookParts([{ name: "爆弾", chunks: zeros(3 * 1024 * MIB) }]));
    const liar = path.join(folder, "zip-bomb-lying.xlsx");
    writeZip(liar, workbookParts([{ name: "嘘", chunks: zeros(3 * 1024 * MIB), declaredSize: 1024 }]));
    for (const sample of ["重点目標管理シート_令和7年度_総務部等.xlsx", "マニフェストKPI一覧_R7-R10.xlsx"]) {
      copyFileSync(path.join(ROOT, "examples", sample), path.join(folder, sample));
    }
    const size = (file: string): string => `${(statSync(file).size / MIB).toFixed(1)} MB`;
    const lines = [
      `\nnpm run check on hostile workbooks (child process, --max-old-space-size=2048; aim: peak under ${AIM_MB} MB)`,
      `  files: 1,000,000 KPI rows ${size(big)}; zip bomb 3 GiB in ${size(bomb)}; the same declaring 1 KiB ${size(liar)}`,
    ];
    const runs = [
      runChecker("49,990 KPI rows (checked: at the limit)", atLimit, dir),
      // Every checked workbook is kept until the report is written, so this one grows with the files.
      runChecker("two workbooks of 49,990 rows, one folder", twoAtLimit, dir),
      runChecker(`${LONG_ROWS} 期限 cells of 32,767 characters`, longCells, dir),
      runChecker("1,000,000 KPI rows", big, dir),
      runChecker("zip bomb (declares 3 GiB)", bomb, dir),
      runChecker("zip bomb (declares 1 KiB)", liar, dir),
      runChecker("all of them beside the two samples", folder, dir),
    ];
    for (const run of runs) lines.push(formatRun(run));
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
