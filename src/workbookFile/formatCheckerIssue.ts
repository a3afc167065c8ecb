import type { Locale } from "../core/messages/formatIssue";
import { formatByCode } from "../core/messages/formatIssue";
import { en } from "../core/messages/en";
import { ja } from "../core/messages/ja";
import type { IssueMessages } from "../core/messages/types";
import type { CheckerIssue } from "./fileIssues";
import { fileEn } from "./messages/en";
import { fileJa } from "./messages/ja";

const MESSAGES: Readonly<Record<Locale, IssueMessages<CheckerIssue>>> = {
  ja: { ...ja.issues, ...fileJa },
  en: { ...en.issues, ...fileEn },
};

/**
 * An issue of a check's report as a sentence: the core's about a sheet, or one about the file.
 * @example formatCheckerIssue({ code: "sheet_not_found", path: "a.xlsx", sheet: "集計" }, "ja")
 * // "ブック「a.xlsx」にシート「集計」がありません。シート名を確認してください。"
 */
export function formatCheckerIssue(issue: CheckerIssue, locale: Locale): string {
  return formatByCode(MESSAGES[locale], issue);
}
