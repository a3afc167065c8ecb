/**
 * Expected failures of the use cases that are not about a cell's content (those are the core's issue
 * codes): saved settings that cannot be read, computed columns that would overwrite something. Like the
 * core's issues they are data, `{ code, ...params }`; the task pane words them in the user's language.
 */
import type { Issue } from "../core/result";

export const APP_ISSUE_CODES = [
  "settings_invalid",
  "computed_cells_occupied",
  "computed_columns_unsupported",
  "computed_column_invalid",
  "computed_columns_overlap_table",
  "selection_other_sheet",
  "summary_no_sheets",
  "summary_sheet_taken",
  "validation_nothing",
  "template_invalid",
  "status_options_invalid",
] as const;
export type AppIssueCode = (typeof APP_ISSUE_CODES)[number];

export interface AppIssue {
  readonly code: AppIssueCode;
  readonly [param: string]: string | number | boolean | null | undefined;
}

/** A use case's answer: its value, or the issues (the core's or the app's) that stopped it. */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly (Issue | AppIssue)[] };

const APP_CODES: ReadonlySet<string> = new Set(APP_ISSUE_CODES);

/**
 * Whether an issue is one of the app's rather than the core's.
 * @example isAppIssue({ code: "computed_cells_occupied", cells: "H8" }) // true
 */
export function isAppIssue(issue: Issue | AppIssue): issue is AppIssue {
  return APP_CODES.has(issue.code);
}
