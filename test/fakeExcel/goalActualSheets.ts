/**
 * Goal sheets of seed 000 with an 実績値 column right of the table (I, beside 期末報告 G:H), as the task
 * pane adds it: the title, block and header of goal 2's sheet, the items of the goal asked for, and the
 * values given by item marker.
 */
import type { CellValue } from "../../src/core/sheetTable";
import { GOAL_SHEETS } from "../../scripts/seedGoalSheets";
import type { SheetSpec } from "./fakeWorkbook";
import { GOAL_SHEET_2_ROWS } from "./seedSheets";

const HEADER_INDEX = 7; // worksheet row 8
const ACTUAL_COLUMN = 8; // I

/**
 * Goal `goal` (1-based, as the seed numbers them) of seed 000 with the 実績値 given by item marker.
 * @example goalSheetWithActuals(1, { "⑥": "(1) 84.3%" })
 */
export function goalSheetWithActuals(goal: number, actuals: Readonly<Record<string, string>>): SheetSpec {
  const items = GOAL_SHEETS[goal - 1]?.items ?? [];
  const withActual = (row: readonly CellValue[], value: CellValue): CellValue[] => {
    const copy: CellValue[] = [...row];
    while (copy.length < ACTUAL_COLUMN) copy.push(null);
    copy[ACTUAL_COLUMN] = value;
    return copy;
  };
  const head = GOAL_SHEET_2_ROWS.slice(0, HEADER_INDEX + 1).map((row, index) =>
    index === HEADER_INDEX ? withActual(row, "実績値") : [...row],
  );
  const rows = items.map((item) => withActual(item, actuals[String(item[0])] ?? null));
  return { name: `${goal} 目標`, values: [...head, ...rows] };
}
