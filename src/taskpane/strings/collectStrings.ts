/**
 * The words of 取りまとめ's section, one object per language. They load with the section (its chunk), not
 * with the pane; what is said about 取りまとめ outside the section is in UiStrings.collect.
 */
import type { CollectSortKey, CollectVerdict } from "../../app/collectFiles";
import type { Locale } from "../../core/messages/formatIssue";

export interface CollectStrings {
  /** The section's and its progress bar's accessible name. */
  readonly sectionLabel: string;
  readonly hint: string;
  /** Said instead of the section where the pane cannot unpack .xlsx files. */
  readonly unsupported: string;
  readonly choose: string;
  /** The file input's accessible name. */
  readonly inputLabel: string;
  readonly drop: string;
  readonly reading: (file: string, done: number, total: number) => string;
  readonly stop: string;
  readonly stopped: (done: number, total: number) => string;
  readonly done: (files: number, unreadable: number) => string;
  readonly linesLabel: string;
  /** A line's verdict at a glance (app/collectFiles' verdictOf). */
  readonly verdicts: { readonly [V in CollectVerdict]: string };
  /** A checked sheet's findings: errors, warnings. */
  readonly findingCounts: (errors: number, warnings: number) => string;
  /** A checked sheet's items by status. */
  readonly statusCounts: (
    overdue: number,
    achieved: number,
    onTrack: number,
    behind: number,
    items: number,
  ) => string;
  readonly findingsHeading: (count: number) => string;
  readonly noFindings: string;
  readonly sortBy: string;
  readonly sortKeys: { readonly [K in CollectSortKey]: string };
  readonly severities: { readonly error: string; readonly warning: string };
  /** Said under a long list: the rest is on the 取りまとめ sheet. */
  readonly more: (count: number) => string;
  readonly buildSheet: string;
  /** The button offered after a refusal: make the sheet under another name. */
  readonly buildAs: (sheet: string) => string;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

const ja: CollectStrings = {
  sectionLabel: "取りまとめ",
  hint: "各課から届いた .xlsx ファイルを選ぶと、1ファイルずつこのパソコンの中でチェックします（ファイルはどこにも送信しません）。結果は「取りまとめシートを作成」で、このブックにフィルターできる表として書き出せます。",
  unsupported:
    "この Excel では作業ウィンドウで .xlsx ファイルを開けないため、取りまとめは使えません（コマンドラインのチェッカーをお使いください）。",
  choose: "ファイルを選ぶ",
  inputLabel: "取りまとめる .xlsx ファイル",
  drop: "ここに .xlsx ファイルをドロップ",
  reading: (file, done, total) => `${file} を読んでいます（${done + 1}/${total}）`,
  stop: "中止",
  stopped: (done, total) => `中止しました。${total}ファイル中 ${done}ファイルの結果です。`,
  done: (files, unreadable) =>
    `${files}ファイルをチェックしました${unreadable > 0 ? `（読めなかったファイル ${unreadable}）` : ""}。`,
  linesLabel: "ファイル・シート別の結果",
  verdicts: {
    fix: "要修正",
    review: "要確認",
    ok: "問題なし",
    skipped: "対象外",
    unreadable: "読めません",
  },
  findingCounts: (errors, warnings) => `エラー ${errors}・警告 ${warnings}`,
  statusCounts: (overdue, achieved, onTrack, behind, items) =>
    `期限超過 ${overdue}・達成 ${achieved}・順調 ${onTrack}・遅れ ${behind}（${items}項目）`,
  findingsHeading: (count) => `指摘（${count}件）`,
  noFindings: "指摘はありません。",
  sortBy: "並べ替え",
  sortKeys: { file: "ファイル順", severity: "重要度順（エラーが先）", sheet: "シート名順", cell: "セル順" },
  severities: { error: "エラー", warning: "警告" },
  more: (count) => `ほか ${count}件は、取りまとめシートで確認してください。`,
  buildSheet: "取りまとめシートを作成",
  buildAs: (sheet) => `「${sheet}」に作成`,
};

const en: CollectStrings = {
  sectionLabel: "Collect files",
  hint: "Choose the .xlsx files the departments sent: each is checked on this PC, one at a time (nothing is sent anywhere). Make the collected sheet to put the results into this workbook as tables you can filter.",
  unsupported:
    "This Excel cannot open .xlsx files in the task pane, so collecting files is not available (use the command-line checker).",
  choose: "Choose files",
  inputLabel: ".xlsx files to collect",
  drop: "Drop .xlsx files here",
  reading: (file, done, total) => `Reading ${file} (${done + 1} of ${total})`,
  stop: "Stop",
  stopped: (done, total) => `Stopped. Results of ${done} of ${total} files.`,
  done: (files, unreadable) =>
    `Checked ${plural(files, "file", "files")}${unreadable > 0 ? ` (${unreadable} not readable)` : ""}.`,
  linesLabel: "Results by file and sheet",
  verdicts: { fix: "Fix", review: "Review", ok: "OK", skipped: "Skipped", unreadable: "Not readable" },
  findingCounts: (errors, warnings) =>
    `${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}`,
  statusCounts: (overdue, achieved, onTrack, behind, items) =>
    `Overdue ${overdue}, achieved ${achieved}, on track ${onTrack}, behind ${behind} (${plural(items, "item", "items")})`,
  findingsHeading: (count) => `Findings (${count})`,
  noFindings: "No findings.",
  sortBy: "Sort by",
  sortKeys: { file: "File", severity: "Severity (errors first)", sheet: "Sheet name", cell: "Cell" },
  severities: { error: "Error", warning: "Warning" },
  more: (count) => `${plural(count, "more finding is", "more findings are")} on the collected sheet.`,
  buildSheet: "Make collected sheet",
  buildAs: (sheet) => `Make it as "${sheet}"`,
};

/**
 * The section's words in the pane's language.
 * @example collectStringsFor("ja").stop // "中止"
 */
export function collectStringsFor(locale: Locale): CollectStrings {
  return locale === "ja" ? ja : en;
}
