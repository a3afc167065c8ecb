/**
 * The check of one workbook file, the same wherever the file comes from: the command-line checker's files
 * on disk and the files the task pane collects from departments. Every sheet (or the one named) is checked
 * as the task pane checks the active sheet (app/runSubmissionCheck's checkSheet), and the file gets one
 * report: its rows, findings and 集計 figures per sheet, or why it could not be checked.
 */
import type { SubmissionReport } from "../app/runSubmissionCheck";
import { checkSheet } from "../app/runSubmissionCheck";
import type { SheetSettings, WorkbookSettings } from "../app/settings";
import { DEFAULT_SETTINGS } from "../app/settings";
import type { IsoDate } from "../core/calendar";
import type { Severity } from "../core/evaluateSheet";
import { DEFAULT_GRADE_PRESET, GRADE_PRESETS } from "../core/grade";
import type { IssueCode } from "../core/issueCodes";
import type { Locale } from "../core/messages/formatIssue";
import type { KpiValue } from "../core/parseKpiValue";
import { formatIssue } from "../core/messages/formatIssue";
import type { Result } from "../core/result";
import { ok } from "../core/result";
import type { FiscalYearSource } from "../core/settleFiscalYear";
import type { CellValue, ColumnMapping, SheetGrid } from "../core/sheetTable";
import type { SheetSummary } from "../core/summarizeEvaluation";
import { summarizeEvaluation } from "../core/summarizeEvaluation";
import { formatItemMarker } from "../core/text";
import type { ByteSource } from "./byteSource";
import type { CheckerIssue, FileIssue } from "./fileIssues";
import { formatCheckerIssue } from "./formatCheckerIssue";
import type { InflateRaw } from "./inflateRaw";
import type { ReadLimits } from "./readWorkbookSource";
import { readWorkbookSource } from "./readWorkbookSource";

/** One checked file: the command line's `--format json` entry (README.md), and the pane's line per file. */
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
  /**
   * The sheet's items by status and grade, as the 集計 sheet counts them (core/summarizeEvaluation, on the
   * default grade scale); absent for a skipped sheet. The command line's JSON leaves it out (`--summary`).
   */
  readonly summary?: SheetSummary;
}

