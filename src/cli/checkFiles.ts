import type { SubmissionReport } from "../app/runSubmissionCheck";
import { checkSheet } from "../app/runSubmissionCheck";
import type { SheetSettings, WorkbookSettings } from "../app/settings";
import { DEFAULT_SETTINGS } from "../app/settings";
import type { IsoDate } from "../core/calendar";
import type { SheetSummary } from "../core/summarizeEvaluation";
import type { Severity } from "../core/evaluateSheet";
import type { IssueCode } from "../core/issueCodes";
import type { Locale } from "../core/messages/formatIssue";
import { formatIssue } from "../core/messages/formatIssue";
import type { CheckerIssue } from "./cliIssues";
import { formatCheckerIssue } from "./formatCheckerIssue";
import type { FiscalYearSource } from "../core/settleFiscalYear";
import type { CellValue, ColumnMapping, SheetGrid } from "../core/sheetTable";
import { formatItemMarker } from "../core/text";
import { openWorkbook } from "./openWorkbook";

/** The report's stable shape (`--format json`); documented in README.md. */
export interface Report {
  readonly asOf: IsoDate;
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

export interface FileReport {
  readonly path: string;
  /** Why the file could not be checked; then it has no sheets. */
  readonly error?: ReportedIssue;
  readonly sheets: readonly SheetReport[];
}

export interface SheetReport {
  readonly name: string;
  /** Null when the sheet was skipped (no table on it). */
  readonly fiscalYear: number | null;
  /** Where the fiscal year came from: --fiscal-year, the sheet's title, or the as-of date's year. */
  readonly fiscalYearSource?: FiscalYearSource;
  readonly layout?: "goal_sheet" | "kpi_list";
  /** Why the sheet was not checked (no recognisable table, empty). */
  readonly skipped?: ReportedIssue;
  /** How many rows of the table were evaluated (0 for a skipped sheet). */
  readonly rowsEvaluated: number;
  /** Rows below the header that look like the table's but were not read (a rows_not_read error names them). */
  readonly rowsNotRead: number;
  readonly rows: readonly RowReport[];
  readonly findings: readonly FindingReport[];
}

export interface RowReport {
  readonly row: number;
  /** What a reader calls the row: the item's mark (①) on a goal sheet, the KPI's name on a KPI list. */
  readonly label: string | null;
  readonly achievementRate: number | null;
  readonly progressRate: number | null;
  readonly grade: string | null;
  readonly status: string | null;
  readonly due: IsoDate | null;
  readonly overdue: boolean;
  /** On an overdue row, the latest due date that passed with the work not reported done (a sub-item's). */
  readonly missedDue: IsoDate | null;
  /**
   * On a goal sheet, the numbers of the 期末報告 (else the 中間報告) that may be the actual, preferred
   * first, for a person to confirm; [] when there are none. A KPI list's rows have no such key.
   */
  readonly candidates?: readonly CandidateReport[];
}

/** A number of a goal sheet's report offered as the actual of a sub-item of its 数値目標. */
export interface CandidateReport {
  /** The 数値目標's sub-item ((1) → 1); null when it has none, or the number could answer several. */
  readonly subItem: number | null;
  /** A percentage as a fraction (84.3% → 0.843). */
  readonly amount: number;
  readonly unit: string;
  /** The sentence of the report the number came from. */
  readonly text: string;
  /** What the number would give against the sub-item's target; null when the target names no number. */
  readonly achievementRate: number | null;
}

export interface FindingReport {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly cell: string;
  readonly message: string;
}

export interface ReportedIssue {
  readonly code: CheckerIssue["code"];
  readonly message: string;
}

export interface CheckFilesOptions {
  readonly asOf: IsoDate;
  readonly fiscalYear?: number;
  readonly mapping?: ColumnMapping;
  readonly sheet?: string;
  readonly locale: Locale;
}

/** A checked sheet with what the check found, for the report and for annotated copies. */
export interface CheckedSheet {
  readonly grid: SheetGrid;
  readonly report: SubmissionReport;
}

export interface CheckedFile {
  readonly path: string;
  readonly report: FileReport;
  readonly sheets: readonly CheckedSheet[];
}

/**
 * Checks one workbook: every sheet (or the one named), each as the task pane checks the active sheet
 * (checkSheet), with `--fiscal-year` and `--map` as every sheet's settings.
 */
export async function checkFile(file: string, options: CheckFilesOptions): Promise<CheckedFile> {
  const message = (issue: CheckerIssue): ReportedIssue => ({
    code: issue.code,
    message: formatCheckerIssue(issue, options.locale),
  });
  const opened = await openWorkbook(file);
  if (!opened.ok) {
    const issue = opened.issues[0] ?? { code: "file_unreadable", path: file };
    return { path: file, report: { path: file, error: message(issue), sheets: [] }, sheets: [] };
  }
  let grids = await opened.value.readAllSheets();
  if (options.sheet !== undefined) {
    grids = grids.filter((g) => g.name === options.sheet);
    if (grids.length === 0) {
      const error = message({ code: "sheet_not_found", sheet: options.sheet, path: file });
      return { path: file, report: { path: file, error, sheets: [] }, sheets: [] };
    }
  }
  const sheets: SheetReport[] = [];
  const checked: CheckedSheet[] = [];
  const settings = settingsOf(options, grids);
  for (const grid of grids) {
    const result = checkSheet(grid, { asOf: options.asOf, settings });
    if (!result.ok) {
      const issue = result.issues[0] ?? { code: "table_not_found", sheet: grid.name };
      sheets.push({
        name: grid.name,
        fiscalYear: null,
        skipped: message(issue),
        rowsEvaluated: 0,
        rowsNotRead: 0,
        rows: [],
        findings: [],
      });
      continue;
    }
    checked.push({ grid, report: result.value });
    const { evaluation, detection } = result.value;
    const { table, fiscalYear } = detection;
    // The due dates the core reported as missed, per row: an overdue row shows the one that passed, not
    // a later sub-item's date still to come. A late sub-item is reported once, as not done or as missing
    // from the 中間報告; either finding carries its due date.
    const overdueByRow = new Map(evaluation.rows.map((r) => [r.row, r.overdueSubItems]));
    const missedDues = new Map<number, IsoDate>();
    for (const finding of evaluation.findings) {
      const issue = finding.issue;
      const late =
        issue.code === "overdue_not_done" ||
        (issue.code === "sub_item_missing_from_report" &&
          typeof issue.subItem === "number" &&
          (overdueByRow.get(finding.row) ?? []).includes(issue.subItem));
      if (!late || typeof issue.due !== "string") continue;
      const known = missedDues.get(finding.row);
      if (known === undefined || issue.due > known) missedDues.set(finding.row, issue.due);
    }
    sheets.push({
      name: grid.name,
      fiscalYear: fiscalYear.value,
      fiscalYearSource: fiscalYear.source,
      layout: table.layout,
      rowsEvaluated: evaluation.rows.length,
      rowsNotRead: evaluation.unreadRows.length,
      rows: evaluation.rows.map((r) => ({
        row: r.row,
        label: rowLabel(r.item, table.rows.find((t) => t.row === r.row)?.cells.kpi),
        achievementRate: r.achievementRate,
        progressRate: r.progressRate,
        grade: r.grade,
        status: r.status,
        due: r.due,
        overdue: r.overdue,
        missedDue: r.overdue ? (missedDues.get(r.row) ?? null) : null,
        ...(table.layout === "goal_sheet"
          ? {
              candidates: r.valueCandidates.map((c) => ({
                subItem: c.subItem,
                amount: c.amount,
                unit: c.unit,
                text: c.text,
                achievementRate: c.achievementRate,
              })),
            }
          : {}),
      })),
      findings: evaluation.findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        cell: f.cell,
        message: formatIssue(f.issue, options.locale),
      })),
    });
  }
  // A workbook in which no sheet holds a table could not be checked at all: say so at the file.
  const error =
    checked.length === 0 && sheets.length > 0
      ? message({ code: "workbook_without_table", path: file })
      : undefined;
  return { path: file, report: { path: file, ...(error ? { error } : {}), sheets }, sheets: checked };
}

