import { describe, expect, test } from "vitest";
import { isTotalRow, namesColumns } from "./gridCells";
import type { CellValue } from "./sheetTable";

describe("isTotalRow", () => {
  test.each<[CellValue[]]>([
    [["合計", null, "60", "53"]],
    [[null, "合　計", 60]],
    [["計", 3]],
    [["小計"]],
    [["総計"]],
  ])("takes %j for a totals row", (row) => {
    expect(isTotalRow(row)).toBe(true);
  });

  test.each<[CellValue[]]>([
    [["合計特殊出生率", "1.43", "1.60"]],
    [["計画の策定"]],
    [[null, null]],
    [[]],
    [[12]],
  ])("does not take %j for one", (row) => {
    expect(isTotalRow(row)).toBe(false);
  });
});

describe("namesColumns", () => {
  test.each<[CellValue[], boolean]>([
    [["指標", "基準値", "目標値", "実績値"], true],
    // one kind three times is a row of data, not a header
    [["期間中 5 件", "期間中 10 件", "期間中 3 件"], false],
    [["指標", "基準値"], false],
    [[], false],
  ])("reads %j as a header row: %j", (row, expected) => {
    expect(namesColumns(row)).toBe(expected);
  });
});
