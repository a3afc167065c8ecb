import { describe, expect, it, test } from "vitest";
import type { CellValue, SheetGrid } from "../core/sheetTable";
import { goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import type { DetectedTable } from "./detectTable";
import { detectTableInGrid } from "./detectTable";
import type { ValidationOptions } from "./planValidation";
import { ADVISORY_FORMULA, findComputedColumns, planValidation } from "./planValidation";
import { VALIDATION_TEXT, VALIDATION_TEXT_LIMITS } from "./validationText";

const OPTIONS: ValidationOptions = { gradePreset: "abcd_100_80_60", startMonth: 4, locale: "ja" };

function gridOf(values: readonly (readonly CellValue[])[]): SheetGrid {
  return { name: "表", firstRow: 1, firstColumn: 0, values };
}

function detect(grid: SheetGrid): DetectedTable {
  const detected = detectTableInGrid(grid, {}, { asOf: "2025-11-21", startMonth: 4 });
  if (!detected.ok) throw new Error("the sheet should have a table");
  return detected.value;
}

/** Seed 004's KPI list with the computed columns' headers beside it (F:I), as 計算列を追加 leaves them. */
function kpiWithComputed(headers: readonly string[]): CellValue[][] {
  const values = kpiList().values.map((row) => [...row]);
  values[3]!.push(...headers);
  return values;
}

/** Goal 2 of seed 000 with a 状況 column (I) and, optionally, its 期間・期限 cells as Excel dates. */
function goalWithStatus(dates: boolean): CellValue[][] {
  const values = goalSheet2().values.map((row) => [...row]);
  const header = values[7]!;
  while (header.length < 8) header.push(null);
  header[8] = "状況";
  for (let r = 8; r <= 12; r++) {
    const row = values[r]!;
    while (row.length < 9) row.push(null);
    row[8] = r === 8 ? "完了" : "実施中";
    if (dates) row[2] = 46_000 + r; // date serials in 2025
  }
  return values;
}

describe("planValidation", () => {
  it("gives the KPI list's value columns a prompt only, never a rule that refuses", () => {
    const grid = gridOf(kpiList().values);
    const planned = planValidation(grid, detect(grid), OPTIONS);
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    expect(planned.value.targets.map((t) => [t.kind, t.column, t.firstRow, t.lastRow])).toEqual([
      ["advisory", 2, 6, 28],
      ["advisory", 3, 6, 28],
      ["advisory", 4, 6, 28],
    ]);
    const spec = planned.value.targets[0]!.spec;
    expect(spec.rule).toEqual({ custom: { formula: ADVISORY_FORMULA } });
    expect(spec.errorAlert.showAlert).toBe(false);
    expect(spec.prompt.message).toContain("「111 件」「36.4 ％」");
  });

  it("puts the grade preset's labels on the computed grade column and leaves the computed status alone", () => {
    const grid = gridOf(kpiWithComputed(["達成率", "進捗率", "評価", "状況"]));
    const detected = detect(grid);
    // The core reads the computed 状況 header as a status column; it holds formulas, not a choice.
    expect(detected.table.columns.status).toBe(8);
    const planned = planValidation(grid, detected, { ...OPTIONS, gradePreset: "marks" });
    expect(planned.ok && planned.value.targets.map((t) => [t.kind, t.column])).toEqual([
      ["advisory", 2],
      ["advisory", 3],
      ["advisory", 4],
      ["grade", 7],
    ]);
    const grade = planned.ok ? planned.value.targets[3]!.spec : null;
    expect(grade?.rule).toEqual({ list: { inCellDropDown: true, source: "◎,○,△,×" } });
    expect(grade?.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
  });

  it("finds English computed headers too", () => {
    const grid = gridOf(kpiWithComputed(["Achievement", "Grade", "Status"]));
    expect(findComputedColumns(grid, 4)).toEqual({ grade: 6, all: new Set([5, 6, 7]) });
  });

  it("gives a status column a dropdown of the configured entries", () => {
    const grid = gridOf(goalWithStatus(false));
    const planned = planValidation(grid, detect(grid), {
      ...OPTIONS,
      statusOptions: ["未着手", "実施中", "完了", "済"],
    });
    expect(planned.ok && planned.value.targets.map((t) => [t.kind, t.column, t.firstRow, t.lastRow])).toEqual(
      [
        ["advisory", 2, 9, 13],
        ["status", 8, 9, 13],
      ],
    );
    const status = planned.ok ? planned.value.targets[1]!.spec : null;
    expect(status?.rule).toEqual({ list: { inCellDropDown: true, source: "未着手,実施中,完了,済" } });
    expect(status?.prompt.message).toBe("一覧から選んでください：未着手、実施中、完了、済");
  });

  it("offers the default status entries when none are configured", () => {
    const grid = gridOf(goalWithStatus(false));
    const planned = planValidation(grid, detect(grid), OPTIONS);
    const status = planned.ok ? planned.value.targets.find((t) => t.kind === "status") : undefined;
    expect(status?.spec.rule).toEqual({ list: { inCellDropDown: true, source: "未着手,実施中,完了,中止" } });
  });

  it("gives a period column kept as Excel dates a date rule for the fiscal year that only warns", () => {
    const grid = gridOf(goalWithStatus(true));
    const planned = planValidation(grid, detect(grid), OPTIONS);
    const date = planned.ok ? planned.value.targets.find((t) => t.column === 2) : undefined;
    expect(date?.kind).toBe("date");
    expect(date?.spec.rule).toEqual({
      date: { operator: "Between", formula1: "2025-04-01", formula2: "2026-03-31" },
    });
    expect(date?.spec.prompt.message).toBe("令和7年度（2025/4/1～2026/3/31）の日付を入力してください。");
    expect(date?.spec.errorAlert.style).toBe("Warning");
  });

  it("lists the deadline notations the core reads on a goal sheet's 期間・期限", () => {
    const grid = gridOf(goalSheet2().values);
    const planned = planValidation(grid, detect(grid), OPTIONS);
    const period = planned.ok ? planned.value.targets[0] : undefined;
    expect(period?.kind).toBe("advisory");
    for (const notation of ["「R8. 3月」", "「9月末」", "「年度内」", "「通年」"])
      expect(period?.spec.prompt.message).toContain(notation);
  });

  it("words the prompts in English for an English Excel", () => {
    const grid = gridOf(kpiList().values);
    const planned = planValidation(grid, detect(grid), { ...OPTIONS, locale: "en" });
    expect(planned.ok && planned.value.targets[0]!.spec.prompt.title).toBe("Examples");
  });

  it("fails when the table has no rows", () => {
    const grid = gridOf(kpiList().values.slice(0, 5));
    const detected = detect(gridOf(kpiList().values));
    const empty: DetectedTable = { ...detected, table: { ...detected.table, rows: [] } };
    expect(planValidation(grid, empty, OPTIONS)).toEqual({
      ok: false,
      issues: [{ code: "validation_nothing", reason: "no_rows" }],
    });
  });

  it("fails when no column of the table takes a rule", () => {
    const grid = gridOf(goalSheet2().values);
    const detected = detect(grid);
    const bare: DetectedTable = {
      ...detected,
      table: { ...detected.table, columns: { initiative: 1, numericTarget: 3 } },
    };
    expect(planValidation(grid, bare, OPTIONS)).toEqual({
      ok: false,
      issues: [{ code: "validation_nothing", reason: "no_columns" }],
    });
  });
});

describe("VALIDATION_TEXT", () => {
  const long = ["未着手", "実施中", "完了", "中止", "保留", "延期", "検討中", "一部完了"].join("、");
  test.each(["ja", "en"] as const)("keeps every %s text within Excel's limits", (locale) => {
    const t = VALIDATION_TEXT[locale];
    const titles = [t.status.title, t.grade.title, t.date.title, t.value.title, t.pair.title, t.period.title];
    for (const title of titles) expect(title.length).toBeLessThanOrEqual(VALIDATION_TEXT_LIMITS.title);
    const prompts = [
      t.status.prompt(long),
      t.grade.prompt("A、B、C、D"),
      t.date.prompt(t.fiscalYear(2025), "2025/4/1", "2026/3/31"),
      t.value.prompt,
      t.pair.prompt,
      t.period.prompt,
    ];
    for (const prompt of prompts) expect(prompt.length).toBeLessThanOrEqual(VALIDATION_TEXT_LIMITS.prompt);
    const alerts = [t.status.alert(long), t.grade.alert("◎、○、△、×"), t.date.alert(t.fiscalYear(2025))];
    for (const alert of alerts) expect(alert.length).toBeLessThanOrEqual(VALIDATION_TEXT_LIMITS.alert);
  });

  test.each([
    [2019, "令和元年度"],
    [2025, "令和7年度"],
    [2018, "2018年度"],
  ])("names fiscal year %i as %s", (year, name) => {
    expect(VALIDATION_TEXT.ja.fiscalYear(year)).toBe(name);
  });
});
