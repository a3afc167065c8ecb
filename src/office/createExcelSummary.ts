/* global Excel */
/**
 * The summary ports over Office.js: every sheet's values for the task pane's chart (2 syncs), the
 * add-in's 集計 sheet (4 syncs: the sheets and the record, the values, the sheet with its chart, the
 * record of the new sheet), and its removal (2 syncs). More syncs only when the sheets' values pass Excel's request limit; never
 * more for more sheets or rows.
 *
 * A write that fails part way is undone: the sheet it added is deleted (it was checked to be the
 * add-in's, or absent, before anything was written). Excel stops a batch at its first failing action
 * and keeps the ones before it
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling), so
 * the add-in's earlier 集計 is not deleted first: it is renamed aside, and deleted only by the last
 * action, after the new sheet's record; the undo renames it back and points the record at it again.
 */
import type { SummarySheetPlan, SummarySheetPort, SummarySheetWritten } from "../app/summaryPort";
import { WorkbookFailure } from "../app/workbookFailure";
import { columnLetter } from "../core/sheetTable";
import type { WorkbookLimits } from "./createExcelWorkbook";
import { DEFAULT_LIMITS } from "./createExcelWorkbook";
import type { ExcelHost } from "./excelHost";
import { ACTION_BYTES, jsonBytes } from "./payload";
import { readAllSheets } from "./readAllSheets";
import { SUMMARY_RECORD_KEY, readSummaryRecord } from "./summaryOwnership";
import { toWorkbookFailure } from "./toWorkbookFailure";

/**
 * The summary ports for the Excel the add-in runs in.
 * @example const summary = createExcelSummary(officeHost()); await summary.readAllSheets()
 */
export function createExcelSummary(
  host: ExcelHost,
  limits: WorkbookLimits = DEFAULT_LIMITS,
): SummarySheetPort {
  return {
    readAllSheets: async () => {
      try {
        return await host.run(async (context) => {
          const { others } = await loadSheets(context, null);
          return readAllSheets(context, others, limits);
        });
      } catch (error) {
        throw toWorkbookFailure(error, "read");
      }
    },

    removeSummarySheet: async () => {
      let removing: string | null = null;
      try {
        return await host.run(async (context) => {
          const worksheets = context.workbook.worksheets.load("items/name,items/id");
          const record = context.workbook.settings.getItemOrNullObject(SUMMARY_RECORD_KEY).load("value");
          await context.sync();
          if (record.isNullObject) return { removed: null };
          const ownId = readSummaryRecord(record.value)?.sheetId ?? null;
          const own = worksheets.items.find((sheet) => sheet.id === ownId) ?? null;
          // The sheet, then its record, in one batch. Excel stops a batch at its first failing action and
          // keeps the ones before (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling):
          // a record left without its sheet is finished below.
          own?.delete();
          context.workbook.settings.getItem(SUMMARY_RECORD_KEY).delete();
          removing = own?.name ?? "";
          await context.sync();
          return { removed: own?.name ?? null };
        });
      } catch (error) {
        if (removing === null) throw toWorkbookFailure(error, "summary");
        const finished = await finishRemoval(host);
        if (finished === "finished") return { removed: removing === "" ? null : removing };
        throw toWorkbookFailure(error, "summary", finished === "failed");
      }
    },

    writeSummarySheet: async (sheetName, planner) => {
      let writing = false;
      let earlierId: string | null = null;
      try {
        return await host.run(async (context) => {
          const { existing, ownId, others } = await loadSheets(context, sheetName);
          if (existing !== null && existing.id !== ownId) return { taken: true, sheetName: existing.name };
          const grids = await readAllSheets(context, others, limits);
          const { value, plan } = planner(grids);
          if (plan === null) return { taken: false, value, written: null };
          writing = true;
          earlierId = existing?.id ?? null;
          const written = await writeSheet(context, sheetName, existing, plan, limits);
          return { taken: false, value, written };
        });
      } catch (error) {
        if (!writing) throw toWorkbookFailure(error, "summary");
        const undone = await undoWrite(host, sheetName, earlierId);
        throw toWorkbookFailure(error, "summary", !undone);
      }
    },
  };
}

