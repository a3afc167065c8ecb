import type { DeadlineRefusal, RowsNotRead, ValueRefusal, ValueUnreadable } from "../issues";
import type { Direction } from "../direction";
import type { KpiSide } from "../judgeKpi";
import type { DateRole } from "../parseDateText";
import { subItemPrefix } from "./subItemPrefix";
import type { MessageCatalogue } from "./types";

const q = (v: string | number | null | undefined): string =>
  v === undefined || v === null || v === "" ? "" : ` "${String(v)}"`;
const sub = subItemPrefix;
const side = (issue: { readonly side?: KpiSide }): string =>
  issue.side === "baseline"
    ? "Baseline"
    : issue.side === "target"
      ? "Target"
      : issue.side === "actual"
        ? "Actual"
        : "Value";

/** A direction as the messages name it. */
const DIRECTION_EN: Readonly<Record<Direction, string>> = {
  increase: "increase",
  decrease: "decrease",
  maintain: "maintain",
};

/** Why a value was refused, when the refusal names a reason; the part not read is quoted. */
const VALUE_REASONS_EN: Readonly<Record<ValueRefusal, (part: string) => string>> = {
  band: (p) =>
    `${p} is a band ("in the seventies"), not one number; its floor is not the value. Write one number, such as "70 ％".`,
  rank: (p) =>
    `${p} is a rank, not the indicator's quantity. Keep a ranking target apart from the quantity column.`,
  count_of_all: (p) => `${p} counts a whole set, not the level of the target.`,
  shorter_period: (p) =>
    `${p} is per month or per week, which cannot be read as a value for the fiscal year. Write the yearly value, such as "年 12 回".`,
};

function valueUnreadableEn(i: ValueUnreadable): string {
  const part = (i.part ? q(i.part) : q(i.text)).trim() || "The value";
  const reason = i.reason ? VALUE_REASONS_EN[i.reason] : undefined;
  if (reason)
    return i.part
      ? `${side(i)}${q(i.text)} cannot be read. ${reason(part)}`
      : `${side(i)}${reason(q(i.text))}`;
  const where = i.part ? `: the part${q(i.part)}` : "";
  return `${side(i)}${q(i.text)} cannot be read as a number${where}. Write a number and a unit, such as "120 件", "36.4 ％", "130 万PV" or "△5".`;
}

const DATE_ROLES_EN: Readonly<Record<DateRole, string>> = {
  due: "The due date",
  asOf: "The as-of date",
  start: "The start date",
  date: "The date",
};
const dateRoleEn = (issue: { readonly role: DateRole }): string => DATE_ROLES_EN[issue.role];

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Why a table ended above rows it did not read, and what to do about it. */
const ROWS_NOT_READ_EN: Readonly<Record<NonNullable<RowsNotRead["reason"]>, (issue: RowsNotRead) => string>> =
  {
    header_repeated: (i) =>
      `Row ${String(i.stopRow ?? "")} repeats the table's header, so the table was taken to end above it. Delete headers repeated for printing (Page Layout > Print Titles puts the header on every page) and move another table to a sheet of its own.`,
    sheet_title: (i) =>
      `Row ${String(i.stopRow ?? "")} holds the next sheet's title, so the table was taken to end above it. Keep one sheet per worksheet.`,
    note: (i) =>
      `The note (※) in row ${String(i.stopRow ?? "")} was taken as the end of the table. Move notes below the table.`,
  };

/** What to write instead, for the deadlines the reader refuses for a known reason. */
const DEADLINE_REASONS_EN: Readonly<Partial<Record<DeadlineRefusal, string>>> = {
  short_year_ambiguous:
    'The year could be an era year or the last two digits of a Western year: write "R8年度" or "2026年度".',
  years_disagree: "The Western and the era year name different years: correct one of them.",
  approximate: 'An approximate date ("頃") is no due date: give the month, like "R8. 3月".',
  plan_start_unknown:
    'The plan\'s first year is not known, so "N年目" names no fiscal year: write the year, like "R8年度".',
  range_length_disagrees: "The number of years does not match the period's first and last years.",
  length_without_start_year:
    'A period given as a length needs its first fiscal year, like "R6年度から4年間".',
  range_reversed: "The period ends before it starts.",
};

