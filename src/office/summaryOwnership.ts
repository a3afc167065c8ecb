/**
 * How the add-in knows which summary sheet is its own: the sheet's id, recorded in the workbook's
 * settings in the session that adds it. A sheet named 集計 with another id is someone else's and is
 * never replaced. The add-in's own sheet, renamed by someone, stays the add-in's (集計シートを削除
 * removes it) until a new summary sheet is made: then the record names the new one.
 */

export const SUMMARY_RECORD_KEY = "kpiSheetChecker.summarySheet";

export interface SummaryRecord {
  readonly version: 1;
  /** The worksheet id of the add-in's summary sheet. */
  readonly sheetId: string;
}

/**
 * Reads the record from the workbook's settings; anything unexpected counts as no record (then no sheet
 * is taken for the add-in's, which errs on the side of keeping the user's sheets).
 * @example readSummaryRecord({ version: 1, sheetId: "{s7}" }) // { version: 1, sheetId: "{s7}" }
 * @example readSummaryRecord("集計") // null
 */
export function readSummaryRecord(raw: unknown): SummaryRecord | null {
  if (typeof raw !== "object" || raw === null) return null;
  const { version, sheetId } = raw as { version?: unknown; sheetId?: unknown };
  if (version !== 1 || typeof sheetId !== "string" || sheetId === "") return null;
  return { version: 1, sheetId };
}
