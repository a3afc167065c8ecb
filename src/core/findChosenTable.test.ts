import { describe, expect, it } from "vitest";
import { goalSheet2 as goalSheet2Spec } from "../../test/fakeExcel/seedSheets";
import { findChosenTable } from "./findChosenTable";
import type { SheetGrid } from "./sheetTable";

const goalSheet2 = (): SheetGrid => ({
  name: "2 行財政改革",
  firstRow: 1,
  firstColumn: 0,
  values: goalSheet2Spec().values,
});

/** A table whose headers say nothing the core recognises: 項目 | 内容 | いつ. */
const plain: SheetGrid = {
  name: "メモ",
  firstRow: 1,
  firstColumn: 0,
  values: [
    ["項目", "内容", "いつ"],
    ["①", "職員研修", "令和7年10月末"],
    ["②", "防災訓練", "令和8年1月末"],
  ],
};

describe("findChosenTable", () => {
  it("drops an excluded role and keeps 令和7年度 from the title", () => {
    const found = findChosenTable(goalSheet2(), { excluded: ["finalReport"] });
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.value.table.columns.finalReport).toBeUndefined();
    expect(found.value.table.columns).toMatchObject({ item: 0, initiative: 1, period: 2 });
    expect(found.value.table.fiscalYear).toBe(2025);
    expect(found.value.recognised).not.toContain("finalReport");
  });

  it("reads a table with unrecognised headers when the user gave its layout, header row and columns", () => {
    const found = findChosenTable(plain, {
      layout: "goal_sheet",
      headerRow: 1,
      mapping: { initiative: 1, period: 2 },
    });
    expect(found.ok && found.value.table.rows.map((row) => row.cells.period)).toEqual([
      "令和7年10月末",
      "令和8年1月末",
    ]);
    expect(found.ok && found.value.recognised).toEqual([]);
  });

  it("fails with table_not_found when the headers are not recognised and the user gave no layout", () => {
    expect(findChosenTable(plain, { headerRow: 1, mapping: { initiative: 1 } })).toEqual({
      ok: false,
      issues: [{ code: "table_not_found", sheet: "メモ", headerRow: 1 }],
    });
  });

  it("fails with sheet_empty on an empty sheet", () => {
    const empty: SheetGrid = { name: "Sheet1", firstRow: 1, firstColumn: 0, values: [] };
    expect(findChosenTable(empty, { excluded: ["status"] })).toEqual({
      ok: false,
      issues: [{ code: "sheet_empty", sheet: "Sheet1" }],
    });
  });
});
