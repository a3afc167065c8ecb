/**
 * The words the add-in writes into a workbook (the first line of its notes, the headers of computed
 * columns), one table per language. Messages about findings come from the core's catalogues.
 */
import type { Locale } from "../core/messages/formatIssue";

export interface WorkbookText {
  /** First line of every note the add-in writes. */
  readonly noteTitle: (asOf: string) => string;
  readonly computedHeaders: {
    readonly achievement: string;
    readonly progress: string;
    readonly grade: string;
    readonly status: string;
    readonly due: string;
    readonly overdue: string;
  };
}

export const WORKBOOK_TEXT: Readonly<Record<Locale, WorkbookText>> = {
  ja: {
    noteTitle: (asOf) => `KPIチェッカー（基準日 ${asOf}）`,
    computedHeaders: {
      achievement: "達成率",
      progress: "進捗率",
      grade: "評価",
      status: "状況",
      due: "期限",
      overdue: "期限超過",
    },
  },
  en: {
    noteTitle: (asOf) => `KPI Sheet Checker (as of ${asOf})`,
    computedHeaders: {
      achievement: "Achievement",
      progress: "Progress",
      grade: "Grade",
      status: "Status",
      due: "Due",
      overdue: "Overdue",
    },
  },
};
