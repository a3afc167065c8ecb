import type { IssueMessages } from "../../core/messages/types";
import type { ArgumentIssue } from "../argumentIssues";

/** The formulas' own issues in Japanese. */
export const argumentJa: IssueMessages<ArgumentIssue> = {
  start_month_invalid: (i) =>
    `年度の開始月${i.text === "" ? "" : `「${i.text}」`}は 1〜12 の整数で指定してください（省略時は 4 月）。`,
  unexpected_failure: (i) =>
    `計算中に予期しないエラーが発生しました${i.detail ? `（${i.detail}）` : ""}。入力値を確認してください。`,
};
