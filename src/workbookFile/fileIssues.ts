/**
 * The issues of a workbook file as a whole, the same for the command-line checker and the task pane's
 * collected files: a file that cannot be read or will not be read, a sheet asked for and not found, a
 * workbook without a table. Like the core's they are data, `{ code, ...params }`, one interface per code;
 * their messages are in workbookFile/messages/.
 */
import type { Issue } from "../core/issues";

/** Why a file could not be read; the `reason` of a `file_unreadable` issue. */
export type UnreadableReason =
  | "missing" // no such file
  | "not_a_file" // a folder
  | "no_access" // permissions
  | "not_xlsx" // not a zip, or a zip without a workbook (a renamed .txt, .csv, .docx, .xlsb)
  | "encrypted_or_xls" // an OLE2 compound file: the old .xls format, or an .xlsx saved with a password
  | "corrupt"; // a damaged zip, or a part that is not well-formed XML (the issue's `detail` says which)

/** Which limit a `file_too_large` issue names. */
export type TooLargeLimit =
  "entries" | "unpacked_size" | "compression_ratio" | "declared_size" | "rows" | "cells" | "text";

export interface FileUnreadable {
  readonly code: "file_unreadable";
  readonly path: string;
  readonly reason?: UnreadableReason;
  /** For a corrupt file: the part and what is wrong with it. */
  readonly detail?: string;
}
export interface FileTooLarge {
  readonly code: "file_too_large";
  readonly path: string;
  readonly limit: TooLargeLimit;
  /** The limit passed: rows, cells, characters, entries, a ratio, or bytes. */
  readonly max: number;
  /** Where the sheet limits were passed; absent for text held in no one sheet (the shared strings). */
  readonly sheet?: string;
  readonly row?: number;
  /** The zip part at fault. */
  readonly part?: string;
}
export interface SheetNotFound {
  readonly code: "sheet_not_found";
  readonly path: string;
  readonly sheet: string;
}
export interface WorkbookWithoutTable {
  readonly code: "workbook_without_table";
  readonly path: string;
  /**
   * What the reader can do about it: name the columns with the checker's --sheet and --map, or (where
   * nothing can be named, as for a collected file) give the sheet the table's headers.
   */
  readonly remedy?: "sheet_and_map";
}

/** An issue about a workbook file. A new code is one interface above and one line here. */
export type FileIssue = FileUnreadable | FileTooLarge | SheetNotFound | WorkbookWithoutTable;

/** What a check reports: the core's issues about a sheet's content, and those about the file. */
export type CheckerIssue = Issue | FileIssue;
