/**
 * A small in-memory fake of the part of the Excel JavaScript API the add-in uses, with Office.js's
 * batching: property writes and method calls are queued, `load` asks for properties, and nothing
 * happens until `context.sync()`, which runs the queue in order and only then makes loaded properties
 * readable (reading one before is an error, as in Office.js). It counts syncs and estimates the size of
 * each request and response, the way Excel on the web serialises them as JSON, so tests can hold the
 * adapter to a fixed number of round trips and to Excel's payload limit.
 *
 * Like Excel, a batch is not a transaction: an action that fails stops the batch, and the actions before
 * it stay done. `failOnSync` makes a chosen sync fail before it runs anything, as a dropped connection does;
 * `failOnAction` makes one chosen action fail inside its sync, after the actions queued before it have run
 * (Office.js runs the commands before the failing one and none after it, as the example of
 * OfficeExtension.Error.traceMessages shows: "All other commands after the failed command in the batch are
 * not executed", https://learn.microsoft.com/javascript/api/office/officeextension.error).
 */
import type { Area } from "./a1";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  columnsOf,
  formatArea,
  intersect,
  parseArea,
  parseAreas,
  quoteSheet,
  rowsOf,
  splitSheet,
} from "./a1";
import { FakeDataValidation } from "./fakeDataValidation";
import { copySheet } from "./fakeSheetCopy";
import { FakePageLayout, mergeArea, mergedAreasOf } from "./fakeSheetLayout";
import { FakeClientResult, deleteColumn, insertColumn, tablesIn } from "./fakeColumns";
import { FakeChartCollection, FakeRangeFormat, chartsOf } from "./fakeCharts";
import { FakeTableCollection } from "./fakeTables";
import type { FakeCell, FakeConditionalFormat, FakeSheet, FakeWorkbookState } from "./fakeWorkbook";
import { GENERAL, cellKey } from "./fakeWorkbook";
import type { EmptyCellConvention } from "./evaluateFormulas";
import { displayedValueOf } from "./evaluateFormulas";
import type { IsoDate } from "../../src/core/calendar";

export interface SyncRecord {
  /** Bytes of the request: every queued action with its arguments, as JSON. */
  readonly requestBytes: number;
  /** Bytes of the response: every loaded property, as JSON. */
  readonly responseBytes: number;
  readonly actions: number;
}

export interface FakeExcelOptions {
  /** Whether the host has ExcelApi 1.18 (notes). Default true. */
  readonly notesSupported?: boolean;
  /**
   * Calculate formulas when their values are read (KPI functions included), judging TODAY() on `asOf`;
   * `platform` picks what a custom function gets for a blank cell (null on the web, 0 on Windows:
   * office-js#4702); the web by default. Without it the fake does not calculate: a formula's value reads as empty.
   */
  readonly calculation?: { readonly asOf: IsoDate; readonly platform?: EmptyCellConvention };
  /** Whether the host has worksheet events (`worksheets.onActivated`, ExcelApi 1.7). Default true. */
  readonly worksheetEvents?: boolean;
}

/** What `worksheets.onActivated` hands a handler (Excel.WorksheetActivatedEventArgs). */
export interface FakeWorksheetActivatedArgs {
  readonly type: "WorksheetActivated";
  readonly worksheetId: string;
}

/** Bytes a request action costs beyond its arguments: the object path and the action's envelope. */
const ACTION_OVERHEAD = 60;

type Action = { readonly describe: unknown; readonly run: () => unknown };

/** Which queued action fails: its 1-based number counted over every action since the last reset, or a test. */
export type ActionFailure = number | ((describe: unknown, index: number) => boolean);

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

const ENCODER = new TextEncoder();

/**
 * UTF-8 length of a string, as Excel on the web counts a request. Measured with the platform's own
 * encoder, not the adapter's estimate, so a mistake in the adapter's arithmetic shows up as a test
 * failure. TextEncoder, not Node's Buffer: the browser test runs this fake inside the page.
 */
export function utf8Length(text: string): number {
  return ENCODER.encode(text).length;
}

function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : utf8Length(JSON.stringify(value));
}

export class FakeExcel {
  readonly syncs: SyncRecord[] = [];
  /** 1-based number of the sync (counted from the start, see `syncs`) that fails without running. */
  failOnSync: number | null = null;
  /**
   * The action that fails inside its sync: the 1-based number of the action counted over all actions run
   * since the last `resetStats` (see `actionsRun`), or a predicate over the action's description (such as
   * `{ call: "…conditionalFormats.add" }`) and that number. It fails once, then is cleared.
   */
  failOnAction: ActionFailure | null = null;
  /** Actions run since the last reset, for choosing `failOnAction`. */
  actionsRun = 0;
  failure: { readonly code: string; readonly message: string } = {
    code: "GeneralException",
    message: "An internal error has occurred.",
  };
  readonly notesSupported: boolean;
  readonly calculation: FakeExcelOptions["calculation"] | null;
  readonly worksheetEvents: boolean;
  /** Handlers registered with `worksheets.onActivated.add` and not removed. */
  readonly activatedHandlers = new Set<(args: FakeWorksheetActivatedArgs) => Promise<unknown>>();

  constructor(
    readonly state: FakeWorkbookState,
    options: FakeExcelOptions = {},
  ) {
    this.notesSupported = options.notesSupported ?? true;
    this.calculation = options.calculation ?? null;
    this.worksheetEvents = options.worksheetEvents ?? true;
  }

  /**
   * The user clicks a sheet's tab: it becomes the active sheet and, as in Excel, every onActivated
   * handler is called after the change, outside any batch.
   */
  activateSheet(index: number): void {
    const sheet = this.state.sheets[index];
    if (sheet === undefined) throw new RangeError(`no sheet ${index}`);
    this.state.activeSheet = index;
    this.raiseActivated(sheet.id);
  }

