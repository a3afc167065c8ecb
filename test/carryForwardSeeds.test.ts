// 次年度へ繰越 on the seed goal sheets: next year's copy, checked on the first day of its fiscal year, has
// no overdue row, because the years written in 期間・期限 moved on with it.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { planCarryForward } from "../src/app/planCarryForward";
import { DEFAULT_SETTINGS } from "../src/app/settings";
import { readWorkbook } from "../src/cli/readWorkbook";
import { checkGrid } from "../src/core/checkGrid";
import type { CellValue, SheetGrid } from "../src/core/sheetTable";
import { EXAMPLES } from "./runCheck";

const GOAL_BOOK = path.join(EXAMPLES, "重点目標管理シート_令和7年度_総務部等.xlsx");

/** The copy as the new-sheet adapter writes it: the source's cells with the plan's cells set. */
function carried(grid: SheetGrid, cells: readonly { cell: string; value: string }[]): SheetGrid {
  const values: CellValue[][] = grid.values.map((row) => [...row]);
  for (const { cell, value } of cells) {
    const match = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!match) throw new Error(`not an A1 address: ${cell}`);
    const column = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row = values[Number(match[2]) - grid.firstRow];
    if (row === undefined) throw new Error(`row outside the grid: ${cell}`);
    while (row.length <= column - grid.firstColumn) row.push(null);
    row[column - grid.firstColumn] = value === "" ? null : value;
  }
  return { ...grid, values };
}

describe("次年度へ繰越 on the seed goal sheets", async () => {
  const read = await readWorkbook(GOAL_BOOK);
  if (!read.ok) throw new Error("the sample goal-sheet workbook could not be read");
  const sheets = read.value.sheets;

  it.each(sheets.map((grid) => [grid.name, grid] as const))(
    "%s: the copy is not overdue on 2026-04-01, and its schedule names 令和8年度's months",
    (_name, grid) => {
      const before = checkGrid(grid, { asOf: "2026-04-01" });
      const planned = planCarryForward(
        { grid, sheetNames: sheets.map((s) => s.name) },
        { asOf: "2026-04-01", settings: DEFAULT_SETTINGS, locale: "ja" },
      );
      expect(planned.ok).toBe(true);
      if (!planned.ok || !before.ok) return;
      const copy = carried(grid, planned.value.plan.cells);
      const after = checkGrid(copy, { asOf: "2026-04-01" });
      expect(after.ok).toBe(true);
      if (!after.ok) return;
      expect(after.value.fiscalYear).toBe(2026);
      expect(after.value.evaluation.rows.filter((r) => r.overdue).map((r) => r.row)).toEqual([]);
      // Every due date of the copy lies within 令和8年度 or later, as the source's lay within 令和7年度.
      for (const row of after.value.evaluation.rows) {
        if (row.due !== null) expect(row.due >= "2026-04-01").toBe(true);
      }
    },
  );

  it("moves 行財政改革's schedule on by a year, R8. 3月 (still 令和7年度) included", async () => {
    const grid = sheets.find((s) => s.name === "2 行財政改革");
    expect(grid).toBeDefined();
    if (!grid) return;
    const planned = planCarryForward(
      { grid, sheetNames: [grid.name] },
      { asOf: "2026-03-31", settings: DEFAULT_SETTINGS, locale: "ja" },
    );
    if (!planned.ok) throw new Error("not planned");
    const schedule = planned.value.plan.cells.filter((c) => c.cell.startsWith("C"));
    expect(schedule.map((c) => c.value)).toContain("(1) R8. 4月 (2) R8. 5月～R9. 1月 (3) R9. 3月");
    expect(planned.value.scheduleLeftAsWritten).toEqual([]);
  });

  it("leaves the election sheet's term-end dates of 令和8年4月 as written, and names them", () => {
    const grid = sheets.find((s) => s.name.includes("選挙"));
    expect(grid).toBeDefined();
    if (!grid) return;
    const planned = planCarryForward(
      { grid, sheetNames: [grid.name] },
      { asOf: "2026-03-31", settings: DEFAULT_SETTINGS, locale: "ja" },
    );
    if (!planned.ok) throw new Error("not planned");
    expect(planned.value.scheduleLeftAsWritten.map((left) => left.text)).toEqual([
      "令和8年4月8日",
      "令和8年4月8日",
    ]);
    const schedule = planned.value.plan.cells.find((c) => c.value.includes("選挙期日"));
    expect(schedule?.value).toContain("(1) 令和8年5月20日");
    expect(schedule?.value).toContain("(3) 令和8年4月8日");
  });
});
