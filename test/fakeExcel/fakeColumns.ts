/**
 * Inserting and deleting whole columns in the fake Excel (Range.insert with InsertShiftDirection.right,
 * Range.delete with DeleteShiftDirection.left, on a range from Range.getEntireColumn), the Excel tables a
 * sheet holds (Range.getTables) and its merged areas (Range.getMergedAreasOrNullObject).
 *
 * What Excel's documentation says an insert does, and so what the fake does:
 * - Range.insert "Inserts a cell or a range of cells into the worksheet in place of this range, and shifts
 *   the other cells to make space. Returns a new Range object at the now blank space."
 *   (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-insert-member(1)).
 * - "Existing cells move to accommodate the new empty cells. Formulas with cell references automatically
 *   adjust after insertion." (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-insert).
 * - Range.delete "Deletes the cells associated with the range" (ExcelApi 1.1); a formula that referred to a
 *   deleted cell shows #REF!, as in Excel's own grid.
 * Cells move with their values, formulas, number formats, fills and notes; references in formulas on any
 * sheet to the moved cells follow them. The documentation says nothing of what an insert or delete does to
 * Excel tables, merged cells, conditional formats or data validation next to the columns; the fake does
 * not guess: an insert or delete at or right of any of them (or in the column just left of it, whose
 * formatting Excel may carry into the new column) fails, so a test that relies on it fails too.
 */
import type { Area } from "./a1";
import { MAX_COLUMNS, intersect } from "./a1";
import { validationsOf } from "./fakeDataValidation";
import { mergedAreasOf } from "./fakeSheetLayout";
import type { FakeCell, FakeSheet, FakeWorkbookState } from "./fakeWorkbook";
import { cellKey } from "./fakeWorkbook";
import { columnIndex, columnLetter } from "../../src/core/sheetTable";

const TABLES = new WeakMap<FakeSheet, Area[]>();

/** The Excel tables (ListObjects) of a sheet, by their areas. */
export function tablesOf(sheet: FakeSheet): Area[] {
  let tables = TABLES.get(sheet);
  if (tables === undefined) {
    tables = [];
    TABLES.set(sheet, tables);
  }
  return tables;
}

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

/** Refuses what the documentation does not describe: anything structural from `column - 1` rightwards. */
function refuseUndocumented(sheet: FakeSheet, column: number, what: string): void {
  const zone: Area = { r0: 0, c0: Math.max(0, column - 1), r1: Number.MAX_SAFE_INTEGER, c1: MAX_COLUMNS - 1 };
  const touches = (area: Area) => intersect(area, zone) !== null;
  const found = tablesOf(sheet).some(touches)
    ? "an Excel table"
    : mergedAreasOf(sheet).some(touches)
      ? "merged cells"
      : sheet.conditionalFormats.some((cf) => cf.areas.some(touches))
        ? "a conditional format"
        : [...validationsOf(sheet).keys()].some((key) => key % MAX_COLUMNS >= zone.c0)
          ? "data validation"
          : null;
  if (found !== null) {
    throw new Error(`the fake does not model ${what} of column ${columnLetter(column)} beside ${found}`);
  }
}

/** Inserts an empty column at `column`; the cells from there move one column right. */
export function insertColumn(state: FakeWorkbookState, sheet: FakeSheet, column: number): void {
  refuseUndocumented(sheet, column, "an insert");
  for (const key of sheet.cells.keys()) {
    if (key % MAX_COLUMNS === MAX_COLUMNS - 1) {
      throw officeError(
        "InsertDeleteConflict",
        "The last column is not empty: cells cannot be shifted off the sheet.",
      );
    }
  }
  moveCells(sheet, (c) => (c >= column ? c + 1 : c));
  moveNotes(sheet, (c) => (c >= column ? c + 1 : c));
  const shift = (c: number) => (c >= column ? c + 1 : c);
  adjustFormulas(state, sheet, shift, shift);
}

/** Deletes the column at `column`; the cells right of it move one column left. */
export function deleteColumn(state: FakeWorkbookState, sheet: FakeSheet, column: number): void {
  refuseUndocumented(sheet, column, "a delete");
  for (const key of [...sheet.cells.keys()]) if (key % MAX_COLUMNS === column) sheet.cells.delete(key);
  moveCells(sheet, (c) => (c > column ? c - 1 : c));
  for (const address of [...sheet.notes.keys()]) {
    if (columnOf(address) === column) sheet.notes.delete(address);
  }
  moveNotes(sheet, (c) => (c > column ? c - 1 : c));
  adjustFormulas(
    state,
    sheet,
    (c) => (c === column ? null : c > column ? c - 1 : c),
    // A range that spans the deleted column shrinks: its first end moves onto the next column, its last
    // onto the previous one.
    (c, end) => (c === column ? (end === "first" ? c : c - 1) : c > column ? c - 1 : c),
  );
}