  /** @internal: Excel raises events after the batch that caused them, not inside it. */
  raiseActivated(worksheetId: string): void {
    const handlers = [...this.activatedHandlers];
    setTimeout(() => {
      for (const handler of handlers) void handler({ type: "WorksheetActivated", worksheetId });
    }, 0);
  }

  /** Excel.run: one session; a batch left unsynced at the end is synced, as Office.js does. */
  readonly run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(this);
    const result = await batch(context);
    if (context.pending.length > 0) await context.sync();
    return result;
  };

  resetStats(): void {
    this.syncs.length = 0;
    this.actionsRun = 0;
  }

  private failsNow(action: Action): boolean {
    const failure = this.failOnAction;
    if (failure === null) return false;
    const fails =
      typeof failure === "number" ? failure === this.actionsRun : failure(action.describe, this.actionsRun);
    if (fails) this.failOnAction = null;
    return fails;
  }

  /** @internal */
  sync(context: FakeRequestContext): void {
    const actions = context.pending.splice(0);
    let requestBytes = actions.length > 0 ? context.pathBytes : 0;
    context.pathBytes = 0;
    for (const action of actions) requestBytes += ACTION_OVERHEAD + jsonBytes(action.describe);
    if (this.failOnSync !== null && this.syncs.length + 1 === this.failOnSync) {
      this.syncs.push({ requestBytes, responseBytes: 0, actions: actions.length });
      throw officeError(this.failure.code, this.failure.message);
    }
    let responseBytes = 0;
    try {
      for (const action of actions) {
        this.actionsRun += 1;
        if (this.failsNow(action)) throw officeError(this.failure.code, this.failure.message);
        responseBytes += jsonBytes(action.run());
      }
    } finally {
      this.syncs.push({ requestBytes, responseBytes, actions: actions.length });
    }
  }
}

export class FakeRequestContext {
  readonly pending: Action[] = [];
  /** Bytes of object paths created since the last sync: each goes to Excel once, with its arguments. */
  pathBytes = 0;
  private nextObject = 0;
  readonly workbook: FakeWorkbookApi;

  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbookApi(this);
  }

  async sync(): Promise<void> {
    this.fake.sync(this);
  }

  /** @internal: registers an object path (`#3.getRanges("A1:B2")`) and returns its short reference. */
  objectPath(path: string): string {
    this.pathBytes += ACTION_OVERHEAD / 2 + utf8Length(path);
    return `#${++this.nextObject}`;
  }

  /** @internal */
  enqueue(describe: unknown, run: () => unknown): void {
    this.pending.push({ describe, run });
  }

  get state(): FakeWorkbookState {
    return this.fake.state;
  }
}

function propertyNames(props: string | string[] | { select?: string } | undefined): string[] {
  if (props === undefined) return [];
  const list =
    typeof props === "string"
      ? props.split(",")
      : Array.isArray(props)
        ? props
        : (props.select ?? "").split(",");
  return list.map((name) => name.trim()).filter((name) => name !== "");
}

/** An API object: queued actions on a target that is found only when the batch runs. */
abstract class FakeClientObject<T> {
  protected loaded: Record<string, unknown> | null = null;
  private nullObject: boolean | null = null;
  /** A short reference: Office.js sends an object's path once and refers to it by id afterwards. */
  protected readonly path: string;

  constructor(
    protected readonly context: FakeRequestContext,
    path: string,
    protected readonly target: () => T | null,
  ) {
    this.path = context.objectPath(path);
  }

  get isNullObject(): boolean {
    if (this.nullObject === null)
      throw officeError("PropertyNotLoaded", `${this.path}.isNullObject is not loaded`);
    return this.nullObject;
  }

  load(props?: string | string[] | { select?: string }): this {
    const names = propertyNames(props);
    this.context.enqueue({ load: this.path, select: names }, () => {
      const target = this.target();
      this.nullObject = target === null;
      if (target === null) return null;
      const data = this.read(target, names);
      this.loaded = { ...(this.loaded ?? {}), ...data };
      return data;
    });
    return this;
  }

  protected abstract read(target: T, names: readonly string[]): Record<string, unknown>;

  protected get(name: string): unknown {
    if (this.loaded === null || !(name in this.loaded)) {
      throw officeError("PropertyNotLoaded", `The property '${name}' of ${this.path} is not loaded.`);
    }
    return this.loaded[name];
  }

  /** The target, or ItemNotFound when the batch runs and it is gone. */
  protected require(): T {
    const target = this.target();
    if (target === null) throw officeError("ItemNotFound", `${this.path} does not exist.`);
    return target;
  }
}

// -------------------------------------------------------------------------------------------------
// Workbook, worksheets, settings

class FakeWorkbookApi {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;

  constructor(private readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.settings = new FakeSettingCollection(context);
  }

  /** Every table of the workbook (load only); tables are added through a worksheet's. See fakeTables.ts. */
  get tables(): FakeTableCollection {
    return new FakeTableCollection(
      this.context,
      "workbook.tables",
      null,
      (range) => (range as FakeRange).resolveTarget(),
      (address) => parseArea(splitSheet(address).local),
    );
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, "workbook.getSelectedRange()", () => {
      const { sheet, area } = this.context.state.selection;
      const target = this.context.state.sheets[sheet];
      return target ? { sheet: target, area } : null;
    });
  }
}

/**
 * `worksheets.onActivated` (ExcelApi 1.7): "Occurs when any worksheet in the workbook is activated",
 * with Excel.WorksheetActivatedEventArgs `{ type: "WorksheetActivated", worksheetId }`
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-onactivated-member
 * and https://learn.microsoft.com/javascript/api/excel/excel.worksheetactivatedeventargs). `add` registers
 * the handler when the batch syncs and returns an OfficeExtension.EventHandlerResult, whose `remove`
 * is queued in the batch of the context it carries.
 */
class FakeActivatedEvent {
  constructor(private readonly context: FakeRequestContext) {}

