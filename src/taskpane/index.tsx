/* global document, Office, window */
/**
 * The task pane's composition root: it builds the ports (the Office.js adapter, the workbook's
 * settings, the clock), hands them to the pane's controller and renders the pane. It is the one place
 * that knows both the pane and the adapter; everything below it sees only app/'s ports.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { localeOf } from "../core/messages/formatIssue";
import { createExcelSettings } from "../office/createExcelSettings";
import { createExcelSummary } from "../office/createExcelSummary";
import { createExcelNewSheet } from "../office/createExcelNewSheet";
import { createExcelRevisedTarget } from "../office/createExcelRevisedTarget";
import { createExcelSelfTest, officeHostInfo } from "../office/createExcelSelfTest";
import { createExcelValidation } from "../office/createExcelValidation";
import { createExcelWorkbook } from "../office/createExcelWorkbook";
import { officeHost } from "../office/excelHost";
import { watchActiveSheet } from "../office/watchActiveSheet";
import { App } from "./components/App/App";
import { PaneContext } from "./hooks/usePane";
import { checkWorkbookFile, supportsWorkbookFiles } from "./loadWorkbookReader";
import { PaneController } from "./paneController";
import { systemClock } from "./systemClock";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const host = officeHost();
  const locale = localeOf(Office.context.displayLanguage);
  document.documentElement.lang = locale;
  const controller = new PaneController({
    workbook: createExcelWorkbook(host),
    settings: createExcelSettings(host),
    summary: createExcelSummary(host),
    // 取りまとめ reads .xlsx files in the pane (its reader is loaded when first used); without
    // DecompressionStream('deflate-raw') the section only says why it cannot.
    collect: {
      checkFile: supportsWorkbookFiles() ? checkWorkbookFile : null,
      // The 取りまとめ sheet's adapter comes with the section's chunk, when the sheet is first made.
      sheet: {
        writeCollectSheet: async (sheetName, planner) => {
          const { createExcelCollect } = await import(
            /* webpackChunkName: "collect-pane" */ "../office/createExcelCollect"
          );
          return createExcelCollect(host).writeCollectSheet(sheetName, planner);
        },
      },
    },
    // 動作確認 runs the ports above on a temporary sheet; this part makes and removes the sheet.
    selfTest: createExcelSelfTest(host, officeHostInfo),
    clock: systemClock,
    locale,
    // The pane follows the user to the sheet they activate (ExcelApi 1.7); without it, シートを読み直す.
    watchActiveSheet: (onActivated) => watchActiveSheet(host, onActivated),
    // Data validation needs ExcelApi 1.8; without it the 準備 section is not shown.
    ...(Office.context.requirements.isSetSupported("ExcelApi", "1.8")
      ? { validation: createExcelValidation(host) }
      : {}),
    // Worksheet.copy needs ExcelApi 1.7, a new sheet's print setup (pageLayout) 1.9.
    ...(Office.context.requirements.isSetSupported("ExcelApi", "1.9")
      ? { newSheets: createExcelNewSheet(host) }
      : {}),
    // 目標値を見直す looks for merged cells beside the column before inserting one (ExcelApi 1.13).
    ...(Office.context.requirements.isSetSupported("ExcelApi", "1.13")
      ? { revisedTarget: createExcelRevisedTarget(host) }
      : {}),
  });
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <PaneContext.Provider value={controller}>
        <App />
      </PaneContext.Provider>
    </FluentProvider>,
  );
  void controller.start();
  window.addEventListener("pagehide", () => void controller.stop());
});
