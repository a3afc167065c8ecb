import { describe, expect, it } from "vitest";
import type { SheetGrid } from "../core/sheetTable";
import { GOAL_SHEET_2_ROWS, goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import { fakeWorkbook } from "../../test/fakeExcel/fakeHost";
import { checkSheet, runSubmissionCheck } from "./runSubmissionCheck";
import { DEFAULT_SETTINGS } from "./settings";

const OPTIONS = { asOf: "2025-11-21", settings: DEFAULT_SETTINGS };

function gridOf(spec: { name: string; values: SheetGrid["values"] }): SheetGrid {
  return { name: spec.name, firstRow: 1, firstColumn: 0, values: spec.values };
}

describe("checkSheet", () => {
  it("finds goal 2 item ③'s sub-item (1) missing from the 中間報告 on 2025-11-21", () => {
    const checked = checkSheet(gridOf(goalSheet2()), OPTIONS);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const report = checked.value;
    expect(report.warnings.map((f) => [f.cell, f.code])).toContainEqual([
      "E11",
      "sub_item_missing_from_report",
    ]);
    expect(report.errors).toEqual([]);
    expect(report.summary).toMatchObject({ rows: 5, errors: 0, warnings: report.warnings.length });
    expect(report.readyToSubmit).toBe(true);
  });

  it("is not ready to submit when a value cannot be read (実績値「未集計」)", () => {
    const checked = checkSheet(gridOf(kpiList()), OPTIONS);
    expect(checked.ok && checked.value.errors.map((f) => [f.cell, f.code])).toEqual([
      ["E25", "value_unreadable"],
    ]);
    expect(checked.ok && checked.value.readyToSubmit).toBe(false);
  });

  it("is not ready to submit when rows below the header were not read, and counts them", () => {
    // Goal 2 with its header repeated above item ④ (row 12): items ④ and ⑤ (rows 13–14) are never read.
    const values = [
      ...GOAL_SHEET_2_ROWS.slice(0, 11),
      GOAL_SHEET_2_ROWS[7] ?? [],
      ...GOAL_SHEET_2_ROWS.slice(11),
    ];
    const checked = checkSheet({ name: "2 行財政改革", firstRow: 1, firstColumn: 0, values }, OPTIONS);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(
      checked.value.errors.map((f) => [
        f.cell,
        f.code,
        f.issue.code === "rows_not_read" ? f.issue.rows : null,
      ]),
    ).toEqual([["B13", "rows_not_read", "13-14"]]);
    expect(checked.value.summary).toMatchObject({ rows: 3, unreadRows: 2, errors: 1 });
    expect(checked.value.readyToSubmit).toBe(false);
  });

  it("lists findings in sheet order within each severity", () => {
    const checked = checkSheet(gridOf(goalSheet2()), OPTIONS);
    const rows = checked.ok ? checked.value.warnings.map((f) => f.row) : [];
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  it("judges on the as-of date it is given", () => {
    const before = checkSheet(gridOf(goalSheet2()), { ...OPTIONS, asOf: "2025-10-31" });
    const cells = before.ok ? before.value.warnings.map((f) => f.cell) : [];
    expect(cells).not.toContain("E11");
  });

  it("fails with table_not_found when the sheet has no table", () => {
    const grid: SheetGrid = { name: "表紙", firstRow: 1, firstColumn: 0, values: [["令和7年度 重点目標"]] };
    expect(checkSheet(grid, OPTIONS)).toEqual({
      ok: false,
      issues: [{ code: "table_not_found", sheet: "表紙" }],
    });
  });
});

describe("runSubmissionCheck", () => {
  it("checks the active sheet", async () => {
    const { workbook } = fakeWorkbook([kpiList()]);
    const progress: string[] = [];
    const checked = await runSubmissionCheck(workbook, OPTIONS, (p) => progress.push(p.phase));
    expect(checked.ok && checked.value.sheetName).toBe("KPI一覧");
    expect(progress).toEqual(["reading", "checking"]);
  });

  it("fails with sheet_empty on an empty sheet", async () => {
    const { workbook } = fakeWorkbook([{ name: "空", values: [] }]);
    expect(await runSubmissionCheck(workbook, OPTIONS)).toEqual({
      ok: false,
      issues: [{ code: "sheet_empty", sheet: "空" }],
    });
  });
});
