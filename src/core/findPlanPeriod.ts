import type { IsoDate } from "./calendar";
import { addDays } from "./calendar";
import { ERA_LABEL_PATTERN, ERA_YEAR_PATTERN } from "./era";
import { resolveDue } from "./resolveDue";
import type { SheetGrid, SheetTable } from "./sheetTable";

/** A fiscal year in a header: `R6年度末`, `令和10年度`, half or full width. */
const HEADER_FISCAL_YEAR = new RegExp(`(?:${ERA_LABEL_PATTERN})\\s*(?:${ERA_YEAR_PATTERN})\\s*年度末?`);

/** How many rows a header may span (基準値 ※1 above R6年度末). */
const HEADER_DEPTH = 2;

/**
 * The period a KPI list's targets are for, read from its headers: the baseline's `R6年度末` ends the
 * period before the plan, the target's `R10年度末` ends the plan. Null when the headers do not say.
 * @example findPlanPeriod(grid, table, 2025) // { start: "2025-04-01", end: "2029-03-31" }
 */
export function findPlanPeriod(
  grid: SheetGrid,
  table: SheetTable,
  fiscalYear: number,
): { start: IsoDate; end: IsoDate } | null {
  // Targets per year (R6目標 | R7目標) are each for their own year: the plan is the fiscal year judged.
  const yearlyTargets = table.yearColumns?.filter((column) => column.role === "target").length ?? 0;
  if (yearlyTargets >= 2) return null;
  const targetColumn = table.columns.target ?? table.columns.baselineTarget;
  if (targetColumn === undefined) return null;
  const end = headerDate(grid, table.headerRow, targetColumn, fiscalYear);
  if (end === null) return null;
  const baselineColumn = table.columns.baseline;
  const baselineEnd =
    baselineColumn === undefined ? null : headerDate(grid, table.headerRow, baselineColumn, fiscalYear);
  // Without a baseline date, the plan is taken to start with the sheet's fiscal year.
  const start = baselineEnd !== null && baselineEnd < end ? addDays(baselineEnd, 1) : null;
  return { start: start ?? `${fiscalYear}-04-01`, end };
}

function headerDate(grid: SheetGrid, headerRow: number, column: number, fiscalYear: number): IsoDate | null {
  const c = column - grid.firstColumn;
  for (let r = headerRow - grid.firstRow; r < headerRow - grid.firstRow + HEADER_DEPTH; r++) {
    const value = grid.values[r]?.[c];
    if (typeof value !== "string" || !/年度末|年度/.test(value)) continue;
    // Only the 年度 mention counts; the header's notes (※1) and words are not deadlines.
    const mention = HEADER_FISCAL_YEAR.exec(value);
    if (!mention) continue;
    const reading = resolveDue(mention[0], fiscalYear);
    if (!reading.ok) continue;
    for (const entry of reading.value.entries) for (const due of entry.dues) if (due.due) return due.due;
  }
  return null;
}
