import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../src/cli/checkFiles";
import { EXAMPLES, runCheck } from "./runCheck";
import { kpiRows, sheetXml, workbookParts, writeZip, zeros } from "./xlsxFixtures";

const GOAL_BOOK = path.join(EXAMPLES, "重点目標管理シート_令和7年度_総務部等.xlsx");
const KPI_BOOK = path.join(EXAMPLES, "マニフェストKPI一覧_R7-R10.xlsx");

const check = runCheck;

function json(...args: string[]): { code: number | null; report: Report } {
  const run = check(...args, "--format", "json");
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

let broken: string;

beforeAll(async () => {
  broken = mkdtempSync(path.join(tmpdir(), "kpi-check-"));
  // A text file that only claims to be a workbook.
  writeFileSync(path.join(broken, "not-a-workbook.xlsx"), "期間・期限,数値目標\n");

  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Sheet1");
  await empty.xlsx.writeFile(path.join(broken, "empty.xlsx"));

  const memo = new ExcelJS.Workbook();
  memo.addWorksheet("メモ").addRows([["会議メモ"], ["次回は12月に開催"]]);
  await memo.xlsx.writeFile(path.join(broken, "no-table.xlsx"));

  // Seed 000's layout with a garbled deadline (O for 0) and an impossible day.
  const garbled = new ExcelJS.Workbook();
  const sheet = garbled.addWorksheet("重点目標");
  sheet.addRows([
    ["令和7年度 重点目標管理シート"],
    [],
    [
      null,
      "取組項目及び方法・手段（何をどのように）",
      "期間・期限（いつ・いつまでに）",
      "数値目標（どの水準まで）",
      "中間報告（目標に対する進捗状況・進捗度）",
      null,
      "期末報告（目標に対する達成状況・達成度）",
    ],
    [
      "①",
      "○ 庁内検討会議の開催 (1) 会議 (2) 研修",
      "(1) R7.1O月 (2) R8. 3月",
      "(1) 会議を開催する。",
      "(1) 準備中",
    ],
    ["②", "○ 制度運用に係る研修", "R7.2.30", "研修を実施する。", ""],
  ]);
  await garbled.xlsx.writeFile(path.join(broken, "garbled.xlsx"));
  // A KPI list with a drawing in the default namespace: valid, but ExcelJS throws a TypeError on it.
  writeZip(path.join(broken, "drawing.xlsx"), [
    ...workbookParts([{ name: "KPI一覧", chunks: sheetXml(kpiRows(3)) }]),
    {
      name: "xl/drawings/drawing1.xml",
      chunks: ['<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>'],
    },
    {
      name: "xl/drawings/_rels/drawing1.xml.rels",
      chunks: ['<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'],
    },
  ]);
  // A zip bomb whose sheet declares 1 KiB and inflates to 256 MiB.
  writeZip(
    path.join(broken, "bomb.xlsx"),
    workbookParts([{ name: "爆弾", chunks: zeros(256 * 1024 * 1024), declaredSize: 1024 }]),
  );
  mkdirSync(path.join(broken, "nested"));
  writeFileSync(path.join(broken, "nested", "~$lock.xlsx"), "");
});

describe("npm run check on the sample workbooks", () => {
  it("finds the seed's late sub-items and the doubled unit, with exit code 0 (warnings only)", () => {
    const { code, report } = json(EXAMPLES, "--as-of", "2025-11-21");
    expect(code).toBe(0);
    expect(report.asOf).toBe("2025-11-21");
    expect(report.files.map((f) => path.basename(f.path))).toEqual([
      "マニフェストKPI一覧_R7-R10.xlsx",
      "重点目標管理シート_令和7年度_総務部等.xlsx",
    ]);
    const goal = report.files[1];
    const sheet2 = goal?.sheets.find((s) => s.name === "2 行財政改革");
    expect(sheet2?.fiscalYear).toBe(2025);
    expect(sheet2?.fiscalYearSource).toBe("sheet");
    // The KPI list's title (R７～10年度) names no single year: the report says the as-of date's was used.
    expect(report.files[0]?.sheets[0]).toMatchObject({ fiscalYear: 2025, fiscalYearSource: "as_of" });
    expect(sheet2?.findings).toContainEqual({
      code: "sub_item_missing_from_report",
      severity: "warning",
      cell: "E11",
      message: "(1) の期限（2025年10月31日）を過ぎていますが、中間報告に (1) の記載がありません。",
    });
    const kpi = report.files[0]?.sheets[0];
    expect(kpi?.findings.map((f) => [f.cell, f.code])).toContainEqual(["G28", "value_doubled_unit"]);
    const first = kpi?.rows.find((r) => r.row === 9);
    expect(first).toMatchObject({ due: "2029-03-31", overdue: false });
    expect(first?.achievementRate).toBeCloseTo(8 / 12, 10);
    expect(report.summary).toEqual({
      files: 2,
      errors: 0,
      warnings: report.files.flatMap((f) => f.sheets).flatMap((s) => s.findings).length,
      overdue: 4,
    });
  });

  it("prints a readable table with a summary per file and sheet", () => {
    const { code, stdout } = check(GOAL_BOOK, "--as-of", "2025-11-21");
    expect(code).toBe(0);
    expect(stdout).toContain("□ 2 行財政改革  令和7年度");
    expect(stdout).toMatch(/集計\n\s+ファイル\s+シート\s+エラー\s+警告\s+期限超過/);
  });

  it("writes Markdown and CSV that name the cells", () => {
    expect(check(KPI_BOOK, "--as-of", "2025-11-21", "--format", "md").stdout).toContain("| G28 | 警告 |");
    const csv = check(KPI_BOOK, "--as-of", "2025-11-21", "--format", "csv").stdout;
    expect(csv.startsWith("\uFEFFファイル,シート,セル,区分,コード,内容\r\n")).toBe(true);
    expect(csv).toContain(",KPI一覧,G28,警告,value_doubled_unit,");
  });

  it("checks only the sheet named, and judges by the given fiscal year", () => {
    const { report } = json(GOAL_BOOK, "--sheet", "5 選挙", "--fiscal-year", "R7", "--as-of", "2025-11-21");
    expect(report.files[0]?.sheets.map((s) => [s.name, s.fiscalYear])).toEqual([["5 選挙", 2025]]);
  });

  it("leaves the input files' bytes as they were", () => {
    const before = readFileSync(GOAL_BOOK);
    check(GOAL_BOOK, "--as-of", "2025-11-21");
    expect(readFileSync(GOAL_BOOK).equals(before)).toBe(true);
  });
});

describe("npm run check --annotate", () => {
  it("writes flagged copies that carry the task pane's flags, leaving the inputs' bytes as they were", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "kpi-annotated-"));
    const before = readFileSync(GOAL_BOOK);
    const run = check(GOAL_BOOK, "--as-of", "2025-11-21", "--annotate", out);
    expect(run.code).toBe(0);
    expect(readFileSync(GOAL_BOOK).equals(before)).toBe(true);

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(path.join(out, path.basename(GOAL_BOOK)));
    const sheet = copy.getWorksheet("2 行財政改革");
    // ExcelJS keeps the conditional formats it read on the worksheet; its typings leave the property out.
    const read = sheet as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] };
    const formats = (read.conditionalFormattings ?? []).map((f) => {
      const rule = f.rules[0];
      return [f.ref, rule && "formulae" in rule ? rule.formulae?.[0] : undefined];
    });
    expect(formats).toEqual([
      ["C9:C10 E11:E12", 'N("kpi-sheet-checker:warning")=0'],
      // The overdue rows without the cells that carry a warning: no cell has two flags.
      ["A9:B10 D9:G10 A11:D12 F11:G12", 'N("kpi-sheet-checker:overdue")=0'],
    ]);
    const note = sheet?.getCell("E11").note;
    const text = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
    expect(text).toContain(
      "(1) の期限（2025年10月31日）を過ぎていますが、中間報告に (1) の記載がありません。",
    );
    // Values are the originals: a flag never writes into a cell's value.
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(GOAL_BOOK);
    expect(sheet?.getCell("E11").value).toEqual(original.getWorksheet("2 行財政改革")?.getCell("E11").value);
  });

  it("never replaces a note the user wrote", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kpi-usernote-"));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(GOAL_BOOK);
    const sheet = book.getWorksheet("2 行財政改革");
    if (!sheet) throw new Error("sample sheet missing");
    sheet.getCell("E11").note = "課長確認済み";
    const input = path.join(dir, "with-note.xlsx");
    await book.xlsx.writeFile(input);
    const out = path.join(dir, "out");
    expect(check(input, "--as-of", "2025-11-21", "--annotate", out).code).toBe(0);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(path.join(out, "with-note.xlsx"));
    const note = copy.getWorksheet("2 行財政改革")?.getCell("E11").note;
    const text = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
    expect(text).toBe("課長確認済み");
  });
});

