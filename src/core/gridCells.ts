/**
 * What finding a table needs to know about single cells and rows of a grid: blank or not, a note (※), the
 * 特記事項 block, the next sheet's title, a totals row, a row of header names. One place, so the rows the
 * table takes and the rows it reports as unread are told apart by the same rules.
 */
import type { HeaderKind } from "./headerSynonyms";
import { classifyHeader } from "./headerSynonyms";
import type { CellValue, ColumnMapping, SheetGrid, SheetLayout } from "./sheetTable";
import { normalizeWidth } from "./text";

/** A header names at least this many roles (kinds); fewer is a title block or a row of data. */
export const MIN_RECOGNISED_ROLES = 3;

const NON_SPACE = /\S/;
export const SPECIAL_NOTES = /^\s*特\s*記\s*事\s*項/;
export const GOAL_SHEET_TITLE = /重点目標管理シート/;
export const NOTE_LINE = /^\s*(?:※|[【［[(（]\s*注|注\s*[0-9０-９)）:：.．])/;
/** A totals row's label: 合計, 小計, 総計, 計 alone (spaces between the characters allowed). */
const TOTAL_LABEL = /^(?:合|小|総)?計$/;
const SPACES = /\s+/g;

/** Empty, or only spaces (ideographic and no-break spaces too). */
export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  // Most cells start with a visible character: decide without the regex.
  const first = value.charCodeAt(0);
  if (first > 0x20 && first !== 0x3000 && first !== 0xa0) return false;
  return !NON_SPACE.test(value);
}

export function rowHasContent(row: readonly CellValue[] | undefined): boolean {
  if (row === undefined) return false;
  for (const value of row) if (!isBlank(value)) return true;
  return false;
}

export function isGridEmpty(grid: SheetGrid): boolean {
  for (const row of grid.values) if (rowHasContent(row)) return false;
  return true;
}

/** The cell at a grid row index and a worksheet column; null outside the grid. */
export function cellAt(grid: SheetGrid, index: number, column: number): CellValue {
  const offset = column - grid.firstColumn;
  if (offset < 0) return null;
  return grid.values[index]?.[offset] ?? null;
}

export function firstNonBlank(row: readonly CellValue[]): CellValue {
  for (const value of row) if (!isBlank(value)) return value;
  return null;
}

/**
 * A totals row (合計, 小計, 計) under or inside a table: its first filled cell says so. It sums the rows
 * above it; it is not a KPI or an initiative of its own.
 */
export function isTotalRow(row: readonly CellValue[]): boolean {
  const first = firstNonBlank(row);
  return typeof first === "string" && TOTAL_LABEL.test(normalizeWidth(first).replace(SPACES, ""));
}

/**
 * A header row: three kinds of column named. Counting kinds, not cells, keeps a data row of
 * `期間中 5 件 | 期間中 10 件` (期間 is a header word) from passing for one.
 */
export function namesColumns(row: readonly CellValue[]): boolean {
  const kinds = new Set<HeaderKind>();
  for (const value of row) {
    const kind = classifyHeader(value);
    if (kind !== null) kinds.add(kind);
  }
  return kinds.size >= MIN_RECOGNISED_ROLES;
}

/** The column that names each row (the KPI, else the initiative) and its header text, if it has one. */
export interface TableAnchor {
  readonly column: number | undefined;
  readonly header: string | null;
}

export function anchorOf(
  grid: SheetGrid,
  headerIndex: number,
  layout: SheetLayout,
  columns: ColumnMapping,
): TableAnchor {
  const column = layout === "goal_sheet" ? columns.initiative : (columns.kpi ?? columns.initiative);
  const cell = column === undefined ? null : cellAt(grid, headerIndex, column);
  return { column, header: typeof cell === "string" && NON_SPACE.test(cell) ? cell.trim() : null };
}

/** Whether the row repeats the anchor column's header text (the header again, or another table's). */
export function repeatsAnchorHeader(grid: SheetGrid, index: number, anchor: TableAnchor): boolean {
  if (anchor.header === null || anchor.column === undefined) return false;
  const value = cellAt(grid, index, anchor.column);
  return typeof value === "string" && value.trim() === anchor.header;
}
