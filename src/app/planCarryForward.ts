/**
 * 次年度へ繰越: next year's sheet starts as this year's, with what belongs to the year taken out. Items
 * and targets (取組項目, 期間・期限, 数値目標, KPI, 基準値, 目標値) are carried; the reports (中間報告,
 * 期末報告), the actuals and the status are emptied; the title's fiscal year moves on (令和7年度 →
 * 令和8年度), and so does the year tag over the actuals (R7年度 → R8年度), and every year of the fiscal year
 * written in 期間・期限 (advanceScheduleText). The computed columns name the
 * fiscal year in their formulas (`KPI.DUE(C9,2025)`), so they are planned again for the new year.
 */
import type { IsoDate } from "../core/calendar";
import { findFiscalYearInText } from "../core/fiscalYear";
import { formatFiscalYear } from "../core/messages/formatDate";
import type { Locale } from "../core/messages/formatIssue";
import type { CellValue, ColumnRole, SheetGrid } from "../core/sheetTable";
import { columnLetter, toA1 } from "../core/sheetTable";
import { advanceFiscalYearText } from "./advanceFiscalYear";
import type { Result } from "../core/result";
import { advanceScheduleText } from "./advanceScheduleText";
import type { UseCaseIssue } from "./appIssue";
import { detectTableInGrid } from "./detectTable";
import { freeSheetName } from "./freeSheetName";
import type { CarryForwardPlan, SourceSheet } from "./newSheetPort";
import { planComputedColumns } from "./planComputedColumns";
import { findComputedColumns } from "./planValidation";
import { checkSheet } from "./runSubmissionCheck";
import type { WorkbookSettings } from "./settings";
import { sheetSettingsOf, withSheetSettings } from "./settings";

export interface CarryForwardOptions {
  readonly asOf: IsoDate;
  readonly settings: WorkbookSettings;
  readonly locale: Locale;
}

export interface CarryForwardPlanned {
  readonly plan: CarryForwardPlan;
  /** The source's fiscal year and the copy's. */
  readonly fromYear: number;
  readonly toYear: number;
  /** Whether a title cell named the year (otherwise the copy's year is saved in the settings). */
  readonly titleAdvanced: boolean;
  /** Report, actual and status cells emptied. */
  readonly emptied: number;
  /**
   * A KPI list with an 実績値 column for each year: next year's column, which the copy reads its
   * actuals from (the earlier years' actuals stay as they are); null otherwise.
   */
  readonly actualColumn: number | null;
  /** Years inside 期間・期限 moved on with the sheet (`R7. 10月` → `R8. 10月`). */
  readonly scheduleYearsAdvanced: number;
  /** Years inside 期間・期限 left as written (outside the sheet's year, no month, a day next year lacks). */
  readonly scheduleLeftAsWritten: readonly { readonly cell: string; readonly text: string }[];
}

const ACTUAL_HEADER = /実績/;

/** What a year fills in, and the copy empties. */
const YEARLY_ROLES: readonly ColumnRole[] = ["midtermReport", "finalReport", "actual", "status"];
/** A title is short; longer text above the table is prose (現況・課題) whose years are history. */
const MAX_TITLE_LENGTH = 40;

/**
 * Plans next year's copy of a goal sheet or KPI list; fails with the core's issue when the sheet has no
 * table.
 * @example planCarryForward({ grid: goalSheet2, sheetNames: ["2 行財政改革"] }, { asOf: "2025-11-21", settings, locale: "ja" })
 * // ok({ fromYear: 2025, toYear: 2026, plan: { sheetName: "2 行財政改革 (令和8年度)",
 * //   cells: [{ cell: "A1", value: "令和8年度 重点目標管理シート" }, { cell: "E9", value: "" }, …], formulas: [] }, … })
 * @example planCarryForward({ grid: coverSheet, sheetNames: ["表紙"] }, options)
 * // fail({ code: "table_not_found", sheet: "表紙" })
 */
