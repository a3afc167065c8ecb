/**
 * Every issue code the core can report; issues.ts gives each its parameters. Messages for each live in
 * messages/ja.ts and messages/en.ts; the compiler checks that both cover this list. Codes that belong to
 * an edge live in that edge: workbook files as the checker and the task pane read them
 * (src/workbookFile/fileIssues.ts), the formulas' arguments (src/functions/argumentIssues.ts).
 */
export const ISSUE_CODES = [
  // values (数値目標, 基準値, 目標値, 実績値)
  "value_empty",
  "value_unreadable",
  "value_doubled_unit",
  "value_multiple_numbers",
  "pair_unreadable",
  "value_relative_change",
  // fiscal years and deadlines (期間・期限)
  "fiscal_year_unreadable",
  "date_impossible",
  "deadline_empty",
  "deadline_unreadable",
  "deadline_no_fixed_due",
  "deadline_start_only",
  "deadline_beyond_fiscal_year",
  "sub_item_not_found",
  "date_out_of_range",
  // achievement
  "baseline_missing",
  "target_missing",
  "actual_missing",
  "target_zero",
  "actual_zero",
  "baseline_equals_target",
  "cumulative_target_snapshot_baseline",
  "unit_mismatch",
  "percent_unit_missing",
  "number_out_of_range",
  "direction_unreadable",
  "grade_scale_invalid",
  "target_revision_unit_changed",
  "target_revision_direction_changed",
  "target_revision_conflict",
  // sheet validation
  "required_cell_empty",
  "overdue_not_done",
  "sub_item_missing_from_report",
  "stale_planned_statement",
  "report_value_candidate",
  // finding the table (findTable)
  "table_not_found",
  "mapping_unreadable",
  "sheet_empty",
  "rows_not_read",
  "year_column_missing",
  "actual_year_differs",
  // reading dates (parseDateText): the formulas' date arguments, the as-of date
  "date_missing",
  "date_unreadable",
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];
