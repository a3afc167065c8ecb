/**
 * 目標値を見直す and 見直し列を外す: a 目標値（見直し後） column right of a KPI list's targets, empty for the
 * revised targets, recorded in the workbook's settings with the day it was added; and taking it away
 * again, which puts the sheet back as it was. The original 目標値 column is never touched.
 */
import type { IsoDate } from "../core/calendar";
import type { Result } from "../core/result";
import { columnLetter } from "../core/sheetTable";
import type { UseCaseIssue } from "./appIssue";
import { planRevisedTargetColumn, planRevisedTargetRemoval } from "./planRevisedTarget";
import type { ProgressListener } from "./ports";
import type { RevisedTargetPort } from "./revisedTargetPort";
import type { CheckOptions, SubmissionReport } from "./runSubmissionCheck";
import { checkSheet } from "./runSubmissionCheck";
import type { WorkbookSettings } from "./settings";
import { readSettings } from "./settings";

export interface AddRevisedTargetOptions extends CheckOptions {
  /** The day the column is added (today, from the clock). */
  readonly addedOn: IsoDate;
}

export interface RevisedTargetAdded {
  readonly report: SubmissionReport;
  /** A1 address of the header cell: `E4`. */
  readonly headerCell: string;
  /** Whether a column was inserted (the next column held something) or the empty one was used. */
  readonly inserted: boolean;
  readonly addedOn: IsoDate;
  /** The settings as saved with the column. */
  readonly settings: WorkbookSettings;
}

export interface RevisedTargetRemoved {
  /** Whether the column was deleted (it had been inserted) or its header emptied. */
  readonly deleted: boolean;
  readonly settings: WorkbookSettings;
}

/** How many filled cells a refusal names before "…". */
const FILLED_SHOWN = 5;

/**
 * Adds the revised-target column, or refuses, saying why.
 * @example await addRevisedTargetColumn(port, { asOf: "2026-04-01", addedOn: "2026-04-01", settings })
 * // ok({ headerCell: "E4", inserted: true, addedOn: "2026-04-01", … })
 * @example await addRevisedTargetColumn(port, options) // a conditional format over the 実績値 column
 * // fail({ code: "revised_target_blocked", blocker: "conditional_format", column: "E", action: "add" })
 */
export async function addRevisedTargetColumn(
  port: RevisedTargetPort,
  options: AddRevisedTargetOptions,
  onProgress?: ProgressListener,
): Promise<Result<RevisedTargetAdded, UseCaseIssue>> {
  // What the planner decided, for the answer once the adapter has written it.
  const chosen: {
    planned: { report: SubmissionReport; column: number; settings: (inserted: boolean) => unknown } | null;
  } = { planned: null };
  const { value, write } = await port.addRevisedTargetColumn<Result<null, UseCaseIssue>>((grid) => {
    onProgress?.({ phase: "checking", done: 0, total: 0 });
    const checked = checkSheet(grid, options);
    if (!checked.ok) return { value: checked, plan: null };
    const plan = planRevisedTargetColumn(checked.value, grid, options);
    if (!plan.ok) return { value: plan, plan: null };
    chosen.planned = { report: checked.value, column: plan.value.column, settings: plan.value.settings };
    return { value: { ok: true, value: null }, plan: plan.value };
  }, onProgress);
  if (!value.ok) return value;
  const done = chosen.planned;
  if (write === null || done === null) throw new Error("the workbook adapter skipped a planned write");
  if (!write.written) {
    return {
      ok: false,
      issues: [
        {
          code: "revised_target_blocked",
          blocker: write.blocker,
          column: columnLetter(done.column),
          action: "add",
        },
      ],
    };
  }
  const settings = readSettings(done.settings(write.inserted));
  if (!settings.ok) throw new Error("the planned settings do not fit the schema");
  return {
    ok: true,
    value: {
      report: done.report,
      headerCell: write.headerCell,
      inserted: write.inserted,
      addedOn: options.addedOn,
      settings: settings.value,
    },
  };
}

/**
 * Takes the revised-target column away: deletes it when the add-in inserted it, empties its header when
 * it wrote into an empty column. Cells filled below the header stop it unless `confirmed`.
 * @example await removeRevisedTargetColumn(port, { settings, confirmed: false }) // E6 holds 150件
 * // fail({ code: "revised_target_filled", cells: "E6", count: 1, column: "E" })
 */
export async function removeRevisedTargetColumn(
  port: RevisedTargetPort,
  options: { readonly settings: WorkbookSettings; readonly confirmed: boolean },
  onProgress?: ProgressListener,
): Promise<Result<RevisedTargetRemoved, UseCaseIssue>> {
  const chosen = { column: 0, settings: null as unknown };
  const { value, removal } = await port.removeRevisedTargetColumn<Result<null, UseCaseIssue>>((grid) => {
    const plan = planRevisedTargetRemoval(grid, options.settings, options);
    if (!plan.ok) return { value: plan, plan: null };
    chosen.column = plan.value.column;
    chosen.settings = plan.value.settings;
    return { value: { ok: true, value: null }, plan: plan.value };
  }, onProgress);
  if (!value.ok) return value;
  if (removal === null) throw new Error("the workbook adapter skipped a planned removal");
  const letter = columnLetter(chosen.column);
  if (!removal.removed) {
    if ("blocker" in removal) {
      return {
        ok: false,
        issues: [
          { code: "revised_target_blocked", blocker: removal.blocker, column: letter, action: "remove" },
        ],
      };
    }
    const shown = removal.filled.slice(0, FILLED_SHOWN).join(", ");
    return {
      ok: false,
      issues: [
        {
          code: "revised_target_filled",
          cells: removal.filledCount > FILLED_SHOWN ? `${shown} …` : shown,
          count: removal.filledCount,
          column: letter,
        },
      ],
    };
  }
  const settings = readSettings(chosen.settings);
  if (!settings.ok) throw new Error("the planned settings do not fit the schema");
  return { ok: true, value: { deleted: removal.deleted, settings: settings.value } };
}
