import { describe, expect, it } from "vitest";
import { findPlanPeriod } from "./findPlanPeriod";
import { findTable } from "./findTable";
import { _, expectOk, grid } from "./findTable.fixtures";
import type { CellValue } from "./sheetTable";

describe("findPlanPeriod", () => {
  it("reads the plan's end from the target's header year (目標値 over R10年度末)", () => {
    const values: CellValue[][] = [
      ["指標", "基準値", "目標値"],
      [_, "R6年度末", "R10年度末"],
      ["町公式Xフォロワー数", "－ 人", "1,000 人"],
    ];
    const { table } = expectOk(findTable(grid(values)));
    expect(findPlanPeriod(grid(values), table, 2025)).toEqual({ start: "2025-04-01", end: "2029-03-31" });
  });

  it("gives no plan period for targets per year (令和6年度目標 | 令和7年度目標): each is its year's", () => {
    const values: CellValue[][] = [
      ["指標", "令和6年度目標", "令和7年度目標", "令和7年度実績"],
      ["町公式Xフォロワー数", "800 人", "1,000 人", "950 人"],
    ];
    const { table } = expectOk(findTable(grid(values)));
    expect(table.columns.target).toBe(1);
    expect(findPlanPeriod(grid(values), table, 2025)).toBeNull();
  });

  it("gives none when the headers name no year", () => {
    const values: CellValue[][] = [
      ["指標", "基準値", "目標値"],
      ["町公式Xフォロワー数", "－ 人", "1,000 人"],
    ];
    const { table } = expectOk(findTable(grid(values)));
    expect(findPlanPeriod(grid(values), table, 2025)).toBeNull();
  });
});
