/**
 * The user's column choices for a sheet: a role set to a column (from a dropdown, or by selecting the
 * column's cells) or to none. A column plays one role at a time, so giving it a new role takes it away
 * from the old one.
 */
import type { ColumnMapping, ColumnRole, SheetLayout } from "../core/sheetTable";
import { COLUMN_ROLES } from "../core/sheetTable";
import type { Result } from "../core/result";
import type { UseCaseIssue } from "./appIssue";
import type { SelectedRange } from "./ports";
import type { SheetSettings, WorkbookSettings } from "./settings";
import { sheetSettingsOf, withSheetSettings } from "./settings";

/**
 * Sets a role's column on a sheet (0-based), or none (null): recognition's choice for it is then dropped.
 * @example assignColumn(settings, "KPI", "actual", 7).sheets.KPI // { mapping: { actual: 7 } }
 * @example assignColumn(settings, "KPI", "status", null).sheets.KPI // { excluded: ["status"] }
 */
export function assignColumn(
  settings: WorkbookSettings,
  sheetName: string,
  role: ColumnRole,
  column: number | null,
): WorkbookSettings {
  if (column !== null && (!Number.isInteger(column) || column < 0)) {
    throw new RangeError(`column must be a 0-based index, got ${column}`);
  }
  const sheet = sheetSettingsOf(settings, sheetName);
  const mapping: ColumnMapping = {};
  for (const other of COLUMN_ROLES) {
    const taken = sheet.mapping?.[other];
    if (other !== role && taken !== undefined && taken !== column) mapping[other] = taken;
  }
  if (column !== null) mapping[role] = column;
  const excluded = (sheet.excluded ?? []).filter((other) => other !== role);
  if (column === null) excluded.push(role);
  const next: SheetSettings = { ...sheet, mapping, excluded };
  return withSheetSettings(settings, sheetName, next);
}

/**
 * Sets a role's column from the selected range (its first column). On a sheet whose table was not
 * recognised, the selection also says where the table starts: a single selected cell is the header, a
 * taller selection is the data and its header is the row above.
 * @example assignSelection(settings, "KPI", "actual", { sheetName: "KPI", address: "H6:H30", firstRow: 6, firstColumn: 7, … }, null)
 * // ok({ …, sheets: { KPI: { mapping: { actual: 7 } } } })
 * @example assignSelection(settings, "KPI", "actual", { sheetName: "別シート", … }, null)
 * // fail({ code: "selection_other_sheet", sheet: "別シート" })
 */
export function assignSelection(
  settings: WorkbookSettings,
  sheetName: string,
  role: ColumnRole,
  selection: SelectedRange,
  unrecognised: { readonly layout: SheetLayout } | null,
): Result<WorkbookSettings, UseCaseIssue> {
  if (selection.sheetName !== sheetName) {
    return { ok: false, issues: [{ code: "selection_other_sheet", sheet: selection.sheetName }] };
  }
  const assigned = assignColumn(settings, sheetName, role, selection.firstColumn);
  if (unrecognised === null) return { ok: true, value: assigned };
  const sheet = sheetSettingsOf(assigned, sheetName);
  const headerRow =
    sheet.headerRow ?? (selection.rowCount === 1 ? selection.firstRow : Math.max(1, selection.firstRow - 1));
  return {
    ok: true,
    value: withSheetSettings(assigned, sheetName, {
      ...sheet,
      headerRow,
      layout: sheet.layout ?? unrecognised.layout,
    }),
  };
}
