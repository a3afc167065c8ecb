/**
 * A workbook file read into the core's SheetGrid, streamed from its zip without trusting it
 * (readSheetStream.ts, xlsxZip.ts). The cells come out as Office.js `range.values` would give them in the
 * add-in, so a file checked outside Excel is checked on the same values: rich text as plain text, formulas
 * as their cached results, dates as serial numbers, errors as their text, and merged areas with the value
 * in the top-left cell only. Past the limits (README.md) a workbook is refused with what to do, before it
 * can exhaust memory. The same for the checker's files and the task pane's collected ones.
 */
import type { Result } from "../core/result";
import { fail, ok } from "../core/result";
import type { SheetGrid } from "../core/sheetTable";
import type { ByteSource } from "./byteSource";
import type { FileIssue, FileTooLarge } from "./fileIssues";
import type { InflateRaw } from "./inflateRaw";
import { inflateRawWithStreams } from "./inflateRaw";
import type { SheetLimits } from "./readSheetStream";
import { DEFAULT_SHEET_LIMITS, SheetLimitError, WorkbookPartError, readSheets } from "./readSheetStream";
import type { ZipLimits, ZipRefusal } from "./xlsxZip";
import { DEFAULT_ZIP_LIMITS, ZipDamagedError, ZipRefusedError, openZipSource } from "./xlsxZip";

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

export interface ReadWorkbookOptions {
  readonly limits?: ReadLimits;
  /** The inflater: the platform's DecompressionStream unless given. */
  readonly inflate?: InflateRaw;
  /** Stops the reading between parts; the read then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/** An OLE2 compound file: the old .xls format, and also an .xlsx saved with a password. */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Reads a workbook file's bytes into grids of cell values; `path` names the file in the issues. Fails (as
 * data, not thrown) when the bytes are not a readable .xlsx: not a zip, an old .xls or a password-protected
 * file, a damaged zip or part; and with `file_too_large` past the limits (a zip bomb, a sheet with values
 * down a million rows). Throws only what the byte source throws (a file that cannot be read any more) and
 * the signal's reason.
 * @example await readWorkbookSource(blobSource(file), "総務部.xlsx")
 * // ok({ path: "総務部.xlsx", sheets: [{ name: "1 防災力", firstRow: 1, firstColumn: 0, values: [["令和7年度 重点目標管理シート", null, …], …] }, …] })
 * @example await readWorkbookSource(blobSource(new Blob(["重点目標"])), "メモ.xlsx")
 * // fail({ code: "file_unreadable", path: "メモ.xlsx", reason: "not_xlsx" })
 */
export async function readWorkbookSource(
  source: ByteSource,
  path: string,
  options: ReadWorkbookOptions = {},
): Promise<Result<WorkbookRead, FileIssue>> {
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  try {
    options.signal?.throwIfAborted();
    const head = await source.read(0, OLE2_MAGIC.length);
    if (OLE2_MAGIC.every((byte, i) => head[i] === byte)) {
      return fail({ code: "file_unreadable", path, reason: "encrypted_or_xls" });
    }
    const zip = await openZipSource(source, limits.zip, options.inflate ?? inflateRawWithStreams);
    return ok({ path, sheets: await readSheets(zip, limits.sheets, options.signal) });
  } catch (error) {
    const issue = issueOf(path, error);
    if (issue === null) throw error;
    return fail(issue);
  }
}

/** The issue a reading error stands for; null for an error that is not the file's content. */
function issueOf(path: string, error: unknown): FileIssue | null {
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
  return null;
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
