// What the office checking a goal sheet sees of the numbers in its reports: the checker offers them as
// candidates for the actual of each numeric target, in every format, and never on a KPI list.
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Report, RowReport } from "../src/cli/checkFiles";
import type { Locale } from "../src/core/messages/formatIssue";
import { runChecker } from "../src/cli/runChecker";
import { EXAMPLES } from "./runCheck";

const GOAL_BOOK = path.join(EXAMPLES, "重点目標管理シート_令和7年度_総務部等.xlsx");
const KPI_BOOK = path.join(EXAMPLES, "マニフェストKPI一覧_R7-R10.xlsx");

async function check(args: readonly string[], locale: Locale = "ja"): Promise<string> {
  let stdout = "";
  await runChecker(args, {
    today: "2025-11-21",
    locale,
    stdout: (t) => (stdout += t),
    stderr: () => undefined,
  });
  return stdout;
}

function rowOf(report: Report, sheet: string, label: string): RowReport | undefined {
  const found = report.files[0]?.sheets.find((s) => s.name.startsWith(sheet));
  return found?.rows.find((r) => r.label === label);
}

describe("the checker's candidates on the example goal sheets", () => {
  it("gives each goal row its candidates in JSON, preferred first, with sub-item, sentence and rate", async () => {
    const report = JSON.parse(await check([GOAL_BOOK, "--format", "json"])) as Report;
    expect(rowOf(report, "1 ", "⑥")?.candidates).toEqual([
      {
        subItem: 1,
        amount: 0.843,
        unit: "%",
        text: "今年度新たに6名の学生が入団し、学生団員は総勢15名 新たな入団促進事業を推進【充足率84.3%】",
        achievementRate: expect.closeTo(0.843 / 0.9, 10),
      },
    ]);
    expect(
      rowOf(report, "5 ", "②")?.candidates?.map((c) => [c.subItem, c.amount, c.unit, c.achievementRate]),
    ).toEqual([
      [1, 79, "点", 3.95],
      [1, 76, "点", 3.8],
      [1, 3, "点", 0.15],
      [3, 2, "校", expect.closeTo(2 / 15, 10)],
    ]);
    // A rate named without a number: offered, with no achievement; never the as-of date.
    expect(rowOf(report, "3 ", "①")?.candidates).toEqual([
      { subItem: 5, amount: 0.848, unit: "%", text: "健診受診率84.8%(R7.10.1時点)", achievementRate: null },
    ]);
    // A goal row whose target names no number has the key, empty.
    expect(rowOf(report, "1 ", "③")?.candidates).toEqual([]);
  });

  it("gives a KPI list's rows no candidates key", async () => {
    const report = JSON.parse(await check([KPI_BOOK, "--format", "json"])) as Report;
    const rows = report.files[0]?.sheets.flatMap((s) => s.rows) ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => "candidates" in r)).toEqual([]);
  });

  it("shows them as 候補 in the table, the rate beside each, the sentence quoted", async () => {
    const table = await check([GOAL_BOOK]);
    expect(table).toContain("候補");
    expect(table).toContain(
      "(1) 84.3%（達成率 93.7%）「今年度新たに6名の学生が入団し、学生団員は総勢15名 新たな入団促進事業を推進【充足率84.3%】」",
    );
    expect(table).toContain("(5) 84.8%「健診受診率84.8%(R7.10.1時点)」");
    expect(table.indexOf("(1) 79点（達成率 395.0%）")).toBeLessThan(table.indexOf("(3) 2校（達成率 13.3%）"));
    expect(table).not.toContain("1,850");
  });

  it("lists them in the Markdown report, and in English with --lang en", async () => {
    const markdown = await check([GOAL_BOOK, "--format", "md"]);
    expect(markdown).toMatch(/## .*5 .*: 候補/);
    expect(markdown).toContain("| 候補 |");
    expect(markdown).toContain("(1) 79点（達成率 395.0%）「小学校76点、中学校3点、高校なし。」<br>(1) 76点");
    const english = await check([GOAL_BOOK, "--lang", "en"], "en");
    expect(english).toContain("Candidates");
    expect(english).toContain("(3) 2校 (achievement 13.3%) “高校2校への貸出を実施”");
  });
});
