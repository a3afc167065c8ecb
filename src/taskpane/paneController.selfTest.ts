/**
 * 動作確認: every command once, through the pane's own ports, on a temporary sheet. Offered only where
 * the host gives the self-test's stage.
 */
import { runSelfTest } from "../app/runSelfTest";
import type { PaneStore } from "./paneStore";

export class SelfTestCommands {
  constructor(private readonly pane: PaneStore) {}

  /** Whether the pane offers the self-test (動作確認). */
  get available(): boolean {
    return this.pane.services.selfTest !== undefined;
  }

  /**
   * 動作確認: every command once, through the same ports, on a temporary sheet that is deleted again;
   * the workbook and its settings are left as they were.
   */
  async runSelfTest(): Promise<void> {
    const selfTest = this.pane.services.selfTest;
    if (selfTest === undefined) return;
    await this.pane.run("selfTest", async () => {
      this.pane.update({ selfTestReport: null });
      const { workbook, settings, validation, newSheets, summary } = this.pane.services;
      const report = await runSelfTest({
        selfTest,
        workbook,
        settings,
        ...(validation ? { validation } : {}),
        ...(newSheets ? { newSheets } : {}),
        ...(summary ? { summary } : {}),
      });
      this.pane.update({ selfTestReport: report });
    });
  }
}
