import { en } from "../core/messages/en";
import type { Locale } from "../core/messages/formatIssue";
import { formatByCode } from "../core/messages/formatIssue";
import { ja } from "../core/messages/ja";
import type { IssueMessages } from "../core/messages/types";
import type { FormulaIssue } from "./argumentIssues";
import { displayLocale } from "./displayLocale";
import { argumentEn } from "./messages/en";
import { argumentJa } from "./messages/ja";

/** The Excel errors the formulas return, by their names in CustomFunctions.ErrorCode. */
export type ExcelErrorKind = "invalidValue" | "notAvailable" | "divisionByZero" | "invalidNumber";

/** What Excel shows for each kind; used only where there is no CustomFunctions (tests, the benchmark). */
const EXCEL_ERROR_VALUES: Readonly<Record<ExcelErrorKind, string>> = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
};

// Excel shows a custom function's message only with #VALUE! and #N/A; #DIV/0! and #NUM! show none
// (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors, and the ErrorCode
// reference: "A custom error message can't be used" for divisionByZero and invalidNumber). So:
// - #N/A: there is no value to give, and the message says why: a value not there (－, empty, 随時 without
//   a date, a sub-item the text does not name), or a rate these values do not have (a target of 0, a
//   baseline equal to the target, a running total against a level). IFNA can hide them all.
// - #VALUE!: something typed that cannot be read, or values that cannot be compared (件 against 回).
// - #NUM!: a number Excel cannot hold (beyond ±1.8×10^308), as Excel's own arithmetic gives; and a number
//   argument out of its range (sub-item 0, start month 13, a date serial before 1900-03-01).
//
// Every code is mapped here, so a new code must be placed (the compiler asks) and a misspelling fails to
// compile. Codes about a whole sheet (required_cell_empty, rows_not_read …) never reach a formula; they
// are #VALUE! for completeness.
const EXCEL_ERROR_KINDS: Readonly<Record<FormulaIssue["code"], ExcelErrorKind>> = {
  // values
  value_empty: "notAvailable",
  value_unreadable: "invalidValue",
  value_doubled_unit: "invalidValue",
  value_multiple_numbers: "invalidValue",
  pair_unreadable: "invalidValue",
  value_relative_change: "invalidValue",
  // fiscal years, dates and deadlines
  fiscal_year_unreadable: "invalidValue",
  date_impossible: "invalidValue",
  deadline_empty: "notAvailable",
  deadline_unreadable: "invalidValue",
  deadline_no_fixed_due: "notAvailable",
  deadline_start_only: "notAvailable",
  deadline_beyond_fiscal_year: "invalidValue",
  sub_item_not_found: "notAvailable",
  date_out_of_range: "invalidValue",
  date_missing: "notAvailable",
  date_unreadable: "invalidValue",
  // achievement
  baseline_missing: "notAvailable",
  target_missing: "notAvailable",
  actual_missing: "notAvailable",
  target_zero: "notAvailable",
  actual_zero: "notAvailable",
  baseline_equals_target: "notAvailable",
  cumulative_target_snapshot_baseline: "notAvailable",
  unit_mismatch: "invalidValue",
  percent_unit_missing: "invalidValue",
  number_out_of_range: "invalidNumber",
  direction_unreadable: "invalidValue",
  grade_scale_invalid: "invalidValue",
  // a revised target (120件（見直し後 150人）) whose unit differs cannot be compared; the other two never
  // reach a formula (a direction change is judged against the revised target, a conflict needs two cells)
  target_revision_unit_changed: "invalidValue",
  target_revision_direction_changed: "invalidValue",
  target_revision_conflict: "invalidValue",
  // a whole sheet's findings and its table
  required_cell_empty: "invalidValue",
  overdue_not_done: "invalidValue",
  sub_item_missing_from_report: "invalidValue",
  stale_planned_statement: "invalidValue",
  report_value_candidate: "invalidValue",
  table_not_found: "invalidValue",
  mapping_unreadable: "invalidValue",
  sheet_empty: "invalidValue",
  rows_not_read: "invalidValue",
  year_column_missing: "invalidValue",
  actual_year_differs: "invalidValue",
  // the formulas' own arguments
  start_month_invalid: "invalidValue",
  unexpected_failure: "invalidValue",
};

