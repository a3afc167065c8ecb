import type { WorkbookOperation } from "../app/workbookFailure";
import type { ExcelHost } from "./excelHost";
import { toWorkbookFailure } from "./toWorkbookFailure";

/**
 * Runs one Excel session for an operation; whatever Excel raises comes out as the WorkbookFailure the
 * pane can explain (cell being edited, access denied, too large …).
 * @example await runSession(host, "read", (context) => readUsedRange(context, limits))
 */
export async function runSession<T>(
  host: ExcelHost,
  operation: WorkbookOperation,
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  try {
    return await host.run(batch);
  } catch (error) {
    throw toWorkbookFailure(error, operation);
  }
}
