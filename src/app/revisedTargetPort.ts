/**
 * 目標値を見直す: what the use cases need from the workbook to add a 目標値（見直し後） column right of a
 * KPI list's target column, and to take it away again. Like WorkbookPort, a write goes with the read it is
 * planned from: the adapter reads the active sheet, hands the values to a pure planner, and writes what it
 * returns in the same Excel session, in a fixed number of round trips.
 *
 * The column goes into the column right of the targets when that column is empty; otherwise a whole
 * column is inserted there (Range.insert, cells shifted right). Excel's documentation says what an insert
 * does to cells and to formulas that refer to them, and nothing of Excel tables, merged cells, conditional
 * formats or data validation: where any of those lie at or right of the targets, the adapter inserts
 * nothing and says which one is in the way.
 */
import type { SheetGrid } from "../core/sheetTable";
import type { Planned, ProgressListener } from "./ports";

/** What stops an insert (or the deletion that takes it back): something Excel's documentation does not cover. */
export type StructureBlocker = "table" | "merged_cells" | "conditional_format" | "validation";

/** The column to add. */
export interface RevisedTargetPlan {
  /** 1-based worksheet row of the header. */
  readonly headerRow: number;
  /** 0-based worksheet column the column goes into: right of the target column. */
  readonly column: number;
  readonly header: string;
  /**
   * The workbook's settings to save with the column, in the same session: with the column recorded, and,
   * when a column was inserted, the sheet's saved column choices right of it moved along.
   */
  readonly settings: (inserted: boolean) => unknown;
}

/** What adding did. */
export type RevisedTargetWrite =
  | {
      readonly written: true;
      /** True: a column was inserted; false: the header went into the empty column. */
      readonly inserted: boolean;
      /** A1 address of the header cell: `E4`. */
      readonly headerCell: string;
    }
  | { readonly written: false; readonly blocker: StructureBlocker };

/** The column to take away. */
export interface RevisedTargetRemovalPlan {
  readonly headerRow: number;
  readonly column: number;
  readonly header: string;
  /** Delete the column (the add-in inserted it), or empty it (it was empty before). */
  readonly inserted: boolean;
  /** Take it away even when cells below the header hold something (the user agreed). */
  readonly confirmed: boolean;
  /** The settings without the record (and with the column choices moved back): saved first. */
  readonly settings: unknown;
}

/** What removing did. */
export type RevisedTargetRemoval =
  | { readonly removed: true; readonly deleted: boolean }
  | {
      readonly removed: false;
      /** Cells of the column other than its header that hold a value or formula: the first few, and how many. */
      readonly filled: readonly string[];
      readonly filledCount: number;
    }
  | { readonly removed: false; readonly blocker: StructureBlocker };

export interface RevisedTargetPort {
  /**
   * Reads the active sheet, asks `planner` where the column goes, and adds it: the header in the empty
   * column right of the targets, or in a column inserted there when that one holds anything. Nothing is
   * inserted where Excel tables, merged cells, conditional formats or data validation lie at or right of
   * the targets. The settings are saved in the same session. A null plan writes nothing.
   */
  addRevisedTargetColumn<T>(
    planner: (grid: SheetGrid) => Planned<T, RevisedTargetPlan>,
    onProgress?: ProgressListener,
  ): Promise<{ readonly value: T; readonly write: RevisedTargetWrite | null }>;
  /**
   * Reads the active sheet, asks `planner` which column to take away, and takes it away: deletes it when
   * the add-in inserted it, empties its header otherwise, so the sheet is as it was before. Cells holding
   * something stop it unless the plan is confirmed. A null plan writes nothing.
   */
  removeRevisedTargetColumn<T>(
    planner: (grid: SheetGrid) => Planned<T, RevisedTargetRemovalPlan>,
    onProgress?: ProgressListener,
  ): Promise<{ readonly value: T; readonly removal: RevisedTargetRemoval | null }>;
}