  add(handler: (args: FakeWorksheetActivatedArgs) => Promise<unknown>): {
    readonly context: FakeRequestContext;
    remove(): void;
  } {
    const { fake } = this.context;
    this.context.enqueue({ call: "worksheets.onActivated.add" }, () => {
      fake.activatedHandlers.add(handler);
    });
    const context = this.context;
    return {
      context,
      remove: () =>
        context.enqueue({ call: "worksheets.onActivated.remove" }, () => {
          fake.activatedHandlers.delete(handler);
        }),
    };
  }
}

class FakeWorksheetCollection {
  constructor(private readonly context: FakeRequestContext) {}

  get onActivated(): FakeActivatedEvent {
    if (!this.context.fake.worksheetEvents)
      throw officeError("ApiNotFound", "worksheets.onActivated needs ExcelApi 1.7");
    return new FakeActivatedEvent(this.context);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, "worksheets.getActiveWorksheet()", () => {
      const { sheets, activeSheet } = this.context.state;
      return sheets[activeSheet] ?? null;
    });
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets.getItem(${JSON.stringify(name)})`, () => {
      return this.context.state.sheets.find((sheet) => sheet.name === name || sheet.id === name) ?? null;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return this.getItem(name);
  }

  private loadedSheets: { id: string; name: string; position: number }[] | null = null;

  /** Loads the sheets (`items/name,items/id,items/position`); `items` is readable after the sync. */
  load(props?: string): this {
    const names = (props ?? "").split(",").map((name) => name.trim().replace(/^items\//, ""));
    this.context.enqueue({ load: "worksheets", select: names }, () => {
      this.loadedSheets = this.context.state.sheets.map((sheet, position) => ({
        id: sheet.id,
        name: sheet.name,
        position,
      }));
      return this.loadedSheets.map((sheet) =>
        Object.fromEntries(names.map((name) => [name, sheet[name as keyof typeof sheet]])),
      );
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (this.loadedSheets === null) throw officeError("PropertyNotLoaded", "worksheets.items is not loaded");
    return this.loadedSheets.map((loaded) => {
      const sheet = new FakeWorksheet(
        this.context,
        `worksheets.getItem(${JSON.stringify(loaded.id)})`,
        () => this.context.state.sheets.find((s) => s.id === loaded.id) ?? null,
      );
      sheet.preload(loaded);
      return sheet;
    });
  }

  /** Adds an empty sheet at the end of the tabs; Excel refuses a name in use (in any case). */
  add(name: string): FakeWorksheet {
    let added: FakeSheet | null = null;
    this.context.enqueue({ call: "worksheets.add", name }, () => {
      const state = this.context.state;
      if (state.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase()))
        throw officeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      added = {
        id: `{sheet-added-${state.nextId++}}`,
        name,
        cells: new Map(),
        conditionalFormats: [],
        notes: new Map(),
      };
      state.sheets.push(added);
    });
    return new FakeWorksheet(this.context, `worksheets.add(${JSON.stringify(name)})`, () => added);
  }
}

class FakeWorksheet extends FakeClientObject<FakeSheet> {
  protected read(sheet: FakeSheet, names: readonly string[]): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (const name of names) {
      if (name === "id") data.id = sheet.id;
      else if (name === "name") data.name = sheet.name;
      else if (name === "position") data.position = this.context.state.sheets.indexOf(sheet);
      else throw officeError("InvalidArgument", `Worksheet has no property ${name} in the fake`);
    }
    return data;
  }

  get id(): string {
    return this.get("id") as string;
  }

  get name(): string {
    return this.get("name") as string;
  }

  set name(name: string) {
    this.context.enqueue({ set: `${this.path}.name`, value: name }, () => {
      const sheet = this.require();
      const taken = this.context.state.sheets.some(
        (other) => other !== sheet && other.name.toLowerCase() === name.toLowerCase(),
      );
      if (taken) throw officeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      if (name.length > 31 || /[:\\/?*[\]]/.test(name))
        throw officeError("InvalidArgument", `${name} is not a sheet name.`);
      sheet.name = name;
    });
  }

  /** Worksheet.pageLayout (ExcelApi 1.9): see fakeSheetLayout.ts. */
  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.context, `${this.path}.pageLayout`, () => this.require());
  }

  /** Worksheet.copy (ExcelApi 1.7): see fakeSheetCopy.ts. */
  copy(positionType?: string, relativeTo?: FakeWorksheet): FakeWorksheet {
    let copied: FakeSheet | null = null;
    this.context.enqueue({ call: `${this.path}.copy`, positionType }, () => {
      copied = copySheet(this.context.state, this.require(), positionType, relativeTo?.require() ?? null);
    });
    return new FakeWorksheet(this.context, `${this.path}.copy()`, () => copied);
  }

  /** @internal: properties already loaded with the collection (`worksheets.load("items/name")`). */
  preload(data: Record<string, unknown>): void {
    this.loaded = { ...(this.loaded ?? {}), ...data };
  }

  get position(): number {
    return this.get("position") as number;
  }

  set position(position: number) {
    this.context.enqueue({ set: `${this.path}.position`, value: position }, () => {
      const sheet = this.require();
      const sheets = this.context.state.sheets;
      const active = sheets[this.context.state.activeSheet];
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(position, sheets.length), 0, sheet);
      if (active !== undefined) this.context.state.activeSheet = sheets.indexOf(active);
    });
  }

  delete(): void {
    this.context.enqueue({ call: `${this.path}.delete` }, () => {
      const sheet = this.require();
      const state = this.context.state;
      if (state.sheets.length === 1) throw officeError("InvalidOperation", "A workbook keeps one sheet.");
      const active = state.sheets[state.activeSheet];
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      state.activeSheet = active === sheet || active === undefined ? 0 : state.sheets.indexOf(active);
      if (state.selection.sheet >= state.sheets.length || active === sheet)
        state.selection = { sheet: state.activeSheet, area: { r0: 0, c0: 0, r1: 0, c1: 0 } };
      chartsOf(sheet).length = 0;
    });
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(
      this.context,
      `${this.path}.charts`,
      () => this.require(),
      (range) => (range as FakeRange).resolveTarget(),
    );
  }

  /** Worksheet.tables: see fakeTables.ts. */
  get tables(): FakeTableCollection {
    return new FakeTableCollection(
      this.context,
      `${this.path}.tables`,
      () => this.require(),
      (range) => (range as FakeRange).resolveTarget(),
      (address) => parseArea(splitSheet(address).local),
    );
  }

  get notes(): FakeNoteCollection {
    if (!this.context.fake.notesSupported)
      throw officeError("ApiNotFound", "Worksheet.notes needs ExcelApi 1.18");
    return new FakeNoteCollection(this.context, `${this.path}.notes`, () => this.target());
  }

  activate(): void {
    this.context.enqueue({ call: `${this.path}.activate` }, () => {
      const sheet = this.require();
      const index = this.context.state.sheets.indexOf(sheet);
      const changed = index !== this.context.state.activeSheet;
      this.context.state.activeSheet = index;
      if (changed) this.context.fake.raiseActivated(sheet.id);
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, `${this.path}.getUsedRange(${valuesOnly === true})`, () => {
      const sheet = this.require();
      return { sheet, area: usedArea(sheet, valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly === true})`,
      () => {
        const sheet = this.target();
        const area = sheet === null ? null : usedArea(sheet, valuesOnly === true);
        return sheet === null || area === null ? null : { sheet, area };
      },
    );
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRange(${JSON.stringify(address ?? "")})`, () => {
      const sheet = this.require();
      const area =
        address === undefined || address === ""
          ? { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 }
          : parseArea(splitSheet(address).local);
      return { sheet, area };
    });
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getRangeByIndexes(${row},${column},${rowCount},${columnCount})`,
      () => {
        const sheet = this.require();
        if (
          rowCount < 1 ||
          columnCount < 1 ||
          row + rowCount > MAX_ROWS ||
          column + columnCount > MAX_COLUMNS
        ) {
          throw officeError("InvalidArgument", "getRangeByIndexes: out of the sheet");
        }
        return { sheet, area: { r0: row, c0: column, r1: row + rowCount - 1, c1: column + columnCount - 1 } };
      },
    );
  }

  getRanges(address: string): FakeRangeAreas {
    // The address is an argument of the request, and a long list of areas is what makes it big.
    return new FakeRangeAreas(this.context, `${this.path}.getRanges(${JSON.stringify(address)})`, () => {
      const sheet = this.require();
      return { sheet, areas: parseAreas(splitSheet(address).local) };
    });
  }
}

