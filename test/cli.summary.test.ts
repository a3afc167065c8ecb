import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../src/cli/checkFiles";
import { EXAMPLES, runCheck } from "./runCheck";

const GOAL_BOOK = path.join("examples", "重点目標管理シート_令和7年度_総務部等.xlsx");
const KPI_BOOK = path.join("examples", "マニフェストKPI一覧_R7-R10.xlsx");

const check = runCheck;

function json(...args: string[]): Report {
  return JSON.parse(check(...args, "--format", "json").stdout) as Report;
}

const GRADES_NONE = [
  { label: "A", count: 0 },
  { label: "B", count: 0 },
  { label: "C", count: 0 },
  { label: "D", count: 0 },
];

describe("npm run check --summary on the sample workbooks", () => {
  it("adds summaryBySheet beside the summary, one entry per checked sheet", () => {
    const report = json("examples", "--as-of", "2025-11-21", "--summary");
    expect(report.summary).toEqual({ files: 2, errors: 0, warnings: 9, overdue: 4 });
    expect(report.summaryBySheet?.map((s) => [s.path, s.sheet])).toEqual([
      [KPI_BOOK, "KPI一覧"],
      [GOAL_BOOK, "1 防災力"],
      [GOAL_BOOK, "2 行財政改革"],
      [GOAL_BOOK, "3 人材"],
      [GOAL_BOOK, "4 ICT"],
      [GOAL_BOOK, "5 選挙"],
    ]);
    expect(report.summaryBySheet?.[0]).toEqual({
      path: KPI_BOOK,
      sheet: "KPI一覧",
      layout: "kpi_list",
      items: 25,
      achieved: 1,
      onTrack: 18,
      behind: 4,
      overdue: 0,
      noStatus: 2,
      grades: [
        { label: "A", count: 1 },
        { label: "B", count: 9 },
        { label: "C", count: 7 },
        { label: "D", count: 6 },
      ],
      ungraded: 2,
    });
    // Seed 000, goal 2: four items with a late sub-item, one not yet due.
    expect(report.summaryBySheet?.[2]).toEqual({
      path: GOAL_BOOK,
      sheet: "2 行財政改革",
      layout: "goal_sheet",
      items: 5,
      achieved: 0,
      onTrack: 0,
      behind: 0,
      overdue: 4,
      noStatus: 1,
      grades: GRADES_NONE,
      ungraded: 5,
    });
  });

  it("adds up each sheet's buckets and grades to its items", () => {
    const report = json(EXAMPLES, "--as-of", "2026-04-15", "--summary");
    for (const s of report.summaryBySheet ?? []) {
      expect(s.achieved + s.onTrack + s.behind + s.overdue + s.noStatus).toBe(s.items);
      expect(s.grades.reduce((n, g) => n + g.count, 0) + s.ungraded).toBe(s.items);
    }
    // After the fiscal year, every goal item not reported done is overdue.
    const goal2 = report.summaryBySheet?.find((s) => s.sheet === "2 行財政改革");
    expect(goal2?.overdue).toBe(5);
  });

  it("keeps the JSON's documented keys, and adds no summaryBySheet without --summary", () => {
    const report = json("examples", "--as-of", "2025-11-21");
    expect(Object.keys(report)).toEqual(["asOf", "files", "summary"]);
    const withSummary = json("examples", "--as-of", "2025-11-21", "--summary");
    expect(Object.keys(withSummary)).toEqual(["asOf", "files", "summary", "summaryBySheet"]);
    expect(withSummary.files).toEqual(report.files);
  });

  it("adds a section to the table, in Japanese by default", () => {
    const { code, stdout } = check("examples", "--as-of", "2025-11-21", "--summary");
    expect(code).toBe(0);
    const section = stdout.slice(stdout.indexOf("シート別の集計"));
    expect(section).toMatch(
      /ファイル\s+シート\s+項目数\s+達成\s+順調\s+遅れ\s+期限超過\s+状況なし\s+評価の分布/,
    );
    expect(section).toMatch(/KPI一覧\s+25\s+1\s+18\s+4\s+0\s+2\s+A 1 \/ B 9 \/ C 7 \/ D 6 \/ 評価なし 2/);
    expect(section).toMatch(/2 行財政改革\s+5\s+0\s+0\s+0\s+4\s+1\s+評価なし 5/);
    expect(check("examples", "--as-of", "2025-11-21").stdout).not.toContain("シート別の集計");
  });

  it("adds a Markdown table in English", () => {
    const { stdout } = check(
      "examples",
      "--as-of",
      "2025-11-21",
      "--summary",
      "--format",
      "md",
      "--lang",
      "en",
    );
    expect(stdout).toContain("## Summary by sheet");
    expect(stdout).toContain(
      "| File | Sheet | Items | Achieved | On track | Behind | Overdue | No status | Grades |",
    );
    expect(stdout).toContain(
      `| ${KPI_BOOK} | KPI一覧 | 25 | 1 | 18 | 4 | 0 | 2 | A 1 / B 9 / C 7 / D 6 / ungraded 2 |`,
    );
  });

  it("writes the CSV summary into a file of its own beside --output, never a second table in the report", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kpi-summary-"));
    try {
      const output = path.join(dir, "報告.csv");
      const run = check(
        "examples",
        "--as-of",
        "2025-11-21",
        "--summary",
        "--format",
        "csv",
        "--output",
        output,
      );
      expect(run.code).toBe(0);
      const findings = readFileSync(output, "utf8");
      expect(findings.startsWith("\uFEFFファイル,シート,セル,区分,コード,内容\r\n")).toBe(true);
      expect(findings).not.toContain("\r\n\r\n");
      const columns = new Set(
        findings
          .trimEnd()
          .split("\r\n")
          .map((line) => line.split(",").length),
      );
      expect([...columns]).toEqual([6]);
      const summary = readFileSync(path.join(dir, "報告.summary.csv"), "utf8");
      expect(summary.split("\r\n").slice(0, 3)).toEqual([
        "\uFEFFファイル,シート,様式,項目数,達成,順調,遅れ,期限超過,状況なし,評価の分布,評価なし",
        `${KPI_BOOK},KPI一覧,KPI一覧,25,1,18,4,0,2,A:1 B:9 C:7 D:6,2`,
        `${GOAL_BOOK},1 防災力,重点目標管理シート,6,0,0,0,0,6,A:0 B:0 C:0 D:0,6`,
      ]);
      expect(run.stdout).toContain(`集計を ${path.join(dir, "報告.summary.csv")} に書きました。`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses --summary with a CSV on the screen, where a second table would follow the first", () => {
    const run = check("examples", "--summary", "--format", "csv");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(
      "--summary と --format csv を一緒に使うときは --output ファイル を指定してください",
    );
  });

  it("refuses --summary given twice or with a value", () => {
    expect(check("examples", "--summary", "--summary").code).toBe(2);
    const run = check("examples", "--summary=yes");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--summary=yes というオプションはありません");
  });
});
