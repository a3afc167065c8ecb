/**
 * 準備 and 入力規則を外す: Excel's data validation on the table, and taking it off again with the
 * user's earlier rules put back. Offered only where the host has data validation.
 */
import { prepareSheet, removeValidation } from "../app/prepareSheet";
import type { PaneStore } from "./paneStore";

export class PrepareCommands {
  constructor(private readonly pane: PaneStore) {}

  /** Whether the workbook offers data validation (準備). */
  get available(): boolean {
    return this.pane.services.validation !== undefined;
  }

  /**
   * 準備: Excel's data validation on the table. Without `replaceExisting` the user's own rules are kept
   * and their columns skipped; the pane then asks whether to replace them.
   */
  async prepareSheet(replaceExisting: boolean): Promise<void> {
    const validation = this.pane.services.validation;
    if (validation === undefined) return;
    await this.pane.run("prepare", async () => {
      const options = { ...this.pane.checkOptions(), locale: this.pane.services.locale, replaceExisting };
      const prepared = await prepareSheet(validation, options, this.pane.progress);
      if (!prepared.ok) {
        this.pane.warn(prepared.issues);
        return;
      }
      this.pane.notify({ kind: "prepared", outcome: prepared.value });
    });
  }

  /** 入力規則を外す: the add-in's rules off, the user's earlier ones back. */
  async removeValidation(): Promise<void> {
    const validation = this.pane.services.validation;
    if (validation === undefined) return;
    await this.pane.run("unprepare", async () => {
      const outcome = await removeValidation(validation);
      this.pane.dismissKind("prepared");
      this.pane.notify({ kind: "unprepared", outcome });
    });
  }
}