function usedArea(sheet: FakeSheet, valuesOnly: boolean): Area | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const [key, cell] of sheet.cells) {
    const hasValue = cell.formula !== null || cell.value !== "";
    if (!hasValue && (valuesOnly || (cell.numberFormat === GENERAL && cell.fill === null))) continue;
    const row = Math.floor(key / MAX_COLUMNS);
    const column = key % MAX_COLUMNS;
    if (row < r0) r0 = row;
    if (row > r1) r1 = row;
    if (column < c0) c0 = column;
    if (column > c1) c1 = column;
  }
  return r1 < 0 ? null : { r0, c0, r1, c1 };
}

class FakeSettingCollection {
  constructor(private readonly context: FakeRequestContext) {}

  add(key: string, value: unknown): FakeSetting {
    const copy = JSON.parse(JSON.stringify(value)) as unknown;
    this.context.enqueue({ call: "settings.add", key, value: copy }, () => {
      this.context.state.settings.set(key, copy);
    });
    return this.getItem(key);
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, `settings.getItem(${JSON.stringify(key)})`, () =>
      this.context.state.settings.has(key) ? { key } : null,
    );
  }

  getItemOrNullObject(key: string): FakeSetting {
    return this.getItem(key);
  }
}

class FakeSetting extends FakeClientObject<{ key: string }> {
  protected read(target: { key: string }, names: readonly string[]): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (const name of names) {
      if (name === "key") data.key = target.key;
      else if (name === "value")
        data.value = JSON.parse(JSON.stringify(this.context.state.settings.get(target.key)));
    }
    return data;
  }

  get value(): unknown {
    return this.get("value");
  }

  delete(): void {
    this.context.enqueue({ call: `${this.path}.delete` }, () => {
      this.context.state.settings.delete(this.require().key);
    });
  }
}

// -------------------------------------------------------------------------------------------------
// Ranges

interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly area: Area;
}

function cellAt(sheet: FakeSheet, row: number, column: number): FakeCell | undefined {
  return sheet.cells.get(cellKey(row, column));
}

function isDefault(cell: FakeCell): boolean {
  return cell.value === "" && cell.formula === null && cell.numberFormat === GENERAL && cell.fill === null;
}

function grid<T>(area: Area, read: (row: number, column: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = area.r0; r <= area.r1; r++) {
    const row: T[] = [];
    for (let c = area.c0; c <= area.c1; c++) row.push(read(r, c));
    out.push(row);
  }
  return out;
}

class FakeRange extends FakeClientObject<RangeTarget> {
  protected read(target: RangeTarget, names: readonly string[]): Record<string, unknown> {
    const { sheet, area } = target;
    const data: Record<string, unknown> = {};
    for (const name of names) {
      switch (name) {
        case "address":
          data.address = `${quoteSheet(sheet.name)}!${formatArea(area)}`;
          break;
        case "rowIndex":
          data.rowIndex = area.r0;
          break;
        case "columnIndex":
          data.columnIndex = area.c0;
          break;
        case "rowCount":
          data.rowCount = rowsOf(area);
          break;
        case "columnCount":
          data.columnCount = columnsOf(area);
          break;
        case "values": {
          const calculation = this.context.fake.calculation;
          data.values = grid(area, (r, c) => {
            const cell = cellAt(sheet, r, c);
            if (cell?.formula && calculation) {
              const address = formatArea({ r0: r, c0: c, r1: r, c1: c });
              return displayedValueOf(
                this.context.state,
                sheet.name,
                address,
                calculation.asOf,
                calculation.platform,
              );
            }
            return cell?.value ?? "";
          });
          break;
        }
        case "formulas":
          data.formulas = grid(area, (r, c) => {
            const cell = cellAt(sheet, r, c);
            return cell === undefined ? "" : (cell.formula ?? cell.value);
          });
          break;
        case "numberFormat":
          data.numberFormat = grid(area, (r, c) => cellAt(sheet, r, c)?.numberFormat ?? GENERAL);
          break;
        default:
          throw officeError("InvalidArgument", `Range has no property ${name} in the fake`);
      }
    }
    return data;
  }

