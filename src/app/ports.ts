/**
 * What the use cases need from the outside world, and nothing more: the workbook (read the active
 * sheet, write and clear the add-in's flags, write computed columns, select a cell), a place for the
 * workbook's saved settings, and today's date. The task pane gets these from the Office.js adapter;
 * tests get them from a fake Excel.
 *
 * Reads and writes that belong together are one port call taking a pure planner: the adapter reads the
 * sheet, hands the values to the planner, and writes what it returns in the same Excel session. That is
 * what keeps a check followed by flags at a fixed, small number of round trips to Excel.
 */
import type { IsoDate } from "../core/calendar";
import type { SheetGrid } from "../core/sheetTable";

/** The selected range, for mapping a column by selecting it. */
export interface SelectedRange {
  readonly sheetName: string;
  /** A1 address without the sheet name: `F6:F30`. */
  readonly address: string;
  /** 1-based worksheet row of the top-left cell. */
  readonly firstRow: number;
  /** 0-based worksheet column of the top-left cell (A = 0). */
  readonly firstColumn: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** A note the add-in puts on a flagged cell. */
export interface CellNote {
  /** A1 address of one cell: `E11`. */
  readonly cell: string;
  readonly text: string;
}

/**
 * The flags to put on the active sheet, replacing the add-in's earlier ones. Areas are A1 addresses of
 * rectangles (`A9:G9`, `E11:E12`), already merged where rows or cells are adjacent.
 */
export interface FlagPlan {
  /** Rows past their due date and not done, across the table's columns. */
  readonly overdueAreas: readonly string[];
  /** Cells with at least one error. */
  readonly errorAreas: readonly string[];
  /** Cells with warnings only. */
  readonly warningAreas: readonly string[];
  /** One note per flagged cell, most important first: a writer short of room drops the last ones. */
  readonly notes: readonly CellNote[];
}

/** What writing flags did. */
export interface FlagOutcome {
  readonly conditionalFormatsAdded: number;
  readonly notesWritten: number;
  /** Flagged cells that already carry a note of their own: the add-in never replaces it. */
  readonly notesSkippedForUserNotes: readonly string[];
  /** Notes left out so that the request stays under Excel's size limit; their cells are still highlighted. */
  readonly notesSkippedForSize: number;
  /** False where Excel has no notes (before ExcelApi 1.18): cells are highlighted without notes. */
  readonly notesSupported: boolean;
  /** The add-in's earlier flags on the sheet, removed first: conditional formats and notes. */
  readonly previousFlagsRemoved: number;
  /**
   * Cells with a finding left without a highlight because the user's own conditional formatting covers
   * them (a highlight there would share cells with the user's rule, which Excel cannot then read or clear).
   */
  readonly findingCellsUnderUserRules?: number;
}

/** What clearing flags did. */
export interface ClearOutcome {
  readonly conditionalFormatsRemoved: number;
  readonly notesRemoved: number;
  /** Notes the add-in wrote that someone has since edited: they are the user's now and stay. */
  readonly notesKeptAsEdited: readonly string[];
}

/** Formula columns to add beside a table: one header and one formula per table row for each column. */
export interface ComputedColumnsPlan {
  /** 1-based worksheet row that receives the headers. */
  readonly headerRow: number;
  /** 0-based worksheet column of the first computed column. */
  readonly firstColumn: number;
  readonly headers: readonly string[];
  /** An Excel number format for each column (`0.0%`, `yyyy/mm/dd`, `General`). */
  readonly numberFormats: readonly string[];
  /** Table rows in ascending order, each with one formula per column. */
  readonly rows: readonly { readonly row: number; readonly formulas: readonly string[] }[];
}

/** The result of asking to write computed columns. */
export type ComputedColumnsWrite =
  | { readonly written: true; readonly address: string; readonly cells: number }
  | {
      readonly written: false;
      /** Cells in the target area that hold a value or formula (the first few), and how many in all. */
      readonly occupied: readonly string[];
      readonly occupiedCount: number;
    };

/**
 * The add-in's 実績値 column on the active sheet, as recorded when it wrote there: where it is and what
 * the add-in wrote in it, so that a later write adds to its own text and never to the user's.
 */
export interface ActualColumnState {
  /** 0-based worksheet column. */
  readonly column: number;
  /** 1-based worksheet row of its header. */
  readonly headerRow: number;
  /** The text the add-in wrote, by 1-based worksheet row. */
  readonly cells: Readonly<Record<number, string>>;
}

/** One cell of the 実績値 column to write (as text), with the header the column gets. */
export interface ActualCellPlan {
  readonly column: number;
  readonly headerRow: number;
  readonly header: string;
  /** 1-based worksheet row. */
  readonly row: number;
  /** The cell's whole new text: `84.3%`, or one line per sub-item `(1) 76点\n(3) 2校`. */
  readonly text: string;
}

/** The result of asking to write a 実績値 cell. */
export type ActualCellWrite =
  | { readonly written: true; readonly cell: string }
  | {
      readonly written: false;
      /** The cell in the way (A1) and what it holds: the user's, so nothing was written. */
      readonly cell: string;
      readonly content: string;
    };

/** What removing the 実績値 column did. */
export interface ActualColumnRemoval {
  /** The header's cell; null when the add-in had no 実績値 column on the sheet. */
  readonly header: string | null;
  /** Cells emptied, the header included. */
  readonly removed: number;
  /** Cells someone changed since the add-in wrote them: theirs now, left as they are. */
  readonly kept: readonly string[];
}

/** What a planner returns: the use case's own value, and what to write (null: write nothing). */
export interface Planned<T, P> {
  readonly value: T;
  readonly plan: P | null;
}

/** Where a long operation is, for a progress bar. */
export interface Progress {
  readonly phase: "reading" | "checking" | "writing";
  /** Rows (or cells, when writing) done so far, and in all; total 0 when unknown. */
  readonly done: number;
  readonly total: number;
}
export type ProgressListener = (progress: Progress) => void;

/** The workbook open in Excel. Every method is one Excel session with a fixed number of round trips. */
export interface WorkbookPort {
  /** The active sheet's used range as values. */
  readActiveSheet(onProgress?: ProgressListener): Promise<SheetGrid>;
  /** The selected range, or null when the selection is not a range (a chart, a shape). */
  readSelection(): Promise<SelectedRange | null>;
  /**
   * Reads the active sheet, asks `planner` what to flag, then replaces the add-in's flags on the sheet
   * with those (conditional formats and notes it owns). Values and the cells' own formats are never
   * touched. A null plan writes nothing.
   */
  flagActiveSheet<T>(
    planner: (grid: SheetGrid) => Planned<T, FlagPlan>,
    onProgress?: ProgressListener,
  ): Promise<{ readonly value: T; readonly outcome: FlagOutcome | null }>;
  /** Removes exactly the flags the add-in put on the active sheet, and nothing else. */
  clearFlags(): Promise<ClearOutcome>;
  /**
   * Reads the active sheet, asks `planner` for formula columns, and writes them only when every target
   * cell (headers included) is empty; otherwise writes nothing and says which cells are in the way.
   */
  writeComputedColumns<T>(
    planner: (grid: SheetGrid) => Planned<T, ComputedColumnsPlan>,
    onProgress?: ProgressListener,
  ): Promise<{ readonly value: T; readonly write: ComputedColumnsWrite | null }>;
  /**
   * Reads the active sheet and the add-in's 実績値 column on it (null: none yet), asks `planner` for one
   * cell to write, and writes it as text with the column's header, only when the header and the cell are
   * empty or still hold what the add-in wrote; otherwise writes nothing and says what is in the way.
   */
  writeActualCell<T>(
    planner: (grid: SheetGrid, column: ActualColumnState | null) => Planned<T, ActualCellPlan>,
    onProgress?: ProgressListener,
  ): Promise<{ readonly value: T; readonly write: ActualCellWrite | null }>;
  /**
   * Empties the add-in's 実績値 column on the active sheet, header included, where it still holds what
   * the add-in wrote (number formats put back); cells someone changed stay.
   */
  removeActualColumn(): Promise<ActualColumnRemoval>;
  /** Activates the sheet and selects the cell, so the user lands on a finding. */
  selectCell(sheetName: string, address: string): Promise<void>;
}

/** The workbook's saved settings, as stored; the use cases validate them. */
export interface SettingsPort {
  /** The saved value, or null when nothing has been saved. */
  load(): Promise<unknown>;
  save(value: unknown): Promise<void>;
}

/** Today, for the default as-of date: only the edges ask the clock. */
export interface ClockPort {
  today(): IsoDate;
}
