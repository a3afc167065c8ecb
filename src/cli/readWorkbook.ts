/**
 * The command-line checker's way into a workbook: an .xlsx file read into the core's SheetGrid, streamed
 * from its zip without trusting it (readSheetStream.ts, xlsxZip.ts). The cells come out as Office.js
 * `range.values` would give them in the add-in, so the CLI and the task pane check the same values: rich
 * text as plain text, formulas as their cached results, dates as serial numbers, errors as their text, and
 * merged areas with the value in the top-left cell only. Past the limits (README.md) a workbook is
 * refused with what to do, before it can exhaust memory.
 */
import { open, stat } from "node:fs/promises";
import type { Result } from "../core/result";
import { fail, ok } from "../core/result";
import type { CliIssue, FileTooLarge, UnreadableReason } from "./cliIssues";
import type { SheetGrid } from "../core/sheetTable";
import type { SheetLimits } from "./readSheetStream";
import { DEFAULT_SHEET_LIMITS, SheetLimitError, WorkbookPartError, readSheets } from "./readSheetStream";
import type { ZipLimits, ZipRefusal } from "./xlsxZip";

export type { TooLargeLimit, UnreadableReason } from "./cliIssues";
import { DEFAULT_ZIP_LIMITS, ZipDamagedError, ZipRefusedError, openXlsxZip } from "./xlsxZip";

export interface WorkbookRead {
  readonly path: string;
  /** Every worksheet, in the workbook's tab order. */
  readonly sheets: readonly SheetGrid[];
}

export interface ReadLimits {
  readonly zip: ZipLimits;
  readonly sheets: SheetLimits;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { zip: DEFAULT_ZIP_LIMITS, sheets: DEFAULT_SHEET_LIMITS };

const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

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
    if (await startsWith(path, OLE2_MAGIC)) return unreadable(path, "encrypted_or_xls");
    const zip = await openXlsxZip(path, limits.zip);
    try {
      return ok({ path, sheets: await readSheets(zip, limits.sheets) });
    } finally {
      await zip.close();
    }
  } catch (error) {
    const issue = issueOf(path, error);
    // Anything else (EIO, EMFILE, a bug) is broken infrastructure, not a bad input file.
    if (issue === null) throw error;
    return fail(issue);
  }
}

function issueOf(path: string, error: unknown): CliIssue | null {
  if (error instanceof ZipRefusedError) return tooLarge(path, error.refusal);
  if (error instanceof SheetLimitError) {
    // Text held in the shared strings belongs to no one sheet or row.
    const where = error.row > 0 ? { sheet: error.sheet, row: error.row } : {};
    return { code: "file_too_large", path, limit: error.limit, ...where, max: error.max };
  }
  if (error instanceof ZipDamagedError) {
    return error.damage === "not_zip"
      ? { code: "file_unreadable", path, reason: "not_xlsx" }
      : { code: "file_unreadable", path, reason: "corrupt", detail: error.detail };
  }
  if (error instanceof WorkbookPartError) {
    return error.kind === "no_workbook"
      ? { code: "file_unreadable", path, reason: "not_xlsx" }
      : { code: "file_unreadable", path, reason: "corrupt", detail: error.detail };
  }
  const reason = reasonOfFileError(error);
  return reason === null ? null : { code: "file_unreadable", path, reason };
}

function tooLarge(path: string, refusal: ZipRefusal): FileTooLarge {
  switch (refusal.kind) {
    case "too_many_entries":
      return { code: "file_too_large", path, limit: "entries", max: refusal.limit };
    case "total_too_large":
      return { code: "file_too_large", path, limit: "unpacked_size", max: refusal.limit };
    case "part_too_large":
      return { code: "file_too_large", path, limit: "unpacked_size", part: refusal.part, max: refusal.limit };
    case "ratio_too_high":
      return {
        code: "file_too_large",
        path,
        limit: "compression_ratio",
        part: refusal.part,
        max: refusal.limit,
      };
    case "size_mismatch":
      // It inflates past what it declares: the mark of a zip bomb, refused before it costs memory.
      return {
        code: "file_too_large",
        path,
        limit: "declared_size",
        part: refusal.part,
        max: refusal.declared,
      };
  }
}

async function startsWith(path: string, magic: Buffer): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(magic.length);
    const { bytesRead } = await handle.read(head, 0, magic.length, 0);
    return bytesRead === magic.length && head.equals(magic);
  } finally {
    await handle.close();
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
