/* global Excel, Office, setTimeout */
/**
 * The self-test port over Office.js: the stage for 動作確認 (a temporary sheet, a user's own rules on
 * it), the read-backs, a formula calculated by Excel, and putting the workbook back. The commands being
 * tested run through their own ports; nothing here is a copy of them.
 */
import type { CellValidation, HostInfo, SelfTestPort, SheetInspection, UserRules } from "../app/selfTestPort";
import { rulesSharingCells } from "../app/planFlags";
import type { CellValue } from "../core/sheetTable";
import { SETTINGS_KEY } from "./createExcelSettings";
import type { ExcelHost } from "./excelHost";
import { FLAG_RECORD_KEY, normaliseCell } from "./flagOwnership";
import { runSession } from "./runSession";
import { SUMMARY_RECORD_KEY } from "./summaryOwnership";
import { VALIDATION_RECORD_KEY } from "./validationOwnership";

/** Every setting the add-in keeps in a workbook: what `finish` puts back. */
export const ADDIN_SETTING_KEYS: readonly string[] = [
  SETTINGS_KEY,
  FLAG_RECORD_KEY,
  VALIDATION_RECORD_KEY,
  SUMMARY_RECORD_KEY,
];

/** How long to wait for a custom function: it calculates asynchronously and shows #BUSY! until then. */
export interface CalculationWait {
  readonly tries: number;
  readonly intervalMs: number;
}
const DEFAULT_WAIT: CalculationWait = { tries: 40, intervalMs: 250 };

/** The fill of the user's own conditional format on the temporary sheet (a pale blue). */
const USER_FILL = "#DDEBF7";

interface Snapshot {
  readonly sheetIds: readonly string[];
  readonly activeId: string;
  /** The add-in's settings as they were; undefined: absent. */
  readonly settings: ReadonlyMap<string, unknown>;
}

/**
 * Office's build and platform, and the highest ExcelApi set, for the self-test's report. Call after
 * Office.onReady.
 * @example officeHostInfo() // { version: "16.0.18025.20104", platform: "PC", excelApi: "1.18" }
 */
export function officeHostInfo(): HostInfo {
  const diagnostics = Office.context.diagnostics as Partial<Office.ContextInformation> | undefined;
  let excelApi = "?";
  // Versions go up one minor number at a time; ask from a little past the newest known set down.
  for (let minor = 30; minor >= 1; minor--) {
    if (Office.context.requirements.isSetSupported("ExcelApi", `1.${minor}`)) {
      excelApi = `1.${minor}`;
      break;
    }
  }
  return {
    version: String(diagnostics?.version ?? "?"),
    platform: String(diagnostics?.platform ?? "?"),
    excelApi,
  };
}

/**
 * The self-test port for the Excel the add-in runs in.
 * @example createExcelSelfTest(officeHost(), officeHostInfo)
 */
