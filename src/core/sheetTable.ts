/**
 * The table model every edge hands to the core: a sheet's cells as Excel reads them, the roles its
 * columns play, and the rows below the header. Rows and columns are positions in the worksheet, so a
 * finding can name its cell (`C12`) whichever program read the sheet.
 */

/** A cell's value as Excel gives it: text, a number (dates are serials), a boolean, or empty. */
export type CellValue = string | number | boolean | null;

/** A worksheet's used range as values: grid[r][c] is the cell at (firstRow + r, firstColumn + c). */
export interface SheetGrid {
  readonly name: string;
  /** 1-based worksheet row of grid[0]. */
  readonly firstRow: number;
  /** 0-based worksheet column of grid[r][0] (A = 0). */
  readonly firstColumn: number;
  readonly values: readonly (readonly CellValue[])[];
}

export type SheetLayout = "goal_sheet" | "kpi_list";

/** What a column holds. Goal sheets (重点目標管理シート) and KPI lists use different subsets. */
export const COLUMN_ROLES = [
  "item", // ① … item markers
  "initiative", // 取組項目及び方法・手段
  "period", // 期間・期限
  "numericTarget", // 数値目標 (free text with sub-items)
  "midtermReport", // 中間報告
  "finalReport", // 期末報告
  "kpi", // KPI name (推進項目のＫＰＩ)
  "baseline", // 基準値 / 現状値 / 当初値
  "target", // 目標値 (the original one when the list has a revised column)
  "revisedTarget", // 目標値（見直し後）, 修正目標値: the target judged against where its cell is not blank
  "baselineTarget", // one cell holding `111 件 ⇒ 120 件`
  "actual", // 実績値 / 現況値
  "status", // 状況 / 進捗 (未着手, 実施中, 完了 …)
  "unit", // 単位: the unit of 基準値 / 目標値 / 実績値 cells that hold plain numbers
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Which worksheet column (0-based, A = 0) holds each role. */
export type ColumnMapping = Partial<Record<ColumnRole, number>>;

export interface TableRow {
  /** 1-based worksheet row. */
  readonly row: number;
  readonly cells: Partial<Record<ColumnRole, CellValue>>;
  /** The cells of the table's yearColumns, in their order; only on a table that has them. */
  readonly yearCells?: readonly CellValue[];
}

/** The roles a KPI list may give a column per year. */
export type YearlyRole = "target" | "actual";

/** A target or actual column whose header names its fiscal year (`R7目標`, `令和6年度実績`, `R10年度末`). */
export interface YearColumn {
  readonly role: YearlyRole;
  /** 0-based worksheet column. */
  readonly column: number;
  readonly fiscalYear: number;
  /** The header's text, both rows of it. */
  readonly label: string;
}

export interface SheetTable {
  readonly sheetName: string;
  readonly layout: SheetLayout;
  /** 1-based worksheet row of the header. */
  readonly headerRow: number;
  readonly columns: ColumnMapping;
  readonly rows: readonly TableRow[];
  /** Fiscal year read from the sheet's title (令和7年度 …), or null when the sheet does not say. */
  readonly fiscalYear: number | null;
  /**
   * Target and actual columns whose header names a year, when there are any: the evaluation takes the
   * columns of the fiscal year it judges (tableForFiscalYear).
   */
  readonly yearColumns?: readonly YearColumn[];
}

/**
 * A 0-based column index as Excel's letters.
 * @example columnLetter(27) // "AB"
 */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 0) throw new RangeError(`bad column index: ${column}`);
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * A cell's A1 address from a 1-based row and a 0-based column.
 * @example toA1(12, 2) // "C12"
 */
export function toA1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/**
 * The 0-based column index of Excel letters, or null when they are not letters.
 * @example columnIndex("AB") // 27
 */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