describe("npm run check on broken input", () => {
  it("reports an unreadable file by name, checks the others, and exits 2", () => {
    const { code, report } = json(broken, "--as-of", "2025-11-21");
    expect(code).toBe(2);
    const byName = Object.fromEntries(report.files.map((f) => [path.basename(f.path), f]));
    expect(Object.keys(byName)).toEqual([
      "bomb.xlsx",
      "drawing.xlsx",
      "empty.xlsx",
      "garbled.xlsx",
      "no-table.xlsx",
      "not-a-workbook.xlsx",
    ]);
    expect(byName["not-a-workbook.xlsx"]?.error?.code).toBe("file_unreadable");
    expect(byName["bomb.xlsx"]?.error?.code).toBe("file_too_large");
    expect(byName["bomb.xlsx"]?.error?.message).toContain("bomb.xlsx");
    expect(byName["bomb.xlsx"]?.error?.message).toContain("新しいブックに保存してから確認してください");
    // What ExcelJS cannot open is still checked: its doubled unit is found.
    expect(byName["drawing.xlsx"]?.error).toBeUndefined();
    expect(byName["drawing.xlsx"]?.sheets[0]?.findings.map((f) => [f.cell, f.code])).toContainEqual([
      "D5",
      "value_doubled_unit",
    ]);
    expect(byName["empty.xlsx"]?.sheets[0]?.skipped?.code).toBe("sheet_empty");
    expect(byName["no-table.xlsx"]?.error?.code).toBe("workbook_without_table");
    expect(byName["no-table.xlsx"]?.sheets[0]?.skipped?.message).toContain("シート「メモ」に表の見出し");
    // The garbled workbook is still checked in full.
    expect(byName["garbled.xlsx"]?.sheets[0]?.findings.map((f) => [f.cell, f.code, f.severity])).toEqual([
      ["C4", "deadline_unreadable", "error"],
      ["C5", "date_impossible", "error"],
    ]);
  });

  it("exits 1 when errors were found and every file could be read", () => {
    const { code } = json(path.join(broken, "garbled.xlsx"), "--as-of", "2025-11-21");
    expect(code).toBe(1);
  });

  it("says what is wrong with bad options, and exits 2", () => {
    const run = check(EXAMPLES, "--as-of", "21/11/2025");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--as-of の「21/11/2025」を日付として読めません。");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("names a missing sheet", () => {
    const { code, report } = json(GOAL_BOOK, "--sheet", "6 存在しない");
    expect(code).toBe(2);
    expect(report.files[0]?.error?.message).toContain("シート「6 存在しない」がありません");
  });

  it("names a path that does not exist", () => {
    const run = check(path.join(broken, "missing.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing.xlsx");
  });
});
