/* global Excel */
/**
 * 目標値を見直す / 見直し列を外す over Office.js: the 目標値（見直し後） column right of a KPI list's targets.
 *
 * What Excel's documentation says, and what this relies on:
 * - Range.insert "Inserts a cell or a range of cells into the worksheet in place of this range, and shifts
 *   the other cells to make space" (ExcelApi 1.1, https://learn.microsoft.com/javascript/api/excel/excel.range),
 *   and "Existing cells move to accommodate the new empty cells. Formulas with cell references
 *   automatically adjust after insertion" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-insert).
 *   So a whole column inserted right of the targets leaves every cell, and every formula that refers to
 *   one (計算列, the 集計 sheet), pointing at the same value as before; deleting that column again
 *   (Range.delete, shift left) moves them back.
 * - The documentation says nothing of what an insert or delete does to Excel tables, merged cells,
 *   conditional formats (the check's highlights are some) or data validation (準備's rules) that lie at or
 *   right of the column, or in the target column beside it. So where any of those are, nothing is inserted
 *   or deleted: the answer names it, and the pane tells the user how to make the column by hand.
 * - A batch is not a transaction: Excel runs actions up to the first that fails and keeps those
 *   (https://learn.microsoft.com/javascript/api/office/officeextension.error). The insert (or delete) is the
 *   one action of its own sync, so its failure leaves nothing; the header and the settings follow in the
 *   next sync, and if that fails the column is deleted again (or its header emptied) and the settings put
 *   back. The failure says whether even that failed (partialWrite).
 *
 * Round trips: reading the sheet (1 for a sheet of up to 100 rows, more only as its bytes grow, see
 * readUsedRange), then 1 to look at the column and what lies beside it, 1 for the insert when there is
 * one, and 1 for the header and the settings. Removing: the read, 1 look, 1 for the settings and 1 for
 * the delete (or emptying).
 */
import type { Planned, ProgressListener } from "../app/ports";
import type {
  RevisedTargetPlan,
  RevisedTargetPort,
  RevisedTargetRemoval,
  RevisedTargetRemovalPlan,
  RevisedTargetWrite,
  StructureBlocker,
} from "../app/revisedTargetPort";
import type { SheetGrid } from "../core/sheetTable";
import { columnLetter } from "../core/sheetTable";
import type { WorkbookLimits } from "./createExcelWorkbook";
import { DEFAULT_LIMITS } from "./createExcelWorkbook";
import { SETTINGS_KEY } from "./createExcelSettings";
import type { ExcelHost } from "./excelHost";
import { readUsedRange } from "./readUsedRange";
import { runSession } from "./runSession";

/** How many filled cells a refusal lists (it also gives the count). */
const FILLED_LISTED = 20;

/** The saved settings before the write: absent, or their value. */
type SavedSettings = { readonly saved: false } | { readonly saved: true; readonly value: unknown };

/** What to put back after a failed write. */
interface Undo {
  readonly sheetName: string;
  readonly column: number;
  readonly headerRow: number;
  /** The column was inserted (delete it again) or the header written into an empty one (empty it). */
  readonly inserted: boolean;
  readonly settings: SavedSettings;
}

/** Loads queued to see what lies at or right of a column, before inserting or deleting there. */
interface StructureProbe {
  /** After the sync: the first thing in the way, or null. */
  readonly blocker: () => StructureBlocker | null;
}

/**
 * The revised-target port for the Excel the add-in runs in.
 * @example await createExcelRevisedTarget(officeHost()).addRevisedTargetColumn(planner)
 */
