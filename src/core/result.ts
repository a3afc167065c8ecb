import type { IssueCode } from "./issueCodes";

/** A stable, language-free description of something wrong with an input: `{ code, ...params }`. */
export type Issue = {
  readonly code: IssueCode;
  readonly [param: string]: string | number | boolean | null | undefined;
};

/** Expected failures are data: a reading either succeeds or says what is wrong. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(...issues: Issue[]): Result<T> {
  return { ok: false, issues };
}