export function planCarryForward(
  source: SourceSheet,
  options: CarryForwardOptions,
): Result<CarryForwardPlanned, UseCaseIssue> {
  const { grid } = source;
  const sheetSettings = sheetSettingsOf(options.settings, grid.name);
  const detected = detectTableInGrid(grid, sheetSettings, {
    asOf: options.asOf,
    startMonth: options.settings.startMonth,
  });
  if (!detected.ok) return detected;
  const { table } = detected.value;
  const fromYear = detected.value.fiscalYear.value;
  const toYear = fromYear + 1;

  const changes = new Map<string, { row: number; column: number; value: string }>();
  const change = (row: number, column: number, value: string): void => {
    changes.set(toA1(row, column), { row, column, value });
  };

  const firstTableRow = table.rows[0]?.row ?? table.headerRow + 1;
  const actualColumn = nextYearActual(grid, table.headerRow, firstTableRow, table.columns.actual, toYear);
  // The title block, the header and its year row: short texts naming the sheet's year. With a column
  // for each year, the year row is a schedule, not this year's tag.
  const lastTitleRow = actualColumn === null ? firstTableRow - 1 : table.headerRow - 1;
  let titleAdvanced = false;
  for (let row = grid.firstRow; row <= lastTitleRow; row++) {
    const cells = grid.values[row - grid.firstRow] ?? [];
    cells.forEach((value, offset) => {
      if (typeof value !== "string" || value.trim().length > MAX_TITLE_LENGTH) return;
      const advanced = advanceFiscalYearText(value, fromYear);
      if (advanced === null) return;
      change(row, grid.firstColumn + offset, advanced);
      if (row < table.headerRow) titleAdvanced = true;
    });
  }

  // The schedule moves on with the sheet: a copy whose 期間・期限 still say R7 would be overdue on its first day.
  let scheduleYearsAdvanced = 0;
  const scheduleLeftAsWritten: { cell: string; text: string }[] = [];
  const periodColumn = table.columns.period;
  if (periodColumn !== undefined) {
    for (const row of table.rows) {
      const value = row.cells.period;
      if (typeof value !== "string") continue;
      const schedule = advanceScheduleText(value, fromYear, options.settings.startMonth);
      if (schedule.advanced > 0) change(row.row, periodColumn, schedule.text);
      scheduleYearsAdvanced += schedule.advanced;
      for (const text of schedule.leftAsWritten)
        scheduleLeftAsWritten.push({ cell: toA1(row.row, periodColumn), text });
    }
  }

  const computed = findComputedColumns(grid, table.headerRow).all;
  let emptied = 0;
  for (const role of YEARLY_ROLES) {
    const column = table.columns[role];
    if (column === undefined || computed.has(column)) continue;
    if (role === "actual" && actualColumn !== null) continue;
    for (const row of table.rows) {
      const value = row.cells[role];
      if (value === null || value === undefined || value === "") continue;
      change(row.row, column, "");
      emptied++;
    }
  }

  const formulas =
    computed.size === 0
      ? []
      : replanComputed(
          grid,
          changes,
          computed,
          { toYear, actualColumn, statusIsComputed: computed.has(table.columns.status ?? -1) },
          options,
        );
  const sheetName = freeSheetName(nextName(grid.name, fromYear, toYear), source.sheetNames);
  const cells = [...changes.values()]
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map(({ row, column, value }) => ({ cell: toA1(row, column), value }));
  return {
    ok: true,
    value: {
      plan: { sheetName, cells, formulas },
      fromYear,
      toYear,
      titleAdvanced,
      emptied,
      actualColumn,
      scheduleYearsAdvanced,
      scheduleLeftAsWritten,
    },
  };
}

/** The 実績値 column whose year row names `toYear`, when the actual column is one of several by year. */
function nextYearActual(
  grid: SheetGrid,
  headerRow: number,
  firstTableRow: number,
  actual: number | undefined,
  toYear: number,
): number | null {
  if (actual === undefined || headerRow + 1 >= firstTableRow) return null;
  const header = grid.values[headerRow - grid.firstRow] ?? [];
  const years = grid.values[headerRow + 1 - grid.firstRow] ?? [];
  for (let offset = 0; offset < years.length; offset++) {
    const column = grid.firstColumn + offset;
    const year = years[offset];
    const name = header[offset];
    if (column === actual || typeof year !== "string" || typeof name !== "string") continue;
    if (ACTUAL_HEADER.test(name) && findFiscalYearInText(year) === toYear) return column;
  }
  return null;
}

/** The source's name with its year moved on, or the new year after it. */
function nextName(name: string, fromYear: number, toYear: number): string {
  const advanced = advanceFiscalYearText(name, fromYear);
  if (advanced !== null) return advanced;
  return `${name} (${formatFiscalYear(toYear, "ja")})`;
}

/**
 * The computed columns' formulas for the copy: the copy's values are checked for the new year and the
 * columns planned again where they are; left as they are when the plan does not fit the same columns.
 */
function replanComputed(
  grid: SheetGrid,
  changes: ReadonlyMap<string, { row: number; column: number; value: string }>,
  computed: ReadonlySet<number>,
  next: { readonly toYear: number; readonly actualColumn: number | null; readonly statusIsComputed: boolean },
  options: CarryForwardOptions,
): CarryForwardPlan["formulas"] {
  const values: CellValue[][] = grid.values.map((row) => [...row]);
  for (const { row, column, value } of changes.values()) {
    const cells = values[row - grid.firstRow];
    if (cells !== undefined) cells[column - grid.firstColumn] = value === "" ? null : value;
  }
  const sheet = sheetSettingsOf(options.settings, grid.name);
  // The computed 状況 column reads as a status column; it is the add-in's, not the table's.
  const excluded: readonly ColumnRole[] = [...(sheet.excluded ?? []), "status"];
  const settings = withSheetSettings(options.settings, grid.name, {
    ...sheet,
    ...(next.statusIsComputed ? { excluded } : {}),
    fiscalYear: next.toYear,
    ...(next.actualColumn !== null ? { mapping: { ...sheet.mapping, actual: next.actualColumn } } : {}),
  });
  const checked = checkSheet({ ...grid, values }, { asOf: options.asOf, settings });
  if (!checked.ok) return [];
  // Every row of the copy starts unreported: the planned formulas test their own inputs for blanks
  // (planComputedColumns), so they stay blank until the row is filled in again.
  const first = Math.min(...computed);
  const planned = planComputedColumns(checked.value, {
    firstColumn: first,
    gradePreset: options.settings.gradePreset,
    startMonth: options.settings.startMonth,
    locale: options.locale,
  });
  if (!planned.ok || planned.value.headers.length !== computed.size) return [];
  const last = columnLetter(first + planned.value.headers.length - 1);
  return planned.value.rows.map(({ row, formulas }) => ({
    address: `${columnLetter(first)}${row}:${last}${row}`,
    formulas,
  }));
}
