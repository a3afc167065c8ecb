/**
 * Issues of the formulas' own arguments and runtime, beside the core's issues about the values they
 * read: a start month out of 1–12, and a failure nobody expected (a bug, worded rather than thrown raw).
 * One interface per code; their messages are in functions/messages/.
 */
import type { Issue } from "../core/issues";

export interface StartMonthInvalid {
  readonly code: "start_month_invalid";
  /** The argument as given. */
  readonly text: string;
}
export interface UnexpectedFailure {
  readonly code: "unexpected_failure";
  /** What the runtime said, for whoever reports it. */
  readonly detail?: string;
}

/** An issue of the formulas' own. A new code is one interface above and one line here. */
export type ArgumentIssue = StartMonthInvalid | UnexpectedFailure;

/** What a formula can stop with: the core's issues about its values, and its own. */
export type FormulaIssue = Issue | ArgumentIssue;
