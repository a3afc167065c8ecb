/**
 * Finding the table in a worksheet. Users do not keep their goal sheets and KPI lists at A1: a title
 * block (令和7年度 重点目標管理シート, 重点目標, 部局名 …) sits above the header, notes (特記事項, ※1 …)
 * below it, and merged cells leave most of the grid empty. So the header is recognised by its wording
 * (findHeader), the rows are the ones below it that hold something in the table's columns (buildTable),
 * and the fiscal year comes from the title. Rows the table did not take are found by findUnreadRows.
 */
import { buildTable } from "./buildTable";
import type { HeaderReading } from "./findHeader";
import { readHeaderAt, searchHeader } from "./findHeader";
import { isGridEmpty } from "./gridCells";
import type { Issue, Result } from "./result";
import { fail, ok } from "./result";
import { isHeaderContinuation } from "./secondHeaderRow";
import type { ColumnMapping, ColumnRole, SheetGrid, SheetLayout, SheetTable } from "./sheetTable";
import { COLUMN_ROLES } from "./sheetTable";

export interface TableMatch {
  readonly table: SheetTable;
  /**
   * Roles whose column was found on the sheet (by its header, the ① markers or the cells' contents),
   * as opposed to those set by the caller's mapping.
   */
  readonly recognised: readonly ColumnRole[];
}

export interface FindTableOptions {
  /** Columns the user chose; they override recognition for the roles they name. */
  readonly mapping?: ColumnMapping;
  /** 1-based worksheet row of the header, when the user knows it; no search then. */
  readonly headerRow?: number;
  /** Used when the title does not name the fiscal year. */
  readonly fiscalYear?: number;
}

/**
 * Finds the goal-sheet or KPI-list table in a sheet by its header row, maps the columns, and returns
 * the rows below it.
 * @example
 * findTable({ name: "総務部", firstRow: 1, firstColumn: 0, values: [
 *   ["令和7年度 重点目標管理シート"],
 *   [null, "取組項目及び方法・手段（何をどのように）", "期間・期限（いつ・いつまでに）", "数値目標（どの水準まで）"],
 *   ["①", "○ 危機管理防災体制の強化", "通年", "(1) 職員向け操作研修の定期実施"],
 * ] })
 * // ok({ table: { layout: "goal_sheet", headerRow: 2, fiscalYear: 2025,
 * //   columns: { item: 0, initiative: 1, period: 2, numericTarget: 3 }, rows: [{ row: 3, … }] }, … })
 */
export function findTable(grid: SheetGrid, options: FindTableOptions = {}): Result<TableMatch> {
  if (isGridEmpty(grid)) return fail({ code: "sheet_empty", sheet: grid.name });
  const mapping = options.mapping ?? {};
  const reading =
    options.headerRow === undefined
      ? searchHeader(grid, mapping)
      : readHeaderAt(grid, options.headerRow - grid.firstRow, mapping, true);
  if (reading === null) {
    const issue: Issue =
      options.headerRow === undefined
        ? { code: "table_not_found", sheet: grid.name }
        : { code: "table_not_found", sheet: grid.name, headerRow: options.headerRow };
    return fail(issue);
  }
  return ok(buildTable(grid, reading, options.fiscalYear ?? null));
}

/**
 * Builds the table from an explicit mapping (the user's choice in the task pane or `--map role=COLUMN`
 * on the CLI). Rows below `headerRow` are read with the same rules as findTable; a second header row
 * (`R6年度末` under `基準値`) is skipped. Throws RangeError for a mapping that is not column indices.
 * @example
 * tableFromMapping(grid, { initiative: 1, period: 2 }, 8, "goal_sheet")
 * // { headerRow: 8, columns: { initiative: 1, period: 2 },
 * //   rows: [{ row: 9, cells: { initiative: "○ 危機管理…", period: "(1)5月、1月 …" } }, …], … }
 */
export function tableFromMapping(
  grid: SheetGrid,
  mapping: ColumnMapping,
  headerRow: number,
  layout: SheetLayout,
): SheetTable {
  if (!Number.isInteger(headerRow)) throw new RangeError(`header row must be an integer, got ${headerRow}`);
  for (const role of COLUMN_ROLES) {
    const column = mapping[role];
    if (column !== undefined && (!Number.isInteger(column) || column < 0)) {
      throw new RangeError(`column of ${role} must be a 0-based index, got ${column}`);
    }
  }
  const headerIndex = headerRow - grid.firstRow;
  const dataStart = isHeaderContinuation(grid.values[headerIndex], grid.values[headerIndex + 1])
    ? headerIndex + 2
    : headerIndex + 1;
  const reading: HeaderReading = {
    layout,
    headerIndex,
    dataStart,
    columns: { ...mapping },
    recognised: new Set(),
    actualCandidates: [],
    detectItem: false,
    score: 0,
    specific: 0,
  };
  return buildTable(grid, reading, null).table;
}
