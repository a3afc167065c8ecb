/* global Excel */
/**
 * Worksheet activation over Office.js, so the task pane follows the user to the sheet they click.
 * `worksheets.onActivated` (ExcelApi 1.7) calls the handler after any sheet becomes active
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-onactivated-member);
 * the handler is removed in the request context it was added in, which the EventHandlerResult carries.
 */
import type { ExcelHost } from "./excelHost";

/**
 * Registers `onActivated` for sheet activation and resolves to the function that removes it. Rejects
 * where the host has no worksheet events (Excel before ExcelApi 1.7): the caller keeps reading on request.
 * @example const stop = await watchActiveSheet(officeHost(), () => void pane.reload()); await stop()
 */
export async function watchActiveSheet(
  host: ExcelHost,
  onActivated: () => void,
): Promise<() => Promise<void>> {
  const registered = await host.run(async (context) => {
    const result = context.workbook.worksheets.onActivated.add(async () => {
      onActivated();
    });
    await context.sync();
    return result;
  });
  return async () => {
    registered.remove();
    await (registered.context as Excel.RequestContext).sync();
  };
}