export function createExcelRevisedTarget(
  host: ExcelHost,
  limits: WorkbookLimits = DEFAULT_LIMITS,
): RevisedTargetPort {
  return {
    addRevisedTargetColumn: <T>(
      planner: (grid: SheetGrid) => Planned<T, RevisedTargetPlan>,
      onProgress?: ProgressListener,
    ) => {
      let undo: Undo | null = null;
      return runSession(
        host,
        "revise",
        async (context): Promise<{ value: T; write: RevisedTargetWrite | null }> => {
          const sheet = context.workbook.worksheets.getActiveWorksheet();
          const grid = await readUsedRange(context, sheet, limits, onProgress ? { onProgress } : {});
          const { value, plan } = planner(grid);
          if (plan === null) return { value, write: null };

          const rows = Math.max(usedBottom(grid), plan.headerRow);
          const column = sheet.getRangeByIndexes(0, plan.column, rows, 1).load("formulas");
          const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
          const probe = probeStructure(sheet, plan.column, rows, usedRight(grid));
          await context.sync();

          const occupied = column.formulas.some((row) => !isEmpty(row[0]));
          if (occupied) {
            const blocker = probe.blocker();
            if (blocker !== null) return { value, write: { written: false, blocker } };
          }
          if (occupied) {
            // Its own sync: when it fails, nothing was inserted.
            sheet.getRangeByIndexes(0, plan.column, 1, 1).getEntireColumn().insert("Right");
            await context.sync();
          }
          // Only from here is there something to put back: the inserted column, or the header about to go
          // into the empty one (emptying that cell is safe only when the column was found empty).
          undo = {
            sheetName: grid.name,
            column: plan.column,
            headerRow: plan.headerRow,
            inserted: occupied,
            settings: setting.isNullObject ? { saved: false } : { saved: true, value: setting.value },
          };
          onProgress?.({ phase: "writing", done: 0, total: 1 });
          sheet.getRangeByIndexes(plan.headerRow - 1, plan.column, 1, 1).values = [[plan.header]];
          context.workbook.settings.add(SETTINGS_KEY, plan.settings(occupied));
          await context.sync();
          return {
            value,
            write: {
              written: true,
              inserted: occupied,
              headerCell: `${columnLetter(plan.column)}${plan.headerRow}`,
            },
          };
        },
        async () => undo !== null && !(await undoAdd(host, undo)),
      );
    },

    removeRevisedTargetColumn: <T>(
      planner: (grid: SheetGrid) => Planned<T, RevisedTargetRemovalPlan>,
      onProgress?: ProgressListener,
    ) => {
      let restore: { readonly sheetName: string; readonly settings: SavedSettings } | null = null;
      return runSession(
        host,
        "unrevise",
        async (context): Promise<{ value: T; removal: RevisedTargetRemoval | null }> => {
          const sheet = context.workbook.worksheets.getActiveWorksheet();
          const grid = await readUsedRange(context, sheet, limits, onProgress ? { onProgress } : {});
          const { value, plan } = planner(grid);
          if (plan === null) return { value, removal: null };

          const rows = Math.max(usedBottom(grid), plan.headerRow);
          const column = sheet.getRangeByIndexes(0, plan.column, rows, 1).load("formulas");
          const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
          const probe = plan.inserted ? probeStructure(sheet, plan.column, rows, usedRight(grid)) : null;
          await context.sync();

          const filled: string[] = [];
          let filledCount = 0;
          column.formulas.forEach((row, r) => {
            if (r === plan.headerRow - 1 || isEmpty(row[0])) return;
            filledCount++;
            if (filled.length < FILLED_LISTED) filled.push(`${columnLetter(plan.column)}${r + 1}`);
          });
          if (filledCount > 0 && !plan.confirmed)
            return { value, removal: { removed: false, filled, filledCount } };
          const blocker = probe?.blocker() ?? null;
          if (blocker !== null) return { value, removal: { removed: false, blocker } };

          // The record goes first, on its own: if the column's removal then fails, the record is put back.
          restore = {
            sheetName: grid.name,
            settings: setting.isNullObject ? { saved: false } : { saved: true, value: setting.value },
          };
          context.workbook.settings.add(SETTINGS_KEY, plan.settings);
          await context.sync();
          onProgress?.({ phase: "writing", done: 0, total: 1 });
          if (plan.inserted) {
            sheet.getRangeByIndexes(0, plan.column, 1, 1).getEntireColumn().delete("Left");
          } else {
            // The column was empty before the header was written: empty again, its formats kept.
            sheet.getRangeByIndexes(0, plan.column, rows, 1).formulas = Array.from({ length: rows }, () => [
              "",
            ]);
          }
          await context.sync();
          return { value, removal: { removed: true, deleted: plan.inserted } };
        },
        async () => restore !== null && !(await restoreSettings(host, restore.settings)),
      );
    },
  };
}

/**
 * Queues the loads that say whether an Excel table, merged cells, a conditional format or data
 * validation lies in the target column (left of `column`) or anywhere from `column` to the used range's
 * right edge, in the used range's rows.
 */
function probeStructure(sheet: Excel.Worksheet, column: number, rows: number, right: number): StructureProbe {
  const first = Math.max(0, column - 1);
  const area = sheet.getRangeByIndexes(0, first, Math.max(1, rows), Math.max(column, right) - first + 1);
  const tables = area.getTables(false).getCount();
  const merged = area.getMergedAreasOrNullObject().load("areaCount");
  const formats = area.conditionalFormats.load("items/id");
  const validation = area.dataValidation.load("type");
  return {
    blocker: () => {
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a ClientResult of getCount(), read only after the sync its caller makes
      if (tables.value > 0) return "table";
      // A null object: no merged cells there (getMergedAreasOrNullObject, ExcelApi 1.13).
      if (!merged.isNullObject) return "merged_cells";
      if (formats.items.length > 0) return "conditional_format";
      if (validation.type !== "None") return "validation";
      return null;
    },
  };
}

/** Deletes the inserted column again (or empties the header) and puts the settings back. True when that went through. */
async function undoAdd(host: ExcelHost, undo: Undo): Promise<boolean> {
  try {
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(undo.sheetName);
      if (undo.inserted) {
        sheet.getRangeByIndexes(0, undo.column, 1, 1).getEntireColumn().delete("Left");
      } else {
        sheet.getRangeByIndexes(undo.headerRow - 1, undo.column, 1, 1).values = [[""]];
      }
      await putBackSettings(context, undo.settings);
    });
    return true;
  } catch {
    return false;
  }
}

async function restoreSettings(host: ExcelHost, settings: SavedSettings): Promise<boolean> {
  try {
    await host.run((context) => putBackSettings(context, settings));
    return true;
  } catch {
    return false;
  }
}

/** The settings as they were: their old value, or none (deleted when the failed write had saved some). */
async function putBackSettings(context: Excel.RequestContext, settings: SavedSettings): Promise<void> {
  if (settings.saved) {
    context.workbook.settings.add(SETTINGS_KEY, settings.value);
    await context.sync();
    return;
  }
  const saved = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("key");
  await context.sync();
  if (!saved.isNullObject) saved.delete();
  await context.sync();
}

/** The used range's last row, 1-based. */
function usedBottom(grid: SheetGrid): number {
  return grid.firstRow - 1 + grid.values.length;
}

/** The used range's last column, 0-based. */
function usedRight(grid: SheetGrid): number {
  let width = 0;
  for (const row of grid.values) width = Math.max(width, row.length);
  return grid.firstColumn + Math.max(0, width - 1);
}

function isEmpty(formula: unknown): boolean {
  return formula === "" || formula === null || formula === undefined;
}
