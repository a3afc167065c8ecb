/**
 * A stand-in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the browser test: the
 * globals the add-in uses (Office.onReady, Office.context, Excel.run, CustomFunctions) over the fake
 * Excel, holding the workbook the test put in `window.__KPI_WORKBOOK__` before the page loaded. The test
 * reads the workbook back through `window.__KPI_HOST__`.
 */
import { formatArea, parseArea } from "../fakeExcel/a1";
import { chartsOf } from "../fakeExcel/fakeCharts";
import { validationsOf } from "../fakeExcel/fakeDataValidation";
import { FakeExcel } from "../fakeExcel/fakeExcel";
import { tablesOf } from "../fakeExcel/fakeTables";
import type { SheetSpec } from "../fakeExcel/fakeWorkbook";
import { cellKey, createWorkbookState } from "../fakeExcel/fakeWorkbook";
import type { IsoDate } from "../../src/core/calendar";

export interface HostConfig {
  readonly sheets: readonly SheetSpec[];
  readonly settings?: Record<string, unknown>;
  readonly displayLanguage?: string;
  /** 0-based index of the active sheet. */
  readonly activeSheet?: number;
  /** Calculate formulas when read, judging TODAY() on this date (see FakeExcelOptions.calculation). */
  readonly calculateAsOf?: string;
}

export interface HostProbe {
  /** The selection as `Sheet!A1`. */
  selection(): string;
  syncs(): number;
  conditionalFormats(sheet: number): number;
  notes(sheet: number): Record<string, string>;
  settings(): Record<string, unknown>;
  /** Cells with data validation on the sheet named, as A1 addresses. */
  validatedCells(sheetName: string): string[];
  /** The sheets' names in tab order. */
  sheetNames(): string[];
  /** The charts on the sheet named, as type and source area. */
  charts(sheetName: string): { type: string; source: string }[];
  /** The Excel tables on the sheet named, as name, area and headers. */
  tables(sheetName: string): { name: string; area: string; headers: readonly string[] }[];
  /** The user clicks the tab of the sheet at this 0-based index (Excel raises worksheets.onActivated). */
  activateSheet(index: number): void;
  /** One cell's value and number format on the sheet named (`I14`); null when the cell is blank. */
  cell(sheetName: string, address: string): { value: unknown; numberFormat: string } | null;
}

const global = globalThis as unknown as Record<string, unknown> & {
  __KPI_WORKBOOK__?: HostConfig;
  __KPI_HOST__?: HostProbe;
};

const config: HostConfig = global.__KPI_WORKBOOK__ ?? { sheets: [{ name: "Sheet1", values: [] }] };
const state = createWorkbookState(config.sheets, config.settings);
state.activeSheet = config.activeSheet ?? 0;
state.selection = { sheet: state.activeSheet, area: { r0: 0, c0: 0, r1: 0, c1: 0 } };
const fake = new FakeExcel(
  state,
  // Excel on the web passes a blank cell to a custom function as null (office-js#4702).
  config.calculateAsOf ? { calculation: { asOf: config.calculateAsOf as IsoDate, platform: "web" } } : {},
);
const ready = Promise.resolve({ host: "Excel", platform: "OfficeOnline" });

global.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  context: {
    displayLanguage: config.displayLanguage ?? "ja-JP",
    // Office.context.diagnostics: what the self-test reports as Excel's build and platform.
    diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.0.0 (test host)" },
    requirements: {
      // Versions compare part by part, as Office does: 1.8 comes before 1.18.
      isSetSupported: (name: string, version?: string) =>
        name === "ExcelApi" && Number((version ?? "1.1").split(".")[1] ?? 0) <= 18,
    },
  },
  onReady: (callback?: (info: unknown) => void) => ready.then((info) => (callback ? callback(info) : info)),
  actions: { associate: () => undefined },
};
global.Excel = { run: fake.run };
global.CustomFunctions = { associate: () => undefined };
global.__KPI_HOST__ = {
  selection: () => `${state.sheets[state.selection.sheet]?.name ?? "?"}!${formatArea(state.selection.area)}`,
  syncs: () => fake.syncs.length,
  conditionalFormats: (sheet) => state.sheets[sheet]?.conditionalFormats.length ?? 0,
  notes: (sheet) =>
    Object.fromEntries([...(state.sheets[sheet]?.notes ?? new Map())].map(([k, n]) => [k, n.content])),
  settings: () => Object.fromEntries(state.settings),
  sheetNames: () => state.sheets.map((sheet) => sheet.name),
  validatedCells: (sheetName) => {
    const sheet = state.sheets.find((s) => s.name === sheetName);
    if (sheet === undefined) return [];
    return [...validationsOf(sheet).keys()]
      .sort((a, b) => a - b)
      .map((key) => {
        const row = Math.floor(key / 16_384);
        return formatArea({ r0: row, c0: key % 16_384, r1: row, c1: key % 16_384 });
      });
  },
  activateSheet: (index) => fake.activateSheet(index),
  cell: (sheetName, address) => {
    const { r0, c0 } = parseArea(address);
    const cell = state.sheets.find((s) => s.name === sheetName)?.cells.get(cellKey(r0, c0));
    return cell === undefined ? null : { value: cell.value, numberFormat: cell.numberFormat };
  },
  tables: (sheetName) => {
    const sheet = state.sheets.find((s) => s.name === sheetName);
    return sheet === undefined
      ? []
      : tablesOf(sheet).map(({ name, area, headers }) => ({ name, area: formatArea(area), headers }));
  },
  charts: (sheetName) => {
    const sheet = state.sheets.find((s) => s.name === sheetName);
    return sheet === undefined ? [] : chartsOf(sheet).map(({ type, source }) => ({ type, source }));
  },
};
