/**
 * 集計: every goal sheet and KPI list of the workbook counted, in the pane or on the add-in's own
 * 集計 sheet, and that sheet deleted again. Offered only where the host gives the summary port.
 */
import { buildSummarySheet } from "../app/buildSummarySheet";
import { removeSummarySheet } from "../app/removeSummarySheet";
import type { SheetSummaryEntry } from "../app/summarizeWorkbook";
import { summarizeWorkbook } from "../app/summarizeWorkbook";
import type { WorkbookSummaryRow } from "./paneState";
import type { PaneStore } from "./paneStore";

export class SummaryCommands {
  constructor(private readonly pane: PaneStore) {}

  /** Whether the workbook offers the summary (集計). */
  get available(): boolean {
    return this.pane.services.summary !== undefined;
  }

  /** 集計を表示: reads every sheet and counts each goal sheet's and KPI list's items. */
  async summarize(): Promise<void> {
    const summary = this.pane.services.summary;
    if (summary === undefined) return;
    await this.pane.run("summarize", async () => {
      const entries = await summarizeWorkbook(summary, this.pane.checkOptions());
      this.pane.update({ workbookSummary: rowsOf(entries) });
      if (entries.length === 0) this.pane.warn([{ code: "summary_no_sheets" }]);
    });
  }

  /** 集計シートを作成: the add-in's 集計 sheet with formulas and a chart; refuses a user's sheet of that name. */
  async buildSummarySheet(): Promise<void> {
    const summary = this.pane.services.summary;
    if (summary === undefined) return;
    await this.pane.run("summarySheet", async () => {
      const options = { ...this.pane.checkOptions(), locale: this.pane.services.locale };
      const built = await buildSummarySheet(summary, options);
      if (!built.ok) {
        this.pane.warn(built.issues);
        return;
      }
      this.pane.update({ workbookSummary: rowsOf(built.value.entries) });
      this.pane.notify({ kind: "summarySheet", written: built.value.written });
    });
  }

  /** 集計シートを削除: the add-in's summary sheet and its record, nothing else. */
  async removeSummarySheet(): Promise<void> {
    const summary = this.pane.services.summary;
    if (summary === undefined) return;
    await this.pane.run("removeSummarySheet", async () => {
      const { removed } = await removeSummarySheet(summary);
      this.pane.dismissKind("summarySheet");
      this.pane.notify({ kind: "summarySheetRemoved", sheetName: removed });
    });
  }
}

function rowsOf(entries: readonly SheetSummaryEntry[]): WorkbookSummaryRow[] {
  return entries.map(({ sheetName, summary }) => ({ sheetName, summary }));
}
