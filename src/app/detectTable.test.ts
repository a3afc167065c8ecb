import { describe, expect, it } from "vitest";
import type { SheetGrid } from "../core/sheetTable";
import { goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import { fakeWorkbook } from "../../test/fakeExcel/fakeHost";
import { columnChoicesOf, detectTable, detectTableInGrid } from "./detectTable";
import { DEFAULT_SETTINGS } from "./settings";

const WHEN = { asOf: "2025-11-21", startMonth: 4 };

function gridOf(spec: { name: string; values: SheetGrid["values"] }): SheetGrid {
  return { name: spec.name, firstRow: 1, firstColumn: 0, values: spec.values };
}

describe("detectTableInGrid", () => {
  it("recognises goal 2 of the 重点目標管理シート and reads 令和7年度 from its title", () => {
    const found = detectTableInGrid(gridOf(goalSheet2()), {}, WHEN);
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.value.table).toMatchObject({
      layout: "goal_sheet",
      headerRow: 8,
      columns: { item: 0, initiative: 1, period: 2, numericTarget: 3, midtermReport: 4, finalReport: 6 },
    });
    expect(found.value.table.rows.map((row) => row.row)).toEqual([9, 10, 11, 12, 13]);
    expect(found.value.fiscalYear).toEqual({ value: 2025, source: "sheet" });
  });

  it("takes the fiscal year from the as-of date when the title names none (R７～10年度)", () => {
    const found = detectTableInGrid(gridOf(kpiList()), {}, WHEN);
    expect(found.ok && found.value.fiscalYear).toEqual({ value: 2025, source: "as_of" });
    expect(found.ok && found.value.table.columns).toEqual({
      initiative: 0,
      kpi: 1,
      baseline: 2,
      target: 3,
      actual: 4,
    });
  });

  it("prefers the fiscal year a user entered over the title", () => {
    const found = detectTableInGrid(gridOf(goalSheet2()), { fiscalYear: 2024 }, WHEN);
    expect(found.ok && found.value.fiscalYear).toEqual({ value: 2024, source: "option" });
  });

  it("lets the user's column override recognition and drops an excluded role", () => {
    const found = detectTableInGrid(
      gridOf(kpiList()),
      { mapping: { status: 5 }, excluded: ["initiative"] },
      WHEN,
    );
    expect(found.ok && found.value.table.columns).toEqual({
      kpi: 1,
      baseline: 2,
      target: 3,
      actual: 4,
      status: 5,
    });
    expect(found.ok && found.value.recognised).not.toContain("initiative");
  });

  it("reads a sheet without recognisable headers from the user's layout, header row and columns", () => {
    const values = [
      ["項目", "現在", "ゴール"],
      ["窓口申請件数", "111 件", "120 件"],
    ];
    const grid: SheetGrid = { name: "独自様式", firstRow: 1, firstColumn: 0, values };
    const sheet = { layout: "kpi_list" as const, headerRow: 1, mapping: { kpi: 0, baseline: 1, target: 2 } };
    const found = detectTableInGrid(grid, sheet, WHEN);
    expect(found.ok && found.value.table.rows).toHaveLength(1);
    expect(found.ok && found.value.recognised).toEqual([]);
  });

  it("fails with table_not_found for a sheet of prose", () => {
    const grid: SheetGrid = {
      name: "メモ",
      firstRow: 1,
      firstColumn: 0,
      values: [["会議メモ"], ["来週までに確認"]],
    };
    expect(detectTableInGrid(grid, {}, WHEN)).toEqual({
      ok: false,
      issues: [{ code: "table_not_found", sheet: "メモ" }],
    });
  });
});

describe("detectTable", () => {
  it("reads the active sheet through the workbook port", async () => {
    const { workbook } = fakeWorkbook([goalSheet2()]);
    const { grid, detection } = await detectTable(workbook, DEFAULT_SETTINGS, "2025-11-21");
    expect(grid.name).toBe("2 行財政改革");
    expect(detection.ok && detection.value.table.layout).toBe("goal_sheet");
  });

  it("fails with sheet_empty on an empty sheet", async () => {
    const { workbook } = fakeWorkbook([{ name: "Sheet1", values: [] }]);
    const { detection } = await detectTable(workbook, DEFAULT_SETTINGS, "2025-11-21");
    expect(detection).toEqual({ ok: false, issues: [{ code: "sheet_empty", sheet: "Sheet1" }] });
  });
});

describe("columnChoicesOf", () => {
  it("lists every column with its whole header on one line", () => {
    const choices = columnChoicesOf(gridOf(goalSheet2()), 8);
    expect(choices[0]).toEqual({ column: 0, letter: "A", header: "" });
    expect(choices[2]).toEqual({ column: 2, letter: "C", header: "期間・期限（いつ・いつまでに）" });
    expect(choices[4]?.header).toMatch(/^中間報告/);
    expect(choices[4]?.header).not.toMatch(/…$/);
  });

  it("lists columns without headers when there is no header row", () => {
    expect(columnChoicesOf({ name: "x", firstRow: 1, firstColumn: 2, values: [["a", "b"]] }, null)).toEqual([
      { column: 2, letter: "C", header: "" },
      { column: 3, letter: "D", header: "" },
    ]);
  });
});