function moveCells(sheet: FakeSheet, to: (column: number) => number): void {
  const moved: [number, FakeCell][] = [];
  for (const [key, cell] of sheet.cells) {
    const row = Math.floor(key / MAX_COLUMNS);
    moved.push([cellKey(row, to(key % MAX_COLUMNS)), cell]);
  }
  sheet.cells.clear();
  for (const [key, cell] of moved) sheet.cells.set(key, cell);
}

function moveNotes(sheet: FakeSheet, to: (column: number) => number): void {
  const moved = [...sheet.notes.entries()].map(([address, note]) => {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    if (match === null) return [address, note] as const;
    return [`${columnLetter(to(columnIndex(match[1] ?? "") ?? 0))}${match[2]}`, note] as const;
  });
  sheet.notes.clear();
  for (const [address, note] of moved) sheet.notes.set(address, note);
}

function columnOf(address: string): number | null {
  const match = /^([A-Z]+)\d+$/.exec(address);
  return match === null ? null : columnIndex(match[1] ?? "");
}

// A cell reference in a formula, perhaps with its sheet (`'KPI一覧'!$E$6`, `Sheet1!E6`), perhaps the
// first end of a range (`E6:E20`). Function names (`LOG10(`) are not references: a reference is not
// followed by "(".
const REFERENCE =
  /(?<![\w.$])((?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![\w(])(:(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![\w(]))?/gu;

/**
 * Moves the references to `sheet`'s columns in every formula of the workbook: a single cell by `single`
 * (null: the cell is gone, #REF!), each end of a range by `ranged`.
 */
function adjustFormulas(
  state: FakeWorkbookState,
  sheet: FakeSheet,
  single: (column: number) => number | null,
  ranged: (column: number, end: "first" | "last") => number,
): void {
  for (const holder of state.sheets) {
    for (const cell of holder.cells.values()) {
      if (cell.formula === null) continue;
      // Text in double quotes is not a reference.
      cell.formula = cell.formula
        .split(/("(?:[^"]|"")*")/)
        .map((part, i) =>
          i % 2 === 1
            ? part
            : part.replace(
                REFERENCE,
                (
                  whole,
                  prefix: string | undefined,
                  d1: string,
                  col1: string,
                  d2: string,
                  row1: string,
                  range: string | undefined,
                  d3: string,
                  col2: string,
                  d4: string,
                  row2: string,
                ) => {
                  const named = prefix === undefined ? holder : sheetNamed(state, prefix.slice(0, -1));
                  if (named !== sheet) return whole;
                  const a = columnIndex(col1);
                  if (a === null) return whole;
                  if (range === undefined) {
                    const to = single(a);
                    return to === null
                      ? `${prefix ?? ""}#REF!`
                      : `${prefix ?? ""}${d1}${columnLetter(to)}${d2}${row1}`;
                  }
                  const b = columnIndex(col2) ?? a;
                  const from = ranged(a, "first");
                  const until = ranged(b, "last");
                  if (until < from) return `${prefix ?? ""}#REF!`;
                  return `${prefix ?? ""}${d1}${columnLetter(from)}${d2}${row1}:${d3}${columnLetter(until)}${d4}${row2}`;
                },
              ),
        )
        .join("");
    }
  }
}

function sheetNamed(state: FakeWorkbookState, text: string): FakeSheet | null {
  const name = text.startsWith("'") ? text.slice(1, -1).replace(/''/g, "'") : text;
  return state.sheets.find((s) => s.name === name) ?? null;
}

/** What a method such as getCount() answers: readable after the sync that ran it (OfficeExtension.ClientResult). */
export class FakeClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  set(value: T): T {
    this.result = value;
    this.loaded = true;
    return value;
  }

  get value(): T {
    if (!this.loaded)
      throw officeError("PropertyNotLoaded", "The value of a ClientResult is read before the sync.");
    return this.result as T;
  }
}

/** The tables of a sheet that intersect `area` (or lie inside it), as Range.getTables gives them. */
export function tablesIn(sheet: FakeSheet, area: Area, fullyContained: boolean): Area[] {
  return tablesOf(sheet).filter((table) => {
    const common = intersect(table, area);
    if (common === null) return false;
    return (
      !fullyContained ||
      (common.r0 === table.r0 && common.r1 === table.r1 && common.c0 === table.c0 && common.c1 === table.c1)
    );
  });
}
