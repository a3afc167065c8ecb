/**
 * 表示を消去: take the add-in's marks off the active sheet. What the add-in added is all that goes:
 * values, the cells' own formats, other conditional formats and the user's notes stay as they were.
 */
import type { ClearOutcome, WorkbookPort } from "./ports";

/**
 * Removes every flag the add-in put on the active sheet, and only those.
 * @example await clearFlags(workbook) // { conditionalFormatsRemoved: 2, notesRemoved: 4, notesKeptAsEdited: [] }
 */
export async function clearFlags(workbook: WorkbookPort): Promise<ClearOutcome> {
  return workbook.clearFlags();
}
