/**
 * 集計シートを削除: the add-in's summary sheet goes, and with it the record that it was the add-in's.
 * A sheet named 集計 that the add-in did not make is never touched.
 */
import type { SummarySheetPort } from "./summaryPort";

/**
 * Deletes the add-in's summary sheet; the name of the sheet deleted, or null when there was none.
 * @example await removeSummarySheet(workbook) // { removed: "集計" }
 * @example await removeSummarySheet(workbook) // a workbook without the add-in's summary: { removed: null }
 */
export async function removeSummarySheet(
  workbook: SummarySheetPort,
): Promise<{ readonly removed: string | null }> {
  return workbook.removeSummarySheet();
}
