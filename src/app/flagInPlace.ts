/**
 * 表示: check the active sheet and mark what the check found in the sheet itself, replacing the marks of
 * an earlier run. One read and one write in the same Excel session, so the flags always match the values
 * they were computed from.
 */
import type { Locale } from "../core/messages/formatIssue";
import type { Result } from "../core/result";
import { ok } from "../core/result";
import { planFlags } from "./planFlags";
import type { FlagOutcome, ProgressListener, WorkbookPort } from "./ports";
import type { CheckOptions, SubmissionReport } from "./runSubmissionCheck";
import { checkSheet } from "./runSubmissionCheck";

export interface FlagInPlaceResult {
  /** The check the flags come from (the pane shows it as a fresh check). */
  readonly report: SubmissionReport;
  readonly outcome: FlagOutcome;
}

/**
 * Checks the active sheet and flags overdue rows and cells with findings in place. When no table is
 * found, nothing is written and the core's issue is returned.
 * @example await flagInPlace(workbook, { asOf: "2025-11-21", settings, locale: "ja" })
 * // ok({ report: { summary: { warnings: 4, … } }, outcome: { conditionalFormatsAdded: 2, notesWritten: 4, … } })
 */
export async function flagInPlace(
  workbook: WorkbookPort,
  options: CheckOptions & { readonly locale: Locale },
  onProgress?: ProgressListener,
): Promise<Result<FlagInPlaceResult>> {
  const { value, outcome } = await workbook.flagActiveSheet<Result<SubmissionReport>>((grid) => {
    onProgress?.({ phase: "checking", done: 0, total: 0 });
    const checked = checkSheet(grid, options);
    if (!checked.ok) return { value: checked, plan: null };
    const report = checked.value;
    return { value: checked, plan: planFlags(report.detection.table, report.evaluation, options.locale) };
  }, onProgress);
  if (!value.ok) return value;
  // A plan was made whenever the check succeeded, so the adapter wrote and reported.
  if (outcome === null) throw new Error("the workbook adapter skipped a planned write");
  return ok({ report: value.value, outcome });
}