/** The command line's choices as the settings of every sheet: the fiscal year and the columns. */
function settingsOf(options: CheckFilesOptions, grids: readonly SheetGrid[]): WorkbookSettings {
  const sheet: SheetSettings = {
    ...(options.fiscalYear !== undefined ? { fiscalYear: options.fiscalYear } : {}),
    ...(options.mapping ? { mapping: options.mapping } : {}),
  };
  return { ...DEFAULT_SETTINGS, sheets: Object.fromEntries(grids.map((grid) => [grid.name, sheet])) };
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
  return { asOf, files, summary: { files: files.length, errors, warnings, overdue } };
}

/** 0 when no errors were found, 1 when there were errors, 2 when a file could not be checked. */
export function exitCodeOf(report: Report): 0 | 1 | 2 {
  if (report.files.some((f) => f.error !== undefined)) return 2;
  return report.summary.errors > 0 ? 1 : 0;
}

/** ① for item 1 (a number past ⑳ as itself), or the KPI's name as written, on one line. */
function rowLabel(item: number | null, kpi: CellValue | undefined): string | null {
  if (item !== null) return formatItemMarker(item);
  if (typeof kpi !== "string" && typeof kpi !== "number") return null;
  const name = String(kpi).replace(/\s+/g, " ").trim();
  return name === "" ? null : name;
}
