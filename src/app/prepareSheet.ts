/**
 * 準備 / 入力規則を外す: put Excel's own data validation on the active sheet's table, so that staff are
 * helped while they type rather than told at submission, and take it off again. The user's own rules
 * are never replaced without their say: without `replaceExisting` the columns that have some are
 * skipped and named, and the pane asks.
 */
import type { IsoDate } from "../core/calendar";
import type { Locale } from "../core/messages/formatIssue";
import type { Result } from "../core/result";
import type { UseCaseIssue } from "./appIssue";
import { detectTableInGrid } from "./detectTable";
import { planValidation } from "./planValidation";
import type { ProgressListener } from "./ports";
import type { WorkbookSettings } from "./settings";
import { sheetSettingsOf } from "./settings";
import type { ValidationOutcome, ValidationPlan, ValidationPort, ValidationRemoval } from "./validationPort";

export interface PrepareOptions {
  readonly asOf: IsoDate;
  readonly settings: WorkbookSettings;
  readonly locale: Locale;
  /** The user agreed to replace their own rules on the planned cells. */
  readonly replaceExisting: boolean;
}

/**
 * Installs the planned rules on the active sheet's table, or says why there are none.
 * @example await prepareSheet(validation, { asOf: "2025-11-21", settings, locale: "ja", replaceExisting: false })
 * // ok({ installed: ["C6:C28", "D6:D28", "E6:E28"], skipped: [], replaced: [] })
 * @example await prepareSheet(validation, options) // a sheet without a table
 * // fail({ code: "table_not_found", sheet: "表紙" })
 */
export async function prepareSheet(
  port: ValidationPort,
  options: PrepareOptions,
  onProgress?: ProgressListener,
): Promise<Result<ValidationOutcome, UseCaseIssue>> {
  const { value, outcome } = await port.installValidation<Result<ValidationPlan, UseCaseIssue>>(
    (grid) => {
      onProgress?.({ phase: "checking", done: 0, total: 0 });
      const detected = detectTableInGrid(grid, sheetSettingsOf(options.settings, grid.name), {
        asOf: options.asOf,
        startMonth: options.settings.startMonth,
      });
      if (!detected.ok) return { value: detected, plan: null };
      const planned = planValidation(grid, detected.value, {
        gradePreset: options.settings.gradePreset,
        startMonth: options.settings.startMonth,
        ...(options.settings.statusOptions ? { statusOptions: options.settings.statusOptions } : {}),
        locale: options.locale,
      });
      return { value: planned, plan: planned.ok ? planned.value : null };
    },
    { replaceExisting: options.replaceExisting },
    onProgress,
  );
  if (!value.ok) return value;
  if (outcome === null) throw new Error("the validation adapter skipped a planned write");
  return { ok: true, value: outcome };
}

/**
 * Takes the add-in's rules off the active sheet and puts back what they replaced.
 * @example await removeValidation(validation) // { removed: ["C6:C28"], restored: [], keptAsEdited: [] }
 */
export async function removeValidation(port: ValidationPort): Promise<ValidationRemoval> {
  return port.removeValidation();
}
