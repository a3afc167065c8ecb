import { DEFAULT_GRADE_PRESET, GRADE_PRESETS } from "../core/grade";
import type { GradeScale } from "../core/grade";
import { summarizeEvaluation } from "../core/summarizeEvaluation";
import type { CheckedFile, SheetSummaryReport } from "./checkFiles";

/**
 * `--summary`: each checked sheet's items by status and grade, as the add-in's 集計 sheet counts them.
 * Skipped sheets and unreadable files have no entry. The checker grades on the default scale, as
 * checkFile evaluates with it.
 * @example summarizeSheets([checkedGoalBook])[0]
 * // { path: "examples/重点目標管理シート_令和7年度_総務部等.xlsx", sheet: "1 防災力", items: 6, overdue: 0, noStatus: 6, … }
 */
export function summarizeSheets(
  files: readonly CheckedFile[],
  scale: GradeScale = GRADE_PRESETS[DEFAULT_GRADE_PRESET],
): SheetSummaryReport[] {
  const out: SheetSummaryReport[] = [];
  for (const file of files) {
    for (const { grid, report } of file.sheets) {
      out.push({
        path: file.path,
        sheet: grid.name,
        ...summarizeEvaluation(report.detection.table, report.evaluation, scale),
      });
    }
  }
  return out;
}
