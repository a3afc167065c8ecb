import type { IssueMessages } from "../../core/messages/types";
import type { FileIssue } from "../fileIssues";

const q = (v: string | undefined): string => (v === undefined || v === "" ? "" : ` "${v}"`);
const count = (v: number | undefined): string => (v === undefined ? "" : v.toLocaleString("en"));
const bytes = (v: number): string =>
  v >= 1024 * 1024 ? `${count(Math.round(v / (1024 * 1024)))} MiB` : `${count(v)} bytes`;

/** The issues about a workbook file in English. */
export const fileEn: IssueMessages<FileIssue> = {
  file_unreadable: (i) => {
    const file = `File${q(i.path)}`;
    switch (i.reason) {
      case "missing":
        return `${file} does not exist. Check the file name and its folder.`;
      case "not_a_file":
        return `${file} is a folder. Give the .xlsx file to check.`;
      case "no_access":
        return `${file} cannot be opened: no permission. Check its permissions, or copy it to a folder you can read.`;
      case "not_xlsx":
        return `${file} is not an Excel workbook (.xlsx). Open it in Excel and save it as .xlsx, then check that.`;
      case "encrypted_or_xls":
        return `${file} is an old-format workbook (.xls) or protected by a password. Open it in Excel, remove the password and save it as .xlsx, then check that.`;
      case "corrupt":
        return `${file} is damaged and cannot be read${i.detail ? ` (${i.detail})` : ""}. Check whether Excel opens it; if it does, save it again with Save As, then check that.`;
      case undefined:
        return `${file} cannot be read. Check that it is an Excel workbook (.xlsx).`;
    }
  },
  file_too_large: (i) => {
    const keep = "Open it in Excel and save only the sheets to check in a new workbook, then check that.";
    const part = i.part ? `'s part${q(i.part)}` : "";
    switch (i.limit) {
      case "rows":
        return `Workbook${q(i.path)} is not checked: the used ranges of its sheets pass the limit of ${count(i.max)} rows (sheet${q(i.sheet)}, row ${count(i.row)}). Delete stray values or formulas far below the table, or: ${keep}`;
      case "cells":
        return `Workbook${q(i.path)} is not checked: the used ranges (rows × columns) of its sheets pass the limit of ${count(i.max)} cells (sheet${q(i.sheet)}, row ${count(i.row)}). Delete stray values far from the table, or: ${keep}`;
      case "text":
        return `Workbook${q(i.path)} is not checked: the text of its cells passes the limit of ${count(i.max)} characters${i.sheet ? ` (sheet${q(i.sheet)}, row ${count(i.row)})` : ""}. ${keep}`;
      case "entries":
        return `Workbook${q(i.path)} is not read: its zip holds more than ${count(i.max)} entries (damaged, or a zip bomb). ${keep}`;
      case "compression_ratio":
        return `Workbook${q(i.path)}${part} is not read: it is compressed more than ${count(i.max)} to 1 (a zip bomb). ${keep}`;
      case "declared_size":
        return `Workbook${q(i.path)}${part} is not read: it inflates past the ${bytes(i.max)} it declares (damaged, or a zip bomb). ${keep}`;
      default:
        return `Workbook${q(i.path)}${part} is not read: it inflates past the limit of ${bytes(i.max)} (a zip bomb). ${keep}`;
    }
  },
  sheet_not_found: (i) => `Workbook${q(i.path)} has no sheet${q(i.sheet)}. Check the sheet's name.`,
  workbook_without_table: (i) =>
    `No sheet of workbook${q(i.path)} has recognisable table headers. ` +
    (i.remedy === "sheet_and_map"
      ? "Name the columns with --sheet and --map."
      : "Check that a sheet has the template's header row (取組項目, 期間・期限, 数値目標; or KPI, 基準値, 目標値)."),
};
