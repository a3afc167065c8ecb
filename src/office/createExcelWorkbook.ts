/* global Excel */
/**
 * The workbook port over Office.js. Each method is one Excel.run with a fixed number of context.sync()
 * calls for a sheet that fits in one request (check: 1–2, flag: 2–3, clear: ≤ 3), more only when the
 * sheet's bytes pass Excel's request limit (see readUsedRange). Reads and writes go by whole ranges, and
 * every session goes through runSession, so whatever Excel raises reaches the pane as a WorkbookFailure.
 *
 * Writes are validated before anything is sent and then go in one batch. Excel runs a batch up to its
 * first failing action and keeps what ran (https://learn.microsoft.com/javascript/api/office/officeextension.error),
 * so each write is ordered for that. Reading is here; the flags are in flagSheet.ts (what is already on
 * the sheet: loadExistingFlags.ts; rules Excel cannot read: aroundUnreadableRules.ts), computed columns
 * in writeComputedColumns.ts, the 実績値 column in writeActualColumn.ts.
 */
import type { SelectedRange, WorkbookPort } from "../app/ports";
import type { WorkbookOperation } from "../app/workbookFailure";
import { aroundUnreadableRules } from "./aroundUnreadableRules";
import type { ExcelHost } from "./excelHost";
import { clearSheet, flagSheet } from "./flagSheet";
import { REQUEST_BUDGET_BYTES } from "./payload";
import type { ReadLimits } from "./readUsedRange";
import { readUsedRange } from "./readUsedRange";
import { runSession } from "./runSession";
import { clearActualColumn, writeActualCell } from "./writeActualColumn";
import { writeComputedColumns } from "./writeComputedColumns";

export interface WorkbookLimits extends ReadLimits {
  /** Largest request to send, in bytes. */
  readonly requestBytes: number;
  /** Longest list of areas given to one conditional format (characters of its address). */
  readonly areaAddressLength: number;
}

export const DEFAULT_LIMITS: WorkbookLimits = {
  requestBytes: REQUEST_BUDGET_BYTES,
  responseBytes: REQUEST_BUDGET_BYTES,
  firstRows: 100,
  areaAddressLength: 2000,
};

/**
 * The workbook port for the Excel the add-in runs in.
 * @example const workbook = createExcelWorkbook(officeHost()); await workbook.readActiveSheet()
 */
export function createExcelWorkbook(host: ExcelHost, limits: WorkbookLimits = DEFAULT_LIMITS): WorkbookPort {
  const session = <T>(operation: WorkbookOperation, batch: (context: Excel.RequestContext) => Promise<T>) =>
    runSession(host, operation, batch);

  return {
    readActiveSheet: (onProgress) =>
      session("read", (context) =>
        readUsedRange(context, context.workbook.worksheets.getActiveWorksheet(), limits, { onProgress }),
      ),

    readSelection: async () => {
      try {
        return await session("read", async (context) => {
          const range = context.workbook.getSelectedRange();
          range.load("address,rowIndex,columnIndex,rowCount,columnCount");
          await context.sync();
          return selectionOf(range);
        });
      } catch (error) {
        // A chart or a shape is selected: there is no range to map, which is not a failure.
        if ((error as { detail?: string }).detail?.startsWith("InvalidSelection")) return null;
        throw error;
      }
    },

    flagActiveSheet: (planner, onProgress) =>
      aroundUnreadableRules(
        host,
        (skip) =>
          session("flag", (context) =>
            flagSheet(context, host.supportsNotes(), skip, limits, planner, onProgress),
          ),
        "flag",
      ),

    clearFlags: () =>
      aroundUnreadableRules(
        host,
        (skip) => session("clear", (context) => clearSheet(context, host.supportsNotes(), skip)),
        "clear",
      ),

    writeComputedColumns: (planner, onProgress) => writeComputedColumns(host, limits, planner, onProgress),

    writeActualCell: (planner, onProgress) => writeActualCell(host, limits, planner, onProgress),

    removeActualColumn: () => clearActualColumn(host),

    selectCell: (sheetName, address) =>
      session("select", async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRange(address).select();
        await context.sync();
      }),
  };
}

function selectionOf(range: Excel.Range): SelectedRange {
  const address = range.address;
  const bang = address.lastIndexOf("!");
  let sheetName = bang >= 0 ? address.slice(0, bang) : "";
  if (sheetName.startsWith("'") && sheetName.endsWith("'"))
    sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  return {
    sheetName,
    address: bang >= 0 ? address.slice(bang + 1) : address,
    firstRow: range.rowIndex + 1,
    firstColumn: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}
