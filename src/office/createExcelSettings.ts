/**
 * The settings port over the workbook's add-in settings (Excel's SettingCollection, the same store as
 * Office.context.document.settings): saved in the file, so the next person who opens it gets them.
 */
import type { SettingsPort } from "../app/ports";
import type { ExcelHost } from "./excelHost";
import { toWorkbookFailure } from "./toWorkbookFailure";

export const SETTINGS_KEY = "kpiSheetChecker.settings";

/**
 * The settings port for the Excel the add-in runs in.
 * @example await createExcelSettings(officeHost()).load() // null in a workbook never checked
 */
export function createExcelSettings(host: ExcelHost): SettingsPort {
  return {
    load: async () => {
      try {
        return await host.run(async (context) => {
          const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
          await context.sync();
          return setting.isNullObject ? null : (setting.value as unknown);
        });
      } catch (error) {
        throw toWorkbookFailure(error, "settings");
      }
    },
    save: async (value) => {
      try {
        await host.run(async (context) => {
          context.workbook.settings.add(SETTINGS_KEY, value);
          await context.sync();
        });
      } catch (error) {
        throw toWorkbookFailure(error, "settings");
      }
    },
  };
}
