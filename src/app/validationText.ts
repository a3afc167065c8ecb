/**
 * The words of the add-in's data validation (準備): the prompt Excel shows when a cell is selected and
 * the alert it shows for an entry outside the rule, one table per language. Excel cuts nothing: it
 * refuses a title over 32 characters, a prompt over 255 and an alert over 225, so the tests hold every
 * text to those limits.
 */
import { formatFiscalYear } from "../core/messages/formatDate";
import type { Locale } from "../core/messages/formatIssue";

/** Excel's limits on a rule's texts. */
export const VALIDATION_TEXT_LIMITS = { title: 32, prompt: 255, alert: 225 } as const;

export interface ValidationText {
  readonly status: {
    readonly title: string;
    readonly prompt: (options: string) => string;
    readonly alert: (options: string) => string;
  };
  readonly grade: {
    readonly title: string;
    readonly prompt: (labels: string) => string;
    readonly alert: (labels: string) => string;
  };
  readonly date: {
    readonly title: string;
    readonly prompt: (fiscalYear: string, from: string, to: string) => string;
    readonly alert: (fiscalYear: string) => string;
  };
  readonly value: { readonly title: string; readonly prompt: string };
  readonly pair: { readonly title: string; readonly prompt: string };
  readonly period: { readonly title: string; readonly prompt: string };
  /** A fiscal year as the sheet's language names it: 令和7年度, FY2025. */
  readonly fiscalYear: (fiscalYear: number) => string;
  /** A day in a prompt: 2025/4/1. */
  readonly day: (iso: string) => string;
}

const slashDay = (iso: string): string => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}/${m}/${d}`;
};

export const VALIDATION_TEXT: Readonly<Record<Locale, ValidationText>> = {
  ja: {
    status: {
      title: "状況",
      prompt: (options) => `一覧から選んでください：${options}`,
      alert: (options) => `一覧にない値です。次から選んでください：${options}`,
    },
    grade: {
      title: "評価",
      prompt: (labels) => `通常は計算式が評価を表示します。手で入力するときは次から選んでください：${labels}`,
      alert: (labels) => `評価は次のいずれかです：${labels}`,
    },
    date: {
      title: "日付",
      prompt: (fiscalYear, from, to) => `${fiscalYear}（${from}～${to}）の日付を入力してください。`,
      alert: (fiscalYear) =>
        `${fiscalYear}の日付ではありません。「年度内」「9月末」などの書き方も読み取れます。このまま入力するときは［はい］を選んでください。`,
    },
    value: {
      title: "入力例",
      prompt:
        "数値と単位で入力します：「111 件」「36.4 ％」「1,500千円」「R4 7,072 ｔ」「4,352 ｔ以下」「年 1 回」「期間中 5 件」。未入力は「－」。",
    },
    pair: {
      title: "入力例",
      prompt:
        "基準値と目標値を ⇒ でつなぎます：「111 件 ⇒ 120 件」「36.4 ％ ⇒ 50.0 ％」「－ 人 ⇒ 1,000 人」。",
    },
    period: {
      title: "入力例",
      prompt:
        "次のような書き方が読み取れます：「R8. 3月」「9月末」「8月30日」「年度内」「通年」「上半期」「第2四半期」「5月～8月」「(1)5月 (2)年度内」。",
    },
    fiscalYear: (fiscalYear) => formatFiscalYear(fiscalYear, "ja"),
    day: slashDay,
  },
  en: {
    status: {
      title: "Status",
      prompt: (options) => `Choose from the list: ${options}`,
      alert: (options) => `Not in the list. Choose one of: ${options}`,
    },
    grade: {
      title: "Grade",
      prompt: (labels) => `A formula normally shows the grade. To type one, choose from: ${labels}`,
      alert: (labels) => `A grade is one of: ${labels}`,
    },
    date: {
      title: "Date",
      prompt: (fiscalYear, from, to) => `Enter a date in ${fiscalYear} (${from}–${to}).`,
      alert: (fiscalYear) =>
        `Not a date in ${fiscalYear}. Notations such as 年度内 or 9月末 are read too. Choose Yes to keep the entry.`,
    },
    value: {
      title: "Examples",
      prompt:
        "A number with its unit: 111 件, 36.4 ％, 1,500千円, R4 7,072 ｔ, 4,352 ｔ以下, 年 1 回, 期間中 5 件. Missing: －.",
    },
    pair: {
      title: "Examples",
      prompt: "Baseline ⇒ target: 111 件 ⇒ 120 件, 36.4 ％ ⇒ 50.0 ％, － 人 ⇒ 1,000 人.",
    },
    period: {
      title: "Examples",
      prompt:
        "These notations are read: R8. 3月, 9月末, 8月30日, 年度内, 通年, 上半期, 第2四半期, 5月～8月, (1)5月 (2)年度内.",
    },
    fiscalYear: (fiscalYear) => `FY${fiscalYear}`,
    day: slashDay,
  },
};
