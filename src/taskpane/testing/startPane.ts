// The pane's controller over a fake Excel, started as the task pane starts it: for the controller's tests.
import type { FakeExcel, FakeExcelOptions } from "../../../test/fakeExcel/fakeExcel";
import { fakeWatchActiveSheet, fakeWorkbook } from "../../../test/fakeExcel/fakeHost";
import type { SheetSpec } from "../../../test/fakeExcel/fakeWorkbook";
import type { PaneServices } from "../paneController";
import { PaneController } from "../paneController";

/** The as-of date of the seeds' example (2025-11-21), saved in the workbook as a user would have. */
export const SAVED_AS_OF = { "kpiSheetChecker.settings": { version: 1, asOf: "2025-11-21" } };

export interface StartPaneOptions {
  /** The workbook's saved settings; the saved as-of date by default. */
  readonly settings?: Record<string, unknown>;
  readonly today?: string;
  /** The optional ports (validation, newSheets, summary) to give the pane, built over the fake. */
  readonly ports?: (
    fake: FakeExcel,
  ) => Pick<PaneServices, "validation" | "newSheets" | "summary" | "selfTest" | "collect" | "revisedTarget">;
  /** How the fake Excel behaves (notes, calculation). */
  readonly excel?: FakeExcelOptions;
}

/**
 * A started controller over a fake workbook holding `sheets`.
 * @example const { fake, controller } = await startPane([goalSheet2()], { ports: (f) => ({ summary: fakeSummary(f) }) })
 */
export async function startPane(
  sheets: readonly SheetSpec[],
  options: StartPaneOptions = {},
): Promise<{ fake: FakeExcel; controller: PaneController; settings: PaneServices["settings"] }> {
  const { fake, workbook, settings } = fakeWorkbook(sheets, {
    settings: options.settings ?? SAVED_AS_OF,
    ...options.excel,
  });
  const controller = new PaneController({
    workbook,
    settings,
    clock: { today: () => options.today ?? "2025-12-01" },
    locale: "ja",
    watchActiveSheet: fakeWatchActiveSheet(fake),
    ...(options.ports ? options.ports(fake) : {}),
  });
  await controller.start();
  return { fake, controller, settings };
}

/** The cells of the last check's warnings. */
export function warningCells(controller: PaneController): string[] {
  return controller.getState().report?.warnings.map((f) => f.cell) ?? [];
}
