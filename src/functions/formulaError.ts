import type { Issue } from "../core/result";
import { displayLocale } from "./displayLocale";
import { formatIssue } from "../core/messages/formatIssue";

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
const NOT_AVAILABLE: ReadonlySet<string> = new Set([
  "value_empty",
  "baseline_missing",
  "target_missing",
  "actual_missing",
  "deadline_empty",
  "deadline_no_fixed_due",
  "deadline_start_only",
  "sub_item_not_found",
  "cumulative_target_snapshot_baseline",
  "date_missing",
  "baseline_equals_target",
  "target_zero",
  "actual_zero",
]);
const INVALID_NUMBER: ReadonlySet<string> = new Set(["number_out_of_range"]);

/** The Excel error an issue becomes unless the caller says otherwise. */
export function excelErrorKindOf(code: string): ExcelErrorKind {
  if (NOT_AVAILABLE.has(code)) return "notAvailable";
  if (INVALID_NUMBER.has(code)) return "invalidNumber";
  return "invalidValue";
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
  readonly issue: Issue;
  readonly kind: ExcelErrorKind;

  constructor(issue: Issue, kind: ExcelErrorKind = excelErrorKindOf(issue.code)) {
    this.issue = issue;
    this.kind = kind;
  }
}

/** Stops a formula with an issue. */
export function failFormula(issue: Issue, kind?: ExcelErrorKind): never {
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
  let issue: Issue;
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
    message = formatIssue(issue, displayLocale());
  } catch {
    message = issue.code;
  }
  return runtime
    ? new runtime.Error(runtime.ErrorCode[kind], message)
    : new ExcelErrorOutsideExcel(EXCEL_ERROR_VALUES[kind], message);
}