  get address(): string {
    return this.get("address") as string;
  }
  get rowIndex(): number {
    return this.get("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.get("columnIndex") as number;
  }
  get rowCount(): number {
    return this.get("rowCount") as number;
  }
  get columnCount(): number {
    return this.get("columnCount") as number;
  }
  get values(): unknown[][] {
    return this.get("values") as unknown[][];
  }
  set values(values: unknown[][]) {
    this.write("values", values);
  }
  get formulas(): unknown[][] {
    return this.get("formulas") as unknown[][];
  }
  set formulas(formulas: unknown[][]) {
    this.write("formulas", formulas);
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat") as unknown[][];
  }
  set numberFormat(formats: unknown[][]) {
    this.write("numberFormat", formats);
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, `${this.path}.conditionalFormats`, () => {
      const target = this.target();
      return target === null ? null : { sheet: target.sheet, areas: [target.area] };
    });
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, `${this.path}.format`, () => this.require());
  }

  /** @internal: the sheet and area, when the batch runs (a chart's source). */
  resolveTarget(): RangeTarget {
    return this.require();
  }

  /** Range.merge: see fakeSheetLayout.ts. */
  merge(): void {
    mergeArea(this.context, this.path, () => this.require());
  }

  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.context, `${this.path}.dataValidation`, () => this.target());
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return new FakeRange(this.context, `${this.path}.getIntersectionOrNullObject()`, () => {
      const target = this.target();
      if (target === null) return null;
      const area = typeof other === "string" ? parseArea(splitSheet(other).local) : other.require().area;
      const common = intersect(target.area, area);
      return common === null ? null : { sheet: target.sheet, area: common };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, `${this.path}.getCell(${row},${column})`, () => {
      const { sheet, area } = this.require();
      return {
        sheet,
        area: { r0: area.r0 + row, c0: area.c0 + column, r1: area.r0 + row, c1: area.c0 + column },
      };
    });
  }

  /** Range.getEntireColumn: every row of the range's columns. */
  getEntireColumn(): FakeRange {
    return new FakeRange(this.context, `${this.path}.getEntireColumn()`, () => {
      const { sheet, area } = this.require();
      return { sheet, area: { r0: 0, c0: area.c0, r1: MAX_ROWS - 1, c1: area.c1 } };
    });
  }

  /** Range.insert (ExcelApi 1.1): whole columns shifted right only; see fakeColumns.ts. */
  insert(shift: string): FakeRange {
    this.context.enqueue({ call: `${this.path}.insert`, shift }, () => {
      const { sheet, area } = this.require();
      if (shift !== "Right" || area.r0 !== 0 || area.r1 !== MAX_ROWS - 1 || area.c0 !== area.c1)
        throw new Error("the fake inserts one whole column, shifting right, only");
      insertColumn(this.context.state, sheet, area.c0);
    });
    return new FakeRange(this.context, `${this.path}.insert()`, () => this.target());
  }

  /** Range.delete (ExcelApi 1.1): whole columns shifted left only; see fakeColumns.ts. */
  delete(shift: string): void {
    this.context.enqueue({ call: `${this.path}.delete`, shift }, () => {
      const { sheet, area } = this.require();
      if (shift !== "Left" || area.r0 !== 0 || area.r1 !== MAX_ROWS - 1 || area.c0 !== area.c1)
        throw new Error("the fake deletes one whole column, shifting left, only");
      deleteColumn(this.context.state, sheet, area.c0);
    });
  }

  /** Range.getTables (ExcelApi 1.9), for its getCount(). */
  getTables(fullyContained?: boolean): { getCount(): FakeClientResult<number> } {
    return {
      getCount: () => {
        const result = new FakeClientResult<number>();
        this.context.enqueue({ call: `${this.path}.getTables().getCount` }, () => {
          const { sheet, area } = this.require();
          return result.set(tablesIn(sheet, area, fullyContained === true).length);
        });
        return result;
      },
    };
  }

  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13): the merged areas that intersect the range. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this.path}.getMergedAreasOrNullObject()`, () => {
      const target = this.target();
      if (target === null) return null;
      const areas = mergedAreasOf(target.sheet).filter((merged) => intersect(merged, target.area) !== null);
      return areas.length === 0 ? null : { sheet: target.sheet, areas: [...areas] };
    });
  }

  select(): void {
    this.context.enqueue({ call: `${this.path}.select` }, () => {
      const { sheet, area } = this.require();
      const index = this.context.state.sheets.indexOf(sheet);
      this.context.state.activeSheet = index;
      this.context.state.selection = { sheet: index, area };
    });
  }

  private write(property: "values" | "formulas" | "numberFormat", data: unknown[][]): void {
    this.context.enqueue({ set: `${this.path}.${property}`, value: data }, () => {
      const { sheet, area } = this.require();
      if (
        !Array.isArray(data) ||
        data.length !== rowsOf(area) ||
        data.some((row) => !Array.isArray(row) || row.length !== columnsOf(area))
      ) {
        throw officeError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
        );
      }
      for (let r = 0; r < data.length; r++) {
        const row = data[r] ?? [];
        for (let c = 0; c < row.length; c++) writeCell(sheet, area.r0 + r, area.c0 + c, property, row[c]);
      }
    });
  }
}

function writeCell(sheet: FakeSheet, row: number, column: number, property: string, input: unknown): void {
  const key = cellKey(row, column);
  const cell = sheet.cells.get(key) ?? { value: "", formula: null, numberFormat: GENERAL, fill: null };
  if (property === "numberFormat") {
    cell.numberFormat = String(input);
  } else if (typeof input === "string" && input.startsWith("=") && property === "formulas") {
    // The fake does not calculate: a formula's value stays empty, as in a sheet not yet recalculated.
    cell.formula = input;
    cell.value = "";
  } else {
    cell.formula = null;
    cell.value = input === null || input === undefined ? "" : (input as string | number | boolean);
  }
  if (isDefault(cell)) sheet.cells.delete(key);
  else sheet.cells.set(key, cell);
}

class FakeRangeAreas extends FakeClientObject<{ sheet: FakeSheet; areas: Area[] }> {
  protected read(
    target: { sheet: FakeSheet; areas: Area[] },
    names: readonly string[],
  ): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (const name of names) {
      if (name === "address")
        data.address = target.areas
          .map((area) => `${quoteSheet(target.sheet.name)}!${formatArea(area)}`)
          .join(",");
      else if (name === "areaCount") data.areaCount = target.areas.length;
    }
    return data;
  }

  get address(): string {
    return this.get("address") as string;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, `${this.path}.conditionalFormats`, () =>
      this.target(),
    );
  }
}

// -------------------------------------------------------------------------------------------------
// Conditional formats
//
// What Excel does, as Microsoft documents it or users have reported it:
// - A conditional format's id is its priority, its index in the collection: "The priority of the
//   conditional format within the current ConditionalFormatCollection"
//   (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member),
//   and "Priority is a number (equal to the index in the ConditionalFormatCollection)", the article fetching
//   the first rule as getItemOrNullObject("0")
//   (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting#multiple-formats-and-priority).
//   So getItem(id), getItemAt(index) and the items of a loaded collection name whichever rule holds that
//   place when the batch runs: add() puts a new rule first ("at the first/top priority",
//   ConditionalFormatCollection.add), and adding, deleting or re-prioritising a rule shifts the others' ids.
//   Changing a priority also changes the others' "to allow for a contiguous priority order", and the object
//   must then be fetched again at its new place (ConditionalFormat.priority).
// - Two rules over one cell break the API: getRange().conditionalFormats.getItemAt(0).delete() fails with
//   ItemNotFound (OfficeDev/office-js#5222); reading the rules' `rule` and `format` throws (#6827), for a
//   duplicated rule the newer one's (#6835). The reports have those two rules alone on the sheet, of one
//   type, over the same range, and #6827/#6835 quote no error code. Where they are vague the fake is
//   stricter: any rule that shares any cell with another (any type, any range) fails every delete, priority
//   or property change made through getItem, getItemAt or a loaded item (ItemNotFound), and every read of
//   its rule or format, through any object (GeneralException, Excel's code for an internal error). Rules that
//   share no cell with another keep working, and so do writes through the object add() returns, which no
//   report mentions.

type Scope = { readonly sheet: FakeSheet; readonly areas: readonly Area[] };

/** A rule as an API object finds it when the batch runs. */
interface Located {
  readonly sheet: FakeSheet;
  readonly cf: FakeConditionalFormat;
  /** Its index in the collection the object came from: its id and priority. */
  readonly index: number;
  /** Whether the object names the rule by its place (getItem, getItemAt, items) rather than itself (add). */
  readonly byPlace: boolean;
}

/** The sheet's rules that apply to any cell of the scope, in priority order. */
function rulesIn(scope: Scope): FakeConditionalFormat[] {
  return scope.sheet.conditionalFormats.filter((cf) =>
    cf.areas.some((a) => scope.areas.some((b) => intersect(a, b) !== null)),
  );
}

/** Whether another rule of the sheet applies to one of the rule's cells (office-js #5222, #6827, #6835). */
export function sharesCell(sheet: FakeSheet, cf: FakeConditionalFormat): boolean {
  return sharingRules(sheet).has(cf);
}

const sharing = new WeakMap<
  FakeSheet,
  { rules: FakeConditionalFormat[]; areas: (readonly Area[])[]; set: Set<FakeConditionalFormat> }
>();

/**
 * The rules that share a cell with another, found in one sweep down the rows and kept until the sheet's
 * rules change (tests change them directly too, so the cache compares the rules themselves).
 */
function sharingRules(sheet: FakeSheet): Set<FakeConditionalFormat> {
  const rules = sheet.conditionalFormats;
  const cached = sharing.get(sheet);
  if (
    cached !== undefined &&
    cached.rules.length === rules.length &&
    rules.every((cf, i) => cached.rules[i] === cf && cached.areas[i] === cf.areas)
  )
    return cached.set;
  const items = rules.flatMap((cf) => cf.areas.map((area) => ({ cf, area })));
  items.sort((a, b) => a.area.r0 - b.area.r0);
  const set = new Set<FakeConditionalFormat>();
  let active: typeof items = [];
  for (const item of items) {
    active = active.filter((other) => other.area.r1 >= item.area.r0);
    for (const other of active) {
      if (other.cf !== item.cf && intersect(other.area, item.area) !== null) {
        set.add(other.cf);
        set.add(item.cf);
      }
    }
    active.push(item);
  }
  sharing.set(sheet, { rules: [...rules], areas: rules.map((cf) => cf.areas), set });
  return set;
}

/** Finds the rule at a place of a collection when the batch runs: the id of an object is only its place. */
function atPlace(scope: () => Scope | null, index: number): () => Located | null {
  return () => {
    const target = scope();
    if (target === null || !Number.isInteger(index) || index < 0) return null;
    const cf = rulesIn(target)[index];
    return cf === undefined ? null : { sheet: target.sheet, cf, index, byPlace: true };
  };
}

class FakeConditionalFormatCollection extends FakeClientObject<Scope> {
  private itemsList: FakeConditionalFormat_[] | null = null;

  protected read(target: Scope, names: readonly string[]): Record<string, unknown> {
    const found = rulesIn(target);
    const itemNames = names
      .filter((name) => name.startsWith("items/"))
      .map((name) => name.slice("items/".length));
    this.itemsList = found.map((cf, index) => {
      // Office.js refers to a loaded item by its id, which is its place (see above).
      const item = new FakeConditionalFormat_(
        this.context,
        `${this.path}.getItem(${JSON.stringify(String(index))})`,
        atPlace(() => this.target(), index),
      );
      item.fill(cf, index, itemNames);
      return item;
    });
    return { items: found.map((cf, index) => pick(cf, index, itemNames)) };
  }

  get items(): FakeConditionalFormat_[] {
    if (this.itemsList === null) throw officeError("PropertyNotLoaded", `${this.path}.items is not loaded`);
    return this.itemsList;
  }

  add(type: string): FakeConditionalFormat_ {
    let created: Located | null = null;
    const item = new FakeConditionalFormat_(this.context, `${this.path}.add(${JSON.stringify(type)})`, () => {
      if (created === null) return null;
      const { sheet, cf } = created;
      if (!sheet.conditionalFormats.includes(cf)) return null;
      const scope = this.target();
      return { sheet, cf, index: scope === null ? 0 : rulesIn(scope).indexOf(cf), byPlace: false };
    });
    this.context.enqueue({ call: `${this.path}.add`, type }, () => {
      const { sheet, areas } = this.require();
      const state = this.context.state;
      const cf: FakeConditionalFormat = {
        id: `{cf-${state.nextId++}}`,
        type,
        areas,
        formula: "",
        fill: null,
        fontColor: null,
        stopIfTrue: false,
      };
      // "Adds a new conditional format to the collection at the first/top priority."
      sheet.conditionalFormats.unshift(cf);
      created = { sheet, cf, index: 0, byPlace: false };
    });
    return item;
  }

  /** The rule whose id (its place, "0", "1" …) is given, found when the batch runs. */
  getItem(id: string): FakeConditionalFormat_ {
    return new FakeConditionalFormat_(
      this.context,
      `${this.path}.getItem(${JSON.stringify(id)})`,
      atPlace(() => this.target(), /^\d+$/.test(id) ? Number(id) : -1),
    );
  }

  getItemOrNullObject(id: string): FakeConditionalFormat_ {
    return this.getItem(id);
  }

  getItemAt(index: number): FakeConditionalFormat_ {
    return new FakeConditionalFormat_(
      this.context,
      `${this.path}.getItemAt(${index})`,
      atPlace(() => this.target(), index),
    );
  }

  clearAll(): void {
    this.context.enqueue({ call: `${this.path}.clearAll` }, () => {
      const target = this.require();
      const doomed = new Set(rulesIn(target));
      const kept = target.sheet.conditionalFormats.filter((cf) => !doomed.has(cf));
      target.sheet.conditionalFormats.splice(0, target.sheet.conditionalFormats.length, ...kept);
    });
  }
}

function pick(cf: FakeConditionalFormat, index: number, names: readonly string[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const name of names) {
    if (name === "id") data.id = String(index);
    else if (name === "priority") data.priority = index;
    else if (name === "type") data.type = cf.type;
    else if (name === "stopIfTrue") data.stopIfTrue = cf.stopIfTrue;
    else throw officeError("InvalidArgument", `ConditionalFormat has no property ${name} in the fake`);
  }
  return data;
}

/** A conditional format (named with a trailing _ so as not to clash with the model's interface). */
class FakeConditionalFormat_ extends FakeClientObject<Located> {
  /** How the object finds its rule; an object whose priority it changed finds the rule's old place. */
  private readonly finder: { locate: () => Located | null };

  constructor(context: FakeRequestContext, path: string, locate: () => Located | null) {
    const finder = { locate };
    super(context, path, () => finder.locate());
    this.finder = finder;
  }

  /** @internal: data of an item loaded through its collection. */
  fill(cf: FakeConditionalFormat, index: number, names: readonly string[]): void {
    this.loaded = pick(cf, index, names);
  }

  protected read(located: Located, names: readonly string[]): Record<string, unknown> {
    return pick(located.cf, located.index, names);
  }

  /** The rule, for a change: ItemNotFound when it is gone, or named by place and sharing a cell (#5222). */
  private changeable(): Located {
    const located = this.require();
    if (located.byPlace && sharesCell(located.sheet, located.cf))
      throw officeError("ItemNotFound", "Item Not Found.");
    return located;
  }

  get id(): string {
    return this.get("id") as string;
  }
  get type(): string {
    return this.get("type") as string;
  }
  get priority(): number {
    return this.get("priority") as number;
  }
  set priority(value: number) {
    this.context.enqueue({ set: `${this.path}.priority`, value }, () => {
      const { sheet, cf, byPlace } = this.changeable();
      const rules = sheet.conditionalFormats;
      const before = rules.indexOf(cf);
      rules.splice(before, 1);
      // A negative priority counts from the back; one out of bounds goes to the end it is nearer.
      const at = value < 0 ? Math.max(0, rules.length + 1 + value) : Math.min(value, rules.length);
      rules.splice(at, 0, cf);
      // "If you change the priority, you have to re-fetch a new copy of the object at that new priority
      // location": this object now names whatever holds its old place.
      if (!byPlace) this.finder.locate = atPlaceOf(sheet, before);
    });
  }
  set stopIfTrue(value: boolean) {
    this.context.enqueue({ set: `${this.path}.stopIfTrue`, value }, () => {
      this.changeable().cf.stopIfTrue = value;
    });
  }

  get custom(): FakeCustomConditionalFormat {
    return new FakeCustomConditionalFormat(this.context, `${this.path}.custom`, () => {
      const located = this.finder.locate();
      if (located !== null && located.cf.type !== "Custom")
        throw officeError("InvalidOperation", "not a custom conditional format");
      return located;
    });
  }

  /**
   * The areas the rule applies to (ConditionalFormat.getRanges, ExcelApi 1.9). The overlap reports
   * (#5222, #6827, #6835) name the rule, its format and deletes, not its ranges: the fake reads them.
   */
  getRanges(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this.path}.getRanges()`, () => {
      const located = this.finder.locate();
      return located === null ? null : { sheet: located.sheet, areas: [...located.cf.areas] };
    });
  }

  delete(): void {
    this.context.enqueue({ call: `${this.path}.delete` }, () => {
      const { sheet, cf } = this.changeable();
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
    });
  }
}

