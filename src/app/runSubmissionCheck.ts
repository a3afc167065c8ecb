/**
 * 提出前チェック: every validation rule of the core on the active sheet's table, the findings grouped by
 * severity, and a summary that says whether the sheet can be submitted (no errors). The task pane checks
 * the active sheet with it and the command-line checker every sheet of a file: the core does the check
 * (core/checkGrid), with the workbook's settings for the sheet.
 */
import type { IsoDate } from "../core/calendar";
import type { CheckGridOptions, TableEvaluation } from "../core/checkGrid";
import { checkGrid } from "../core/checkGrid";
import type { Finding } from "../core/evaluateSheet";
import { GRADE_PRESETS } from "../core/grade";
import type { Result } from "../core/result";
import { ok } from "../core/result";
import type { SheetGrid } from "../core/sheetTable";
import type { DetectedTable } from "./detectTable";
import { detectedTableOf } from "./detectTable";
import type { ProgressListener, WorkbookPort } from "./ports";
import type { WorkbookSettings } from "./settings";
import { sheetSettingsOf } from "./settings";

export interface CheckOptions {
  /** The day the sheet is judged on (the saved as-of date, or today from the clock). */
  readonly asOf: IsoDate;
  readonly settings: WorkbookSettings;
}

export interface SubmissionSummary {
  /** Rows of the table: the rows evaluated. */
  readonly rows: number;
  /**
   * Rows below the header that look like the table's but were not read; when there are any, a
   * rows_not_read error names them and the sheet is not ready to submit.
   */
  readonly unreadRows: number;
  readonly errors: number;
  readonly warnings: number;
  /** Rows past their due date and not reported done. */
  readonly overdueRows: number;
}

export interface SubmissionReport {
  readonly sheetName: string;
  readonly asOf: IsoDate;
  readonly detection: DetectedTable;
  readonly evaluation: TableEvaluation;
  /** Findings that stop a submission, in sheet order (row, then column). */
  readonly errors: readonly Finding[];
  /** Findings that ask for a look, in sheet order. */
  readonly warnings: readonly Finding[];
  readonly summary: SubmissionSummary;
  /** No errors: the sheet can be submitted (warnings may remain). */
  readonly readyToSubmit: boolean;
}

/**
 * Checks one sheet: finds the table with the sheet's saved settings and evaluates it on the as-of date.
 * Fails with the core's issue (table_not_found, sheet_empty) when there is no table to check.
 * @example checkSheet(goalSheet2, { asOf: "2025-11-21", settings: DEFAULT_SETTINGS })
 * // ok({ warnings: [{ cell: "E11", code: "sub_item_missing_from_report", … }, …], readyToSubmit: true, … })
 * @example checkSheet({ name: "空", firstRow: 1, firstColumn: 0, values: [] }, options)
 * // fail({ code: "sheet_empty", sheet: "空" })
 */
export function checkSheet(grid: SheetGrid, options: CheckOptions): Result<SubmissionReport> {
  const { asOf } = options;
  const checked = checkGrid(grid, checkGridOptionsOf(grid.name, options));
  if (!checked.ok) return checked;
  const { table, recognised, fiscalYear, fiscalYearSource, evaluation } = checked.value;
  const detection = detectedTableOf(grid, table, recognised, { value: fiscalYear, source: fiscalYearSource });
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  for (const finding of evaluation.findings) (finding.severity === "error" ? errors : warnings).push(finding);
  errors.sort(bySheetOrder);
  warnings.sort(bySheetOrder);
  let overdueRows = 0;
  for (const row of evaluation.rows) if (row.overdue) overdueRows++;
  return ok({
    sheetName: grid.name,
    asOf,
    detection,
    evaluation,
    errors,
    warnings,
    summary: {
      rows: evaluation.rows.length,
      unreadRows: evaluation.unreadRows.length,
      errors: errors.length,
      warnings: warnings.length,
      overdueRows,
    },
    readyToSubmit: errors.length === 0,
  });
}

/**
 * What the core needs to check a sheet, from the workbook's settings: the sheet's saved choices (columns,
 * header row, layout, fiscal year), the start month and the grade scale.
 * @example checkGridOptionsOf("KPI一覧", { asOf: "2025-11-21", settings }) // { asOf: "2025-11-21", startMonth: 4, gradeScale, mapping: { actual: 7 } }
 */
function checkGridOptionsOf(sheetName: string, options: CheckOptions): CheckGridOptions {
  const { settings, asOf } = options;
  return {
    ...sheetSettingsOf(settings, sheetName),
    asOf,
    startMonth: settings.startMonth,
    gradeScale: GRADE_PRESETS[settings.gradePreset],
  };
}

/**
 * Reads the active sheet and checks it (see checkSheet).
 * @example await runSubmissionCheck(workbook, { asOf: "2025-11-21", settings })
 * // ok({ sheetName: "2 行財政改革", summary: { rows: 5, unreadRows: 0, errors: 0, warnings: 4, overdueRows: 4 }, readyToSubmit: true, … })
 */
export async function runSubmissionCheck(
  workbook: WorkbookPort,
  options: CheckOptions,
  onProgress?: ProgressListener,
): Promise<Result<SubmissionReport>> {
  const grid = await workbook.readActiveSheet(onProgress);
  onProgress?.({ phase: "checking", done: 0, total: 0 });
  return checkSheet(grid, options);
}

function bySheetOrder(a: Finding, b: Finding): number {
  return a.row - b.row || a.column - b.column;
}
