/**
 * 実績値の候補 after a check of a goal sheet: 確定 (a number found in the reports), 入力 (a value typed),
 * both written into the add-in's 実績値 column and followed by a new check; 見送る (the item's candidates
 * hidden on this sheet, remembered in the workbook's settings) and putting them back; 実績値列を外す.
 */
import { confirmActual, readTypedActual } from "../app/confirmActual";
import type { ActualTarget } from "../app/planActualColumn";
import { removeActualColumn } from "../app/removeActualColumn";
import { candidateKey, saveSettings, sheetSettingsOf, withSheetSettings } from "../app/settings";
import type { CandidateNotice } from "./paneState";
import type { PaneStore } from "./paneStore";

export class CandidateCommands {
  constructor(private readonly pane: PaneStore) {}

  /** 確定: writes a candidate's value (`84.3%`) for the item. */
  async confirm(target: ActualTarget, value: string): Promise<void> {
    const key = candidateKey(target);
    await this.pane.run("confirmActual", async () => {
      this.say({ key });
      const confirmed = await confirmActual(
        this.pane.services.workbook,
        { ...this.pane.checkOptions(), target, value },
        this.pane.progress,
      );
      if (!confirmed.ok) {
        this.say({ key, issues: confirmed.issues });
        return;
      }
      // The sheet changed: check it again, so that the pane shows what the check now reads.
      await this.pane.recheck();
      this.say({ key, written: { cell: confirmed.value.cell, text: confirmed.value.text } });
    });
  }

  /** 入力: a value the person typed, refused beside the field when the core cannot read it. */
  async type(target: ActualTarget, text: string): Promise<void> {
    const typed = readTypedActual(text);
    if (!typed.ok) {
      this.say({ key: candidateKey(target), issues: typed.issues });
      return;
    }
    await this.confirm(target, typed.value);
  }

  /** 見送る: the item's candidates are no longer listed on this sheet. */
  async dismiss(target: ActualTarget): Promise<void> {
    const key = candidateKey(target);
    await this.changeDismissed((keys) => (keys.includes(key) ? keys : [...keys, key]));
  }

  /** Lists again every item's candidates dismissed on this sheet. */
  async restore(): Promise<void> {
    await this.changeDismissed(() => []);
  }

  /** 実績値列を外す, then the check again when one is shown. */
  async removeColumn(): Promise<void> {
    await this.pane.run("removeActual", async () => {
      const { workbook } = this.pane.services;
      const outcome = await removeActualColumn(workbook);
      this.pane.update({ candidateNotices: [] });
      this.pane.notify({ kind: "actualRemoved", outcome });
      if (this.pane.getState().report !== null && outcome.removed > 0) await this.pane.recheck();
    });
  }

  /** Says something beside an item, replacing what was said there before (nothing: `{ key }` alone). */
  private say(notice: CandidateNotice): void {
    const others = (this.pane.getState().candidateNotices ?? []).filter((n) => n.key !== notice.key);
    const said = notice.written !== undefined || notice.issues !== undefined;
    this.pane.update({ candidateNotices: said ? [...others, notice] : others });
  }

  private async changeDismissed(change: (keys: readonly string[]) => readonly string[]): Promise<void> {
    const { sheetName, settings } = this.pane.getState();
    if (sheetName === null) return;
    await this.pane.run("dismissCandidates", async () => {
      const sheet = sheetSettingsOf(settings, sheetName);
      const next = withSheetSettings(settings, sheetName, {
        ...sheet,
        dismissedCandidates: change(sheet.dismissedCandidates ?? []),
      });
      // The list is drawn from the report and the settings: nothing to check again.
      this.pane.update({ settings: next });
      await saveSettings(this.pane.services.settings, next);
    });
  }
}
