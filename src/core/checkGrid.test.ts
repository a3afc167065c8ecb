import { describe, expect, it } from "vitest";
import type { SheetSpec } from "../../test/fakeExcel/fakeWorkbook";
import { goalSheet2 as goalSheet2Spec, kpiList as kpiListSpec } from "../../test/fakeExcel/seedSheets";
import { checkGrid } from "./checkGrid";
import { findPlanPeriod } from "./findPlanPeriod";
import { findTable } from "./findTable";
import type { CellValue, SheetGrid } from "./sheetTable";

const gridOf = (spec: SheetSpec): SheetGrid => ({
  name: spec.name,
  firstRow: 1,
  firstColumn: 0,
  values: spec.values,
});
const goalSheet2 = (): SheetGrid => gridOf(goalSheet2Spec());
const kpiList = (): SheetGrid => gridOf(kpiListSpec());

describe("checkGrid", () => {
  it("checks seed 000 goal 2 on 2025-11-21, taking FY2025 from the title", () => {
    const result = checkGrid(goalSheet2(), { asOf: "2025-11-21" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ fiscalYear: 2025, fiscalYearSource: "sheet" });
    const findings = result.value.evaluation.findings.map((f) => [
      f.cell,
      f.code,
      "subItem" in f.issue ? f.issue.subItem : null,
    ]);
    // Item ③ (row 11) and ④ (row 12): (1) was due in October and the 中間報告 does not mention it.
    expect(findings).toContainEqual(["E11", "sub_item_missing_from_report", 1]);
    expect(findings).toContainEqual(["E12", "sub_item_missing_from_report", 1]);
  });

  it("lets the user's fiscal year win over the title", () => {
    const result = checkGrid(goalSheet2(), { asOf: "2025-11-21", fiscalYear: 2026 });
    expect(result.ok && [result.value.fiscalYear, result.value.fiscalYearSource]).toEqual([2026, "option"]);
  });

  it("judges the KPI list against its plan period, R6年度末 ⇒ R10年度末", () => {
    const result = checkGrid(kpiList(), { asOf: "2025-11-21" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // The title names no single fiscal year (R７～10年度): the as-of date's is used, and the report can say so.
    expect(result.value).toMatchObject({ fiscalYear: 2025, fiscalYearSource: "as_of" });
    const first = result.value.evaluation.rows.find((r) => r.row === 6);
    expect(first).toMatchObject({ achievementRate: 0.95, due: "2029-03-31", status: "on_track" });
    const codes = result.value.evaluation.findings.map((f) => [f.cell, f.code]);
    // 町ホームページのアクセス数 is the 16th KPI row: 130 万PV ⇒ 150万 万PV.
    expect(codes).toContainEqual(["D21", "value_doubled_unit"]);
  });

  it("fails with the table_not_found issue on a sheet without a recognisable table", () => {
    const grid = { name: "メモ", firstRow: 1, firstColumn: 0, values: [["会議メモ"], ["次回は12月"]] };
    expect(checkGrid(grid, { asOf: "2025-11-21" })).toEqual({
      ok: false,
      issues: [{ code: "table_not_found", sheet: "メモ" }],
    });
  });

  it("fails with sheet_empty on an empty sheet", () => {
    const result = checkGrid(
      { name: "Sheet1", firstRow: 1, firstColumn: 0, values: [] },
      { asOf: "2025-11-21" },
    );
    expect(result.ok === false && result.issues[0]?.code).toBe("sheet_empty");
  });
});

/** Seed 004's KPI list with 35 rows; `header` replaces its second header row (row 5). */
function kpiList35(
  second?: (top: readonly CellValue[], below: readonly CellValue[]) => CellValue[],
): SheetGrid {
  const grid = gridOf(kpiListSpec(35));
  if (second === undefined) return grid;
  const values = grid.values.map((row, r) => (r === 4 ? second(grid.values[3] ?? [], row) : row));
  return { ...grid, values };
}

const cellsAndCodes = (grid: SheetGrid): [string, string][] => {
  const result = checkGrid(grid, { asOf: "2025-11-21" });
  if (!result.ok) throw new Error(`no table: ${result.issues[0]?.code}`);
  return result.value.evaluation.findings.map((f) => [f.cell, f.code]);
};

describe("checkGrid on a KPI list whose two-row header is typed out on both rows", () => {
  // Row 4: 取組内容 | ＫＰＩ | 基準値 ※1 | 目標値 ※2 | 実績値; row 5 as the variants below; rows 6–40: 35 KPI rows.
  const variants: [string, Parameters<typeof kpiList35>[0]][] = [
    ["names repeated over the years", (top, below) => top.map((text, c) => below[c] ?? text)],
    ["the whole header repeated", (top) => [...top]],
  ];

  it.each(variants)("evaluates all 35 rows with the findings of the merged header (%s)", (_label, second) => {
    const grid = kpiList35(second);
    const result = checkGrid(grid, { asOf: "2025-11-21" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.evaluation.rows).toHaveLength(35);
    expect(result.value.evaluation.unreadRows).toEqual([]);
    expect(result.value.evaluation.rows[0]?.row).toBe(6);
    expect(cellsAndCodes(grid)).toEqual(cellsAndCodes(kpiList35()));
    expect(cellsAndCodes(grid)).toContainEqual(["D21", "value_doubled_unit"]);
  });
});

describe("checkGrid with rows the table did not read", () => {
  it("raises rows_not_read, an error naming the rows, and counts them", () => {
    const grid = kpiList35();
    // The header repeated for printing in rows 21–22: the 20 KPI rows below it (23–42) were never read.
    const values = [
      ...grid.values.slice(0, 20),
      grid.values[3] ?? [],
      grid.values[4] ?? [],
      ...grid.values.slice(20),
    ];
    const result = checkGrid({ ...grid, values }, { asOf: "2025-11-21" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { evaluation } = result.value;
    expect(evaluation.rows).toHaveLength(15);
    expect(evaluation.unreadRows).toHaveLength(20);
    const errors = evaluation.findings.filter((f) => f.severity === "error");
    expect(
      errors.map(({ cell, issue: i }) => [
        cell,
        i.code,
        ...(i.code === "rows_not_read" ? [i.rows, i.count, i.stopRow, i.reason] : []),
      ]),
    ).toEqual([["B23", "rows_not_read", "23-42", 20, 21, "header_repeated"]]);
  });

  it("raises nothing for the seed sheets, whose notes and 特記事項 are not rows", () => {
    for (const grid of [goalSheet2(), kpiList()]) {
      const result = checkGrid(grid, { asOf: "2025-11-21" });
      expect(result.ok && result.value.evaluation.unreadRows).toEqual([]);
      expect(result.ok && result.value.evaluation.findings.map((f) => f.code)).not.toContain("rows_not_read");
    }
  });
});

describe("findPlanPeriod", () => {
  it("reads R6年度末 ⇒ R10年度末 from the two-row header", () => {
    const grid = kpiList();
    const found = findTable(grid);
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(findPlanPeriod(grid, found.value.table, 2025)).toEqual({ start: "2025-04-01", end: "2029-03-31" });
  });

  it("says nothing when the headers give no fiscal year", () => {
    const grid = kpiList();
    const values = grid.values.map((row, r) => (r === 4 ? row.map(() => null) : row));
    const plain = { ...grid, values };
    const found = findTable(plain);
    expect(found.ok).toBe(true);
    if (found.ok) expect(findPlanPeriod(plain, found.value.table, 2025)).toBeNull();
  });
});
