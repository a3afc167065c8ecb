/**
 * 新しいシート: a blank 重点目標管理シート or KPI list for a chosen fiscal year, inserted as a new sheet
 * (never over one), ready to fill in: widths, wrapping, print setup, data validation and computed
 * columns in place.
 */
import type { Result } from "../core/result";
import type { UseCaseIssue } from "./appIssue";
import type { NewSheetPort } from "./newSheetPort";
import type { TemplateOptions, TemplatePlan } from "./sheetTemplates";
import { planTemplate } from "./sheetTemplates";

export interface TemplateInserted {
  readonly sheetName: string;
  /** The 目標値（見直し後） column of a KPI list made with one: to record in the settings. */
  readonly revisedTarget?: { readonly column: number; readonly headerRow: number };
}

/**
 * Inserts the planned blank sheet, or says why not (a fiscal year, plan length or row count out of range).
 * @example await insertTemplate(newSheets, { kind: "goal_sheet", fiscalYear: 2026, settings, asOf, locale: "ja" })
 * // ok({ sheetName: "令和8年度 重点目標" })
 */
export async function insertTemplate(
  port: NewSheetPort,
  options: Omit<TemplateOptions, "sheetNames">,
): Promise<Result<TemplateInserted, UseCaseIssue>> {
  const { value, write } = await port.insertTemplate<Result<TemplatePlan, UseCaseIssue>>((sheetNames) => {
    const planned = planTemplate({ ...options, sheetNames });
    return { value: planned, plan: planned.ok ? planned.value : null };
  });
  if (!value.ok) return value;
  if (write === null) throw new Error("the new-sheet adapter skipped a planned write");
  const revisedTarget = value.value.revisedTarget;
  return { ok: true, value: revisedTarget ? { ...write, revisedTarget } : write };
}
