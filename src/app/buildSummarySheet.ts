/**
 * 集計シートを作成: check every sheet of the workbook, and write the add-in's summary sheet (集計, or
 * Summary in English) with formulas that reference the sheets and a stacked-bar chart of the statuses.
 * Making it again replaces the add-in's earlier summary sheet; a sheet of that name that the add-in did
 * not make is never touched: the answer says so, and nothing is written.
 */
import type { Result } from "../core/result";
import type { UseCaseIssue } from "./appIssue";
import type { SummarySheetOptions } from "./planSummarySheet";
import { SUMMARY_SHEET_TEXT, planSummarySheet } from "./planSummarySheet";
import type { CheckOptions } from "./runSubmissionCheck";
import type { SheetSummaryEntry } from "./summarizeWorkbook";
import { summarizeGrids } from "./summarizeWorkbook";
import type { SummarySheetPort, SummarySheetWritten } from "./summaryPort";

export interface BuildSummarySheetOptions extends CheckOptions {
  readonly locale: SummarySheetOptions["locale"];
}

export interface SummarySheetBuilt {
  readonly entries: readonly SheetSummaryEntry[];
  readonly written: SummarySheetWritten;
}

/**
 * Builds (or rebuilds) the summary sheet.
 * @example await buildSummarySheet(workbook, { asOf: "2025-11-21", settings, locale: "ja" })
 * // ok({ written: { sheetName: "集計", address: "A1:K40", replaced: false }, entries: [{ sheetName: "1 防災力", … }, …] })
 * @example await buildSummarySheet(workbook, options) // a sheet named 集計 that someone typed into
 * // fail({ code: "summary_sheet_taken", sheet: "集計" })
 */
export async function buildSummarySheet(
  workbook: SummarySheetPort,
  options: BuildSummarySheetOptions,
): Promise<Result<SummarySheetBuilt, UseCaseIssue>> {
  const sheetName = SUMMARY_SHEET_TEXT[options.locale].sheetName;
  const result = await workbook.writeSummarySheet<Result<SheetSummaryEntry[], UseCaseIssue>>(
    sheetName,
    (grids) => {
      const entries = summarizeGrids(grids, options);
      const planned = planSummarySheet(entries, {
        locale: options.locale,
        asOf: options.settings.asOf,
        gradePreset: options.settings.gradePreset,
        startMonth: options.settings.startMonth,
      });
      if (!planned.ok) return { value: planned, plan: null };
      return { value: { ok: true, value: entries }, plan: planned.value };
    },
  );
  if (result.taken) return { ok: false, issues: [{ code: "summary_sheet_taken", sheet: result.sheetName }] };
  if (!result.value.ok) return result.value;
  if (result.written === null) throw new Error("the workbook adapter skipped a planned write");
  return { ok: true, value: { entries: result.value.value, written: result.written } };
}