/** The workbook's sheets and the record of the add-in's summary sheet: the first sync of each session. */
async function loadSheets(
  context: Excel.RequestContext,
  summaryName: string | null,
): Promise<{ existing: Excel.Worksheet | null; ownId: string | null; others: Excel.Worksheet[] }> {
  const worksheets = context.workbook.worksheets.load("items/name,items/id,items/position");
  const record = context.workbook.settings.getItemOrNullObject(SUMMARY_RECORD_KEY).load("value");
  await context.sync();
  const ownId = readSummaryRecord(record.isNullObject ? null : record.value)?.sheetId ?? null;
  // Excel's sheet names are unique regardless of case: 'Summary' and 'summary' are the same name.
  const wanted = summaryName?.toLowerCase() ?? null;
  const existing = worksheets.items.find((sheet) => sheet.name.toLowerCase() === wanted) ?? null;
  const others = worksheets.items.filter((sheet) => sheet.id !== ownId && sheet !== existing);
  return { existing, ownId, others };
}

async function writeSheet(
  context: Excel.RequestContext,
  sheetName: string,
  existing: Excel.Worksheet | null,
  plan: SummarySheetPlan,
  limits: WorkbookLimits,
): Promise<SummarySheetWritten> {
  const rows = plan.cells.length;
  const width = Math.max(1, ...plan.cells.map((row) => row.length));
  // The plan's JSON is what goes to Excel, and each call (formats, widths, the chart) is an action.
  const actions = 12 + plan.numberFormats.length + plan.bold.length + plan.columnWidths.length;
  const bytes = jsonBytes(plan) + actions * ACTION_BYTES;
  if (bytes > limits.requestBytes) {
    // Thousands of items: nothing has been sent yet, so nothing is half done.
    throw new WorkbookFailure("payload_too_large", "summary", `the summary sheet needs ${bytes} bytes`);
  }

  // The add-in's earlier summary steps aside (deleted last), and the new one takes its place among the tabs.
  if (existing !== null) existing.name = asideName(existing.id);
  const sheet = context.workbook.worksheets.add(sheetName);
  if (existing !== null) sheet.position = existing.position;
  const address = `A1:${columnLetter(width - 1)}${rows}`;
  sheet.getRange(address).formulas = plan.cells.map((row) => [...row]);
  for (const { address: cell, format } of plan.numberFormats) sheet.getRange(cell).numberFormat = [[format]];
  for (const area of plan.bold) sheet.getRange(area).format.font.bold = true;
  plan.columnWidths.forEach((points, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = points;
  });
  const chart = sheet.charts.add(plan.chart.type, sheet.getRange(plan.chart.source), "Columns");
  chart.title.text = plan.chart.title;
  chart.setPosition(plan.chart.topLeft, plan.chart.bottomRight);
  sheet.activate();
  sheet.load("id");
  await context.sync();

  context.workbook.settings.add(SUMMARY_RECORD_KEY, { version: 1, sheetId: sheet.id });
  existing?.delete();
  await context.sync();
  return { sheetName, address, replaced: existing !== null };
}

/**
 * After a removal that failed part way: when the sheet went but its record stayed, the record goes too
 * ("finished"); when the sheet is still there, nothing had run ("nothing"); "failed" when even this
 * failed (a stale record does no harm: the next removal or summary finds no sheet of that id).
 */
async function finishRemoval(host: ExcelHost): Promise<"finished" | "nothing" | "failed"> {
  try {
    return await host.run(async (context) => {
      const worksheets = context.workbook.worksheets.load("items/id");
      const record = context.workbook.settings.getItemOrNullObject(SUMMARY_RECORD_KEY).load("value");
      await context.sync();
      if (record.isNullObject) return "finished";
      const ownId = readSummaryRecord(record.value)?.sheetId ?? null;
      if (worksheets.items.some((sheet) => sheet.id === ownId)) return "nothing";
      context.workbook.settings.getItem(SUMMARY_RECORD_KEY).delete();
      await context.sync();
      return "finished";
    });
  } catch {
    return "failed";
  }
}

/** The name the earlier summary sheet has while the new one is written: unique by its id, 31 characters at most. */
function asideName(id: string): string {
  return `集計_${id.replace(/[^0-9A-Za-z]/g, "")}`.slice(0, 31);
}

/**
 * Undoes a failed write: deletes the sheet it added, and puts the earlier summary sheet (if there was
 * one) back under its name, active, with the record pointing at it. True when that went through.
 */
async function undoWrite(host: ExcelHost, sheetName: string, earlierId: string | null): Promise<boolean> {
  try {
    await host.run(async (context) => {
      const added = context.workbook.worksheets.getItemOrNullObject(sheetName).load("id");
      const earlier =
        earlierId === null ? null : context.workbook.worksheets.getItemOrNullObject(earlierId).load("id");
      await context.sync();
      if (!added.isNullObject && added.id !== earlierId) added.delete();
      if (earlier !== null && !earlier.isNullObject) {
        earlier.name = sheetName;
        earlier.activate();
        context.workbook.settings.add(SUMMARY_RECORD_KEY, { version: 1, sheetId: earlier.id });
      }
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}
