/* global Excel */
/**
 * The new-sheet port over Office.js: 次年度へ繰越 as Worksheet.copy (ExcelApi 1.7), so that next year's
 * sheet keeps everything the user set up (merged cells, widths, print setup, validation), then the
 * plan's changes on the copy. Syncs: the source sheet with its flags (2, more only past Excel's request
 * limit), then the copy, every change to it and the copy's settings in one batch (1), and the copy's data-validation record
 * (1, only when the source has the add-in's validation).
 *
 * The source is only read. The add-in's flags were copied along, but they are about last year's values:
 * they are taken off the copy. A batch is not a transaction, so when a write fails after the copy was
 * made, the copy is deleted again and the source activated: nothing is left half-written.
 *
 * Worksheet.copy("After", source) fails with InvalidArgument on some Excel builds
 * (https://github.com/OfficeDev/office-js/issues/775): then the copy goes to the end and is moved next
 * to the source by its position, in one more session.
 */
import type { CarryForwardPlan, CarryForwardWrite, NewSheetPort, SourceSheet } from "../app/newSheetPort";
import type { Planned, ProgressListener } from "../app/ports";
import type { TemplatePlan } from "../app/sheetTemplates";
import { WorkbookFailure } from "../app/workbookFailure";
import { isFlagFormula } from "../app/flagStyle";
import type { WorkbookLimits } from "./createExcelWorkbook";
import { DEFAULT_LIMITS } from "./createExcelWorkbook";
import { applyValidation, ruleTypeOf } from "./createExcelValidation";
import type { ExcelHost } from "./excelHost";
import { FLAG_RECORD_KEY, hashText, normaliseCell, readFlagRecord } from "./flagOwnership";
import { SETTINGS_KEY } from "./createExcelSettings";
import { ACTION_BYTES, jsonBytes } from "./payload";
import { readUsedRange } from "./readUsedRange";
import { isExcelError, toWorkbookFailure } from "./toWorkbookFailure";
import type { InstalledRange } from "./validationOwnership";
import { VALIDATION_RECORD_KEY, readValidationRecord, withSheetRanges } from "./validationOwnership";

/** A setting as it was before a write: whether it existed, and its value. */
interface Saved {
  readonly exists: boolean;
  readonly value: unknown;
}

/** Response bytes of one rule's formula and of one note's location, for sizing the read they go with. */
const RULE_BYTES = 80;
const LOCATION_BYTES = 64;

/**
 * The new-sheet port for the Excel the add-in runs in.
 * @example await createExcelNewSheet(officeHost()).carryForward(planner)
 */
export function createExcelNewSheet(host: ExcelHost, limits: WorkbookLimits = DEFAULT_LIMITS): NewSheetPort {
  return {
    carryForward: async (planner, onProgress) => {
      try {
        return await carryForward(host, limits, planner, onProgress, "after");
      } catch (error) {
        if (!(error instanceof CopyPlacementRefused)) throw error;
        return carryForward(host, limits, planner, onProgress, "end");
      }
    },
    insertTemplate: (planner) => insertTemplate(host, limits, planner),
  };
}

/** Worksheet.copy refused "After" (office-js #775) before anything was written. */
class CopyPlacementRefused extends Error {}

