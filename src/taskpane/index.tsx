/* global document, Office */
/**
 * The task pane's composition root: it builds the ports (the Office.js adapter, the workbook's
 * settings, the clock), hands them to the pane's controller and renders the pane. It is the one place
 * that knows both the pane and the adapter; everything below it sees only app/'s ports.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { localeOf } from "../core/messages/formatIssue";
import { createExcelSettings } from "../office/createExcelSettings";
import { createExcelWorkbook } from "../office/createExcelWorkbook";
import { officeHost } from "../office/excelHost";
import { App } from "./components/App/App";
import { PaneContext } from "./hooks/usePane";
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
    clock: systemClock,
    locale,
  });
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <PaneContext.Provider value={controller}>
        <App />
      </PaneContext.Provider>
    </FluentProvider>,
  );
  void controller.start();
});
