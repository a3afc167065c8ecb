// The checker reads every row of a table or says which it did not: the sample KPI list with its
// two-row header typed out on both rows (not merged) is checked in full, and rows left below a repeated
// header are an error that names them.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report, SheetReport } from "../src/cli/checkFiles";
import { EXAMPLES, runCheck } from "./runCheck";

const KPI_BOOK = path.join(EXAMPLES, "マニフェストKPI一覧_R7-R10.xlsx");
/** The sample KPI list's header rows (scripts/build-examples.ts) and its 35 KPI rows below them. */
const HEADER_ROW = 6;
const WIDTH = 8;

let dir: string;
let typedOut: string;
let repeated: string;

function json(...args: string[]): { code: number | null; sheet: SheetReport | undefined; report: Report } {
  const run = runCheck(...args, "--as-of", "2025-11-21", "--format", "json");
  const report = JSON.parse(run.stdout) as Report;
  return { code: run.code, report, sheet: report.files[0]?.sheets[0] };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "kpi-rows-"));
  // The header typed out on both rows: each name merged down over two rows is unmerged and written again.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(KPI_BOOK);
  const sheet = book.getWorksheet("KPI一覧");
  if (sheet === undefined) throw new Error("the sample has no KPI一覧");
  for (let column = 1; column <= WIDTH; column++) {
    const top = sheet.getCell(HEADER_ROW, column);
    if (!top.isMerged) continue;
    const name = top.value;
    sheet.unMergeCells(HEADER_ROW, column, HEADER_ROW + 1, column);
    sheet.getCell(HEADER_ROW + 1, column).value = name;
  }
  typedOut = path.join(dir, "KPI一覧_見出し2行.xlsx");
  await book.xlsx.writeFile(typedOut);

  // A plain KPI list whose header is repeated (for printing) above its fourth row.
  const plain = new ExcelJS.Workbook();
  const header = ["取組内容", "ＫＰＩ", "基準値", "目標値", "実績値"];
  plain
    .addWorksheet("KPI一覧")
    .addRows([
      header,
      ["各種行政手続きにおけるＤＸの推進", "行かない窓口での手続き申請件数", "111 件", "120 件", "114 件"],
      ["公共施設予約のオンライン化", "施設予約システム対応施設数", "0 施設", "12 施設", "6 施設"],
      ["職員の意識改革・研修", "職員研修の受講人数", "1,557 人", "1,800 人", "1,620 人"],
      header,
      ["職員の育児休暇の促進", "男性の育児休暇取得率", "36.4 ％", "50.0 ％", "41.0 ％"],
      ["職員の広報スキル向上", "広報研修会等の実施回数", "年 1 回", "年 2 回", "年 1 回"],
    ]);
  repeated = path.join(dir, "KPI一覧_見出しの繰り返し.xlsx");
  await plain.xlsx.writeFile(repeated);
});

describe("npm run check on rows it may not read", () => {
  it("checks all 35 rows of the sample KPI list with its header typed out on both rows", () => {
    const original = json(KPI_BOOK);
    const { code, sheet } = json(typedOut);
    expect(code).toBe(0);
    expect(original.sheet?.rowsEvaluated).toBe(35);
    expect(sheet).toMatchObject({ rowsEvaluated: 35, rowsNotRead: 0 });
    expect(sheet?.rows.map((r) => r.row)).toEqual(original.sheet?.rows.map((r) => r.row));
    expect(sheet?.findings.map((f) => [f.cell, f.code])).toEqual([
      ["H8", "unit_mismatch"],
      ["G28", "value_doubled_unit"],
    ]);
  });

  it("reports rows below a repeated header as an error naming them, and exits 1", () => {
    const { code, sheet, report } = json(repeated, "--lang", "en");
    expect(code).toBe(1);
    expect(sheet).toMatchObject({ rowsEvaluated: 3, rowsNotRead: 2 });
    expect(sheet?.findings.filter((f) => f.severity === "error")).toEqual([
      {
        code: "rows_not_read",
        severity: "error",
        cell: "B6",
        message: expect.stringMatching(
          /^Rows 6-7 \(2 rows\) were not read .* Row 5 repeats the table's header/,
        ),
      },
    ]);
    expect(report.summary.errors).toBe(1);
  });

  it("says how many rows of each sheet it checked, in every format", () => {
    const table = runCheck(repeated, "--as-of", "2025-11-21").stdout;
    expect(table).toContain("    3行をチェックしました。読み取れなかった行が 2行あります。");
    expect(runCheck(typedOut, "--as-of", "2025-11-21", "--lang", "en").stdout).toContain(
      "    35 rows checked.\n",
    );
    const md = runCheck(repeated, "--as-of", "2025-11-21", "--format", "md").stdout;
    expect(md).toContain("| ファイル | シート | チェックした行 | エラー | 警告 | 期限超過 |");
    expect(md).toContain(`| ${repeated} | KPI一覧 | 3 | 1 | 0 | 0 |`);
    const csv = runCheck(repeated, "--as-of", "2025-11-21", "--format", "csv", "--lang", "ja").stdout;
    // One table: the sheet's row count is a line of it, not a second section with other columns.
    expect(csv).not.toContain("\r\n\r\n");
    expect(csv).toContain(
      `${repeated},KPI一覧,,情報,rows_evaluated,3行をチェックしました。読み取れなかった行が 2行あります。\r\n`,
    );
  });
});
