/* global Excel */
/**
 * The 取りまとめ sheet over Office.js in 3 syncs whatever the number of files: the sheets, the record of
 * the add-in's own 取りまとめ sheet and the workbook's table names; the new sheet with its values, widths
 * and tables; the record of the new sheet with the earlier one deleted. A plan larger than one request
 * may carry is refused before anything is written.
 *
 * A write that fails part way is undone. Excel stops a batch at its first failing action and keeps the
 * ones before it (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling),
 * so the add-in's earlier 取りまとめ sheet is not deleted first: it is renamed aside and deleted only by
 * the last action, after the new sheet's record; the undo deletes the new sheet (its tables go with it),
 * renames the earlier one back and points the record at it again. The earlier sheet's tables keep their
 * names until it is deleted, so the new tables take the next free names (取りまとめ_集計2) meanwhile.
 */
import type { CollectSheetPlan, CollectSheetPort, CollectSheetWritten } from "../app/summaryPort";
import { freeSheetName } from "../app/freeSheetName";
import { WorkbookFailure } from "../app/workbookFailure";
import { columnLetter } from "../core/sheetTable";
import type { ExcelHost } from "./excelHost";
import { ACTION_BYTES, REQUEST_BUDGET_BYTES, jsonBytes } from "./payload";
import { readSummaryRecord } from "./summaryOwnership";
import { toWorkbookFailure } from "./toWorkbookFailure";

/** Where the workbook's settings record which sheet is the add-in's 取りまとめ sheet (its id). */
export const COLLECT_RECORD_KEY = "kpiSheetChecker.collectSheet";

/**
 * The 取りまとめ port for the Excel the add-in runs in.
 * @example await createExcelCollect(officeHost()).writeCollectSheet("取りまとめ", planner)
 */
export function createExcelCollect(
  host: ExcelHost,
  requestBytes: number = REQUEST_BUDGET_BYTES,
): CollectSheetPort {
  return {
    writeCollectSheet: async (sheetName, planner) => {
      let writing = false;
      let earlierId: string | null = null;
      let activeId: string | null = null;
      try {
        return await host.run(async (context) => {
          const worksheets = context.workbook.worksheets.load("items/name,items/id,items/position");
          const record = context.workbook.settings.getItemOrNullObject(COLLECT_RECORD_KEY).load("value");
          const tables = context.workbook.tables.load("items/name");
          const active = context.workbook.worksheets.getActiveWorksheet().load("id");
          await context.sync();
          activeId = active.id;
          const ownId = readSummaryRecord(record.isNullObject ? null : record.value)?.sheetId ?? null;
          // Excel's sheet names are unique regardless of case: '取りまとめ' is one name however typed.
          const wanted = sheetName.toLowerCase();
          const existing = worksheets.items.find((sheet) => sheet.name.toLowerCase() === wanted) ?? null;
          if (existing !== null && existing.id !== ownId) {
            const names = worksheets.items.map((sheet) => sheet.name);
            const own = worksheets.items.find((sheet) => sheet.id === ownId)?.name ?? null;
            return {
              taken: true,
              sheetName: existing.name,
              freeName: freeSheetName(sheetName, names),
              ownName: own,
            };
          }
          const { value, plan } = planner({ tableNames: tables.items.map((table) => table.name) });
          if (plan === null) return { taken: false, value, written: null };
          writing = true;
          earlierId = existing?.id ?? null;
          const written = await writeSheet(context, sheetName, existing, plan, requestBytes);
          return { taken: false, value, written };
        });
      } catch (error) {
        if (!writing) throw toWorkbookFailure(error, "collect");
        const undone = await undoWrite(host, sheetName, earlierId, activeId);
        throw toWorkbookFailure(error, "collect", !undone);
      }
    },
  };
}

async function writeSheet(
  context: Excel.RequestContext,
  sheetName: string,
  existing: Excel.Worksheet | null,
  plan: CollectSheetPlan,
  requestBytes: number,
): Promise<CollectSheetWritten> {
  const rows = plan.cells.length;
  const width = Math.max(1, ...plan.cells.map((row) => row.length));
  // The plan's JSON is what goes to Excel, and each call (a width, a table, its name) is an action.
  const actions = 8 + plan.bold.length + plan.columnWidths.length + 2 * plan.tables.length;
  const bytes = jsonBytes(plan) + actions * ACTION_BYTES;
  if (bytes > requestBytes) {
    // Tens of thousands of findings: nothing has been sent yet, so nothing is half done.
    throw new WorkbookFailure("payload_too_large", "collect", `the collected sheet needs ${bytes} bytes`);
  }

  // The add-in's earlier sheet steps aside (deleted last), and the new one takes its place among the tabs.
  if (existing !== null) existing.name = asideName(existing.id);
  const sheet = context.workbook.worksheets.add(sheetName);
  if (existing !== null) sheet.position = existing.position;
  const address = `A1:${columnLetter(width - 1)}${rows}`;
  // Values, not formulas: text that looks like a formula carries Excel's text prefix (planCollectSheet).
  sheet.getRange(address).values = plan.cells.map((row) => [...row]);
  for (const area of plan.bold) sheet.getRange(area).format.font.bold = true;
  plan.columnWidths.forEach((points, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = points;
  });
  // The headers are in the values written above: Excel takes a table's header names from its first row.
  // TableCollection.add throws for an invalid address or a table that would overlap another, and a
  // table's name must be unique in the workbook (https://learn.microsoft.com/javascript/api/excel/excel.tablecollection,
  // office-js #1199): the planner stacks the tables apart and took names no table has.
  for (const table of plan.tables) sheet.tables.add(sheet.getRange(table.address), true).name = table.name;
  sheet.activate();
  sheet.load("id");
  await context.sync();

  context.workbook.settings.add(COLLECT_RECORD_KEY, { version: 1, sheetId: sheet.id });
  existing?.delete();
  await context.sync();
  return {
    sheetName,
    address,
    replaced: existing !== null,
    tables: plan.tables.map((table) => table.name),
  };
}

/** The name the earlier sheet has while the new one is written: unique by its id, 31 characters at most. */
function asideName(id: string): string {
  return `取りまとめ_${id.replace(/[^0-9A-Za-z]/g, "")}`.slice(0, 31);
}

/**
 * Undoes a failed write: deletes the sheet it added, and puts the earlier 取りまとめ sheet (if there was
 * one) back under its name, active, with the record pointing at it; without one, the sheet the user was
 * on is active again. True when that went through.
 */
async function undoWrite(
  host: ExcelHost,
  sheetName: string,
  earlierId: string | null,
  activeId: string | null,
): Promise<boolean> {
  try {
    await host.run(async (context) => {
      const added = context.workbook.worksheets.getItemOrNullObject(sheetName).load("id");
      const earlier =
        earlierId === null ? null : context.workbook.worksheets.getItemOrNullObject(earlierId).load("id");
      const previous =
        activeId === null ? null : context.workbook.worksheets.getItemOrNullObject(activeId).load("id");
      await context.sync();
      if (!added.isNullObject && added.id !== earlierId) added.delete();
      if (earlier !== null && !earlier.isNullObject) {
        earlier.name = sheetName;
        earlier.activate();
        context.workbook.settings.add(COLLECT_RECORD_KEY, { version: 1, sheetId: earlier.id });
      } else if (previous !== null && !previous.isNullObject) {
        previous.activate();
      }
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}
