/**
 * 集計 for the task pane: every goal sheet and KPI list of the workbook, each counted by status and
 * grade as core/summarizeEvaluation counts it. Sheets without a table (a memo, a chart sheet's data) are
 * left out, as the command-line checker skips them.
 */
import { GRADE_PRESETS } from "../core/grade";
import type { SheetGrid } from "../core/sheetTable";
import type { SheetSummary } from "../core/summarizeEvaluation";
import { summarizeEvaluation } from "../core/summarizeEvaluation";
import type { CheckOptions, SubmissionReport } from "./runSubmissionCheck";
import { checkSheet } from "./runSubmissionCheck";
import type { WorkbookSheetsPort } from "./summaryPort";

/** One checked sheet of the summary. */
export interface SheetSummaryEntry {
  readonly sheetName: string;
  readonly summary: SheetSummary;
  readonly report: SubmissionReport;
  /** The values the sheet was checked on (the summary sheet's formulas read its headers too). */
  readonly grid: SheetGrid;
}

/**
 * Checks and counts every grid that holds a goal sheet or a KPI list, in the order given (tab order),
 * with the workbook's settings (saved column choices, grade scale, start month).
 * @example summarizeGrids([goalSheet2, memo], { asOf: "2025-11-21", settings: DEFAULT_SETTINGS })
 * // [{ sheetName: "2 行財政改革", summary: { items: 5, overdue: 4, noStatus: 1, … }, report }]
 */
export function summarizeGrids(grids: readonly SheetGrid[], options: CheckOptions): SheetSummaryEntry[] {
  const scale = GRADE_PRESETS[options.settings.gradePreset];
  const entries: SheetSummaryEntry[] = [];
  for (const grid of grids) {
    const checked = checkSheet(grid, options);
    if (!checked.ok) continue;
    const report = checked.value;
    entries.push({
      sheetName: grid.name,
      summary: summarizeEvaluation(report.detection.table, report.evaluation, scale),
      report,
      grid,
    });
  }
  return entries;
}

/**
 * Reads every sheet of the workbook and summarizes them (see summarizeGrids).
 * @example await summarizeWorkbook(workbook, { asOf: "2025-11-21", settings })
 * // [{ sheetName: "1 防災力", summary: { items: 6, noStatus: 6, … } }, { sheetName: "2 行財政改革", … }, …]
 */
export async function summarizeWorkbook(
  workbook: WorkbookSheetsPort,
  options: CheckOptions,
): Promise<SheetSummaryEntry[]> {
  return summarizeGrids(await workbook.readAllSheets(), options);
}
