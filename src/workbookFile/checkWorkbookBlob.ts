/**
 * The task pane's way to check a collected workbook file: a File (or any Blob) checked with the reader
 * and the check the command-line checker uses, so both give the same report for the same bytes.
 */
import type { IsoDate } from "../core/calendar";
import type { Locale } from "../core/messages/formatIssue";
import { blobSource } from "./byteSource";
import type { FileReport } from "./checkWorkbook";
import { checkSheets, checkWorkbook } from "./checkWorkbook";
import type { UnreadableReason } from "./fileIssues";

export interface CheckWorkbookBlobOptions {
  /** The day the check is made for: due dates before it are past. */
  readonly asOf: IsoDate;
  /** Every sheet's fiscal year; otherwise each sheet's title, or the as-of date's, says it. */
  readonly fiscalYear?: number;
  readonly locale: Locale;
  /** Stops the check between parts and sheets; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/**
 * Checks one workbook file as the command-line checker checks it; `name` names it in the report (the
 * File's name). Never throws for a bad file: one that is not an .xlsx, damaged, encrypted, an old .xls,
 * too large, or gone since it was chosen is a report whose `error` says why. Rejects only with the
 * signal's reason once it is aborted. Reads the file a part at a time, never whole.
 * @example await checkWorkbookBlob(file, "総務部.xlsx", { asOf: "2025-11-21", locale: "ja" })
 * // { path: "総務部.xlsx", sheets: [{ name: "1 防災力", layout: "goal_sheet", findings: […], summary: { items: 6, overdue: 1, … } }, …] }
 * @example await checkWorkbookBlob(new Blob(["重点目標"]), "メモ.xlsx", { asOf: "2025-11-21", locale: "ja" })
 * // { path: "メモ.xlsx", error: { code: "file_unreadable", message: "ファイル「メモ.xlsx」は Excel ブック（.xlsx）ではありません。…" }, sheets: [] }
 */
export async function checkWorkbookBlob(
  file: Blob,
  name: string,
  options: CheckWorkbookBlobOptions,
): Promise<FileReport> {
  try {
    return (await checkWorkbook(blobSource(file), name, options)).report;
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    const reason = reasonOfReadError(error);
    if (reason === null) throw error;
    return checkSheets(
      name,
      { ok: false, issues: [{ code: "file_unreadable", path: name, reason }] },
      options,
    ).report;
  }
}

/**
 * A File that can no longer be read: moved or deleted since it was chosen (NotFoundError), or changed or
 * locked (NotReadableError). Any other error is a defect, not the file's.
 */
function reasonOfReadError(error: unknown): UnreadableReason | null {
  const name = typeof error === "object" && error !== null ? (error as { name?: unknown }).name : undefined;
  switch (name) {
    case "NotFoundError":
      return "missing";
    case "NotReadableError":
    case "SecurityError":
      return "no_access";
    default:
      return null;
  }
}
