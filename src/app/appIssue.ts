/**
 * Expected failures of the use cases that are not about a cell's content (those are the core's issue
 * codes): saved settings that cannot be read, computed columns that would overwrite something. Like the
 * core's issues they are data, one interface per code (`{ code, ...params }`); the task pane words them
 * in the user's language (taskpane/strings).
 */
import type { Issue } from "../core/issues";

export interface SettingsInvalid {
  readonly code: "settings_invalid";
  /** The first field at fault, as a dotted path ("sheets.KPI.mapping"), or "(root)". */
  readonly field: string;
}
export interface ComputedCellsOccupied {
  readonly code: "computed_cells_occupied";
  /** The first cells that hold something ("H8, H9 …"). */
  readonly cells: string;
  readonly count: number;
  /** The first computed column's letter. */
  readonly column: string;
}
export interface ComputedColumnsUnsupported {
  readonly code: "computed_columns_unsupported";
  readonly reason: "no_rows" | "no_actual" | "no_target" | "no_period";
}
export interface ComputedColumnInvalid {
  readonly code: "computed_column_invalid";
  /** The column as typed. */
  readonly column: string;
}
export interface ComputedColumnsOverlapTable {
  readonly code: "computed_columns_overlap_table";
  readonly column: string;
}
export interface SelectionOtherSheet {
  readonly code: "selection_other_sheet";
  readonly sheet: string;
}
export interface SummaryNoSheets {
  readonly code: "summary_no_sheets";
}
export interface SummarySheetTaken {
  readonly code: "summary_sheet_taken";
  readonly sheet: string;
}
export interface CollectNoFiles {
  readonly code: "collect_no_files";
}
/** 取りまとめ: a sheet of the user's has the name; `freeName` is one to use instead. */
export interface CollectSheetTaken {
  readonly code: "collect_sheet_taken";
  readonly sheet: string;
  readonly freeName: string;
}
export interface ValidationNothing {
  readonly code: "validation_nothing";
  readonly reason: "no_rows" | "no_columns";
}
export interface TemplateInvalid {
  readonly code: "template_invalid";
  readonly field: "fiscalYear" | "planYears" | "rows";
}
export interface StatusOptionsInvalid {
  readonly code: "status_options_invalid";
  /** The choices as typed. */
  readonly text: string;
}

export interface ActualCellOccupied {
  readonly code: "actual_cell_occupied";
  /** The 実績値 cell (A1) that holds something the add-in did not write, and what it holds. */
  readonly cell: string;
  readonly content: string;
}
export interface ActualColumnChanged {
  readonly code: "actual_column_changed";
  /** The header cell of the add-in's 実績値 column, which no longer reads 実績値 on the table's header row. */
  readonly cell: string;
}
export interface ActualRowNotFound {
  readonly code: "actual_row_not_found";
  /** The row as the last check saw it, and its item (① → 1; 0 when it had no marker). */
  readonly row: number;
  readonly item: number;
}
export interface RevisedTargetUnsupported {
  readonly code: "revised_target_unsupported";
  /** A goal sheet; a KPI list without a target column; a target column in Excel's last column. */
  readonly reason: "not_kpi_list" | "no_target" | "no_room";
}
export interface RevisedTargetExists {
  readonly code: "revised_target_exists";
  /** The letter of the column that has it already. */
  readonly column: string;
}
export interface RevisedTargetBlocked {
  readonly code: "revised_target_blocked";
  /** What lies at or right of the targets that Excel's documentation does not say an insert keeps. */
  readonly blocker: "table" | "merged_cells" | "conditional_format" | "validation";
  /** The letter of the column that would be inserted (or deleted). */
  readonly column: string;
  readonly action: "add" | "remove";
}
export interface RevisedTargetMissing {
  readonly code: "revised_target_missing";
}
export interface RevisedTargetMoved {
  readonly code: "revised_target_moved";
  /** The column recorded, whose header is no longer there. */
  readonly column: string;
}
export interface RevisedTargetFilled {
  readonly code: "revised_target_filled";
  /** The first cells that hold something ("E6, E7 …"). */
  readonly cells: string;
  readonly count: number;
  readonly column: string;
}

/** An issue of the use cases' own. A new code is one interface above, one line here and one in APP_ISSUE_CODES. */
export type AppIssue =
  | SettingsInvalid
  | ComputedCellsOccupied
  | ComputedColumnsUnsupported
  | ComputedColumnInvalid
  | ComputedColumnsOverlapTable
  | SelectionOtherSheet
  | SummaryNoSheets
  | SummarySheetTaken
  | CollectNoFiles
  | CollectSheetTaken
  | ValidationNothing
  | TemplateInvalid
  | StatusOptionsInvalid
  | ActualCellOccupied
  | ActualColumnChanged
  | ActualRowNotFound
  | RevisedTargetUnsupported
  | RevisedTargetExists
  | RevisedTargetBlocked
  | RevisedTargetMissing
  | RevisedTargetMoved
  | RevisedTargetFilled;

export const APP_ISSUE_CODES = [
  "settings_invalid",
  "computed_cells_occupied",
  "computed_columns_unsupported",
  "computed_column_invalid",
  "computed_columns_overlap_table",
  "selection_other_sheet",
  "summary_no_sheets",
  "summary_sheet_taken",
  "collect_no_files",
  "collect_sheet_taken",
  "validation_nothing",
  "template_invalid",
  "status_options_invalid",
  "actual_cell_occupied",
  "actual_column_changed",
  "actual_row_not_found",
  "revised_target_unsupported",
  "revised_target_exists",
  "revised_target_blocked",
  "revised_target_missing",
  "revised_target_moved",
  "revised_target_filled",
] as const satisfies readonly AppIssue["code"][];
export type AppIssueCode = (typeof APP_ISSUE_CODES)[number];

// Every code of the union is in the list (the list's own entries are checked by `satisfies` above).
const EVERY_CODE_LISTED: [AppIssue["code"]] extends [AppIssueCode] ? true : false = true;
void EVERY_CODE_LISTED;

/** What stops a use case: the core's issues about a sheet's content, or the app's own. */
export type UseCaseIssue = Issue | AppIssue;

const APP_CODES: ReadonlySet<string> = new Set(APP_ISSUE_CODES);

/**
 * Whether an issue is one of the app's rather than the core's.
 * @example isAppIssue({ code: "computed_cells_occupied", cells: "H8", count: 1, column: "H" }) // true
 */
export function isAppIssue(issue: UseCaseIssue): issue is AppIssue {
  return APP_CODES.has(issue.code);
}
