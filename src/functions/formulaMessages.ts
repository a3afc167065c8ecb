import type { Issue } from "../core/result";
import type { Locale } from "../core/messages/formatIssue";
import { formatIssue } from "../core/messages/formatIssue";

/**
 * Issues only the formulas meet: arguments the core never sees in this form (a date typed as text, a
 * fiscal year's start month) and failures that are bugs. The core's own codes keep their messages in
 * src/core/messages; these belong there too once the core has codes for them.
 */
export const FORMULA_ISSUE_CODES = ["date_missing", "date_unreadable", "start_month_invalid", "unexpected_failure"] as const;

export type FormulaIssueCode = (typeof FORMULA_ISSUE_CODES)[number];

export type FormulaIssue = {
  readonly code: FormulaIssueCode;
  readonly [param: string]: string | number | boolean | null | undefined;
};

/** Which date argument an issue is about. */
export type DateRole = "due" | "asOf" | "start" | "date";

type Catalogue = { readonly [C in FormulaIssueCode]: (issue: FormulaIssue) => string };

const ROLE_JA: Readonly<Record<DateRole, string>> = { due: "期限", asOf: "基準日", start: "開始日", date: "日付" };
const ROLE_EN: Readonly<Record<DateRole, string>> = {
  due: "The due date",
  asOf: "The as-of date",
  start: "The start date",
  date: "The date",
};

const roleJa = (issue: FormulaIssue): string => ROLE_JA[issue.role as DateRole] ?? "日付";
const roleEn = (issue: FormulaIssue): string => ROLE_EN[issue.role as DateRole] ?? "The date";
const quotedJa = (v: FormulaIssue[string]): string => (v === undefined || v === null || v === "" ? "" : `「${String(v)}」`);
const quotedEn = (v: FormulaIssue[string]): string => (v === undefined || v === null || v === "" ? "" : ` "${String(v)}"`);

const ja: Catalogue = {
  date_missing: (i) => `${roleJa(i)}が入力されていません。`,
  date_unreadable: (i) =>
    `${roleJa(i)}${quotedJa(i.text)}を日付として読み取れません。日付のセルを指定するか、「2025-11-21」「R7.11.21」「令和7年11月21日」のように入力してください。`,
  start_month_invalid: (i) => `年度の開始月${quotedJa(i.text)}は 1〜12 の整数で指定してください（省略時は 4 月）。`,
  unexpected_failure: (i) =>
    `計算中に予期しないエラーが発生しました${i.detail ? `（${String(i.detail)}）` : ""}。入力値を確認してください。`,
};

const en: Catalogue = {
  date_missing: (i) => `${roleEn(i)} is empty.`,
  date_unreadable: (i) =>
    `${roleEn(i)}${quotedEn(i.text)} cannot be read as a date. Give a date cell, or write it like "2025-11-21", "R7.11.21" or "令和7年11月21日".`,
  start_month_invalid: (i) =>
    `The fiscal year's start month${quotedEn(i.text)} must be a whole number from 1 to 12 (4, April, when omitted).`,
  unexpected_failure: (i) =>
    `The formula failed unexpectedly${i.detail ? ` (${String(i.detail)})` : ""}. Check its arguments.`,
};

const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { ja, en };

function isFormulaIssue(issue: Issue | FormulaIssue): issue is FormulaIssue {
  return (FORMULA_ISSUE_CODES as readonly string[]).includes(issue.code);
}

/**
 * The sentence shown with a formula's error, in the user's language.
 * @example formatFormulaIssue({ code: "date_unreadable", role: "asOf", text: "来週" }, "ja")
 * // "基準日「来週」を日付として読み取れません。…"
 */
export function formatFormulaIssue(issue: Issue | FormulaIssue, locale: Locale): string {
  return isFormulaIssue(issue) ? CATALOGUES[locale][issue.code](issue) : formatIssue(issue, locale);
}