export function createExcelSelfTest(
  host: ExcelHost,
  hostInfo: () => HostInfo,
  wait: CalculationWait = DEFAULT_WAIT,
): SelfTestPort {
  let snapshot: Snapshot | null = null;

  return {
    hostInfo,

    begin: () =>
      runSession(host, "read", async (context) => {
        const sheets = context.workbook.worksheets.load("items/id,items/name");
        const active = context.workbook.worksheets.getActiveWorksheet().load("id");
        const settings = ADDIN_SETTING_KEYS.map((key) => ({
          key,
          setting: context.workbook.settings.getItemOrNullObject(key).load("value"),
        }));
        await context.sync();
        snapshot = {
          sheetIds: sheets.items.map((sheet) => sheet.id),
          activeId: active.id,
          settings: new Map(
            settings
              .filter(({ setting }) => !setting.isNullObject)
              .map(({ key, setting }) => [key, setting.value as unknown]),
          ),
        };
        return sheets.items.map((sheet) => sheet.name);
      }),

    addSheet: (sheetName, values) =>
      runSession(host, "template", async (context) => {
        const sheet = context.workbook.worksheets.add(sheetName);
        const width = Math.max(1, ...values.map((row) => row.length));
        if (values.length > 0) {
          sheet.getRangeByIndexes(0, 0, values.length, width).values = values.map((row) =>
            Array.from({ length: width }, (_, c) => row[c] ?? ""),
          );
        }
        sheet.activate();
        await context.sync();
      }),

    addUserRules: (sheetName, rules: UserRules) =>
      runSession(host, "validate", async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        const format = sheet.getRange(rules.conditionalFormat.address).conditionalFormats.add("Custom");
        format.custom.rule.formula = rules.conditionalFormat.formula;
        format.custom.format.fill.color = USER_FILL;
        sheet.getRange(rules.listValidation.address).dataValidation.rule = {
          list: { inCellDropDown: true, source: rules.listValidation.source },
        };
        await context.sync();
      }),

    activate: (sheetName) =>
      runSession(host, "select", async (context) => {
        context.workbook.worksheets.getItem(sheetName).activate();
        await context.sync();
      }),

    inspect: (sheetName, area, cells) =>
      runSession(host, "read", (context) =>
        inspectSheet(context, host.supportsNotes(), sheetName, area, cells),
      ),

    calculate: (sheetName, formulas) =>
      runSession(host, "read", async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        for (const { cell, formula } of formulas) sheet.getRange(cell).formulas = [[formula]];
        await context.sync();
        let values: CellValue[] = [];
        for (let attempt = 0; attempt < wait.tries; attempt++) {
          const ranges = formulas.map(({ cell }) => sheet.getRange(cell).load("values"));
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- polling: a custom function's value arrives after Excel calculates it
          await context.sync();
          values = ranges.map((range) => (range.values[0]?.[0] ?? null) as CellValue);
          if (!values.includes("#BUSY!")) break;
          await new Promise((resolve) => setTimeout(resolve, wait.intervalMs));
        }
        return values;
      }),

    finish: () =>
      runSession(host, "template", async (context) => {
        const before = snapshot;
        if (before === null) return;
        const sheets = context.workbook.worksheets.load("items/id");
        const current = ADDIN_SETTING_KEYS.map((key) => ({
          key,
          setting: context.workbook.settings.getItemOrNullObject(key).load("value"),
        }));
        await context.sync();
        const kept = new Set(before.sheetIds);
        const added = sheets.items.filter((sheet) => !kept.has(sheet.id));
        if (kept.has(before.activeId)) context.workbook.worksheets.getItem(before.activeId).activate();
        for (const sheet of added) sheet.delete();
        for (const { key, setting } of current) {
          if (before.settings.has(key)) context.workbook.settings.add(key, before.settings.get(key));
          else if (!setting.isNullObject) setting.delete();
        }
        await context.sync();
        snapshot = null;
      }),
  };
}

async function inspectSheet(
  context: Excel.RequestContext,
  notesSupported: boolean,
  sheetName: string,
  area: string,
  cells: readonly string[],
): Promise<SheetInspection> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const values = sheet.getRange(area).load("values");
  const formats = sheet.getRange().conditionalFormats.load("items/type");
  const notes = notesSupported ? sheet.notes.load("items/content") : null;
  const charts = sheet.charts.load("items/chartType");
  const validations = cells.map((cell) => ({
    cell,
    validation: sheet.getRange(cell).dataValidation.load("type,rule,prompt,errorAlert"),
  }));
  await context.sync();

  // Rules' areas and note locations need the collections' items first. A rule's formula is read only when
  // it shares no cell with another rule: Excel fails the whole read otherwise (office-js #6827, #6835).
  const areas = formats.items.map((format) => format.getRanges().load("address"));
  const locations = (notes?.items ?? []).map((note) => ({
    content: note.content,
    location: note.getLocation().load("address"),
  }));
  if (areas.length > 0 || locations.length > 0) await context.sync();
  const addresses = areas.map((ranges) => ranges.address.split(",").map(normaliseCell).join(","));
  const sharing = rulesSharingCells(addresses);
  const formulas = formats.items.map((format, index) =>
    format.type === "Custom" && !sharing.has(index) ? format.custom.rule.load("formula") : null,
  );
  if (formulas.some((rule) => rule !== null)) await context.sync();

  return {
    values: values.values as CellValue[][],
    conditionalFormats: formats.items.map((format, index) => ({
      type: String(format.type),
      address: addresses[index] ?? "",
      formula: formulas[index]?.formula ?? null,
    })),
    notes:
      notes === null
        ? null
        : Object.fromEntries(
            locations.map(({ content, location }) => [normaliseCell(location.address), content]),
          ),
    validation: Object.fromEntries(
      validations.map(({ cell, validation }) => [cell, validationOf(validation)]),
    ),
    chartTypes: charts.items.map((chart) => String(chart.chartType)),
  };
}

function validationOf(validation: Excel.DataValidation): CellValidation {
  return {
    type: String(validation.type),
    listSource: validation.rule?.list?.source === undefined ? null : String(validation.rule.list.source),
    promptMessage: validation.prompt?.message ?? "",
    showAlert: validation.errorAlert?.showAlert ?? true,
  };
}