/** The rule at a place of the whole sheet's collection, for an object whose priority was changed. */
function atPlaceOf(sheet: FakeSheet, index: number): () => Located | null {
  return () => {
    const cf = sheet.conditionalFormats[index];
    return cf === undefined ? null : { sheet, cf, index, byPlace: true };
  };
}

class FakeCustomConditionalFormat {
  readonly rule: FakeRule;
  readonly format: { readonly fill: FakeColor; readonly font: FakeColor };

  constructor(context: FakeRequestContext, path: string, target: () => Located | null) {
    this.rule = new FakeRule(context, `${path}.rule`, target);
    this.format = {
      fill: new FakeColor(context, `${path}.format.fill`, target, "fill"),
      font: new FakeColor(context, `${path}.format.font`, target, "fontColor"),
    };
  }
}

/** A rule that shares a cell with another cannot be read back (office-js #6827, #6835). */
function readable(located: Located): FakeConditionalFormat {
  if (sharesCell(located.sheet, located.cf))
    throw officeError("GeneralException", "There was an internal error while processing the request.");
  return located.cf;
}

/** A change through an object that names its rule by place fails when the rule shares a cell (#5222). */
function writable(located: Located | null, path: string): FakeConditionalFormat {
  if (located === null) throw officeError("ItemNotFound", `${path} does not exist.`);
  if (located.byPlace && sharesCell(located.sheet, located.cf))
    throw officeError("ItemNotFound", "Item Not Found.");
  return located.cf;
}

