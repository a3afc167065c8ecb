/**
 * 取りまとめシートを作成: the files checked in the pane, written into the current workbook as the add-in's
 * 取りまとめ sheet (a summary table and a findings table). Making it again replaces the add-in's earlier
 * one; a sheet of that name that the add-in did not make is never touched: the answer names a free name
 * to use instead (or the add-in's own sheet, renamed), and nothing is written.
 */
import type { IsoDate } from "../core/calendar";
import type { Locale } from "../core/messages/formatIssue";
import type { Result } from "../core/result";
import type { UseCaseIssue } from "./appIssue";
import type { CollectedFile } from "./collectFiles";
import { COLLECT_SHEET_TEXT, planCollectSheet } from "./planCollectSheet";
import type { CollectSheetPort, CollectSheetWritten } from "./summaryPort";

export interface BuildCollectSheetOptions {
  readonly locale: Locale;
  readonly asOf: IsoDate;
  /** The sheet's name; by default 取りまとめ (Collected in English). */
  readonly sheetName?: string;
}

/**
 * Writes the 取りまとめ sheet for the files checked.
 * @example await buildCollectSheet(port, files, { locale: "ja", asOf: "2025-11-21" })
 * // ok({ sheetName: "取りまとめ", address: "A1:K20", replaced: false, tables: ["取りまとめ_集計", "取りまとめ_指摘"] })
 * @example await buildCollectSheet(port, files, options) // a sheet 取りまとめ that someone typed into
 * // fail({ code: "collect_sheet_taken", sheet: "取りまとめ", freeName: "取りまとめ (2)" })
 */
export async function buildCollectSheet(
  port: CollectSheetPort,
  files: readonly CollectedFile[],
  options: BuildCollectSheetOptions,
): Promise<Result<CollectSheetWritten, UseCaseIssue>> {
  if (files.length === 0) return { ok: false, issues: [{ code: "collect_no_files" }] };
  const sheetName = options.sheetName ?? COLLECT_SHEET_TEXT[options.locale].sheetName;
  const result = await port.writeCollectSheet(sheetName, ({ tableNames }) => ({
    value: null,
    plan: planCollectSheet(files, { locale: options.locale, asOf: options.asOf, tableNames }),
  }));
  if (result.taken) {
    const freeName = result.ownName ?? result.freeName;
    return { ok: false, issues: [{ code: "collect_sheet_taken", sheet: result.sheetName, freeName }] };
  }
  if (result.written === null) throw new Error("the workbook adapter skipped a planned write");
  return { ok: true, value: result.written };
}
