/* global Office */
/**
 * Ribbon commands. The add-in's one button, シートをチェック (Check sheet), opens the task pane
 * (a ShowTaskpane action in manifest.xml), so there is no function command to register here. In the
 * shared runtime this bundle loads on the same page as the pane and the custom functions; it only
 * waits for Office so that a command added later can be associated here with Office.actions.associate.
 */
Office.onReady(() => undefined);