export interface RowReport {
  readonly row: number;
  /** What a reader calls the row: the item's mark (①) on a goal sheet, the KPI's name on a KPI list. */
  readonly label: string | null;
  /** The target the row is judged against (the revised one when the list revises it); null when none. */
  readonly target: TargetReport | null;
  /** The target as first set, only on a row whose target was revised (目標値（見直し後）). */
  readonly originalTarget?: TargetReport;
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

/** A target as the report gives it: its number (a percentage as a fraction), its unit and the cell's text. */
export interface TargetReport {
  readonly amount: number | null;
  readonly unit: string;
  readonly text: string;
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

export interface CheckWorkbookOptions {
  readonly asOf: IsoDate;
  /** Every sheet's fiscal year; otherwise each sheet's title, or the as-of date's, says it. */
  readonly fiscalYear?: number;
  readonly mapping?: ColumnMapping;
  /** Check only this sheet; a workbook without it gets `sheet_not_found`. */
  readonly sheet?: string;
  readonly locale: Locale;
  /** How the reader can name the columns of a workbook without a table: the command line's options. */
  readonly remedy?: "sheet_and_map";
  readonly limits?: ReadLimits;
  readonly inflate?: InflateRaw;
  /** Stops the check between parts and sheets; the check then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
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
 * Reads a workbook file's bytes and checks it; `path` names the file in the report. A file that cannot be
 * read is a report with an `error`, not an exception; throws only what the byte source throws and, once
 * `signal` is aborted, its reason.
 * @example (await checkWorkbook(blobSource(file), "総務部.xlsx", { asOf: "2025-11-21", locale: "ja" })).report
 * // { path: "総務部.xlsx", sheets: [{ name: "1 防災力", fiscalYear: 2025, layout: "goal_sheet", rows: […], findings: […], summary: { items: 6, … } }, …] }
 */
export async function checkWorkbook(
  source: ByteSource,
  path: string,
  options: CheckWorkbookOptions,
): Promise<CheckedFile> {
  const read = await readWorkbookSource(source, path, {
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.inflate ? { inflate: options.inflate } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return checkSheets(path, read.ok ? ok(read.value.sheets) : read, options);
}

/**
 * Checks a workbook's sheets as read (or the issue that kept them from being read), each with the
 * options' fiscal year and columns as its settings.
 * @example checkSheets("a.xlsx", fail({ code: "file_unreadable", path: "a.xlsx", reason: "not_xlsx" }), options).report
 * // { path: "a.xlsx", error: { code: "file_unreadable", message: "ファイル「a.xlsx」は Excel ブック（.xlsx）ではありません。…" }, sheets: [] }
 */
export function checkSheets(
  path: string,
  read: Result<readonly SheetGrid[], FileIssue>,
  options: CheckWorkbookOptions,
): CheckedFile {
  const message = (issue: CheckerIssue): ReportedIssue => ({
    code: issue.code,
    message: formatCheckerIssue(issue, options.locale),
  });
  if (!read.ok) {
    const issue = read.issues[0] ?? { code: "file_unreadable", path };
    return { path, report: { path, error: message(issue), sheets: [] }, sheets: [] };
  }
  let grids = read.value;
  if (options.sheet !== undefined) {
    grids = grids.filter((g) => g.name === options.sheet);
    if (grids.length === 0) {
      const error = message({ code: "sheet_not_found", sheet: options.sheet, path });
      return { path, report: { path, error, sheets: [] }, sheets: [] };
    }
  }
  const sheets: SheetReport[] = [];
  const checked: CheckedSheet[] = [];
  const settings = settingsOf(options, grids);
  const scale = GRADE_PRESETS[DEFAULT_GRADE_PRESET];
  for (const grid of grids) {
    options.signal?.throwIfAborted();
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
        target: targetReport(r.target),
        ...originalTargetOf(r.originalTarget),
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
      summary: summarizeEvaluation(table, evaluation, scale),
    });
  }
  // A workbook in which no sheet holds a table could not be checked at all: say so at the file.
  const error =
    checked.length === 0 && sheets.length > 0
      ? message({
          code: "workbook_without_table",
          path,
          ...(options.remedy ? { remedy: options.remedy } : {}),
        })
      : undefined;
  return { path, report: { path, ...(error ? { error } : {}), sheets }, sheets: checked };
}

/** The options' choices as the settings of every sheet: the fiscal year and the columns. */
function settingsOf(options: CheckWorkbookOptions, grids: readonly SheetGrid[]): WorkbookSettings {
  const sheet: SheetSettings = {
    ...(options.fiscalYear !== undefined ? { fiscalYear: options.fiscalYear } : {}),
    ...(options.mapping ? { mapping: options.mapping } : {}),
  };
  return { ...DEFAULT_SETTINGS, sheets: Object.fromEntries(grids.map((grid) => [grid.name, sheet])) };
}

/** ① for item 1 (a number past ⑳ as itself), or the KPI's name as written, on one line. */
function rowLabel(item: number | null, kpi: CellValue | undefined): string | null {
  if (item !== null) return formatItemMarker(item);
  if (typeof kpi !== "string" && typeof kpi !== "number") return null;
  const name = String(kpi).replace(/\s+/g, " ").trim();
  return name === "" ? null : name;
}

/** A target for the report; a missing one (－) is null, as a rate that cannot be computed is. */
function targetReport(value: KpiValue | null): TargetReport | null {
  if (value === null || value.missing) return null;
  return { amount: value.amount, unit: value.unit, text: value.text.trim() };
}

/** `{ originalTarget }` on a row whose target was revised; nothing on the others, so their shape is unchanged. */
function originalTargetOf(value: KpiValue | null): { originalTarget?: TargetReport } {
  const original = targetReport(value);
  return original === null ? {} : { originalTarget: original };
}
