/**
 * The rows of a table whose header has been read: the rows below it that hold something in its columns,
 * up to where the table ends (特記事項, the next sheet's title, the header again or another table's, a ※
 * note), totals rows (合計, 計) left out. Settles what only the rows can tell: the unlabelled ① column, which
 * of several 実績 columns is filled in, and 基準値 cells that hold `111 件 ⇒ 120 件`.
 */
import type { HeaderReading } from "./findHeader";
import type { TableMatch } from "./findTable";
import { findFiscalYearInText } from "./fiscalYear";
import type { TableAnchor } from "./gridCells";
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
import type { CellValue, ColumnMapping, ColumnRole, SheetGrid, SheetTable, TableRow } from "./sheetTable";
import { COLUMN_ROLES } from "./sheetTable";
import { normalizeWidth, readItemMarker } from "./text";
import { readYearColumns } from "./yearColumns";

/** A title (`令和7年度 重点目標管理シート`) is short; longer text above the header is prose (現況・課題). */
const MAX_TITLE_LENGTH = 40;
const ARROW = /[⇒→➡]/;
const ITEM_NUMBER = /^\d{1,2}\.?$/;

/**
 * Grid indices of the rows that belong to the table: those with content in `columns`, up to 特記事項,
 * the next sheet's title, a repeat of the header or another table's header, or a ※ note once the table
 * has begun. Totals rows (合計, 計) are not rows of the table.
 */
function collectRowIndices(
  grid: SheetGrid,
  start: number,
  columns: readonly number[],
  anchor: TableAnchor,
): number[] {
  const offsets = columns.map((column) => column - grid.firstColumn).filter((offset) => offset >= 0);
  const indices: number[] = [];
  for (let index = Math.max(start, 0); index < grid.values.length; index++) {
    const row = grid.values[index];
    if (row === undefined) continue;
    const first = firstNonBlank(row);
    if (typeof first === "string") {
      if (SPECIAL_NOTES.test(first) || GOAL_SHEET_TITLE.test(first)) break;
      if (indices.length > 0 && NOTE_LINE.test(first)) break;
    }
    if (repeatsAnchorHeader(grid, index, anchor) || namesColumns(row)) break;
    if (isTotalRow(row)) continue;
    for (const offset of offsets) {
      if (!isBlank(row[offset])) {
        indices.push(index);
        break;
      }
    }
  }
  return indices;
}

function isItemMarker(value: CellValue): boolean {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1 && value <= 99;
  if (typeof value !== "string") return false;
  return readItemMarker(value) !== null || ITEM_NUMBER.test(normalizeWidth(value));
}

/**
 * On a goal sheet the ①… column has no header: it is the column left of 取組項目, when its cells below
 * hold item numbers.
 */
function findItemColumn(
  grid: SheetGrid,
  reading: HeaderReading,
  rowIndices: readonly number[],
): number | undefined {
  const initiative = reading.columns.initiative;
  if (!reading.detectItem || reading.columns.item !== undefined || initiative === undefined) {
    return undefined;
  }
  const column = initiative - 1;
  if (column < grid.firstColumn || COLUMN_ROLES.some((role) => reading.columns[role] === column))
    return undefined;
  if (!isBlank(cellAt(grid, reading.headerIndex, column))) return undefined;
  return rowIndices.some((index) => isItemMarker(cellAt(grid, index, column))) ? column : undefined;
}

/** Of several 実績 columns (R7実績, R8実績), the latest one filled in; the first when none is. */
function chooseActualColumn(
  grid: SheetGrid,
  candidates: readonly number[],
  rowIndices: readonly number[],
): number | undefined {
  for (let i = candidates.length - 1; i >= 0; i--) {
    const column = candidates[i];
    if (column !== undefined && rowIndices.some((index) => !isBlank(cellAt(grid, index, column))))
      return column;
  }
  return candidates[0];
}

/**
 * `111 件 ⇒ 120 件` under a 基準値 header whose 目標値 neighbour stays empty: the two data cells are merged,
 * so Excel gives both values in the 基準値 cell. Read that column as baselineTarget.
 */
function holdsBaselineTargetPairs(
  grid: SheetGrid,
  baseline: number,
  target: number | undefined,
  rowIndices: readonly number[],
): boolean {
  let filled = 0;
  let pairs = 0;
  for (const index of rowIndices) {
    if (target !== undefined && !isBlank(cellAt(grid, index, target))) return false;
    const value = cellAt(grid, index, baseline);
    if (isBlank(value)) continue;
    filled++;
    if (typeof value === "string" && ARROW.test(value)) pairs++;
  }
  return pairs > 0 && pairs * 2 >= filled;
}

function findFiscalYearAbove(grid: SheetGrid, headerIndex: number): number | null {
  for (let index = Math.min(headerIndex, grid.values.length) - 1; index >= 0; index--) {
    const row = grid.values[index];
    if (row === undefined) continue;
    for (const value of row) {
      if (typeof value !== "string" || value.length > MAX_TITLE_LENGTH * 2 || NOTE_LINE.test(value)) continue;
      const text = normalizeWidth(value);
      if (text.length > MAX_TITLE_LENGTH) continue;
      const fiscalYear = findFiscalYearInText(text);
      if (fiscalYear !== null) return fiscalYear;
    }
  }
  return null;
}

/** Each role's index into a grid row; negative when its column lies left of the grid. */
type RoleOffsets = Partial<Record<ColumnRole, number>>;

