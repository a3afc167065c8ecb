// A goal sheet with an 実績値 column added right of its table (as the task pane adds it): the check finds
// the column by its header and judges the rows that have a value, and a sheet without it is unchanged.
import { describe, expect, it } from "vitest";
import { GOAL_SHEET_2_ROWS } from "../../test/fakeExcel/seedSheets";
import { checkGrid } from "./checkGrid";
import type { CellValue, SheetGrid } from "./sheetTable";

const HEADER_INDEX = 7; // worksheet row 8
const ITEM5_INDEX = 12; // item ⑤, worksheet row 13: (2) 地権者4名からの用地買収。
const ACTUAL_COLUMN = 8; // I, right of 期末報告 (G:H)

function withColumn(header: string, item5: CellValue): SheetGrid {
  const values = GOAL_SHEET_2_ROWS.map((row, index) => {
    const copy: CellValue[] = [...row];
    if (index === HEADER_INDEX || index === ITEM5_INDEX) {
      while (copy.length < ACTUAL_COLUMN) copy.push(null);
      copy[ACTUAL_COLUMN] = index === HEADER_INDEX ? header : item5;
    }
    return copy;
  });
  return { name: "2 行財政改革", firstRow: 1, firstColumn: 0, values };
}

function check(grid: SheetGrid) {
  const result = checkGrid(grid, { asOf: "2025-11-21" });
  if (!result.ok) throw new Error("the goal sheet was not found");
  return result.value;
}

describe("a goal sheet's 実績値 column", () => {
  it.each(["実績値", "実績", "実績値（確定）"])("is found by the header %j and judges the row", (header) => {
    const { evaluation } = check(withColumn(header, "(2) 3名"));
    const item5 = evaluation.rows.find((r) => r.row === 13);
    expect(item5).toMatchObject({
      target: { amount: 4, unit: "人" },
      actual: { amount: 3, unit: "人" },
      achievementRate: 0.75,
      subItemResults: [{ subItem: 2, achievementRate: 0.75 }],
    });
    expect(evaluation.rows.filter((r) => r.row !== 13).every((r) => r.achievementRate === null)).toBe(true);
  });

  it("is not taken from a report column headed 実績・成果", () => {
    const { evaluation } = check(withColumn("実績・成果", "(2) 3名"));
    expect(evaluation.rows.every((r) => r.achievementRate === null && r.subItemResults.length === 0)).toBe(
      true,
    );
  });

  it("leaves the evaluation of a sheet without it as it was", () => {
    const without = check({ name: "2 行財政改革", firstRow: 1, firstColumn: 0, values: GOAL_SHEET_2_ROWS });
    const blank = check(withColumn("実績値", null));
    expect(blank.evaluation.rows).toEqual(without.evaluation.rows);
    expect(blank.evaluation.findings).toEqual(without.evaluation.findings);
  });
});
