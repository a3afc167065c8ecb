/**
 * What 集計 needs from the workbook beyond the active sheet: every sheet's values, and a sheet of the
 * add-in's own to write the summary into. Like WorkbookPort, each method is one Excel session with a
 * fixed number of round trips, whatever the number of sheets and rows (more only when the sheets' bytes
 * pass Excel's request limit), and a write goes through a pure planner handed the values just read.
 */
import type { SheetGrid } from "../core/sheetTable";
import type { Planned } from "./ports";

/** Every worksheet of the workbook, read together. */
export interface WorkbookSheetsPort {
  /** Each worksheet's used range as values, in tab order; the add-in's own summary sheet is left out. */
  readAllSheets(): Promise<readonly SheetGrid[]>;
}

/** A chart over a range of the summary sheet. */
export interface SummaryChartPlan {
  /** Excel's chart type: stacked bars, one bar per sheet. */
  readonly type: "BarStacked";
  /** The data, headers included: the sheet names in the first column, one series per other column. */
  readonly source: string;
  readonly title: string;
  /** Where the chart sits: its top-left and bottom-right cells. */
  readonly topLeft: string;
  readonly bottomRight: string;
}

/** The summary sheet to write, from A1. */
export interface SummarySheetPlan {
  /** Values and formulas by row from A1; every row as wide as the widest (empty strings pad). */
  readonly cells: readonly (readonly (string | number)[])[];
  /** Number formats of some areas (`B2`: a date). */
  readonly numberFormats: readonly { readonly address: string; readonly format: string }[];
  /** Areas shown bold: the title and the header rows. */
  readonly bold: readonly string[];
  /** Column widths in points, from column A. */
  readonly columnWidths: readonly number[];
  readonly chart: SummaryChartPlan;
}

/** What writing the summary sheet did. */
export interface SummarySheetWritten {
  readonly sheetName: string;
  /** The area written: `A1:K40`. */
  readonly address: string;
  /** Whether an earlier summary sheet of the add-in's was replaced. */
  readonly replaced: boolean;
}

/** The answer of a summary write: refused because the name is someone else's, or the planner's value. */
export type SummarySheetResult<T> =
  | { readonly taken: true; readonly sheetName: string }
  | { readonly taken: false; readonly value: T; readonly written: SummarySheetWritten | null };

export interface SummarySheetPort extends WorkbookSheetsPort {
  /**
   * Writes the add-in's summary sheet named `sheetName`. When a sheet of that name exists that the add-in
   * did not create, nothing is read or written and the answer says the name is taken. Otherwise reads
   * every other sheet, asks `planner` what to write, and replaces the add-in's earlier summary sheet (or
   * adds one) with it, recording the sheet as the add-in's. A null plan writes nothing.
   */
  writeSummarySheet<T>(
    sheetName: string,
    planner: (grids: readonly SheetGrid[]) => Planned<T, SummarySheetPlan>,
  ): Promise<SummarySheetResult<T>>;
  /**
   * Deletes the add-in's summary sheet (the one recorded, whatever its name now) and its record; the
   * name of the sheet deleted, or null when there was none.
   */
  removeSummarySheet(): Promise<{ readonly removed: string | null }>;
}
