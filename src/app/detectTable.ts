/**
 * Finding the table on the active sheet, as the task pane shows it: the layout, which column was taken
 * for which role (and whether the sheet's headers said so or the user chose it), the columns a user can
 * choose from, and the fiscal year with where it came from. The core finds the table and settles the
 * fiscal year (findChosenTable, settleFiscalYear); this adds the sheet's saved settings and the columns.
 */
import type { IsoDate } from "../core/calendar";
import { findChosenTable } from "../core/findChosenTable";
import type { Result } from "../core/result";
import { ok } from "../core/result";
import type { FiscalYearReading } from "../core/settleFiscalYear";
import { settleFiscalYear } from "../core/settleFiscalYear";
import type { ColumnRole, SheetGrid, SheetLayout, SheetTable } from "../core/sheetTable";
import { columnLetter } from "../core/sheetTable";
import type { ProgressListener, WorkbookPort } from "./ports";
import type { SheetSettings, WorkbookSettings } from "./settings";
import { sheetSettingsOf } from "./settings";

/** A column the user can pick for a role: its letter and what its header says. */
export interface ColumnChoice {
  /** 0-based worksheet column. */
  readonly column: number;
  readonly letter: string;
  /** The header cell's whole text on one line; "" when the header cell is empty. */
  readonly header: string;
}

export interface DetectedTable {
  readonly table: SheetTable;
  /** Roles whose column the sheet's own headers (or ① markers) gave, not the user. */
  readonly recognised: readonly ColumnRole[];
  readonly fiscalYear: FiscalYearReading;
  /** Every column of the used range, for the mapping dropdowns. */
  readonly columnChoices: readonly ColumnChoice[];
}

/** The roles a person can map a column to on each layout, in the order the pane lists them. */
export const MAPPABLE_ROLES: Readonly<Record<SheetLayout, readonly ColumnRole[]>> = {
  goal_sheet: ["item", "initiative", "period", "numericTarget", "midtermReport", "finalReport", "status"],
  kpi_list: [
    "initiative",
    "kpi",
    "baseline",
    "target",
    "revisedTarget",
    "baselineTarget",
    "actual",
    "unit",
    "period",
    "status",
  ],
};

const SPACES = /\s+/g;

/**
 * Finds the table in a grid with the sheet's saved choices (see core/findChosenTable) and settles its
 * fiscal year, the saved one first.
 * @example detectTableInGrid(goalSheet2, {}, { asOf: "2025-11-21", startMonth: 4 })
 * // ok({ table: { layout: "goal_sheet", headerRow: 8, columns: { item: 0, initiative: 1, period: 2, … } },
 * //      fiscalYear: { value: 2025, source: "sheet" }, … })
 * @example detectTableInGrid(emptyGrid, {}, { asOf: "2025-11-21", startMonth: 4 })
 * // fail({ code: "sheet_empty", sheet: "Sheet1" })
 */
export function detectTableInGrid(
  grid: SheetGrid,
  sheet: SheetSettings,
  when: { readonly asOf: IsoDate; readonly startMonth: number },
): Result<DetectedTable> {
  const found = findChosenTable(grid, sheet);
  if (!found.ok) return found;
  const { table, recognised } = found.value;
  return ok(detectedTableOf(grid, table, recognised, settleFiscalYear(table, { ...when, ...sheet })));
}

/**
 * What the pane shows of a table found by the core: with the grid's columns to choose from.
 * @example detectedTableOf(grid, table, ["initiative"], { value: 2025, source: "sheet" }).columnChoices[1]
 * // { column: 1, letter: "B", header: "取組項目及び方法・手段（何をどのように）" }
 */
export function detectedTableOf(
  grid: SheetGrid,
  table: SheetTable,
  recognised: readonly ColumnRole[],
  fiscalYear: FiscalYearReading,
): DetectedTable {
  return { table, recognised, fiscalYear, columnChoices: columnChoicesOf(grid, table.headerRow) };
}

/**
 * Reads the active sheet and finds its table with the saved settings.
 * @example await detectTable(workbook, settings, { asOf: "2025-11-21" })
 * // { grid, detection: ok({ table: { layout: "kpi_list", … }, … }) }
 */
export async function detectTable(
  workbook: WorkbookPort,
  settings: WorkbookSettings,
  asOf: IsoDate,
  onProgress?: ProgressListener,
): Promise<{ readonly grid: SheetGrid; readonly detection: Result<DetectedTable> }> {
  const grid = await workbook.readActiveSheet(onProgress);
  const detection = detectTableInGrid(grid, sheetSettingsOf(settings, grid.name), {
    asOf,
    startMonth: settings.startMonth,
  });
  return { grid, detection };
}

/**
 * The columns of a grid with their header text, for choosing a column for a role.
 * @example columnChoicesOf(grid, 8)[1] // { column: 1, letter: "B", header: "取組項目及び方法・手段（何をどのように）" }
 */
export function columnChoicesOf(grid: SheetGrid, headerRow: number | null): readonly ColumnChoice[] {
  let width = 0;
  for (const row of grid.values) width = Math.max(width, row.length);
  const header = headerRow === null ? undefined : grid.values[headerRow - grid.firstRow];
  const choices: ColumnChoice[] = [];
  for (let offset = 0; offset < width; offset++) {
    const column = grid.firstColumn + offset;
    const cell = header?.[offset];
    const text =
      typeof cell === "string" ? cell.replace(SPACES, " ").trim() : cell == null ? "" : String(cell);
    // Whole: the pane wraps or truncates it by layout and shows it all on hover.
    choices.push({ column, letter: columnLetter(column), header: text });
  }
  return choices;
}
