import { describe, expect, it, test } from "vitest";
import { findTable } from "./findTable";
import { isHeaderContinuation } from "./secondHeaderRow";
import { _, expectOk, grid, KPI_HEADER_TOP, KPI_ROWS } from "./findTable.fixtures";
import type { CellValue } from "./sheetTable";

describe("findTable with a two-row header typed out on both rows", () => {
  test.each<[string, CellValue[]]>([
    [
      "names repeated over the years",
      ["推進事項達成に向けた具体的な取組内容", "推進項目のＫＰＩ　※３", "R6年度末", "R10年度末", "R7年度"],
    ],
    ["the whole header repeated", [...KPI_HEADER_TOP]],
    [
      "names repeated, values blank",
      ["推進事項達成に向けた具体的な取組内容", "推進項目のＫＰＩ　※３", _, _, _],
    ],
  ])("takes the second row (%s) as part of the header and reads every row below it", (_label, second) => {
    const { table } = expectOk(findTable(grid([["KPI一覧"], KPI_HEADER_TOP, second, ...KPI_ROWS])));
    expect(table.headerRow).toBe(2);
    expect(table.columns).toEqual({ initiative: 0, kpi: 1, baseline: 2, target: 3, actual: 4 });
    expect(table.rows.map((r) => r.row)).toEqual([4, 5, 6, 7]);
  });

  it("reads sub-column names under a group written over both columns", () => {
    const values: CellValue[][] = [
      ["取組内容", "ＫＰＩ", "基準値 ⇒ 目標値", "基準値 ⇒ 目標値", "実績値"],
      ["取組内容", "ＫＰＩ", "基準値", "目標値", "R7年度"],
      ...KPI_ROWS,
    ];
    const { table } = expectOk(findTable(grid(values)));
    expect(table.columns).toEqual({ initiative: 0, kpi: 1, baseline: 2, target: 3, actual: 4 });
    expect(table.rows.map((r) => r.row)).toEqual([3, 4, 5, 6]);
  });

  it("reads sub-column names under a merged group (the value only in its first cell)", () => {
    const values: CellValue[][] = [
      ["取組内容", "ＫＰＩ", "基準値 ⇒ 目標値", _, "実績値"],
      [_, _, "基準値", "目標値", _],
      ...KPI_ROWS,
    ];
    const { table } = expectOk(findTable(grid(values)));
    expect(table.columns).toEqual({ initiative: 0, kpi: 1, baseline: 2, target: 3, actual: 4 });
    expect(table.rows[0]).toMatchObject({ row: 3, cells: { baseline: "111 件", target: "120 件" } });
  });

  it("still takes a row of header names under a title as the header, not the title", () => {
    const { table } = expectOk(findTable(grid([["令和7年度 KPI一覧"], KPI_HEADER_TOP, ...KPI_ROWS])));
    expect(table.headerRow).toBe(2);
    expect(table.columns.kpi).toBe(1);
  });
});

describe("isHeaderContinuation", () => {
  test.each<[string, CellValue[], CellValue[], boolean]>([
    ["数値 | 年度 under a merged 基準値", ["指標", "基準値", _, "目標値"], [_, "数値", "年度", _], true],
    ["R5 | R6 under a merged 実績", ["指標", "目標値", "実績", _], [_, _, "R5", "R6"], true],
    ["数値 | 年度 under no group", ["指標", "基準値", "目標値"], [_, "数値", "年度"], false],
    ["a row of data", ["指標", "基準値", "目標値"], ["来館者数", "111 件", "120 件"], false],
    ["a number under the header", ["指標", "基準値", "目標値"], [_, 111, _], false],
    [
      "a header of R6実績 under a title",
      ["令和7年度 KPI一覧"],
      ["指標", "目標値", "R6実績", "R7実績"],
      false,
    ],
  ])("%s: %j over %j is %j", (_label, header, next, expected) => {
    expect(isHeaderContinuation(header, next)).toBe(expected);
  });

  it("is false without a row below", () => {
    expect(isHeaderContinuation(["指標"], undefined)).toBe(false);
  });
});