class FakeRule extends FakeClientObject<Located> {
  protected read(located: Located, names: readonly string[]): Record<string, unknown> {
    const cf = readable(located);
    return names.includes("formula") ? { formula: cf.formula } : {};
  }
  get formula(): string {
    return this.get("formula") as string;
  }
  set formula(formula: string) {
    this.context.enqueue({ set: `${this.path}.formula`, value: formula }, () => {
      writable(this.target(), this.path).formula = formula;
    });
  }
}

class FakeColor {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly path: string,
    private readonly target: () => Located | null,
    private readonly slot: "fill" | "fontColor",
  ) {}
  set color(color: string) {
    this.context.enqueue({ set: `${this.path}.color`, value: color }, () => {
      writable(this.target(), this.path)[this.slot] = color;
    });
  }
}

// -------------------------------------------------------------------------------------------------
// Notes

class FakeNoteCollection extends FakeClientObject<FakeSheet> {
  private itemsList: FakeNote_[] | null = null;

  protected read(sheet: FakeSheet, names: readonly string[]): Record<string, unknown> {
    const itemNames = names
      .filter((name) => name.startsWith("items/"))
      .map((name) => name.slice("items/".length));
    const entries = [...sheet.notes.entries()];
    this.itemsList = entries.map(([address]) => {
      const note = new FakeNote_(this.context, `notes.getItem(${JSON.stringify(address)})`, () =>
        sheet.notes.has(address) ? { sheet, address } : null,
      );
      note.fill(sheet, address, itemNames);
      return note;
    });
    return { items: entries.map(([address]) => readNote(sheet, address, itemNames)) };
  }