/** The Excel error an issue becomes unless the caller says otherwise. */
export function excelErrorKindOf(code: FormulaIssue["code"]): ExcelErrorKind {
  // A code from outside the union would be a bug; it still gets #VALUE! with its message.
  return EXCEL_ERROR_KINDS[code] ?? "invalidValue";
}

const MESSAGES: Readonly<Record<Locale, IssueMessages<FormulaIssue>>> = {
  ja: { ...ja.issues, ...argumentJa },
  en: { ...en.issues, ...argumentEn },
};

/**
 * A formula's issue as the message Excel shows beside its error, in the given language.
 * @example formatFormulaIssue({ code: "start_month_invalid", text: "13" }, "ja")
 * // "年度の開始月「13」は 1〜12 の整数で指定してください（省略時は 4 月）。"
 */
export function formatFormulaIssue(issue: FormulaIssue, locale: Locale): string {
  return formatByCode(MESSAGES[locale], issue);
}

/**
 * An expected failure inside a formula: the issue to tell the user and the Excel error it becomes. Thrown
 * inside the formulas (a custom function has no other way to return an error) and turned into a
 * CustomFunctions.Error at each function's boundary by toExcelError, so it never reaches Excel.
 *
 * It is deliberately not an Error: it carries no stack trace, which is what an Error costs most to make
 * (about 4 µs). A sheet with a column of missing values (－) fails thousands of cells on each recalculation.
 */
export class FormulaError {
  readonly issue: FormulaIssue;
  readonly kind: ExcelErrorKind;

  constructor(issue: FormulaIssue, kind: ExcelErrorKind = excelErrorKindOf(issue.code)) {
    this.issue = issue;
    this.kind = kind;
  }
}

/** Stops a formula with an issue. */
export function failFormula(issue: FormulaIssue, kind?: ExcelErrorKind): never {
  throw new FormulaError(issue, kind);
}

/** The part of Excel's CustomFunctions runtime the formulas use. */
interface CustomFunctionsRuntime {
  readonly Error: new (errorCode: string, errorMessage?: string) => Error;
  readonly ErrorCode: Readonly<Record<ExcelErrorKind, string>>;
}

/** Where there is no CustomFunctions (Node): an Error with the same code and message. */
export class ExcelErrorOutsideExcel extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = "ExcelError";
    this.code = code;
  }
}

function runtimeOf(): CustomFunctionsRuntime | null {
  const runtime = (globalThis as { CustomFunctions?: Partial<CustomFunctionsRuntime> }).CustomFunctions;
  return runtime?.Error && runtime.ErrorCode ? (runtime as CustomFunctionsRuntime) : null;
}

/**
 * What a formula throws to Excel: its own failure as `#VALUE!`/`#N/A`/`#DIV/0!`/`#NUM!` with the message
 * in the display language, and anything else (a bug) as `#VALUE!` with a message, never a raw exception.
 * @example toExcelError(new FormulaError({ code: "target_zero" }))
 * // CustomFunctions.Error #N/A "目標値が 0 のため、達成率を計算できません。"
 */
export function toExcelError(error: unknown): Error {
  const runtime = runtimeOf();
  if (runtime && error instanceof runtime.Error) return error;
  let issue: FormulaIssue;
  let kind: ExcelErrorKind;
  if (error instanceof FormulaError) {
    issue = error.issue;
    kind = error.kind;
  } else {
    issue = { code: "unexpected_failure", detail: error instanceof Error ? error.message : String(error) };
    kind = "invalidValue";
  }
  let message: string;
  try {
    message = formatFormulaIssue(issue, displayLocale());
  } catch {
    message = issue.code;
  }
  return runtime
    ? new runtime.Error(runtime.ErrorCode[kind], message)
    : new ExcelErrorOutsideExcel(EXCEL_ERROR_VALUES[kind], message);
}
