/**
 * 確定 / 入力 on a goal sheet: the value a person chose for a row (or one of its sub-items) goes into the
 * add-in's 実績値 column (the pane then checks the sheet again, to show what the check now reads).
 * A typed value is read with the core's parseKpiValue first: what it cannot read is refused, never
 * written.
 */
import { parseKpiValue } from "../core/parseKpiValue";
import type { Result } from "../core/result";
import type { UseCaseIssue } from "./appIssue";
import type { ActualTarget } from "./planActualColumn";
import { planActualCell } from "./planActualColumn";
import type { ProgressListener, WorkbookPort } from "./ports";
import type { CheckOptions } from "./runSubmissionCheck";
import { checkSheet } from "./runSubmissionCheck";

export interface ConfirmActualOptions extends CheckOptions {
  readonly target: ActualTarget;
  /** The value as it goes into the cell: a candidate's (`84.3%`) or what the person typed. */
  readonly value: string;
}

export interface ActualConfirmed {
  /** The cell written (`J14`) and its whole text now. */
  readonly cell: string;
  readonly text: string;
}

/**
 * Reads a value a person typed for 実績値: the core's reading, or its refusal (value_unreadable,
 * value_multiple_numbers …); a missing marker (－, 未集計) is not a value to confirm.
 * @example readTypedActual("８５％") // ok("８５％")
 * @example readTypedActual("(1) 84.3%") // fail({ code: "value_multiple_numbers", text: "(1) 84.3%" })
 */
export function readTypedActual(text: string): Result<string, UseCaseIssue> {
  const trimmed = text.trim();
  const read = parseKpiValue(trimmed);
  if (!read.ok) return read;
  if (read.value.missing) return { ok: false, issues: [{ code: "value_unreadable", text: trimmed }] };
  return { ok: true, value: trimmed };
}

/**
 * Writes a confirmed value into the 実績値 column, checking the sheet as it is first to find the row.
 * @example await confirmActual(workbook, { asOf, settings, target: { item: 6, row: 14, subItem: 1 }, value: "84.3%" })
 * // ok({ cell: "J14", text: "(1) 84.3%" })
 * @example await confirmActual(workbook, { …, value: "８割程度" }) // fail({ code: "value_unreadable", … })
 */
export async function confirmActual(
  workbook: WorkbookPort,
  options: ConfirmActualOptions,
  onProgress?: ProgressListener,
): Promise<Result<ActualConfirmed, UseCaseIssue>> {
  const typed = readTypedActual(options.value);
  if (!typed.ok) return typed;
  const { value, write } = await workbook.writeActualCell<Result<string, UseCaseIssue>>((grid, existing) => {
    onProgress?.({ phase: "checking", done: 0, total: 0 });
    const checked = checkSheet(grid, options);
    if (!checked.ok) return { value: checked, plan: null };
    const planned = planActualCell(checked.value, grid, existing, options.target, typed.value);
    if (!planned.ok) return { value: planned, plan: null };
    return { value: { ok: true, value: planned.value.text }, plan: planned.value };
  }, onProgress);
  if (!value.ok) return value;
  if (write === null) throw new Error("the workbook adapter skipped a planned write");
  if (!write.written) {
    return {
      ok: false,
      issues: [{ code: "actual_cell_occupied", cell: write.cell, content: write.content }],
    };
  }
  return { ok: true, value: { cell: write.cell, text: value.value } };
}
