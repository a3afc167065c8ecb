import { describe, expect, it, test } from "vitest";
import { _, grid } from "./findTable.fixtures";
import type { CellValue, SheetTable } from "./sheetTable";
import { headerYear, readYearColumns, tableForFiscalYear } from "./yearColumns";

describe("headerYear", () => {
  test.each<[CellValue | undefined, number | null]>([
    ["R7実績", 2025],
    ["Ｒ６目標", 2024],
    ["令和6年度実績", 2024],
    ["令和元年度の現在値", 2019],
    ["2025年度 目標", 2025],
    ["目標値（R10年度末）", 2028],
    ["H28実績値", 2016],
    ["2023(令和5)年度", 2023],
    // a date: its fiscal year (March 2025 closes FY2024)
    ["実績（R7.3末）", 2024],
    ["実績（令和7年3月末時点）", 2024],
    ["実績（2025年9月末）", 2025],
    ["R7.10.1時点", 2025],
    // no year, or one that cannot be placed without guessing the era
    ["実績値", null],
    ["24年度実績", null],
    ["KPI", null],
    ["R0実績", null],
    [2025, null],
    [null, null],
    [undefined, null],
  ])("reads %j as %j", (input, expected) => {
    expect(headerYear(input)).toBe(expected);
  });
});

describe("readYearColumns", () => {
  const header: CellValue[] = ["指標", "R6目標", "R7目標", "R8目標", "R6実績", "R7実績"];

  it("names every target and actual column of the header with its year", () => {
    const values = [header, ["町公式Xフォロワー数", "800人", "900人", "1,000人", "820人", _]];
    expect(readYearColumns(grid(values), 0, "kpi_list", { kpi: 0, target: 1, actual: 5 })).toEqual([
      { role: "target", column: 1, fiscalYear: 2024, label: "R6目標" },
      { role: "target", column: 2, fiscalYear: 2025, label: "R7目標" },
      { role: "target", column: 3, fiscalYear: 2026, label: "R8目標" },
      { role: "actual", column: 4, fiscalYear: 2024, label: "R6実績" },
      { role: "actual", column: 5, fiscalYear: 2025, label: "R7実績" },
    ]);
  });

  it("takes a column the user chose under another name alone", () => {
    const values: CellValue[][] = [
      ["指標", "目標値", "R7 見込み"],
      ["来館者数", "1,000人", "950人"],
    ];
    expect(readYearColumns(grid(values), 0, "kpi_list", { kpi: 0, target: 1, actual: 2 })).toEqual([
      { role: "actual", column: 2, fiscalYear: 2025, label: "R7 見込み" },
    ]);
  });

  it("reads nothing on a goal sheet, outside the grid, or without target and actual", () => {
    expect(readYearColumns(grid([header]), 0, "goal_sheet", { target: 1 })).toEqual([]);
    expect(readYearColumns(grid([header]), 5, "kpi_list", { target: 1 })).toEqual([]);
    expect(readYearColumns(grid([header]), 0, "kpi_list", { kpi: 0 })).toEqual([]);
  });
});

describe("tableForFiscalYear", () => {
  const table: SheetTable = {
    sheetName: "KPI",
    layout: "kpi_list",
    headerRow: 1,
    columns: { kpi: 0, target: 1, actual: 4 },
    rows: [
      {
        row: 2,
        cells: { kpi: "フォロワー数", target: "800人", actual: "820人" },
        yearCells: ["800人", "900人", "1,000人", "820人"],
      },
    ],
    fiscalYear: null,
    yearColumns: [
      { role: "target", column: 1, fiscalYear: 2024, label: "R6目標" },
      { role: "target", column: 2, fiscalYear: 2025, label: "R7目標" },
      { role: "target", column: 3, fiscalYear: 2026, label: "R8目標" },
      { role: "actual", column: 4, fiscalYear: 2024, label: "R6実績" },
    ],
  };

  it("takes the fiscal year's target, never the first one", () => {
    const { table: judged, notes } = tableForFiscalYear(table, 2024);
    expect(judged.columns).toEqual({ kpi: 0, target: 1, actual: 4 });
    expect(judged.rows[0]?.cells).toEqual({ kpi: "フォロワー数", target: "800人", actual: "820人" });
    expect(notes).toEqual([]);
    expect(tableForFiscalYear(table, 2026).table.rows[0]?.cells.target).toBe("1,000人");
  });

  it("warns when the lone actual column is another year's, and keeps it", () => {
    const { table: judged, notes } = tableForFiscalYear(table, 2025);
    expect(judged.columns).toEqual({ kpi: 0, target: 2, actual: 4 });
    expect(notes).toEqual([
      {
        role: "actual",
        column: 4,
        label: "R6実績",
        issue: { code: "actual_year_differs", fiscalYear: 2025, year: 2024, label: "R6実績" },
      },
    ]);
  });

  it("leaves the target unread when the year has no target column", () => {
    const { table: judged, notes } = tableForFiscalYear(table, 2027);
    expect(judged.columns.target).toBeUndefined();
    expect(judged.rows[0]?.cells).toEqual({ kpi: "フォロワー数", actual: "820人" });
    expect(notes[0]).toEqual({
      role: "target",
      column: 3,
      label: "R8目標",
      issue: { code: "year_column_missing", side: "target", fiscalYear: 2027, years: "2024, 2025, 2026" },
    });
  });

  it("returns a table without year columns as it is", () => {
    const plain: SheetTable = { ...table, yearColumns: [] };
    expect(tableForFiscalYear(plain, 2025)).toEqual({ table: plain, notes: [] });
  });
});
