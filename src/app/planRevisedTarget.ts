/**
 * 目標値（見直し後）: where a KPI list's revised-target column goes and what the workbook's settings say
 * of it. A plan's targets may be revised after the next comprehensive plan (【注１】目標値は、第３次総合振興
 * 計画の策定後に見直す可能性があります): the original 目標値 stays as it is, and the revised value goes in its
 * own column immediately right of it, empty for the user to fill.
 */
import type { IsoDate } from "../core/calendar";
import type { Result } from "../core/result";
import { fail, ok } from "../core/result";
import type { CellValue, ColumnMapping, SheetGrid } from "../core/sheetTable";
import { columnLetter } from "../core/sheetTable";
import type { AppIssue } from "./appIssue";
import type { RevisedTargetPlan, RevisedTargetRemovalPlan } from "./revisedTargetPort";
import type { SubmissionReport } from "./runSubmissionCheck";
import type { RevisedTargetRecord, SheetSettings, WorkbookSettings } from "./settings";
import { sheetSettingsOf, withSheetSettings } from "./settings";

/**
 * The column's header. Japanese in every display language: the sheets are Japanese documents, and the
 * header is what reading the sheet recognises the column by.
 */
export const REVISED_TARGET_HEADER = "目標値（見直し後）";

/** Excel's last column (XFD). */
const LAST_COLUMN = 16_383;

export interface RevisedTargetOptions {
  readonly settings: WorkbookSettings;
  /** The day the column is added, recorded with it. */
  readonly addedOn: IsoDate;
}

/**
 * Plans the revised-target column for a checked KPI list: right of its target column (目標値, or the
 * `基準値 ⇒ 目標値` column), header in the table's header row. Fails on a goal sheet, a KPI list without
 * targets, or one that has the column already.
 * @example planRevisedTargetColumn(kpiReport, grid, { settings, addedOn: "2026-04-01" })
 * // ok({ headerRow: 4, column: 4, header: "目標値（見直し後）", settings: (inserted) => … })
 * @example planRevisedTargetColumn(goalReport, grid, options)
 * // fail({ code: "revised_target_unsupported", reason: "not_kpi_list" })
 */
export function planRevisedTargetColumn(
  report: SubmissionReport,
  grid: SheetGrid,
  options: RevisedTargetOptions,
): Result<RevisedTargetPlan, AppIssue> {
  const table = report.detection.table;
  if (table.layout !== "kpi_list")
    return fail({ code: "revised_target_unsupported", reason: "not_kpi_list" });
  const target = table.columns.target ?? table.columns.baselineTarget;
  if (target === undefined) return fail({ code: "revised_target_unsupported", reason: "no_target" });
  const sheet = sheetSettingsOf(options.settings, grid.name);
  const column = target + 1;
  if (column > LAST_COLUMN) return fail({ code: "revised_target_unsupported", reason: "no_room" });
  const headerRow = table.headerRow;
  // One is enough: the recorded one, or one added by hand (or by the add-in before its record was lost).
  // A record whose header is gone (the column deleted by hand) no longer stops a new one.
  // Read as a revised-target column under any of its names (修正目標値, 目標値（修正後）…).
  if (table.columns.revisedTarget !== undefined) {
    return fail({ code: "revised_target_exists", column: columnLetter(table.columns.revisedTarget) });
  }
  const recorded = sheet.revisedTarget;
  const places: readonly (readonly [number, number])[] = [
    ...(recorded ? [[recorded.headerRow, recorded.column] as const] : []),
    [headerRow, column],
    [headerRow, column + 1],
  ];
  for (const [row, c] of places) {
    if (isRevisedHeader(cellOf(grid, row, c)))
      return fail({ code: "revised_target_exists", column: columnLetter(c) });
  }
  return ok({
    headerRow,
    column,
    header: REVISED_TARGET_HEADER,
    settings: (inserted) => {
      const record: RevisedTargetRecord = { column, headerRow, inserted, addedOn: options.addedOn };
      const mapping = inserted ? shiftMapping(sheet.mapping, column, 1) : sheet.mapping;
      return withSheetSettings(
        options.settings,
        grid.name,
        withMapping({ ...sheet, revisedTarget: record }, mapping),
      );
    },
  });
}

/**
 * Plans taking the column away: the column the settings recorded, if its header is still there. With the
 * record gone, and the sheet's column choices right of an inserted column moved back.
 * @example planRevisedTargetRemoval(grid, settings, { confirmed: false })
 * // ok({ headerRow: 4, column: 4, inserted: true, confirmed: false, settings: { … } })
 * @example planRevisedTargetRemoval(grid, DEFAULT_SETTINGS, { confirmed: false })
 * // fail({ code: "revised_target_missing" })
 */
export function planRevisedTargetRemoval(
  grid: SheetGrid,
  settings: WorkbookSettings,
  options: { readonly confirmed: boolean },
): Result<RevisedTargetRemovalPlan, AppIssue> {
  const sheet = sheetSettingsOf(settings, grid.name);
  const record = sheet.revisedTarget;
  if (record === undefined) return fail({ code: "revised_target_missing" });
  // A column inserted or deleted by hand since: the record no longer names the column, and taking away
  // whatever is there now would not put the sheet back.
  if (!isRevisedHeader(cellOf(grid, record.headerRow, record.column))) {
    return fail({ code: "revised_target_moved", column: columnLetter(record.column) });
  }
  const rest: SheetSettings = { ...sheet, revisedTarget: undefined };
  const mapping = record.inserted ? shiftMapping(sheet.mapping, record.column, -1) : sheet.mapping;
  return ok({
    headerRow: record.headerRow,
    column: record.column,
    header: REVISED_TARGET_HEADER,
    inserted: record.inserted,
    confirmed: options.confirmed,
    settings: withSheetSettings(settings, grid.name, withMapping(rest, mapping)),
  });
}

/**
 * The revised-target column recorded for a sheet, or null.
 * @example revisedTargetOf(settings, "KPI一覧") // { column: 4, headerRow: 4, inserted: true, addedOn: "2026-04-01" }
 */
export function revisedTargetOf(settings: WorkbookSettings, sheetName: string): RevisedTargetRecord | null {
  return sheetSettingsOf(settings, sheetName).revisedTarget ?? null;
}

function withMapping(sheet: SheetSettings, mapping: ColumnMapping | undefined): SheetSettings {
  return { ...sheet, mapping };
}

/**
 * Column choices after a column is inserted at `at` (delta 1) or deleted there (delta -1): the columns
 * right of it move with their cells; a choice of the deleted column itself goes.
 */
function shiftMapping(
  mapping: ColumnMapping | undefined,
  at: number,
  delta: 1 | -1,
): ColumnMapping | undefined {
  if (mapping === undefined) return undefined;
  const out: Record<string, number> = {};
  for (const [role, column] of Object.entries(mapping)) {
    if (column === undefined) continue;
    if (delta === -1 && column === at) continue;
    out[role] = column >= at + (delta === -1 ? 1 : 0) ? column + delta : column;
  }
  return out as ColumnMapping;
}

function cellOf(grid: SheetGrid, row: number, column: number): CellValue {
  return grid.values[row - grid.firstRow]?.[column - grid.firstColumn] ?? null;
}

function isRevisedHeader(value: CellValue): boolean {
  return (
    typeof value === "string" &&
    value.normalize("NFKC").replace(/\s/g, "") === REVISED_TARGET_HEADER.normalize("NFKC")
  );
}
