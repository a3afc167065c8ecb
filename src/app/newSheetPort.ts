/**
 * 次年度へ繰越 and 新しいシート: what the use cases need from the workbook to start next year's sheet
 * from this year's, or a blank one.
 * The source sheet is only read: the adapter copies it (so the layout, merged cells, column widths,
 * print setup and data validation come along), then changes the copy as the pure planner says, in the
 * same Excel session. A failure after the copy was made deletes the copy again.
 */
import type { SheetGrid } from "../core/sheetTable";
import type { Planned, ProgressListener } from "./ports";
import type { TemplatePlan } from "./sheetTemplates";

/** What to change on the copy. */
export interface CarryForwardPlan {
  /** The copy's name: free in the workbook, at most 31 characters. */
  readonly sheetName: string;
  /** Cells to give a new value (`""` empties them): the title's year, the reports and actuals. */
  readonly cells: readonly { readonly cell: string; readonly value: string }[];
  /** The computed columns' formulas for the new year (they name the fiscal year): per row, A1 of the row's cells. */
  readonly formulas: readonly { readonly address: string; readonly formulas: readonly string[] }[];
  /**
   * The workbook's settings with the copy's entry, to save with the copy in the same batch (so that a
   * failure leaves neither a copy without its settings nor settings without their copy); absent when
   * they do not change.
   */
  readonly settings?: unknown;
}

/** What the source sheet looks like beyond its values, for the planner. */
export interface SourceSheet {
  readonly grid: SheetGrid;
  /** Every sheet name in the workbook, for a free name. */
  readonly sheetNames: readonly string[];
}

export interface CarryForwardWrite {
  readonly sheetName: string;
  /** Cells changed on the copy. */
  readonly cellsChanged: number;
  /** The add-in's flags (conditional formats and notes) copied along and taken off the copy. */
  readonly flagsDropped: number;
}

export interface NewSheetPort {
  /**
   * Reads the active sheet, asks `planner` what the next year's copy should differ in, and makes the
   * copy right of the source, activated. The source is not changed. A null plan writes nothing.
   */
  carryForward<T>(
    planner: (source: SourceSheet) => Planned<T, CarryForwardPlan>,
    onProgress?: ProgressListener,
  ): Promise<{ readonly value: T; readonly write: CarryForwardWrite | null }>;
  /**
   * Asks `planner` (given every sheet name) for a blank sheet and inserts it after the last sheet,
   * activated, with its data validation recorded as the add-in's. No sheet is ever replaced.
   */
  insertTemplate<T>(
    planner: (sheetNames: readonly string[]) => Planned<T, TemplatePlan>,
  ): Promise<{ readonly value: T; readonly write: { readonly sheetName: string } | null }>;
}
