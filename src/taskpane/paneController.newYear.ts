/**
 * 次年度へ繰越 and 新しいシート: next year's copy of the active sheet, or a blank goal sheet or KPI
 * list; either way the new sheet becomes the active one and is read. Offered only where the host can
 * copy a sheet.
 */
import { carryForward } from "../app/carryForward";
import { insertTemplate } from "../app/insertTemplate";
import { saveSettings, sheetSettingsOf, withSheetSettings } from "../app/settings";
import type { TemplateKind } from "../app/sheetTemplates";
import { parseFiscalYear } from "../core/fiscalYear";
import { asOfOf } from "./paneState";
import type { PaneStore } from "./paneStore";

export class NewYearCommands {
  constructor(private readonly pane: PaneStore) {}

  /** Whether the workbook can copy a sheet forward (次年度へ繰越). */
  get available(): boolean {
    return this.pane.services.newSheets !== undefined;
  }

  /** 次年度へ繰越: next year's copy of the active sheet, which becomes the active sheet. */
  async carryForward(): Promise<void> {
    const newSheets = this.pane.services.newSheets;
    if (newSheets === undefined) return;
    await this.pane.run("carry", async () => {
      const carried = await carryForward(
        newSheets,
        this.pane.services.settings,
        { ...this.pane.checkOptions(), locale: this.pane.services.locale },
        this.pane.progress,
      );
      if (!carried.ok) {
        this.pane.warn(carried.issues);
        return;
      }
      const { settings, ...rest } = carried.value;
      this.pane.update({ settings, report: null });
      await this.pane.readSheet();
      this.pane.notify({ kind: "carried", carried: rest });
    });
  }

  /**
   * 新しいシート: a blank goal sheet or KPI list for the fiscal year typed (令和8年度, R8, 2026); a KPI
   * list with a 目標値（見直し後） column when `revisedTarget`, recorded with today's date.
   */
  async insertTemplate(kind: TemplateKind, fiscalYearText: string, revisedTarget = false): Promise<void> {
    const newSheets = this.pane.services.newSheets;
    if (newSheets === undefined) return;
    const fiscalYear = parseFiscalYear(fiscalYearText);
    if (!fiscalYear.ok) {
      this.pane.warn(fiscalYear.issues, "template");
      return;
    }
    await this.pane.run("template", async () => {
      const state = this.pane.getState();
      const inserted = await insertTemplate(newSheets, {
        kind,
        fiscalYear: fiscalYear.value,
        settings: state.settings,
        asOf: asOfOf(state),
        locale: this.pane.services.locale,
        revisedTarget,
      });
      if (!inserted.ok) {
        this.pane.warn(inserted.issues);
        return;
      }
      const revised = inserted.value.revisedTarget;
      if (revised !== undefined) {
        // Recorded as inserted: 見直し列を外す deletes it, leaving the list as it is made without one.
        const { sheetName } = inserted.value;
        const record = { ...revised, inserted: true, addedOn: this.pane.services.clock.today() };
        const current = this.pane.getState().settings;
        const settings = withSheetSettings(current, sheetName, {
          ...sheetSettingsOf(current, sheetName),
          revisedTarget: record,
        });
        await saveSettings(this.pane.services.settings, settings);
        this.pane.update({ settings });
      }
      this.pane.update({ report: null });
      // The new sheet is active now: read it first, so its notice is the one thing said about it.
      await this.pane.readSheet();
      this.pane.notify({ kind: "inserted", sheetName: inserted.value.sheetName });
    });
  }
}
