/**
 * 計算列を追加: check the active sheet, plan the formula columns, and write them where the user chose,
 * only if every target cell is empty. Nothing the user typed is ever overwritten: when something is in
 * the way the answer says which cells, and nothing is written.
 */
import type { Locale } from "../core/messages/formatIssue";
import { columnLetter } from "../core/sheetTable";
import type { Result } from "../core/result";
import type { UseCaseIssue } from "./appIssue";
import type { ComputedColumnsOptions } from "./planComputedColumns";
import { planComputedColumns } from "./planComputedColumns";
import type { ComputedColumnsPlan, ProgressListener, WorkbookPort } from "./ports";
import type { CheckOptions, SubmissionReport } from "./runSubmissionCheck";
import { checkSheet } from "./runSubmissionCheck";

export interface AddComputedColumnsOptions extends CheckOptions {
  /** 0-based column for the first computed column; null: the first column right of the used range. */
  readonly firstColumn: number | null;
  readonly locale: Locale;
}

export interface ComputedColumnsAdded {
  readonly report: SubmissionReport;
  /** The area written, headers included: `H5:K21`. */
  readonly address: string;
  readonly headers: readonly string[];
}

interface Planned {
  readonly report: SubmissionReport;
  readonly plan: ComputedColumnsPlan;
}

/** How many occupied cells a refusal names before it says "and n more". */
const OCCUPIED_SHOWN = 5;

/**
 * Adds the computed columns beside the table, or refuses, saying why.
 * @example await addComputedColumns(workbook, { asOf, settings, firstColumn: 7, locale: "ja" })
 * // ok({ address: "H5:K21", headers: ["達成率", "進捗率", "評価", "状況"], … })
 * @example await addComputedColumns(workbook, { …, firstColumn: 7 }) // H8 holds a value
 * // fail({ code: "computed_cells_occupied", cells: "H8", count: 1, column: "H" })
 */
export async function addComputedColumns(
  workbook: WorkbookPort,
  options: AddComputedColumnsOptions,
  onProgress?: ProgressListener,
): Promise<Result<ComputedColumnsAdded, UseCaseIssue>> {
  const { value, write } = await workbook.writeComputedColumns<Result<Planned, UseCaseIssue>>((grid) => {
    onProgress?.({ phase: "checking", done: 0, total: 0 });
    const checked = checkSheet(grid, options);
    if (!checked.ok) return { value: checked, plan: null };
    let width = 0;
    for (const row of grid.values) width = Math.max(width, row.length);
    const planOptions: ComputedColumnsOptions = {
      firstColumn: options.firstColumn ?? grid.firstColumn + width,
      gradePreset: options.settings.gradePreset,
      startMonth: options.settings.startMonth,
      locale: options.locale,
    };
    const planned = planComputedColumns(checked.value, planOptions);
    if (!planned.ok) return { value: planned, plan: null };
    return {
      value: { ok: true, value: { report: checked.value, plan: planned.value } },
      plan: planned.value,
    };
  }, onProgress);
  if (!value.ok) return value;
  const { report, plan } = value.value;
  if (write === null) throw new Error("the workbook adapter skipped a planned write");
  if (!write.written) {
    const shown = write.occupied.slice(0, OCCUPIED_SHOWN).join(", ");
    return {
      ok: false,
      issues: [
        {
          code: "computed_cells_occupied",
          cells: write.occupiedCount > OCCUPIED_SHOWN ? `${shown} …` : shown,
          count: write.occupiedCount,
          column: columnLetter(plan.firstColumn),
        },
      ],
    };
  }
  return { ok: true, value: { report, address: write.address, headers: plan.headers } };
}
