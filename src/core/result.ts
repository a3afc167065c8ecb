import type { Issue } from "./issues";

export type { Issue } from "./issues";

/** What every issue has in common: a stable snake_case code. */
export interface IssueLike {
  readonly code: string;
}

/**
 * Expected failures are data: a reading either succeeds or says what is wrong. The issues are the core's
 * by default; an edge names its own union (`Result<WorkbookRead, Issue | CliIssue>`).
 */
export type Result<T, I extends IssueLike = Issue> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly I[] };

/** A success; it fits a Result of any issue type. */
export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

/**
 * A failure. The issue type comes from where the result goes (the function's declared return type), so
 * each issue is checked against that union: a misspelled code or parameter fails to compile.
 */
export function fail<T = never, I extends IssueLike = Issue>(...issues: NoInfer<I>[]): Result<T, I> {
  return { ok: false, issues };
}
