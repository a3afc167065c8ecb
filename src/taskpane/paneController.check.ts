/**
 * The pane's own work on the active sheet: reading it, 提出前チェック, 表示 and 表示を消去, 計算列を追加,
 * and going to a finding's cell.
 */
import { addComputedColumns } from "../app/addComputedColumns";
import { clearFlags } from "../app/clearFlags";
import { flagInPlace } from "../app/flagInPlace";
import { runSubmissionCheck } from "../app/runSubmissionCheck";
import { loadSettings, settingsOrDefaults } from "../app/settings";
import type { Finding } from "../core/evaluateSheet";
import { columnIndex } from "../core/sheetTable";
import type { PaneStore } from "./paneStore";

export class CheckCommands {
  private stopWatching: (() => Promise<void>) | null = null;

  constructor(private readonly pane: PaneStore) {
    pane.reloadSheet = () => this.reload();
  }

  /**
   * Loads the workbook's settings, finds the table on the active sheet, and from then on follows the
   * user to the sheet they activate. Where the host cannot tell, シートを読み直す still reads it.
   */
  async start(): Promise<void> {
    await this.pane.run("start", async () => {
      const loaded = await loadSettings(this.pane.services.settings);
      this.pane.update({ settings: settingsOrDefaults(loaded) });
      if (!loaded.ok) this.pane.warn(loaded.issues);
      await this.pane.readSheet();
    });
    this.pane.update({ started: true });
    await this.watchActiveSheet();
  }

  private async watchActiveSheet(): Promise<void> {
    const watch = this.pane.services.watchActiveSheet;
    if (watch === undefined || this.stopWatching !== null) return;
    try {
      this.stopWatching = await watch(() => void this.pane.sheetActivated());
    } catch {
      // An Excel without worksheet events: the pane reads the sheet when asked, as before.
      this.stopWatching = null;
    }
  }

  /** Stops following sheet activation (the pane is closing). */
  async stop(): Promise<void> {
    const stop = this.stopWatching;
    this.stopWatching = null;
    if (stop !== null) await stop();
  }

  /** Reads the active sheet again (after switching sheets or editing it). */
  async reload(): Promise<void> {
    await this.pane.run("reload", async () => {
      this.pane.update({ report: null });
      await this.pane.readSheet();
    });
  }

  /** 提出前チェック. */
  async check(): Promise<void> {
    await this.pane.run("check", async () => {
      const { workbook } = this.pane.services;
      const checked = await runSubmissionCheck(workbook, this.pane.checkOptions(), this.pane.progress);
      this.pane.afterCheck(checked);
    });
  }

  /** 表示: check again and flag in place. */
  async flag(): Promise<void> {
    await this.pane.run("flag", async () => {
      const options = { ...this.pane.checkOptions(), locale: this.pane.services.locale };
      const flagged = await flagInPlace(this.pane.services.workbook, options, this.pane.progress);
      if (!flagged.ok) {
        this.pane.afterCheck(flagged);
        return;
      }
      this.pane.afterCheck({ ok: true, value: flagged.value.report });
      this.pane.notify({ kind: "flagged", outcome: flagged.value.outcome });
    });
  }

  /** 表示を消去. */
  async clear(): Promise<void> {
    await this.pane.run("clear", async () => {
      const outcome = await clearFlags(this.pane.services.workbook);
      this.pane.notify({ kind: "cleared", outcome });
    });
  }

  /** 計算列を追加, from the column given by its letters ("" for the first empty column right of the table). */
  async addComputedColumns(column: string): Promise<void> {
    const letters = column.trim();
    const firstColumn = letters === "" ? null : columnIndex(letters);
    if (firstColumn === null && letters !== "") {
      this.pane.warn([{ code: "computed_column_invalid", column: letters }], "compute");
      return;
    }
    await this.pane.run("compute", async () => {
      const options = { ...this.pane.checkOptions(), firstColumn, locale: this.pane.services.locale };
      const added = await addComputedColumns(this.pane.services.workbook, options, this.pane.progress);
      if (!added.ok) {
        this.pane.warn(added.issues);
        return;
      }
      this.pane.afterCheck({ ok: true, value: added.value.report });
      this.pane.notify({ kind: "computed", address: added.value.address });
    });
  }

  /** Selects a finding's cell in the sheet. */
  async selectFinding(finding: Finding): Promise<void> {
    const { report, sheetName: activeSheet } = this.pane.getState();
    const sheetName = report?.sheetName ?? activeSheet;
    if (sheetName === null) return;
    await this.pane.run("select", () => this.pane.services.workbook.selectCell(sheetName, finding.cell));
  }
}