export const en: MessageCatalogue = {
  issues: {
    value_empty: (i) => `${side(i)} is empty.`,
    value_unreadable: (i) => valueUnreadableEn(i),
    value_doubled_unit: (i) =>
      `${side(i)}${q(i.text)} repeats its unit${i.unit ? ` (${String(i.unit)})` : ""}. Check it for a typing error.`,
    value_multiple_numbers: (i) =>
      `${side(i)}${q(i.text)} holds more than one number${i.part ? ` (the part not read:${q(i.part)})` : ""}. Separate baseline and target with ⇒, as in "111 件 ⇒ 120 件".`,
    pair_unreadable: (i) =>
      `${q(i.text).trim() || "The text"} cannot be read as "baseline ⇒ target". Write it like "111 件 ⇒ 120 件".`,
    value_relative_change: (i) =>
      `${side(i)}${q(i.text)} is a change or a difference${i.part ? ` (${q(i.part).trim()})` : ""}, not a level. The achievement rate needs the target as an absolute value.`,
    fiscal_year_unreadable: (i) =>
      `Fiscal year${q(i.text)} cannot be read. Write it like "令和7年度", "R7" or "2025".`,
    date_impossible: (i) =>
      `${sub(i)}${q(i.source ?? i.text).trim() || "The date"} is not a real date. Check the day and month.`,
    deadline_empty: () => "The deadline (期間・期限) is empty.",
    deadline_unreadable: (i) =>
      `${sub(i)}Deadline${q(i.source ?? i.text)} cannot be read. ${(i.reason ? DEADLINE_REASONS_EN[i.reason] : undefined) ?? 'Write it like "R8. 3月", "9月末", "年度内" or "通年".'}`,
    deadline_no_fixed_due: (i) =>
      `${sub(i)}${q(i.source ?? i.text).trim() || "This deadline"} has no fixed date, so it is never counted as overdue.`,
    deadline_start_only: (i) =>
      `${sub(i)}${q(i.source ?? i.text).trim() || "This"} gives a start only, not a deadline.`,
    deadline_beyond_fiscal_year: (i) =>
      `${sub(i)}The due date${i.due ? ` (${String(i.due)})` : ""} is after the end of the fiscal year. Check whether it belongs to next year's plan.`,
    sub_item_not_found: (i) =>
      `No deadline was found for sub-item (${String(i.subItem ?? "?")}). Check that the deadline text has (${String(i.subItem ?? "?")}).`,
    date_out_of_range: (i) =>
      `${dateRoleEn(i)}${q(i.source ?? i.text)}${i.due ? ` (${String(i.due)})` : ""} is outside the dates Excel can hold (1900-03-01 to 9999-12-31). Check the year.`,
    baseline_missing: () => "There is no baseline, so the progress rate cannot be computed.",
    target_missing: () => "There is no target, so the achievement rate cannot be computed.",
    actual_missing: () => "The actual value is empty.",
    target_zero: () => "The target is 0, so the achievement rate cannot be computed.",
    actual_zero: () => "The actual is 0 on a reduction target, so target ÷ actual cannot be computed.",
    baseline_equals_target: () => "The baseline equals the target, so the progress rate cannot be computed.",
    cumulative_target_snapshot_baseline: () =>
      "The target is a total over the plan period (期間中, 累計) but the baseline is not (a level or a yearly count), so progress from the baseline has no meaning. Judge it by the achievement rate.",
    unit_mismatch: (i) =>
      `The units differ (${[i.baselineUnit, i.targetUnit, i.actualUnit]
        .filter((u) => u !== undefined)
        .map((u) => (u === "" ? "no unit" : String(u)))
        .join(" / ")}). Use the same unit.`,
    percent_unit_missing: (i) =>
      `${side(i)}${q(i.text)} has no % while the value it is compared with is a percentage. Write it with its sign, such as "${String(i.text ?? "")} %" (or as a fraction such as 0.45 in a cell formatted as %).`,
    number_out_of_range: (i) =>
      i.text
        ? `${side(i)}${q(i.text)} is beyond the numbers Excel can hold. Check its digits.`
        : "The result is beyond the numbers Excel can hold, so it cannot be computed. Check the digits of the values.",
    target_revision_unit_changed: (i) =>
      `The revised target${q(i.revised)} is in ${i.revisedUnit} but the original target${q(i.original)} was in ${i.originalUnit}. What is measured may have changed, so no achievement or progress rate is computed. Use one unit, or check the KPI.`,
    target_revision_direction_changed: (i) =>
      `The revised target${q(i.revised)} aims to ${DIRECTION_EN[i.revisedDirection]}, but the original target${q(i.original)} aimed to ${DIRECTION_EN[i.originalDirection]}. The row is judged against the revised target (${DIRECTION_EN[i.revisedDirection]}). Check that the revision means this.`,
    target_revision_conflict: (i) =>
      `The target cell${q(i.original)} gives a revised value${q(i.revised)} that differs from the revised target column${q(i.column)}. Which one to judge against cannot be told, so no achievement rate is computed. Make them agree.`,
    direction_unreadable: (i) =>
      `Direction${q(i.text)} cannot be read. Use increase, decrease or maintain (増加, 減少, 維持).`,
    grade_scale_invalid: (i) =>
      `Grading scale${q(i.text)} cannot be read. Name a preset (such as abcd_100_80_60) or give a table of grades and their lower limits.`,
    required_cell_empty: (i) => `${i.columnLabelEn} is empty.`,
    overdue_not_done: (i) =>
      `${sub(i)}The due date (${String(i.due ?? "")}) has passed and the report does not say it is done.`,
    sub_item_missing_from_report: (i) =>
      `The due date of (${String(i.subItem ?? "?")}) (${String(i.due ?? "")}) has passed, but the midterm report does not mention (${String(i.subItem ?? "?")}).`,
    stale_planned_statement: (i) =>
      `${sub(i)}The report still says "planned" (予定) for month ${String(i.month ?? "")}, which has passed. Report whether it was done.`,
    report_value_candidate: (i) =>
      `The report mentions ${i.label ? `"${String(i.label)}" ` : ""}${String(i.display ?? i.amount ?? "")}, which may be the actual. Confirm before using it.`,
    rows_not_read: (i) =>
      `${i.count === 1 ? "Row" : "Rows"} ${i.rows} (${plural(i.count, "row", "rows")}) ${i.count === 1 ? "was" : "were"} not read as rows of the table and not checked. ${i.reason ? ROWS_NOT_READ_EN[i.reason](i) : "Check the header row and the column mapping (the task pane's column mapping, or --map on the command line)."}`,
    year_column_missing: (i) =>
      `The ${side(i).toLowerCase()} has no column for FY${String(i.fiscalYear ?? "")} (the header has FY ${String(i.years ?? "")}), so the ${side(i).toLowerCase()} of FY${String(i.fiscalYear ?? "")} was not read or judged. Add the year's column, or check the fiscal year being judged.`,
    actual_year_differs: (i) =>
      `The actual column${q(i.label)} holds FY${String(i.year ?? "")}'s actuals, but the sheet is judged as FY${String(i.fiscalYear ?? "")}. Add a column for FY${String(i.fiscalYear ?? "")}'s actuals, or check the fiscal year being judged.`,
    table_not_found: (i) =>
      `No table headers (取組項目, 期間・期限 / KPI, 基準値, 目標値) were found on sheet${q(i.sheet)}. Map the columns yourself.`,
    mapping_unreadable: (i) =>
      `Column mapping${q(i.text)} cannot be read. Write role=COLUMN pairs, such as "initiative=B,period=C".`,
    date_missing: (i) => `${dateRoleEn(i)} is empty.`,
    date_unreadable: (i) =>
      `${dateRoleEn(i)}${q(i.text)} cannot be read as a date. Give a date cell, or write it like "2025-11-21", "R7.11.21" or "令和7年11月21日".`,
    sheet_empty: (i) => `Sheet${q(i.sheet)} is empty.`,
  },
  statuses: {
    achieved: "Achieved",
    on_track: "On track",
    behind: "Behind",
    overdue: "Overdue",
  },
};
