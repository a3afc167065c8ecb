import { describe, expect, it, test } from "vitest";
import type { AppIssue } from "../../app/appIssue";
import { formatByCode } from "../../core/messages/formatIssue";
import { WORKBOOK_FAILURE_CODES } from "../../app/workbookFailure";
import { stringsFor } from "./stringsFor";

/** One issue of each of the app's codes: the compiler checks the list is complete. */
const ONE_OF_EACH: { readonly [C in AppIssue["code"]]: Extract<AppIssue, { code: C }> } = {
  settings_invalid: { code: "settings_invalid", field: "startMonth" },
  computed_cells_occupied: { code: "computed_cells_occupied", cells: "H8", count: 1, column: "H" },
  computed_columns_unsupported: { code: "computed_columns_unsupported", reason: "no_actual" },
  computed_column_invalid: { code: "computed_column_invalid", column: "1A" },
  computed_columns_overlap_table: { code: "computed_columns_overlap_table", column: "C" },
  selection_other_sheet: { code: "selection_other_sheet", sheet: "別シート" },
  summary_no_sheets: { code: "summary_no_sheets" },
  summary_sheet_taken: { code: "summary_sheet_taken", sheet: "集計" },
  collect_no_files: { code: "collect_no_files" },
  collect_sheet_taken: { code: "collect_sheet_taken", sheet: "取りまとめ", freeName: "取りまとめ (2)" },
  validation_nothing: { code: "validation_nothing", reason: "no_rows" },
  template_invalid: { code: "template_invalid", field: "planYears" },
  status_options_invalid: { code: "status_options_invalid", text: "、、" },
  actual_cell_occupied: { code: "actual_cell_occupied", cell: "J14", content: "85%" },
  actual_column_changed: { code: "actual_column_changed", cell: "J8" },
  actual_row_not_found: { code: "actual_row_not_found", row: 14, item: 6 },
  revised_target_unsupported: { code: "revised_target_unsupported", reason: "no_target" },
  revised_target_exists: { code: "revised_target_exists", column: "E" },
  revised_target_blocked: {
    code: "revised_target_blocked",
    blocker: "merged_cells",
    column: "E",
    action: "add",
  },
  revised_target_missing: { code: "revised_target_missing" },
  revised_target_moved: { code: "revised_target_moved", column: "E" },
  revised_target_filled: { code: "revised_target_filled", cells: "E6", count: 1, column: "E" },
};

describe("stringsFor", () => {
  it("gives Japanese and English words", () => {
    expect(stringsFor("ja").check.button).toBe("提出前チェック");
    expect(stringsFor("en").check.button).toBe("Check before submission");
  });

  it("words every failure and every app issue in both languages", () => {
    for (const locale of ["ja", "en"] as const) {
      const strings = stringsFor(locale);
      for (const code of WORKBOOK_FAILURE_CODES) expect(strings.failures[code].title).not.toBe("");
      for (const issue of Object.values(ONE_OF_EACH)) {
        const text = formatByCode(strings.appIssues, issue);
        expect(text).not.toBe(issue.code);
        expect(text).not.toMatch(/undefined|null|NaN/);
      }
    }
  });

  test.each(["no_rows", "no_actual", "no_target", "no_period"] as const)(
    "says why computed columns cannot be added (%s)",
    (reason) => {
      const issue = { code: "computed_columns_unsupported", reason } as const;
      expect(stringsFor("ja").appIssues.computed_columns_unsupported(issue)).toMatch(/[ぁ-ん]/);
      expect(stringsFor("en").appIssues.computed_columns_unsupported(issue)).toMatch(/^[A-Z]/);
    },
  );
});
