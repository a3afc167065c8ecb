/**
 * The workbook the fake Excel holds: sheets of cells (value, formula, number format, the cell's own
 * fill), conditional formats, notes, the add-in's settings, the active sheet and the selection. Tests
 * build one from grids and compare snapshots of it before and after an action.
 */
import type { CellValue } from "../../src/core/sheetTable";
import type { Area } from "./a1";
import { MAX_COLUMNS } from "./a1";

export interface FakeCell {
  value: string | number | boolean;
  /** The formula as typed (`=KPI.DUE(C9,2025)`), or null for a constant. */
  formula: string | null;
  numberFormat: string;
  /** The cell's own fill (not a conditional format's). */
  fill: string | null;
}

export interface FakeConditionalFormat {
  readonly id: string;
  readonly type: string;
  readonly areas: readonly Area[];
  formula: string;
  fill: string | null;
  fontColor: string | null;
  stopIfTrue: boolean;
}

export interface FakeNote {
  content: string;
  readonly author: string;
}

export interface FakeSheet {
  readonly id: string;
  name: string;
  readonly cells: Map<number, FakeCell>;
  /** In priority order: index 0 is applied first. */
  readonly conditionalFormats: FakeConditionalFormat[];
  /** By A1 address of the cell (`E11`). */
  readonly notes: Map<string, FakeNote>;
}

export interface FakeWorkbookState {
  readonly sheets: FakeSheet[];
  activeSheet: number;
  selection: { sheet: number; area: Area };
  readonly settings: Map<string, unknown>;
  nextId: number;
}

export const GENERAL = "General";

export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

export interface SheetSpec {
  readonly name: string;
  /** Values from A1 (or from firstRow/firstColumn), as the seeds give them. */
  readonly values: readonly (readonly CellValue[])[];
  /** 1-based row of values[0]; 1 by default. */
  readonly firstRow?: number;
  /** 0-based column of values[r][0]; 0 by default. */
  readonly firstColumn?: number;
  /** Cells with their own fill or number format, to prove that flags leave them alone. */
  readonly formats?: readonly {
    readonly row: number;
    readonly column: number;
    readonly fill?: string;
    readonly numberFormat?: string;
  }[];
  readonly notes?: readonly { readonly cell: string; readonly content: string }[];
}

/** A workbook from sheet specs; the first sheet is active and A1 is selected. */
export function createWorkbookState(
  specs: readonly SheetSpec[],
  settings: Record<string, unknown> = {},
): FakeWorkbookState {
  const sheets = specs.map((spec, index) => createSheet(spec, `{sheet-${index + 1}}`));
  return {
    sheets,
    activeSheet: 0,
    selection: { sheet: 0, area: { r0: 0, c0: 0, r1: 0, c1: 0 } },
    settings: new Map(Object.entries(settings)),
    nextId: 1,
  };
}

function createSheet(spec: SheetSpec, id: string): FakeSheet {
  const cells = new Map<number, FakeCell>();
  const top = (spec.firstRow ?? 1) - 1;
  const left = spec.firstColumn ?? 0;
  spec.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === "") return;
      cells.set(cellKey(top + r, left + c), { value, formula: null, numberFormat: GENERAL, fill: null });
    }),
  );
  for (const format of spec.formats ?? []) {
    const key = cellKey(format.row - 1, format.column);
    const cell = cells.get(key) ?? { value: "", formula: null, numberFormat: GENERAL, fill: null };
    if (format.fill !== undefined) cell.fill = format.fill;
    if (format.numberFormat !== undefined) cell.numberFormat = format.numberFormat;
    cells.set(key, cell);
  }
  const notes = new Map<string, FakeNote>();
  for (const note of spec.notes ?? []) notes.set(note.cell, { content: note.content, author: "職員" });
  return { id, name: spec.name, cells, conditionalFormats: [], notes };
}

/** Everything a user could see in the workbook, as plain data, for before/after comparisons. */
export function snapshotWorkbook(state: FakeWorkbookState): unknown {
  return {
    sheets: state.sheets.map((sheet) => ({
      name: sheet.name,
      cells: [...sheet.cells.entries()].sort(([a], [b]) => a - b).map(([key, cell]) => [key, { ...cell }]),
      conditionalFormats: sheet.conditionalFormats.map((cf) => ({ ...cf, areas: [...cf.areas] })),
      notes: [...sheet.notes.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => [k, { ...n }]),
    })),
    settings: [...state.settings.entries()].sort(([a], [b]) => a.localeCompare(b)),
  };
}

/** Cells as [address-free] plain data: values, formulas, formats; for "nothing was written" checks. */
export function snapshotCells(state: FakeWorkbookState): unknown {
  return state.sheets.map((sheet) =>
    [...sheet.cells.entries()].sort(([a], [b]) => a - b).map(([key, cell]) => [key, { ...cell }]),
  );
}