  get items(): FakeNote_[] {
    if (this.itemsList === null) throw officeError("PropertyNotLoaded", `${this.path}.items is not loaded`);
    return this.itemsList;
  }

  add(cellAddress: string, content: string): FakeNote_ {
    const address = formatArea(parseArea(splitSheet(cellAddress).local));
    this.context.enqueue({ call: `${this.path}.add`, cellAddress, content }, () => {
      const sheet = this.require();
      const area = parseArea(address);
      if (rowsOf(area) !== 1 || columnsOf(area) !== 1)
        throw officeError("InvalidCellAddress", "a note goes on one cell");
      if (sheet.notes.has(address))
        throw officeError("InvalidOperation", `The cell ${address} already has a note.`);
      sheet.notes.set(address, { content, author: "KPI Sheet Checker" });
    });
    return this.getItem(address);
  }

  getItem(key: string): FakeNote_ {
    const address = formatArea(parseArea(splitSheet(key).local));
    return new FakeNote_(this.context, `${this.path}.getItem(${JSON.stringify(address)})`, () => {
      const sheet = this.target();
      return sheet !== null && sheet.notes.has(address) ? { sheet, address } : null;
    });
  }

  getItemOrNullObject(key: string): FakeNote_ {
    return this.getItem(key);
  }
}

function readNote(sheet: FakeSheet, address: string, names: readonly string[]): Record<string, unknown> {
  const note = sheet.notes.get(address);
  const data: Record<string, unknown> = {};
  for (const name of names) {
    if (name === "content") data.content = note?.content;
    else if (name === "authorName") data.authorName = note?.author;
  }
  return data;
}

class FakeNote_ extends FakeClientObject<{ sheet: FakeSheet; address: string }> {
  /** @internal */
  fill(sheet: FakeSheet, address: string, names: readonly string[]): void {
    this.loaded = readNote(sheet, address, names);
  }

  protected read(
    target: { sheet: FakeSheet; address: string },
    names: readonly string[],
  ): Record<string, unknown> {
    return readNote(target.sheet, target.address, names);
  }

  get content(): string {
    return this.get("content") as string;
  }

  getLocation(): FakeRange {
    return new FakeRange(this.context, `${this.path}.getLocation()`, () => {
      const target = this.target();
      return target === null ? null : { sheet: target.sheet, area: parseArea(target.address) };
    });
  }

  delete(): void {
    this.context.enqueue({ call: `${this.path}.delete` }, () => {
      const { sheet, address } = this.require();
      sheet.notes.delete(address);
    });
  }
}
