/**
 * 実績値列を外す: the add-in's 実績値 column off the active sheet, header included, where it still holds
 * what the add-in wrote; cells someone changed since are theirs and stay (the answer says how many).
 */
import type { ActualColumnRemoval, WorkbookPort } from "./ports";

/**
 * Removes the add-in's 実績値 column from the active sheet.
 * @example await removeActualColumn(workbook) // { header: "J8", removed: 3, kept: ["J14"] }
 */
export async function removeActualColumn(workbook: WorkbookPort): Promise<ActualColumnRemoval> {
  return workbook.removeActualColumn();
}
