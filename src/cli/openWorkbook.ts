/**
 * A workbook file behind the port the task pane reads a workbook through (app/summaryPort's
 * WorkbookSheetsPort), so the checker gets its sheets the way the pane does and checks each with the same
 * use case (app/runSubmissionCheck's checkSheet). The file is read when it is opened, with the streaming
 * reader's limits: a file that cannot be read is a failure the report names, not an exception.
 */
import type { WorkbookSheetsPort } from "../app/summaryPort";
import type { Result } from "../core/result";
import { ok } from "../core/result";
import type { CliIssue } from "./cliIssues";
import type { ReadLimits } from "./readWorkbook";
import { DEFAULT_READ_LIMITS, readWorkbook } from "./readWorkbook";

/** An .xlsx file, read: its sheets through the workbook port. */
export interface WorkbookFile extends WorkbookSheetsPort {
  readonly path: string;
}

/**
 * Opens an .xlsx file for checking; fails as readWorkbook does (file_unreadable, file_too_large).
 * @example const book = await openWorkbook("examples/重点目標管理シート_令和7年度_総務部等.xlsx")
 * // ok({ path: "examples/…", readAllSheets }); await book.value.readAllSheets() // [{ name: "1 防災力", … }, …]
 * @example await openWorkbook("メモ.txt") // fail({ code: "file_unreadable", path: "メモ.txt", reason: "not_xlsx" })
 */
export async function openWorkbook(
  path: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<Result<WorkbookFile, CliIssue>> {
  const read = await readWorkbook(path, limits);
  if (!read.ok) return read;
  const { sheets } = read.value;
  return ok({ path, readAllSheets: () => Promise.resolve(sheets) });
}
