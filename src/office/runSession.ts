import type { WorkbookOperation } from "../app/workbookFailure";
import type { ExcelHost } from "./excelHost";
import { toWorkbookFailure } from "./toWorkbookFailure";

/**
 * Runs one Excel session for an operation; whatever Excel raises comes out as the WorkbookFailure the
 * pane can explain (cell being edited, access denied, too large …). A write that can fail after sending
 * part of its batches passes `afterFailure`, which undoes what it can and says whether anything may be
 * left written; the failure carries that answer (partialWrite).
 * @example await runSession(host, "read", (context) => readUsedRange(context, limits))
 */
export async function runSession<T>(
  host: ExcelHost,
  operation: WorkbookOperation,
  batch: (context: Excel.RequestContext) => Promise<T>,
  afterFailure?: () => Promise<boolean>,
): Promise<T> {
  try {
    return await host.run(batch);
  } catch (error) {
    const partialWrite = afterFailure ? await afterFailure() : false;
    throw toWorkbookFailure(error, operation, partialWrite);
  }
}
