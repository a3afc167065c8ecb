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
import { settingsSchema, sheetSettingsOf, withSheetSettings } from "./settings";

export interface CarriedForward {
  readonly sheetName: string;
  readonly fromYear: number;
  readonly toYear: number;
  /** Report, actual and status cells emptied on the copy. */
  readonly emptied: number;
  /** The add-in's flags that came along with the copy and were taken off it. */
  readonly flagsDropped: number;
  /** Years inside 期間・期限 moved on with the sheet. */
  readonly scheduleYearsAdvanced: number;
  /** Years inside 期間・期限 left as written, by cell, for the user to look at. */
  readonly scheduleLeftAsWritten: CarryForwardPlanned["scheduleLeftAsWritten"];
  /** The settings with the copy's entry, as saved. */
  readonly settings: WorkbookSettings;
}

/** The settings with the copy's entry: the source's mapping, and the copy's year where no title says it. */
function copySettings(
  settings: WorkbookSettings,
  sourceName: string,
  planned: CarryForwardPlanned,
): WorkbookSettings {
  const source = sheetSettingsOf(settings, sourceName);
  const keepYear = !planned.titleAdvanced || source.fiscalYear !== undefined;
  return withSheetSettings(settings, planned.plan.sheetName, {
    ...source,
    fiscalYear: keepYear ? planned.toYear : undefined,
    // Next year's 実績値 column, chosen for the copy as a user would choose it.
    ...(planned.actualColumn !== null
      ? { mapping: { ...source.mapping, actual: planned.actualColumn } }
      : {}),
  });
}

/**
 * Copies the active sheet forward to the next fiscal year, or says why not (no table on the sheet).
 * The copy's settings are written by the new-sheet port with the copy itself; `settingsPort` is kept
 * for the callers and no longer written to separately.
 * @example await carryForward(newSheets, settingsPort, { asOf: "2025-11-21", settings, locale: "ja" })
 * // ok({ sheetName: "2 行財政改革 (令和8年度)", fromYear: 2025, toYear: 2026, emptied: 5, flagsDropped: 0, … })
 */
export async function carryForward(
  port: NewSheetPort,
  settingsPort: SettingsPort,
  options: CarryForwardOptions,
  onProgress?: ProgressListener,
): Promise<Outcome<CarriedForward>> {
  let saved: WorkbookSettings = options.settings;
  const { value, write } = await port.carryForward<Outcome<CarryForwardPlanned>>((source) => {
    onProgress?.({ phase: "checking", done: 0, total: 0 });
    const planned = planCarryForward(source, options);
    if (!planned.ok) return { value: planned, plan: null };
    // The copy's settings go with the copy, in its batch: never one without the other.
    saved = copySettings(options.settings, source.grid.name, planned.value);
    const changed = JSON.stringify(saved) !== JSON.stringify(options.settings);
    const plan = changed
      ? { ...planned.value.plan, settings: settingsSchema.parse(saved) }
      : planned.value.plan;
    return { value: planned, plan };
  }, onProgress);
  if (!value.ok) return value;
  if (write === null) throw new Error("the new-sheet adapter skipped a planned write");
  const { fromYear, toYear, emptied, scheduleYearsAdvanced, scheduleLeftAsWritten } = value.value;
  const settings = saved;
  return {
    ok: true,
    value: {
      sheetName: write.sheetName,
      fromYear,
      toYear,
      emptied,
      flagsDropped: write.flagsDropped,
      scheduleYearsAdvanced,
      scheduleLeftAsWritten,
      settings,
    },
  };
}
