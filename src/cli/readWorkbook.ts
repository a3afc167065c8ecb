/**
 * The command-line checker's way into a workbook: an .xlsx file read with ExcelJS into the core's
 * SheetGrid. The cells come out as Office.js `range.values` would give them in the add-in, so the CLI
 * and the task pane check the same values: rich text as plain text, formulas as their cached results,
 * dates as serial numbers, errors as their text, and merged areas with the value in the top-left cell only.
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { toExcelSerial, toIsoDate } from "../core/calendar";
import type { Result } from "../core/result";
import { fail, ok } from "../core/result";
import type { CellValue, SheetGrid } from "../core/sheetTable";

export interface WorkbookRead {
  readonly path: string;
  /** Every worksheet, in the workbook's tab order. */
  readonly sheets: readonly SheetGrid[];
}

/** Why a file could not be read; the `reason` of a `file_unreadable` issue. */
export type UnreadableReason =
  | "missing" // no such file
  | "not_a_file" // a folder
  | "no_access" // permissions
  | "not_xlsx" // not a zip, or a zip without a workbook (a renamed .txt, .csv, .docx, .xlsb)
  | "encrypted_or_xls" // an OLE2 compound file: the old .xls format, or an .xlsx saved with a password
  | "corrupt"; // a zip that ExcelJS cannot read (truncated, damaged)

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 date system (as in calendar.ts); only for dates outside what Excel shows. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/**
 * ExcelJS reads the workbook from this part name only, and a zip without it loads as a workbook with no
 * sheets. Zip entry names are stored uncompressed, so a byte search finds it without unpacking.
 */
const WORKBOOK_PART = Buffer.from("xl/workbook.xml", "ascii");

/**
 * Reads an .xlsx file into grids of cell values. Fails (as data, not thrown) when the file is not a
 * readable .xlsx: missing, a folder, not a zip, an old .xls or a password-protected file, or a damaged zip.
 * @example await readWorkbook("examples/重点目標管理シート_令和7年度_総務部等.xlsx")
 * // ok({ path: "examples/…", sheets: [{ name: "1 防災力", firstRow: 1, firstColumn: 0, values: [["令和7年度 重点目標管理シート", null, …], …] }, …] })
 * @example await readWorkbook("メモ.txt")
 * // fail({ code: "file_unreadable", path: "メモ.txt", reason: "not_xlsx" })
 */
export async function readWorkbook(path: string): Promise<Result<WorkbookRead>> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    const reason = reasonOfFileError(error);
    // Anything else (EIO, EMFILE …) is broken infrastructure, not a bad input file.
    if (reason === null) throw error;
    return unreadable(path, reason);
  }
  if (startsWith(buffer, OLE2_MAGIC)) return unreadable(path, "encrypted_or_xls");
  if (!startsWith(buffer, ZIP_MAGIC) || !buffer.includes(WORKBOOK_PART)) return unreadable(path, "not_xlsx");

  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's types ask for an ArrayBuffer; it hands the bytes to JSZip, which takes a Node Buffer as is.
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return unreadable(path, "corrupt");
  }
  return ok({ path, sheets: workbook.worksheets.map(gridFromWorksheet) });
}

/**
 * A worksheet's used range (cells with a value) as a grid, with the values Office.js would give:
 * the other cells of a merged area are null, formulas give their cached result, dates their serial.
 * An empty worksheet gives `{ firstRow: 1, firstColumn: 0, values: [] }`.
 * @example
 * // B2 = "①", C2:D2 merged holding "通年", C3 = 2026-03-31 as a date
 * gridFromWorksheet(worksheet)
 * // { name: "1 防災力", firstRow: 2, firstColumn: 1, values: [["①", "通年", null], [null, 46112, null]] }
 */
export function gridFromWorksheet(worksheet: ExcelJS.Worksheet): SheetGrid {
  const rows: number[] = [];
  const columns: number[] = [];
  const values: CellValue[] = [];
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // ExcelJS gives every cell of a merged area the master's value; Office.js gives it only at the top left.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = toCellValue(cell.value);
      if (value === null) return;
      rows.push(rowNumber);
      columns.push(columnNumber);
      values.push(value);
      if (rowNumber < top) top = rowNumber;
      if (rowNumber > bottom) bottom = rowNumber;
      if (columnNumber < left) left = columnNumber;
      if (columnNumber > right) right = columnNumber;
    });
  });
  if (values.length === 0) return { name: worksheet.name, firstRow: 1, firstColumn: 0, values: [] };

  const width = right - left + 1;
  const grid: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) grid.push(new Array<CellValue>(width).fill(null));
  for (let i = 0; i < values.length; i++) {
    const gridRow = grid[(rows[i] ?? top) - top];
    if (gridRow !== undefined) gridRow[(columns[i] ?? left) - left] = values[i] ?? null;
  }
  // ExcelJS columns are 1-based; the core's are 0-based (A = 0).
  return { name: worksheet.name, firstRow: top, firstColumn: left - 1, values: grid };
}

/** A cell's value as Office.js gives it; null for empty (and for an empty string, which reads the same). */
function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return toSerial(value);
  if ("error" in value) return value.error;
  if ("richText" in value) return emptyAsNull(joinRichText(value.richText));
  if ("hyperlink" in value) return emptyAsNull(textOf(value.text));
  if ("formula" in value || "sharedFormula" in value) {
    // Office.js gives the cached result; a formula never calculated (no result saved) reads as empty.
    const result = (value as { readonly result?: ExcelJS.CellValue }).result;
    return result === undefined ? null : toCellValue(result);
  }
  return null;
}

/** A hyperlink's display text is a string, or rich text when parts of it are formatted. */
function textOf(text: unknown): string {
  if (typeof text === "string") return text;
  if (typeof text === "object" && text !== null && "richText" in text) {
    return joinRichText((text as ExcelJS.CellRichTextValue).richText);
  }
  return "";
}

function joinRichText(runs: readonly ExcelJS.RichText[]): string {
  let text = "";
  for (const run of runs) text += run.text;
  return text;
}

function emptyAsNull(text: string): CellValue {
  return text === "" ? null : text;
}

/**
 * ExcelJS turns a date cell's serial into a Date at that UTC instant, so the day is read from the UTC
 * fields (local time would shift it in Tokyo) and the time of day becomes the serial's fraction.
 */
function toSerial(date: Date): CellValue {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return null;
  const year = date.getUTCFullYear();
  // Excel has no days before 1900 or after 9999 (it shows #####), and Date.UTC reads years below 100
  // as 19xx: give the plain arithmetic there, the number Office.js would give.
  if (year < 1900 || year > 9999) return (ms - EXCEL_EPOCH_UTC) / MS_PER_DAY;
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  const timeOfDay = ms - Date.UTC(year, month - 1, day);
  const serial = toExcelSerial(toIsoDate({ year, month, day }));
  return timeOfDay === 0 ? serial : serial + timeOfDay / MS_PER_DAY;
}

function startsWith(buffer: Buffer, magic: Buffer): boolean {
  return buffer.length >= magic.length && buffer.subarray(0, magic.length).equals(magic);
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

function unreadable(path: string, reason: UnreadableReason): Result<WorkbookRead> {
  return fail({ code: "file_unreadable", path, reason });
}
