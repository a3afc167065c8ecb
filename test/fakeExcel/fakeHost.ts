/**
 * The adapter's ExcelHost over a fake Excel, and a workbook port ready for tests.
 */
import type { ExcelHost } from "../../src/office/excelHost";
import { createExcelWorkbook } from "../../src/office/createExcelWorkbook";
import type { WorkbookLimits } from "../../src/office/createExcelWorkbook";
import { DEFAULT_LIMITS } from "../../src/office/createExcelWorkbook";
import type { SettingsPort, WorkbookPort } from "../../src/app/ports";
import { createExcelSettings } from "../../src/office/createExcelSettings";
import { watchActiveSheet } from "../../src/office/watchActiveSheet";
import type { FakeExcelOptions } from "./fakeExcel";
import { FakeExcel } from "./fakeExcel";
import type { SheetSpec } from "./fakeWorkbook";
import { createWorkbookState } from "./fakeWorkbook";

export function fakeHost(fake: FakeExcel): ExcelHost {
  return {
    run: fake.run as unknown as ExcelHost["run"],
    supportsNotes: () => fake.notesSupported,
  };
}

/** A fake Excel holding `sheets`, and the adapter's workbook and settings ports over it. */
export function fakeWorkbook(
  sheets: readonly SheetSpec[],
  options: FakeExcelOptions & {
    readonly settings?: Record<string, unknown>;
    readonly limits?: Partial<WorkbookLimits>;
  } = {},
): { fake: FakeExcel; workbook: WorkbookPort; settings: SettingsPort } {
  const fake = new FakeExcel(createWorkbookState(sheets, options.settings), options);
  const workbook = createExcelWorkbook(fakeHost(fake), { ...DEFAULT_LIMITS, ...options.limits });
  return { fake, workbook, settings: createExcelSettings(fakeHost(fake)) };
}

/** The adapter's worksheet activation over a fake Excel, as the task pane is given it. */
export function fakeWatchActiveSheet(
  fake: FakeExcel,
): (onActivated: () => void) => Promise<() => Promise<void>> {
  return (onActivated) => watchActiveSheet(fakeHost(fake), onActivated);
}
