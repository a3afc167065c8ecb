/**
 * Finding the table on the active sheet, as the task pane shows it: the layout, which column was taken
 * for which role (and whether the sheet's headers said so or the user chose it), the columns a user can
 * choose from, and the fiscal year with where it came from.
 */
import type { IsoDate } from "../core/calendar";
import { findTable, tableFromMapping } from "../core/findTable";
import { fiscalYearOf } from "../core/fiscalYear";
import type { Result } from "../core/result";
import { fail, ok } from "../core/result";
import type { ColumnMapping, ColumnRole, SheetGrid, SheetLayout, SheetTable } from "../core/sheetTable";
import { COLUMN_ROLES, columnLetter } from "../core/sheetTable";
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

export interface FiscalYearReading {
  readonly value: number;
  /** saved: entered by a user; title: read from the sheet (令和7年度 …); asOf: the as-of date's year. */
  readonly source: "saved" | "title" | "asOf";
}

export interface DetectedTable {
  readonly table: SheetTable;
  /** Roles whose column the sheet's own headers (or ① markers) gave, not the user. */
  readonly recognised: readonly ColumnRole[];
  readonly fiscalYear: FiscalYearReading;
  /** Every column of the used range, for the mapping dropdowns. */
  readonly columnChoices: readonly ColumnChoice[];
}

/** The roles each layout uses, in the order the pane lists them. */
export const LAYOUT_ROLES: Readonly<Record<SheetLayout, readonly ColumnRole[]>> = {
  goal_sheet: ["item", "initiative", "period", "numericTarget", "midtermReport", "finalReport", "status"],
  kpi_list: [
    "initiative",
    "kpi",
    "baseline",
    "target",
    "baselineTarget",
    "actual",
    "unit",
    "period",
    "status",
  ],
};

const SPACES = /\s+/g;

/**
 * Finds the table in a grid with the sheet's saved choices: the user's mapping overrides recognition,
 * excluded roles are dropped, and a sheet whose headers are not recognised is still read when the user
 * has given its layout, header row and columns.
 * @example detectTableInGrid(goalSheet2, {}, { asOf: "2025-11-21", startMonth: 4 })
 * // ok({ table: { layout: "goal_sheet", headerRow: 8, columns: { item: 0, initiative: 1, period: 2, … } },
 * //      fiscalYear: { value: 2025, source: "title" }, … })
 * @example detectTableInGrid(emptyGrid, {}, { asOf: "2025-11-21", startMonth: 4 })
 * // fail({ code: "sheet_empty", sheet: "Sheet1" })
 */
export function detectTableInGrid(
  grid: SheetGrid,
  sheet: SheetSettings,
  when: { readonly asOf: IsoDate; readonly startMonth: number },
): Result<DetectedTable> {
  const mapping = sheet.mapping ?? {};
  const found = findTable(grid, {
    mapping,
    ...(sheet.headerRow !== undefined ? { headerRow: sheet.headerRow } : {}),
  });
  let table: SheetTable;
  let recognised: readonly ColumnRole[];
  if (found.ok) {
    table = found.value.table;
    recognised = found.value.recognised;
  } else if (sheet.layout !== undefined && sheet.headerRow !== undefined && hasAnyColumn(mapping)) {
    // The headers say nothing the core recognises, but the user has said where everything is.
    table = tableFromMapping(grid, mapping, sheet.headerRow, sheet.layout);
    recognised = [];
  } else {
    return fail(...found.issues);
  }

  const excluded = new Set(sheet.excluded ?? []);
  if ([...excluded].some((role) => table.columns[role] !== undefined)) {
    const titleYear = table.fiscalYear;
    const columns: ColumnMapping = {};
    for (const role of COLUMN_ROLES) {
      const column = table.columns[role];
      if (column !== undefined && !excluded.has(role)) columns[role] = column;
    }
    table = { ...tableFromMapping(grid, columns, table.headerRow, table.layout), fiscalYear: titleYear };
    recognised = recognised.filter((role) => !excluded.has(role));
  }

  return ok({
    table,
    recognised,
    fiscalYear: fiscalYearFor(table, sheet, when),
    columnChoices: columnChoicesOf(grid, table.headerRow),
  });
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

function hasAnyColumn(mapping: ColumnMapping): boolean {
  return COLUMN_ROLES.some((role) => mapping[role] !== undefined);
}

function fiscalYearFor(
  table: SheetTable,
  sheet: SheetSettings,
  when: { readonly asOf: IsoDate; readonly startMonth: number },
): FiscalYearReading {
  if (sheet.fiscalYear !== undefined) return { value: sheet.fiscalYear, source: "saved" };
  if (table.fiscalYear !== null) return { value: table.fiscalYear, source: "title" };
  // A sheet without a year in its title is most likely for the year being worked in.
  return { value: fiscalYearOf(when.asOf, when.startMonth), source: "asOf" };
}
