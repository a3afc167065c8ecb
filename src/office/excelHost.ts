/* global Excel, Office */
/**
 * The adapter's one way to Excel: `Excel.run` and the host's API version. Tests hand in a fake Excel
 * here; the task pane hands in the real one.
 */

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Notes need ExcelApi 1.18; without them flags are conditional formats only. */
  supportsNotes(): boolean;
}

/**
 * The Excel the add-in runs in. Call it after Office.onReady.
 * @example createExcelWorkbook(officeHost())
 */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    supportsNotes: () => Office.context.requirements.isSetSupported("ExcelApi", "1.18"),
  };
}
