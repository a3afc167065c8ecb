/**
 * The reader of workbook files for 取りまとめ, loaded only when the user first collects files: the dynamic
 * import makes it a chunk of its own (collect.js), so the pane's first load does not carry the zip and
 * sheet reader. Whether this host can unpack .xlsx files at all is asked without loading it.
 */
import type { CollectedFile } from "../app/collectFiles";
import type { CheckWorkbookBlob } from "./paneState";

export { supportsWorkbookFiles } from "../workbookFile/inflateRaw";

/**
 * Checks one file with the command-line checker's reader and check, keeping of its report what 取りまとめ
 * shows (each sheet's rows are left behind, so 200 files' reports stay small).
 * @example await checkWorkbookFile(file, file.name, { asOf: "2025-11-21", locale: "ja", signal })
 */
export const checkWorkbookFile: CheckWorkbookBlob = async (file, name, options) => {
  const { checkWorkbookBlob } = await import(/* webpackChunkName: "collect" */ "../workbookFile");
  const report = await checkWorkbookBlob(file, name, options);
  const collected: CollectedFile = {
    path: report.path,
    ...(report.error === undefined ? {} : { error: report.error }),
    sheets: report.sheets.map((sheet) => ({
      name: sheet.name,
      ...(sheet.skipped === undefined ? {} : { skipped: sheet.skipped }),
      ...(sheet.summary === undefined ? {} : { summary: sheet.summary }),
      findings: sheet.findings,
    })),
  };
  return collected;
};
