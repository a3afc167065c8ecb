/**
 * 目標値を見直す / 見直し列を外す: a 目標値（見直し後） column right of a KPI list's targets, and taking it
 * away again. Offered only where the host gives the port, and shown only on a KPI list. The day it was
 * added comes from the clock here, at the edge, and is saved with the column.
 */
import { addRevisedTargetColumn, removeRevisedTargetColumn } from "../app/addRevisedTargetColumn";
import type { PaneStore } from "./paneStore";

export class ReviseCommands {
  constructor(private readonly pane: PaneStore) {}

  /** Whether the workbook can take the column (目標値を見直す). */
  get available(): boolean {
    return this.pane.services.revisedTarget !== undefined;
  }

  /** 目標値を見直す: adds the column, then reads the sheet again (its columns may have moved). */
  async addRevisedTarget(): Promise<void> {
    const port = this.pane.services.revisedTarget;
    if (port === undefined) return;
    await this.pane.run("revise", async () => {
      const added = await addRevisedTargetColumn(
        port,
        { ...this.pane.checkOptions(), addedOn: this.pane.services.clock.today() },
        this.pane.progress,
      );
      if (!added.ok) {
        this.pane.warn(added.issues);
        return;
      }
      this.pane.dismissKind("unrevised");
      this.dismissRefusals();
      this.pane.update({ settings: added.value.settings, report: null });
      await this.pane.readSheet();
      this.pane.notify({
        kind: "revised",
        headerCell: added.value.headerCell,
        inserted: added.value.inserted,
      });
    });
  }

  /**
   * 見直し列を外す: takes the column away while its cells are empty; with `confirmed` (入力も消して外す),
   * also when they are not.
   */
  async removeRevisedTarget(confirmed: boolean): Promise<void> {
    const port = this.pane.services.revisedTarget;
    if (port === undefined) return;
    await this.pane.run("unrevise", async () => {
      const removed = await removeRevisedTargetColumn(
        port,
        { settings: this.pane.getState().settings, confirmed },
        this.pane.progress,
      );
      if (!removed.ok) {
        this.pane.warn(removed.issues);
        return;
      }
      this.pane.dismissKind("revised");
      // The question whether to remove it with its entries is answered.
      this.dismissRefusals();
      this.pane.update({ settings: removed.value.settings, report: null });
      await this.pane.readSheet();
      this.pane.notify({ kind: "unrevised", deleted: removed.value.deleted });
    });
  }

  /** Takes back an earlier refusal of either action, once one of them has gone through. */
  private dismissRefusals(): void {
    const notices = this.pane
      .getState()
      .notices.filter((n) => !(n.kind === "issues" && (n.action === "revise" || n.action === "unrevise")));
    this.pane.update({ notices });
  }
}
