/**
 * Seed 000's goal sheets for the fake Excel, laid out as the sample workbook lays them out (title, the
 * block above the table, the header, items ①…, 特記事項), each spanned cell written in its first column.
 */
import type { CellValue } from "../src/core/sheetTable";
import type { GoalSheet, Span } from "../scripts/seedGoalSheets";
import { GOAL_SHEETS, GOAL_SHEET_TITLE } from "../scripts/seedGoalSheets";
import type { SheetSpec } from "./fakeExcel/fakeWorkbook";

function spread(spans: readonly Span[]): CellValue[] {
  return spans.flatMap(([text, columns]) => [text, ...Array.from({ length: columns - 1 }, () => null)]);
}

function withSpans(cells: readonly (string | null)[], spans: readonly number[]): CellValue[] {
  return spread(cells.map((text, i) => [text, spans[i] ?? 1] as const));
}

/** The rows of one goal sheet, from A1. */
export function goalSheetRows(sheet: GoalSheet): CellValue[][] {
  return [
    [GOAL_SHEET_TITLE],
    [],
    ...sheet.block.map(spread),
    withSpans(sheet.header, sheet.tableSpans),
    ...sheet.items.map((item) => withSpans(item, sheet.tableSpans)),
    spread(sheet.notes),
  ];
}

/** Goal `n` (1–5) of seed 000 as a sheet of the fake Excel. */
export function seedGoalSheet(n: number): SheetSpec {
  const sheet = GOAL_SHEETS[n - 1];
  if (sheet === undefined) throw new RangeError(`seed 000 has no goal ${n}`);
  return { name: sheet.name, values: goalSheetRows(sheet) };
}
