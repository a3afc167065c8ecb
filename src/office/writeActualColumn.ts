/* global Excel */
/**
 * The 実績値 column the add-in keeps beside a goal sheet's table: one cell written per confirmation, and
 * the whole column taken off again. One Excel session per action, run through runSession, with a fixed
 * number of context.sync() calls whatever the number of rows:
 *
 * - write: the used range with the record (1, more only past Excel's request limit), the header's and
 *   the cell's content and formats (1), the record, the cells and the record again (1).
 * - remove: the record (1), the recorded cells' content and formats (1), the cells and the record (1).
 *
 * A batch is not a transaction: Excel runs its actions in order and keeps those before the one that
 * fails (https://learn.microsoft.com/javascript/api/office/officeextension.error). So after a failure the
 * cells and the record are put back as they were read, in a new session; only when even that fails does
 * the failure say something may be left, and the record, written first, lets 実績値列を外す find it.
 * Values go in as text (number format `@`, set before the value) so that `84.3%` stays as written
 * instead of becoming the number 0.843.
 */
import type {
  ActualCellPlan,
  ActualCellWrite,
  ActualColumnRemoval,
  ActualColumnState,
  Planned,
} from "../app/ports";
import type { ProgressListener } from "../app/ports";
import type { SheetGrid } from "../core/sheetTable";
import { toA1 } from "../core/sheetTable";
import type { ActualCellRecord, SheetActualColumn } from "./actualColumnOwnership";
import {
  ACTUAL_RECORD_KEY,
  actualColumnState,
  contentOf,
  isOwnActualCell,
  readActualRecord,
  withSheetColumn,
} from "./actualColumnOwnership";
import type { WorkbookLimits } from "./createExcelWorkbook";
import type { ExcelHost } from "./excelHost";
import { readUsedRange } from "./readUsedRange";
import { runSession } from "./runSession";

const TEXT_FORMAT = "@";

/** A cell as read before a write, to put back after a failure. */
interface CellBefore {
  /** 0-based row and column. */
  readonly row: number;
  readonly column: number;
  readonly formula: unknown;
  readonly format: string;
}

/** What a failed session must put back: its cells as read, and the record as it was (null: none). */
interface Undo {
  sheetId: string;
  cells: CellBefore[];
  record: unknown;
}

/**
 * Reads the active sheet and the add-in's 実績値 column, asks `planner` for a cell, and writes it (see
 * WorkbookPort.writeActualCell).
 */
export async function writeActualCell<T>(
  host: ExcelHost,
  limits: WorkbookLimits,
  planner: (grid: SheetGrid, column: ActualColumnState | null) => Planned<T, ActualCellPlan>,
  onProgress: ProgressListener | undefined,
): Promise<{ value: T; write: ActualCellWrite | null }> {
  let undo: Undo | null = null;
  return runSession(
    host,
    "actual",
    async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("id");
      const setting = loadRecord(context);
      const grid = await readUsedRange(context, sheet, limits, onProgress ? { onProgress } : {});
      const saved = savedRecord(setting);
      const record = readActualRecord(saved);
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- loaded above, with the first sync of readUsedRange
      const sheetId = sheet.id;
      const entry = record.sheets[sheetId];
      const { value, plan } = planner(grid, actualColumnState(entry));
      if (plan === null) return { value, write: null };
      if (entry !== undefined && (entry.column !== plan.column || entry.headerRow !== plan.headerRow)) {
        throw new Error("the planner moved the add-in's 実績値 column");
      }

      const headerRange = cellRange(sheet, plan.headerRow, plan.column).load("formulas,values,numberFormat");
      const cellRangeNow = cellRange(sheet, plan.row, plan.column).load("formulas,values,numberFormat");
      await context.sync();

      const headerAddress = toA1(plan.headerRow, plan.column);
      const cellAddress = toA1(plan.row, plan.column);
      const headerNow = readCell(headerRange);
      const cellNow = readCell(cellRangeNow);
      const headerRecord = entry?.cells[headerAddress];
      const cellRecord = entry?.cells[cellAddress];
      for (const [address, now, recorded] of [
        [headerAddress, headerNow, headerRecord],
        [cellAddress, cellNow, cellRecord],
      ] as const) {
        const mine = recorded !== undefined && !now.isFormula && isOwnActualCell(recorded, now.content);
        const empty = !now.isFormula && now.content === "";
        if (!empty && !mine) {
          return { value, write: { written: false, cell: address, content: contentOf(now.formula) } };
        }
      }

      const cells: Record<string, ActualCellRecord> = { ...(entry?.cells ?? {}) };
      cells[headerAddress] = { text: plan.header, format: headerRecord?.format ?? headerNow.format };
      const settledCell: ActualCellRecord = {
        text: plan.text,
        format: cellRecord?.format ?? cellNow.format,
      };
      const column: SheetActualColumn = { column: plan.column, headerRow: plan.headerRow, cells };
      const pending: SheetActualColumn = {
        ...column,
        cells: {
          ...cells,
          [cellAddress]: cellNow.content === "" ? settledCell : { ...settledCell, previous: cellNow.content },
        },
      };
      const settled: SheetActualColumn = { ...column, cells: { ...cells, [cellAddress]: settledCell } };

      // The record first, so that whatever part of the batch runs is the add-in's and can be removed.
      context.workbook.settings.add(ACTUAL_RECORD_KEY, withSheetColumn(record, sheetId, pending));
      if (headerNow.content !== plan.header) headerRange.values = [[plan.header]];
      cellRangeNow.numberFormat = [[TEXT_FORMAT]];
      cellRangeNow.values = [[plan.text]];
      context.workbook.settings.add(ACTUAL_RECORD_KEY, withSheetColumn(record, sheetId, settled));
      undo = {
        sheetId,
        record: saved,
        cells: [
          {
            row: plan.headerRow - 1,
            column: plan.column,
            formula: headerNow.formula,
            format: headerNow.format,
          },
          { row: plan.row - 1, column: plan.column, formula: cellNow.formula, format: cellNow.format },
        ],
      };
      onProgress?.({ phase: "writing", done: 0, total: 1 });
      await context.sync();
      onProgress?.({ phase: "writing", done: 1, total: 1 });
      return { value, write: { written: true, cell: cellAddress } };
    },
    async () => undo !== null && !(await putBack(host, undo)),
  );
}

