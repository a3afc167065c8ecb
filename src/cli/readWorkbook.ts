/**
 * The command-line checker's way into a workbook file on disk: workbookFile/readWorkbookSource.ts, the
 * reader the task pane's collected files go through too, over the file's handle; and the file system's own
 * failures (no such file, a folder, no permission) as issues.
 */
import { stat } from "node:fs/promises";
import type { Result } from "../core/result";
import { fail } from "../core/result";
import type { CliIssue, UnreadableReason } from "./cliIssues";
import type { ReadLimits, WorkbookRead } from "../workbookFile/readWorkbookSource";
import { DEFAULT_READ_LIMITS, readWorkbookSource } from "../workbookFile/readWorkbookSource";
import { openFileSource } from "./fileSource";

export type { TooLargeLimit, UnreadableReason } from "./cliIssues";
export type { ReadLimits, WorkbookRead } from "../workbookFile/readWorkbookSource";
export { DEFAULT_READ_LIMITS } from "../workbookFile/readWorkbookSource";

/**
 * Reads an .xlsx file into grids of cell values. Fails (as data, not thrown) when the file is not a
 * readable .xlsx: missing, a folder, not a zip, an old .xls or a password-protected file, a damaged zip or
 * part; and with `file_too_large` past the limits (a zip bomb, a sheet with values down a million rows).
 * @example await readWorkbook("examples/重点目標管理シート_令和7年度_総務部等.xlsx")
 * // ok({ path: "examples/…", sheets: [{ name: "1 防災力", firstRow: 1, firstColumn: 0, values: [["令和7年度 重点目標管理シート", null, …], …] }, …] })
 * @example await readWorkbook("メモ.txt")
 * // fail({ code: "file_unreadable", path: "メモ.txt", reason: "not_xlsx" })
 */
export async function readWorkbook(
  path: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<Result<WorkbookRead, CliIssue>> {
  try {
    if ((await stat(path)).isDirectory()) return unreadable(path, "not_a_file");
    const file = await openFileSource(path);
    try {
      return await readWorkbookSource(file, path, { limits });
    } finally {
      await file.close();
    }
  } catch (error) {
    const reason = reasonOfFileError(error);
    // Anything else (EIO, EMFILE, a bug) is broken infrastructure, not a bad input file.
    if (reason === null) throw error;
    return unreadable(path, reason);
  }
}

function reasonOfFileError(error: unknown): UnreadableReason | null {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return "missing";
    case "EISDIR":
      return "not_a_file";
    case "EACCES":
    case "EPERM":
      return "no_access";
    default:
      return null;
  }
}

function unreadable(path: string, reason: UnreadableReason): Result<WorkbookRead, CliIssue> {
  return fail({ code: "file_unreadable", path, reason });
}