async function carryForward<T>(
  host: ExcelHost,
  limits: WorkbookLimits,
  planner: (source: SourceSheet) => Planned<T, CarryForwardPlan>,
  onProgress: ProgressListener | undefined,
  placement: "after" | "end",
): Promise<{ value: T; write: CarryForwardWrite | null }> {
  // Set once the copy has been asked for: from then on a failure deletes it again (and puts the
  // workbook's settings back, when the copy's were written with it).
  const made: { value: { sheetIds: readonly string[]; source: string; settings?: Saved } | null } = {
    value: null,
  };
  try {
    return await host.run(async (context) => {
      const source = context.workbook.worksheets.getActiveWorksheet();
      source.load("id,name,position");
      const sheets = context.workbook.worksheets.load("items/name,items/id");
      const flagSetting = context.workbook.settings.getItemOrNullObject(FLAG_RECORD_KEY).load("value");
      const validationSetting = context.workbook.settings
        .getItemOrNullObject(VALIDATION_RECORD_KEY)
        .load("value");
      const settingsNow = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
      const formats = source.getRange().conditionalFormats.load("items/id,items/type");
      const notes = host.supportsNotes() ? source.notes.load("items/content") : null;
      let rules: { index: number; rule: Excel.ConditionalFormatRule }[] = [];
      let locations: { content: string; location: Excel.Range }[] = [];
      const grid = await readUsedRange(context, source, limits, {
        afterFirstSync: () => {
          rules = formats.items.flatMap((format, index) =>
            format.type === "Custom" ? [{ index, rule: format.custom.rule.load("formula") }] : [],
          );
          locations = (notes?.items ?? []).map((note) => ({
            content: note.content,
            location: note.getLocation().load("address"),
          }));
          return rules.length * RULE_BYTES + locations.length * LOCATION_BYTES;
        },
        ...(onProgress ? { onProgress } : {}),
      });
      const { value, plan } = planner({ grid, sheetNames: sheets.items.map((sheet) => sheet.name) });
      if (plan === null) return { value, write: null };
      onProgress?.({ phase: "writing", done: 0, total: 0 });

      // The add-in's flags on the source, found as on the source; the copy has them in the same places.
      const flagIndexes = rules.filter(({ rule }) => isFlagFormula(rule.formula)).map(({ index }) => index);
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- loaded above, with the first sync of readUsedRange
      const sourceId = source.id;
      const flags = readFlagRecord(flagSetting.isNullObject ? null : flagSetting.value);
      const recorded = flags.sheets[sourceId]?.notes ?? {};
      const ownNotes = locations
        .map(({ content, location }) => ({ cell: normaliseCell(location.address), content }))
        .filter(({ cell, content }) => recorded[cell] !== undefined && recorded[cell] === hashText(content))
        .map(({ cell }) => cell);

      let bytes = 3 * ACTION_BYTES + jsonBytes(plan.sheetName);
      for (const { cell, value: text } of plan.cells)
        bytes += ACTION_BYTES + jsonBytes(cell) + jsonBytes(text);
      for (const row of plan.formulas) bytes += ACTION_BYTES + jsonBytes(row);
      bytes += (flagIndexes.length + ownNotes.length) * 2 * ACTION_BYTES;
      if (bytes > limits.requestBytes) {
        throw new WorkbookFailure(
          "payload_too_large",
          "carry",
          `the copy needs ${bytes} bytes in one request`,
        );
      }

      const copy = placement === "after" ? source.copy("After", source) : source.copy("End");
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- loaded above, with the first sync of readUsedRange
      if (placement === "end") copy.position = source.position + 1;
      copy.name = plan.sheetName;
      for (const { cell, value: text } of plan.cells) copy.getRange(cell).values = [[text]];
      for (const { address, formulas } of plan.formulas) copy.getRange(address).formulas = [[...formulas]];
      // From the last to the first, so that each index still names the same format.
      const copiedFormats = copy.getRange().conditionalFormats;
      for (const index of [...flagIndexes].reverse()) copiedFormats.getItemAt(index).delete();
      for (const cell of ownNotes) copy.notes.getItem(cell).delete();
      copy.activate();
      copy.load("id");
      // The copy's settings last: an action that fails before it leaves the settings as they were.
      if (plan.settings !== undefined) context.workbook.settings.add(SETTINGS_KEY, plan.settings);
      made.value = {
        sheetIds: sheets.items.map((sheet) => sheet.id),
        source: sourceId,
        ...(plan.settings !== undefined
          ? {
              settings: {
                exists: !settingsNow.isNullObject,
                value: settingsNow.isNullObject ? null : settingsNow.value,
              },
            }
          : {}),
      };
      await context.sync();

      // The rules the add-in put on the source came along: the copy's record lets 入力規則を外す find them.
      const validation = readValidationRecord(
        validationSetting.isNullObject ? null : validationSetting.value,
      );
      const ranges = validation.sheets[sourceId]?.ranges ?? [];
      if (ranges.length > 0) {
        const copyId = copy.id;
        context.workbook.settings.add(VALIDATION_RECORD_KEY, withSheetRanges(validation, copyId, ranges));
        await context.sync();
      }
      onProgress?.({ phase: "writing", done: 1, total: 1 });
      return {
        value,
        write: {
          sheetName: plan.sheetName,
          cellsChanged: plan.cells.length + plan.formulas.length,
          flagsDropped: flagIndexes.length + ownNotes.length,
        },
      };
    });
  } catch (error) {
    if (made.value === null) throw toWorkbookFailure(error, "carry");
    const undone = await deleteNewSheets(host, made.value);
    if (placement === "after" && undone === "none" && isExcelError(error) && error.code === "InvalidArgument")
      throw new CopyPlacementRefused(error.message ?? "");
    throw toWorkbookFailure(error, "carry", undone === "failed");
  }
}

// -------------------------------------------------------------------------------------------------
// 新しいシート

