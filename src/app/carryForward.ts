/**
 * 次年度へ繰越: start next year's goal sheet or KPI list from the active one. The source is only read;
 * the copy carries the items and targets, with the reports and actuals emptied and the year moved on.
 * The copy's column mapping is saved with the source's, and its fiscal year too when no title says it.
 */
import type { Outcome } from "./appIssue";
import type { NewSheetPort } from "./newSheetPort";
import type { CarryForwardOptions, CarryForwardPlanned } from "./planCarryForward";
import { planCarryForward } from "./planCarryForward";
import type { ProgressListener, SettingsPort } from "./ports";
import type { WorkbookSettings } from "./settings";
import { saveSettings, sheetSettingsOf, withSheetSettings } from "./settings";

export interface CarriedForward {
  readonly sheetName: string;
  readonly fromYear: number;
  readonly toYear: number;
  /** Report, actual and status cells emptied on the copy. */
  readonly emptied: number;
  /** The add-in's flags that came along with the copy and were taken off it. */
  readonly flagsDropped: number;
  /** The settings with the copy's entry, as saved. */
  readonly settings: WorkbookSettings;
}

/**
 * Copies the active sheet forward to the next fiscal year, or says why not (no table on the sheet).
 * @example await carryForward(newSheets, settingsPort, { asOf: "2025-11-21", settings, locale: "ja" })
 * // ok({ sheetName: "2 行財政改革 (令和8年度)", fromYear: 2025, toYear: 2026, emptied: 5, flagsDropped: 0, … })
 */
export async function carryForward(
  port: NewSheetPort,
  settingsPort: SettingsPort,
  options: CarryForwardOptions,
  onProgress?: ProgressListener,
): Promise<Outcome<CarriedForward>> {
  let sourceName = "";
  const { value, write } = await port.carryForward<Outcome<CarryForwardPlanned>>((source) => {
    sourceName = source.grid.name;
    onProgress?.({ phase: "checking", done: 0, total: 0 });
    const planned = planCarryForward(source, options);
    return { value: planned, plan: planned.ok ? planned.value.plan : null };
  }, onProgress);
  if (!value.ok) return value;
  if (write === null) throw new Error("the new-sheet adapter skipped a planned write");
  const { fromYear, toYear, titleAdvanced, emptied, actualColumn } = value.value;

  const source = sheetSettingsOf(options.settings, sourceName);
  const keepYear = !titleAdvanced || source.fiscalYear !== undefined;
  const settings = withSheetSettings(options.settings, write.sheetName, {
    ...source,
    fiscalYear: keepYear ? toYear : undefined,
    // Next year's 実績値 column, chosen for the copy as a user would choose it.
    ...(actualColumn !== null ? { mapping: { ...source.mapping, actual: actualColumn } } : {}),
  });
  if (settings !== options.settings && JSON.stringify(settings) !== JSON.stringify(options.settings)) {
    await saveSettings(settingsPort, settings);
  }
  return {
    ok: true,
    value: {
      sheetName: write.sheetName,
      fromYear,
      toYear,
      emptied,
      flagsDropped: write.flagsDropped,
      settings,
    },
  };
}
