import { describe, expect, it, test } from "vitest";
import type { IssueCode } from "../issueCodes";
import { ISSUE_CODES } from "../issueCodes";
import type { Issue, IssueOf } from "../issues";
import { formatIssue, localeOf, statusLabel } from "./formatIssue";

/** One issue of each code, with the parameters its creators pass: the compiler checks the list is complete. */
const ONE_OF_EACH: { readonly [C in IssueCode]: IssueOf<C> } = {
  value_empty: { code: "value_empty", side: "target" },
  value_unreadable: { code: "value_unreadable", text: "X", side: "actual" },
  value_doubled_unit: { code: "value_doubled_unit", text: "150万 万PV", unit: "万" },
  value_multiple_numbers: { code: "value_multiple_numbers", text: "X" },
  pair_unreadable: { code: "pair_unreadable", text: "X" },
  value_relative_change: { code: "value_relative_change", text: "5件増" },
  fiscal_year_unreadable: { code: "fiscal_year_unreadable", text: "X" },
  date_impossible: { code: "date_impossible", source: "2月30日", subItem: 1 },
  deadline_empty: { code: "deadline_empty" },
  deadline_unreadable: { code: "deadline_unreadable", text: "X" },
  deadline_no_fixed_due: { code: "deadline_no_fixed_due", source: "随時" },
  deadline_start_only: { code: "deadline_start_only", source: "4月以降" },
  deadline_beyond_fiscal_year: {
    code: "deadline_beyond_fiscal_year",
    due: "2026-04-08",
    fiscalYearEnd: "2026-03-31",
    source: "令和8年4月8日",
  },
  sub_item_not_found: { code: "sub_item_not_found", subItem: 3, text: "(1)5月" },
  date_out_of_range: { code: "date_out_of_range", role: "due", text: "10000年3月31日" },
  baseline_missing: { code: "baseline_missing" },
  target_missing: { code: "target_missing" },
  actual_missing: { code: "actual_missing" },
  target_zero: { code: "target_zero" },
  actual_zero: { code: "actual_zero" },
  baseline_equals_target: { code: "baseline_equals_target", baseline: 5, target: 5 },
  cumulative_target_snapshot_baseline: { code: "cumulative_target_snapshot_baseline" },
  unit_mismatch: { code: "unit_mismatch", targetUnit: "件", actualUnit: "回" },
  percent_unit_missing: { code: "percent_unit_missing", side: "actual", text: "45" },
  number_out_of_range: { code: "number_out_of_range" },
  target_revision_unit_changed: {
    code: "target_revision_unit_changed",
    original: "120件",
    revised: "150人",
    originalUnit: "件",
    revisedUnit: "人",
  },
  target_revision_direction_changed: {
    code: "target_revision_direction_changed",
    original: "120件",
    revised: "100件以下",
    originalDirection: "increase",
    revisedDirection: "decrease",
  },
  target_revision_conflict: {
    code: "target_revision_conflict",
    original: "120件",
    revised: "150件",
    column: "160件",
  },
  direction_unreadable: { code: "direction_unreadable", text: "X" },
  grade_scale_invalid: { code: "grade_scale_invalid", text: "X" },
  required_cell_empty: {
    code: "required_cell_empty",
    columnLabel: "取組項目",
    columnLabelEn: "The initiative",
  },
  overdue_not_done: { code: "overdue_not_done", due: "2025-10-31" },
  sub_item_missing_from_report: { code: "sub_item_missing_from_report", subItem: 1, due: "2025-10-31" },
  stale_planned_statement: { code: "stale_planned_statement", month: 10 },
  report_value_candidate: { code: "report_value_candidate", label: "参加者", display: "120 人" },
  table_not_found: { code: "table_not_found", sheet: "S" },
  mapping_unreadable: { code: "mapping_unreadable", text: "X" },
  sheet_empty: { code: "sheet_empty", sheet: "S" },
  rows_not_read: { code: "rows_not_read", sheet: "S", rows: "13-20", count: 8 },
  year_column_missing: { code: "year_column_missing", side: "actual", fiscalYear: 2025, years: "2023, 2024" },
  actual_year_differs: { code: "actual_year_differs", fiscalYear: 2025, year: 2024, label: "R6実績" },
  date_missing: { code: "date_missing", role: "asOf" },
  date_unreadable: { code: "date_unreadable", role: "asOf", text: "来週" },
};