function roleOffsets(grid: SheetGrid, columns: ColumnMapping): RoleOffsets {
  const offsets: RoleOffsets = {};
  for (const role of COLUMN_ROLES) {
    const column = columns[role];
    if (column !== undefined) offsets[role] = column - grid.firstColumn;
  }
  return offsets;
}

/** A mapped role's cell, null when empty (or only spaces); undefined when the role is not mapped. */
function cellOf(row: readonly CellValue[], offset: number | undefined): CellValue | undefined {
  if (offset === undefined) return undefined;
  const value = offset < 0 ? null : row[offset];
  return isBlank(value) ? null : (value ?? null);
}

/**
 * One object literal for every row, so all rows share one shape: filling the cells role by role made
 * building a 100,000-row table several times slower. Unmapped roles are present but undefined.
 */
function readCells(row: readonly CellValue[], offsets: RoleOffsets): TableRow["cells"] {
  return {
    item: cellOf(row, offsets.item),
    initiative: cellOf(row, offsets.initiative),
    period: cellOf(row, offsets.period),
    numericTarget: cellOf(row, offsets.numericTarget),
    midtermReport: cellOf(row, offsets.midtermReport),
    finalReport: cellOf(row, offsets.finalReport),
    kpi: cellOf(row, offsets.kpi),
    baseline: cellOf(row, offsets.baseline),
    target: cellOf(row, offsets.target),
    revisedTarget: cellOf(row, offsets.revisedTarget),
    baselineTarget: cellOf(row, offsets.baselineTarget),
    actual: cellOf(row, offsets.actual),
    status: cellOf(row, offsets.status),
    unit: cellOf(row, offsets.unit),
  };
}

/**
 * Reads the rows below a header reading into a table, and settles the columns only the rows can tell.
 * @example buildTable(grid, reading, 2025).table.rows[0] // { row: 9, cells: { item: "①", … } }
 */
export function buildTable(
  grid: SheetGrid,
  reading: HeaderReading,
  fiscalYearFallback: number | null,
): TableMatch {
  const columns: ColumnMapping = { ...reading.columns };
  const recognised = new Set(reading.recognised);
  const mappedColumns = COLUMN_ROLES.flatMap((role) => {
    const column = columns[role];
    return column === undefined ? [] : [column];
  });
  // Each year's target and actual column is read; the evaluation takes the year it judges.
  const yearly = readYearColumns(grid, reading.headerIndex, reading.layout, columns);
  // The item column and every 実績 column are not settled yet; a row with content only there still counts.
  const initiative = columns.initiative;
  const candidateColumns = [
    ...mappedColumns,
    ...reading.actualCandidates,
    ...yearly.map((entry) => entry.column),
  ];
  if (reading.detectItem && columns.item === undefined && initiative !== undefined) {
    candidateColumns.push(initiative - 1);
  }
  const anchor = anchorOf(grid, reading.headerIndex, reading.layout, columns);
  const candidateRows = collectRowIndices(grid, reading.dataStart, candidateColumns, anchor);

  const item = findItemColumn(grid, reading, candidateRows);
  if (item !== undefined) {
    columns.item = item;
    recognised.add("item");
  }
  if (reading.actualCandidates.length > 1) {
    const actual = chooseActualColumn(grid, reading.actualCandidates, candidateRows);
    if (actual !== undefined) columns.actual = actual;
  }
  const baseline = columns.baseline;
  if (
    reading.layout === "kpi_list" &&
    baseline !== undefined &&
    recognised.has("baseline") &&
    columns.baselineTarget === undefined &&
    holdsBaselineTargetPairs(grid, baseline, columns.target, candidateRows)
  ) {
    columns.baselineTarget = baseline;
    delete columns.baseline;
    delete columns.target;
    recognised.delete("baseline");
    recognised.delete("target");
    recognised.add("baselineTarget");
  }

  // A 基準値 column read as 基準値 ⇒ 目標値 pairs leaves no target column of its own.
  const yearColumns = yearly.filter((entry) => columns[entry.role] !== undefined);
  // A sheet that names its year shows that year's columns (R7目標, R7実績) as its target and actual.
  const fiscalYear = findFiscalYearAbove(grid, reading.headerIndex) ?? fiscalYearFallback;
  for (const entry of yearColumns) {
    if (entry.fiscalYear === fiscalYear && recognised.has(entry.role)) columns[entry.role] = entry.column;
  }

  const offsets = roleOffsets(grid, columns);
  const mappedOffsets = COLUMN_ROLES.flatMap((role) => {
    const offset = offsets[role];
    return offset === undefined || offset < 0 ? [] : [offset];
  });
  const yearOffsets = yearColumns.map((entry) => entry.column - grid.firstColumn);
  const contentOffsets = [...mappedOffsets, ...yearOffsets];
  const rows: TableRow[] = [];
  for (const index of candidateRows) {
    const row = grid.values[index];
    if (row === undefined || !contentOffsets.some((offset) => !isBlank(row[offset]))) continue;
    const worksheetRow = grid.firstRow + index;
    const cells = readCells(row, offsets);
    rows.push(
      yearColumns.length === 0
        ? { row: worksheetRow, cells }
        : { row: worksheetRow, cells, yearCells: yearOffsets.map((offset) => cellOf(row, offset) ?? null) },
    );
  }

  const table: SheetTable = {
    sheetName: grid.name,
    layout: reading.layout,
    headerRow: grid.firstRow + reading.headerIndex,
    columns,
    rows,
    fiscalYear,
    ...(yearColumns.length > 0 ? { yearColumns } : {}),
  };
  return { table, recognised: COLUMN_ROLES.filter((role) => recognised.has(role)) };
}
