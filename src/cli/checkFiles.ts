import type { IsoDate } from "../core/calendar";
import type { SheetSummary } from "../core/summarizeEvaluation";
import type { ColumnMapping } from "../core/sheetTable";
import type { Locale } from "../core/messages/formatIssue";
import { ok } from "../core/result";
import type { CheckedFile, FileReport } from "../workbookFile/checkWorkbook";
import { checkSheets } from "../workbookFile/checkWorkbook";
import { openWorkbook } from "./openWorkbook";

export type {
  CheckedFile,
  CheckedSheet,
  FileReport,
  FindingReport,
  ReportedIssue,
  RowReport,
  SheetReport,
  TargetReport,
  CandidateReport,
} from "../workbookFile/checkWorkbook";

/** The report's stable shape (`--format json`); documented in README.md. */
export interface Report {
  readonly asOf: IsoDate;
  /** The files as checked, their sheets without the 集計 figures (those are `summaryBySheet`'s). */
  readonly files: readonly FileReport[];
  readonly summary: {
    readonly files: number;
    readonly errors: number;
    readonly warnings: number;
    readonly overdue: number;
  };
  /** Only with `--summary`: the figures of the 集計 sheet, one entry per checked sheet. */
  readonly summaryBySheet?: readonly SheetSummaryReport[];
}

/** A checked sheet's items by status and grade (core/summarizeEvaluation), named by file and sheet. */
export interface SheetSummaryReport extends SheetSummary {
  readonly path: string;
  readonly sheet: string;
}

export interface CheckFilesOptions {
  readonly asOf: IsoDate;
  readonly fiscalYear?: number;
  readonly mapping?: ColumnMapping;
  readonly sheet?: string;
  readonly locale: Locale;
}

/**
 * Checks one workbook file: every sheet (or the one named), as the task pane checks the active sheet and
 * its collected files (workbookFile/checkWorkbook), with `--fiscal-year` and `--map` as every sheet's
 * settings.
 */
export async function checkFile(file: string, options: CheckFilesOptions): Promise<CheckedFile> {
  const opened = await openWorkbook(file);
  const read = opened.ok ? ok(await opened.value.readAllSheets()) : opened;
  return checkSheets(file, read, { ...options, remedy: "sheet_and_map" });
}

/** Adds up a report's files: errors and warnings found, and overdue rows. */
export function summarize(asOf: IsoDate, files: readonly FileReport[]): Report {
  let errors = 0;
  let warnings = 0;
  let overdue = 0;
  for (const file of files) {
    for (const sheet of file.sheets) {
      for (const f of sheet.findings) if (f.severity === "error") errors++;
      for (const f of sheet.findings) if (f.severity === "warning") warnings++;
      for (const r of sheet.rows) if (r.overdue) overdue++;
    }
  }
  return {
    asOf,
    files: files.map(withoutSheetSummaries),
    summary: { files: files.length, errors, warnings, overdue },
  };
}

/** The JSON report's files keep their documented shape: the 集計 figures are `--summary`'s. */
function withoutSheetSummaries(file: FileReport): FileReport {
  return {
    ...file,
    sheets: file.sheets.map((sheet) => {
      const { summary, ...rest } = sheet;
      return summary === undefined ? sheet : rest;
    }),
  };
}

/** 0 when no errors were found, 1 when there were errors, 2 when a file could not be checked. */
export function exitCodeOf(report: Report): 0 | 1 | 2 {
  if (report.files.some((f) => f.error !== undefined)) return 2;
  return report.summary.errors > 0 ? 1 : 0;
}
