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

/** An Excel table (ListObject) over an area of the 取りまとめ sheet, its first row the headers. */
export interface CollectTablePlan {
  /** Unique in the workbook, as Excel requires of table names. */
  readonly name: string;
  /** The headers and the body: `A4:K12`. */
  readonly address: string;
}

/** The 取りまとめ sheet to write, from A1: values only (no formulas) and the tables over them. */
export interface CollectSheetPlan {
  /** Values by row from A1; every row as wide as the widest (empty strings pad). */
  readonly cells: readonly (readonly (string | number)[])[];
  /** Tables that do not overlap: the summary, then the findings. */
  readonly tables: readonly CollectTablePlan[];
  /** Areas shown bold: the title and the headings above the tables. */
  readonly bold: readonly string[];
  /** Column widths in points, from column A. */
  readonly columnWidths: readonly number[];
}

/** What writing the 取りまとめ sheet did. */
export interface CollectSheetWritten extends SummarySheetWritten {
  /** The tables' names, as made. */
  readonly tables: readonly string[];
}

/** The workbook as the 取りまとめ planner needs it: the table names in use, which a new table may not take. */
export interface CollectSheetContext {
  readonly tableNames: readonly string[];
}

/**
 * The answer of a 取りまとめ write: refused because a sheet of the user's has the name (with a name no
 * sheet has, and the add-in's own 取りまとめ sheet's name if it has one under another name), or the
 * planner's value.
 */
export type CollectSheetResult<T> =
  | {
      readonly taken: true;
      readonly sheetName: string;
      readonly freeName: string;
      readonly ownName: string | null;
    }
  | { readonly taken: false; readonly value: T; readonly written: CollectSheetWritten | null };

/**
 * 取りまとめシートを作成: the checked files as a sheet of the add-in's, in a fixed number of round trips
 * whatever the number of files.
 */
export interface CollectSheetPort {
  /**
   * Writes the add-in's 取りまとめ sheet named `sheetName`. When a sheet of that name exists that the
   * add-in did not create, nothing is written and the answer says the name is taken. Otherwise asks
   * `planner` what to write (given the table names in use, those of the sheet it replaces included) and
   * replaces the add-in's earlier 取りまとめ sheet (or adds one), recording it as the add-in's. A null plan
   * writes nothing. A write that fails part way is undone.
   */
  writeCollectSheet<T>(
    sheetName: string,
    planner: (workbook: CollectSheetContext) => Planned<T, CollectSheetPlan>,
  ): Promise<CollectSheetResult<T>>;
}