/** Empties the add-in's 実績値 column on the active sheet where it still holds what the add-in wrote. */
export async function clearActualColumn(host: ExcelHost): Promise<ActualColumnRemoval> {
  let undo: Undo | null = null;
  return runSession(
    host,
    "unactual",
    async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("id");
      const setting = loadRecord(context);
      await context.sync();
      const saved = savedRecord(setting);
      const record = readActualRecord(saved);
      const sheetId = sheet.id;
      const entry = record.sheets[sheetId];
      if (entry === undefined) return { header: null, removed: 0, kept: [] };

      const recorded = Object.entries(entry.cells).map(([address, cell]) => ({
        address,
        cell,
        row: Number(/\d+$/.exec(address)?.[0]),
      }));
      const ranges = recorded.map(({ row }) =>
        cellRange(sheet, row, entry.column).load("formulas,values,numberFormat"),
      );
      await context.sync();

      const kept: string[] = [];
      const cleared: CellBefore[] = [];
      recorded.forEach(({ address, cell, row }, i) => {
        const range = ranges[i];
        if (range === undefined) return;
        const now = readCell(range);
        if (now.isFormula || !isOwnActualCell(cell, now.content)) {
          kept.push(address);
          return;
        }
        cleared.push({ row: row - 1, column: entry.column, formula: now.formula, format: now.format });
        range.values = [[""]];
        range.numberFormat = [[cell.format]];
      });
      // The cells kept are the user's now: the record goes with the column.
      const rest = withSheetColumn(record, sheetId, null);
      if (Object.keys(rest.sheets).length > 0) context.workbook.settings.add(ACTUAL_RECORD_KEY, rest);
      else setting.delete();
      undo = { sheetId, record: saved, cells: cleared };
      await context.sync();
      return { header: `${toA1(entry.headerRow, entry.column)}`, removed: cleared.length, kept };
    },
    async () => undo !== null && !(await putBack(host, undo)),
  );
}

function cellRange(sheet: Excel.Worksheet, row: number, column: number): Excel.Range {
  return sheet.getRangeByIndexes(row - 1, column, 1, 1);
}

interface CellNow {
  /** The formula, or the value as typed. */
  readonly formula: unknown;
  readonly content: string;
  readonly isFormula: boolean;
  readonly format: string;
}

function readCell(range: Excel.Range): CellNow {
  const formula = range.formulas[0]?.[0] ?? "";
  const value = range.values[0]?.[0] ?? "";
  return {
    formula,
    content: contentOf(value),
    isFormula: typeof formula === "string" && formula.startsWith("="),
    format: String((range.numberFormat as unknown[][])[0]?.[0] ?? "General"),
  };
}

function loadRecord(context: Excel.RequestContext): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(ACTUAL_RECORD_KEY).load("value");
}

function savedRecord(setting: Excel.Setting): unknown {
  return setting.isNullObject ? null : (setting.value as unknown);
}

/**
 * Puts the cells and the record back as they were read before a failed batch (2 syncs): the number
 * format before the value, so that text stays text. True when it went through.
 */
async function putBack(host: ExcelHost, undo: Undo): Promise<boolean> {
  try {
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(undo.sheetId);
      const setting = loadRecord(context);
      await context.sync();
      for (const cell of undo.cells) {
        const range = sheet.getRangeByIndexes(cell.row, cell.column, 1, 1);
        range.numberFormat = [[cell.format]];
        range.formulas = [[cell.formula]];
      }
      if (undo.record !== null) context.workbook.settings.add(ACTUAL_RECORD_KEY, undo.record);
      else if (!setting.isNullObject) setting.delete();
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}
