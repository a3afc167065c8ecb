import type { KpiStatus } from "../achievement";
import type { Issue } from "../issues";
import type { IssueLike } from "../result";
import { en } from "./en";
import { ja } from "./ja";
import type { IssueMessages, Locale, MessageCatalogue } from "./types";

export type { IssueMessages, Locale } from "./types";

const CATALOGUES: Readonly<Record<Locale, MessageCatalogue>> = { ja, en };

/**
 * The product's language for an Office display language: Japanese for ja-*, English otherwise.
 * @example localeOf("ja-JP") // "ja"
 */
export function localeOf(displayLanguage: string | null | undefined): Locale {
  // Office gives ja-JP; a POSIX environment gives ja_JP.UTF-8.
  return /^ja(?:[-_.]|$)/i.test(displayLanguage ?? "") ? "ja" : "en";
}

/**
 * An issue as a sentence a user can act on, in their language.
 * @example formatIssue({ code: "target_zero" }, "ja") // "目標値が 0 のため、達成率を計算できません。"
 */
export function formatIssue(issue: Issue, locale: Locale): string {
  return formatByCode(CATALOGUES[locale].issues, issue);
}

/**
 * An issue in the words of a catalogue of messages keyed by code (the core's, the app's or an edge's).
 * @example formatByCode(ja.issues, { code: "sheet_empty", sheet: "表紙" }) // "シート「表紙」は空です。"
 */
export function formatByCode<I extends IssueLike>(messages: IssueMessages<I>, issue: I): string {
  // The catalogue's type pairs each code with its own issue; indexing by a code of the union loses that
  // pairing, so the lookup is typed by hand. An unknown code is a bug (codes are a closed union), but a
  // user still deserves a readable line.
  const message = messages[issue.code as I["code"]] as ((issue: I) => string) | undefined;
  return message ? message(issue) : issue.code;
}

/**
 * A status's label: 達成 / 順調 / 遅れ / 期限超過, or the English labels.
 * @example statusLabel("overdue", "ja") // "期限超過"
 */
export function statusLabel(status: KpiStatus, locale: Locale): string {
  return CATALOGUES[locale].statuses[status];
}