describe("formatIssue", () => {
  test.each(ISSUE_CODES.map((code) => [code]))("has a Japanese and an English message for %s", (code) => {
    const issue: Issue = ONE_OF_EACH[code];
    const jaText = formatIssue(issue, "ja");
    const enText = formatIssue(issue, "en");
    expect(jaText).toMatch(/[ぁ-んァ-ヶ一-龠]/);
    expect(enText).toMatch(/^[^ぁ-ん]*[A-Za-z]/);
    expect(jaText).not.toBe(code);
    expect(enText).not.toBe(code);
    // A parameter a message expects and did not get would show as "undefined" or "null".
    expect(`${jaText} ${enText}`).not.toMatch(/undefined|null|NaN|\[object/);
  });

  it("takes only issues the union allows (checked by the compiler through the expect-error lines)", () => {
    // @ts-expect-error: sheet_empty names the sheet
    const missing: Issue = { code: "sheet_empty" };
    // @ts-expect-error: there is no such code
    const misspelled: Issue = { code: "sheet_emtpy", sheet: "S" };
    // @ts-expect-error: value_unreadable has a text, not a txt
    const unknown: Issue = { code: "value_unreadable", txt: "X" };
    expect([missing, misspelled, unknown].map((issue) => formatIssue(issue, "en"))).toEqual([
      "Sheet is empty.",
      "sheet_emtpy",
      'Value cannot be read as a number. Write a number and a unit, such as "120 件", "36.4 ％", "130 万PV" or "△5".',
    ]);
  });

  it("names the cell's text and says what is expected", () => {
    expect(formatIssue({ code: "value_unreadable", text: "未定", side: "target" }, "ja")).toBe(
      "目標値「未定」を数値として読み取れません。「120 件」「36.4 ％」「130 万PV」「△5」のように数値と単位で入力してください。",
    );
  });

  it("names every sub-item of a group", () => {
    expect(
      formatIssue({ code: "stale_planned_statement", subItem: 3, subItems: "3,4", month: 10 }, "ja"),
    ).toBe("(3)(4) 「予定」と書かれた時期（10月）を過ぎています。実施したかどうかを報告に反映してください。");
  });

  test.each([
    ["header_repeated", "12行目に表の見出しがもう一度あり", "Row 12 repeats the table's header"],
    ["sheet_title", "12行目に次のシートのタイトルがあり", "Row 12 holds the next sheet's title"],
    ["note", "12行目の注記（※）で表が終わる", "The note (※) in row 12"],
    [
      undefined,
      "列の割り当て（作業ウィンドウの「列の割り当て」、コマンドラインでは --map）",
      "column mapping",
    ],
  ] as const)("names the unread rows and what ended the table (%s)", (reason, jaReason, enReason) => {
    const issue: Issue = {
      code: "rows_not_read",
      sheet: "KPI一覧",
      rows: "13-20, 22",
      count: 9,
      stopRow: 12,
      reason,
    };
    expect(formatIssue(issue, "ja")).toMatch(
      /^13-20, 22行目（9行）は表の行として読み取られず、チェックされていません。/,
    );
    expect(formatIssue(issue, "ja")).toContain(jaReason);
    expect(formatIssue(issue, "en")).toMatch(/^Rows 13-20, 22 \(9 rows\) were not read as rows of the table/);
    expect(formatIssue(issue, "en")).toContain(enReason);
  });

  it("falls back to the code for a code no catalogue knows, rather than failing", () => {
    expect(formatIssue({ code: "no_such_code" as never }, "en")).toBe("no_such_code");
  });
});

describe("localeOf", () => {
  test.each([
    ["ja-JP", "ja"],
    ["ja", "ja"],
    ["ja_JP.UTF-8", "ja"],
    ["jav", "en"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["", "en"],
    [null, "en"],
  ])("%j → %s", (language, locale) => {
    expect(localeOf(language)).toBe(locale);
  });
});

describe("statusLabel", () => {
  it("speaks the statuses in Japanese and English", () => {
    expect(["achieved", "on_track", "behind", "overdue"].map((s) => statusLabel(s as never, "ja"))).toEqual([
      "達成",
      "順調",
      "遅れ",
      "期限超過",
    ]);
    expect(statusLabel("overdue", "en")).toBe("Overdue");
  });
});