async function insertTemplate<T>(
  host: ExcelHost,
  limits: WorkbookLimits,
  planner: (sheetNames: readonly string[]) => Planned<T, TemplatePlan>,
): Promise<{ value: T; write: { sheetName: string } | null }> {
  const made: { value: { sheetIds: readonly string[]; source: string } | null } = { value: null };
  try {
    return await host.run(async (context) => {
      const active = context.workbook.worksheets.getActiveWorksheet().load("id");
      const sheets = context.workbook.worksheets.load("items/name,items/id");
      const validationSetting = context.workbook.settings
        .getItemOrNullObject(VALIDATION_RECORD_KEY)
        .load("value");
      await context.sync();
      const { value, plan } = planner(sheets.items.map((sheet) => sheet.name));
      if (plan === null) return { value, write: null };

      const rows = plan.values.length;
      const columns = plan.values[0]?.length ?? 0;
      const bytes =
        jsonBytes(plan.values) + jsonBytes(plan.formulas) + jsonBytes(plan.validation) + 200 * ACTION_BYTES;
      if (bytes > limits.requestBytes) {
        throw new WorkbookFailure("payload_too_large", "template", `the new sheet needs ${bytes} bytes`);
      }

      const sheet = context.workbook.worksheets.add(plan.sheetName);
      if (rows > 0 && columns > 0) {
        sheet.getRangeByIndexes(0, 0, rows, columns).values = plan.values.map((row) =>
          row.map((v) => v ?? ""),
        );
      }
      for (const { address, formulas } of plan.formulas) {
        sheet.getRange(address).formulas = formulas.map((row) => [...row]);
      }
      for (const { column, firstRow, lastRow, format } of plan.numberFormats) {
        sheet.getRangeByIndexes(firstRow - 1, column, lastRow - firstRow + 1, 1).numberFormat = Array.from(
          { length: lastRow - firstRow + 1 },
          () => [format],
        );
      }
      for (const address of plan.merges) sheet.getRange(address).merge(false);
      plan.columnWidths.forEach((width, column) => {
        sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width;
      });
      for (const address of plan.wrap) sheet.getRange(address).format.wrapText = true;
      for (const address of plan.bold) sheet.getRange(address).format.font.bold = true;
      sheet.pageLayout.orientation = "Landscape";
      // One page wide, as many pages tall as it takes.
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintTitleRows(plan.print.titleRows);
      for (const target of plan.validation) {
        const validation = sheet.getRangeByIndexes(
          target.firstRow - 1,
          target.column,
          target.lastRow - target.firstRow + 1,
          1,
        ).dataValidation;
        applyValidation(validation, target.spec);
      }
      sheet.activate();
      sheet.load("id");
      made.value = { sheetIds: sheets.items.map((s) => s.id), source: active.id };
      await context.sync();

      if (plan.validation.length > 0) {
        // The rules are the add-in's like those of 準備: 入力規則を外す takes them off (nothing was there before).
        const ranges: InstalledRange[] = plan.validation.map((target) => ({
          column: target.column,
          firstRow: target.firstRow,
          lastRow: target.lastRow,
          type: ruleTypeOf(target.spec),
          promptMessage: target.spec.prompt.message,
          previous: [{ firstRow: target.firstRow, lastRow: target.lastRow, validation: null }],
        }));
        const record = readValidationRecord(validationSetting.isNullObject ? null : validationSetting.value);
        context.workbook.settings.add(VALIDATION_RECORD_KEY, withSheetRanges(record, sheet.id, ranges));
        await context.sync();
      }
      return { value, write: { sheetName: plan.sheetName } };
    });
  } catch (error) {
    if (made.value === null) throw toWorkbookFailure(error, "template");
    const undone = await deleteNewSheets(host, made.value);
    throw toWorkbookFailure(error, "template", undone === "failed");
  }
}

/**
 * Deletes a sheet made by a write that failed half way, and goes back to the sheet active before. The
 * new sheet is the one that was not there before (a copy may still have the name Excel gave it, if the
 * rename failed): "deleted", "none" when no sheet had been made, "failed" when this failed too.
 */
async function deleteNewSheets(
  host: ExcelHost,
  made: { readonly sheetIds: readonly string[]; readonly source: string; readonly settings?: Saved },
): Promise<"deleted" | "none" | "failed"> {
  try {
    return await host.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/id");
      const settingsNow =
        made.settings === undefined
          ? null
          : context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
      await context.sync();
      const before = new Set(made.sheetIds);
      const copies = sheets.items.filter((sheet) => !before.has(sheet.id));
      if (made.settings !== undefined && settingsNow !== null) {
        // The copy's settings may have been written: the settings go back to what they were.
        if (made.settings.exists) context.workbook.settings.add(SETTINGS_KEY, made.settings.value);
        else if (!settingsNow.isNullObject) settingsNow.delete();
      }
      if (copies.length === 0) {
        await context.sync();
        return "none";
      }
      context.workbook.worksheets.getItem(made.source).activate();
      for (const copy of copies) copy.delete();
      await context.sync();
      return "deleted";
    });
  } catch {
    return "failed";
  }
}
