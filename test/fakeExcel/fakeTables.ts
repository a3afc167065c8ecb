/**
 * Excel tables (ListObjects) for the fake Excel: `worksheet.tables.add(address, hasHeaders)`, a table's
 * `name`, and `workbook.tables.load("items/name")`, with the rules Excel holds a table to:
 *
 * - "If the table cannot be added (e.g., because the address is invalid, or the table would overlap with
 *   another table), an error will be thrown" (TableCollection.add,
 *   https://learn.microsoft.com/javascript/api/excel/excel.tablecollection); Excel answers InvalidArgument
 *   with "A table can't overlap another table" (office-js #1199).
 * - A table's name is unique in the workbook, case aside; it starts with a letter, `_` or `\`, has no
 *   spaces and is not a cell reference (A1 or R1C1) (https://learn.microsoft.com/openspecs/office_standards/ms-oi29500/1399f3cb-927c-4611-96ee-666143a8be35).
 * - A new table is named Table1, Table2 … until renamed; its headers are the first row's text, and an
 *   empty or repeated header becomes Column1, Column2 … as Excel does when it makes a table from a range.
 * - A table goes with its sheet when the sheet is deleted.
 */
import type { Area } from "./a1";
import { formatArea, intersect } from "./a1";
import type { FakeRequestContext } from "./fakeExcel";
import type { FakeSheet, FakeWorkbookState } from "./fakeWorkbook";
import { cellKey } from "./fakeWorkbook";

export interface FakeTable {
  name: string;
  readonly area: Area;
  readonly headers: readonly string[];
}

const TABLES = new WeakMap<FakeSheet, FakeTable[]>();

/** The tables on a sheet, in the order they were added. */
export function tablesOf(sheet: FakeSheet): FakeTable[] {
  let tables = TABLES.get(sheet);
  if (tables === undefined) {
    tables = [];
    TABLES.set(sheet, tables);
  }
  return tables;
}

/** Every table of the workbook, sheet by sheet. */
export function allTables(state: FakeWorkbookState): FakeTable[] {
  return state.sheets.flatMap((sheet) => tablesOf(sheet));
}

/** The tables of every sheet as plain data, for before/after comparisons. */
export function snapshotTables(state: FakeWorkbookState): unknown {
  return state.sheets.map((sheet) =>
    tablesOf(sheet).map((table) => ({ ...table, area: formatArea(table.area) })),
  );
}

function invalid(message: string): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code: "InvalidArgument" });
}

/** Whether Excel accepts `name` for a table: a letter, `_` or `\` first, no spaces, not a cell reference. */
export function isTableName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return false;
  return !/^[CcRr]$/.test(name);
}

function assertFreeName(state: FakeWorkbookState, name: string, except: FakeTable | null): void {
  if (!isTableName(name)) throw invalid(`${name} is not a table name.`);
  const lower = name.toLowerCase();
  if (allTables(state).some((table) => table !== except && table.name.toLowerCase() === lower))
    throw invalid(`A table named ${name} already exists.`);
}

export class FakeTableCollection {
  private readonly path: string;
  private loaded: { name: string }[] | null = null;

  /** `sheet` null: the workbook's collection (load only). */
  constructor(
    private readonly context: FakeRequestContext,
    path: string,
    private readonly sheet: (() => FakeSheet) | null,
    private readonly resolve: (range: unknown) => { sheet: FakeSheet; area: Area },
    private readonly parse: (address: string) => Area,
  ) {
    this.path = context.objectPath(path);
  }

  load(props?: string): this {
    this.context.enqueue({ load: this.path, select: [props ?? ""] }, () => {
      const tables = this.sheet === null ? allTables(this.context.state) : tablesOf(this.sheet());
      this.loaded = tables.map((table) => ({ name: table.name }));
      return this.loaded;
    });
    return this;
  }

  get items(): { readonly name: string }[] {
    if (this.loaded === null)
      throw Object.assign(new Error(`${this.path}.items is not loaded`), { code: "PropertyNotLoaded" });
    return this.loaded;
  }

  add(address: unknown, hasHeaders: boolean): FakeTableApi {
    let added: FakeTable | null = null;
    const where = typeof address === "string" ? address : "(range)";
    this.context.enqueue({ call: `${this.path}.add`, address: where, hasHeaders }, () => {
      if (this.sheet === null) throw invalid("the fake adds tables through a worksheet's collection");
      const sheet = this.sheet();
      const target =
        typeof address === "string" ? { sheet, area: this.parse(address) } : this.resolve(address);
      if (target.sheet !== sheet) throw invalid("The range is on another sheet.");
      if (tablesOf(sheet).some((table) => intersect(table.area, target.area) !== null))
        throw invalid("A table can't overlap another table.");
      if (!hasHeaders) throw invalid("the fake makes tables from a range with its headers only");
      const state = this.context.state;
      let n = allTables(state).length + 1;
      while (allTables(state).some((table) => table.name.toLowerCase() === `table${n}`)) n++;
      added = { name: `Table${n}`, area: target.area, headers: headersOf(sheet, target.area) };
      tablesOf(sheet).push(added);
    });
    return new FakeTableApi(this.context, `${this.path}.add()`, () => added);
  }
}

/** The header row's text, as Excel makes it: an empty or repeated header becomes ColumnN. */
function headersOf(sheet: FakeSheet, area: Area): string[] {
  const headers: string[] = [];
  const seen = new Set<string>();
  for (let c = area.c0; c <= area.c1; c++) {
    const value = sheet.cells.get(cellKey(area.r0, c))?.value;
    let header = value === undefined || value === "" ? "" : String(value);
    if (header === "" || seen.has(header.toLowerCase())) header = `Column${c - area.c0 + 1}`;
    seen.add(header.toLowerCase());
    headers.push(header);
  }
  return headers;
}

export class FakeTableApi {
  private readonly path: string;

  constructor(
    private readonly context: FakeRequestContext,
    path: string,
    private readonly table: () => FakeTable | null,
  ) {
    this.path = context.objectPath(path);
  }

  set name(name: string) {
    this.context.enqueue({ set: `${this.path}.name`, value: name }, () => {
      const table = this.table();
      if (table === null) throw Object.assign(new Error("the table was not added"), { code: "ItemNotFound" });
      assertFreeName(this.context.state, name, table);
      table.name = name;
    });
  }
}
