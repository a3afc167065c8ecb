/**
 * Rows below a table's header that look like its rows but are not among them: the table ended above them
 * (at its header repeated, another table's header, the next sheet's title or a ※ note), so they were
 * never checked. A check that did not read every row must say so.
 */
import {
  anchorOf,
  cellAt,
  firstNonBlank,
  GOAL_SHEET_TITLE,
  isBlank,
  isTotalRow,
  namesColumns,
  NOTE_LINE,
  repeatsAnchorHeader,
  SPECIAL_NOTES,
} from "./gridCells";
import { isHeaderContinuation } from "./secondHeaderRow";
import type { SheetGrid, SheetTable } from "./sheetTable";
import { COLUMN_ROLES } from "./sheetTable";

/** What ended the table above rows that were left unread. */
export type UnreadRowsReason =
  | "header_repeated" // the header again: a second table, or a header repeated for printing
  | "sheet_title" // the next sheet's title (令和8年度 重点目標管理シート)
  | "note"; // a ※ note line inside the table

export interface UnreadRows {
  /** 1-based worksheet rows that look like rows of the table but are not among its rows, in order. */
  readonly rows: readonly number[];
  /** The row that ended the table above the first of them, when one did. */
  readonly stop: { readonly row: number; readonly reason: UnreadRowsReason } | null;
}

/** A row fills at least this many of the table's columns to look like one of its rows. */
const MIN_FILLED_FOR_DATA = 2;

/**
 * Rows below a table's header that look like its rows (its KPI or initiative and another of its columns
 * filled in, and rows between such rows with anything in its columns) but are not among them. The
 * 特記事項 block, notes and totals rows (合計) are not rows of the table.
 * @example findUnreadRows(grid, table)
 * // { rows: [12, 13, 14], stop: { row: 11, reason: "header_repeated" } }
 */
export function findUnreadRows(grid: SheetGrid, table: SheetTable): UnreadRows {
  const read = new Set<number>();
  for (const row of table.rows) read.add(row.row);
  const headerIndex = table.headerRow - grid.firstRow;
  const header = grid.values[headerIndex];
  let start = headerIndex + 1;
  if (isHeaderContinuation(header, grid.values[start])) start++;
  const offsets = COLUMN_ROLES.flatMap((role) => {
    const column = table.columns[role];
    return column === undefined || column < grid.firstColumn ? [] : [column - grid.firstColumn];
  });
  const anchor = anchorOf(grid, headerIndex, table.layout, table.columns);

  const rows: number[] = [];
  let stop: UnreadRows["stop"] = null;
  // The first row that ended the table since the last row it read.
  let lastStop: UnreadRows["stop"] = null;
  let inSpecialNotes = false;
  // Rows with one cell filled (an initiative without a KPI) count only between rows that look like data.
  let pending: number[] = [];
  for (let index = Math.max(start, 0); index < grid.values.length; index++) {
    const row = grid.values[index];
    if (row === undefined) continue;
    const worksheetRow = grid.firstRow + index;
    if (read.has(worksheetRow)) {
      lastStop = null;
      pending = [];
      continue;
    }
    const first = firstNonBlank(row);
    if (typeof first === "string" && SPECIAL_NOTES.test(first)) {
      inSpecialNotes = true;
      pending = [];
      continue;
    }
    if (typeof first === "string" && GOAL_SHEET_TITLE.test(first)) {
      inSpecialNotes = false;
      lastStop ??= { row: worksheetRow, reason: "sheet_title" };
      pending = [];
      continue;
    }
    if (repeatsAnchorHeader(grid, index, anchor) || namesColumns(row)) {
      inSpecialNotes = false;
      // Notes under a table and then a header: the rows below belong to another table.
      if (lastStop === null || lastStop.reason === "note")
        lastStop = { row: worksheetRow, reason: "header_repeated" };
      pending = [];
      if (isHeaderContinuation(row, grid.values[index + 1])) index++;
      continue;
    }
    if (inSpecialNotes) continue;
    if (typeof first === "string" && NOTE_LINE.test(first)) {
      lastStop ??= { row: worksheetRow, reason: "note" };
      pending = [];
      continue;
    }
    if (isTotalRow(row)) continue;
    let filled = 0;
    for (const offset of offsets) if (!isBlank(row[offset])) filled++;
    if (filled === 0) continue;
    // A row of the table fills its KPI (or initiative) and another column; a footer (担当課 | 企画課) seldom does.
    const anchorCell = anchor.column === undefined ? null : cellAt(grid, index, anchor.column);
    if (filled < MIN_FILLED_FOR_DATA || (anchor.column !== undefined && isBlank(anchorCell))) {
      if (rows.length > 0 || lastStop !== null) pending.push(worksheetRow);
      continue;
    }
    rows.push(...pending, worksheetRow);
    pending = [];
    stop ??= lastStop;
  }
  return { rows, stop };
}
