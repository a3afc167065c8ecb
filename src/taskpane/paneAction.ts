/**
 * What the pane is doing, and what it tells the user when it is done, in one vocabulary.
 *
 * A PaneAction is what the user started: a button, a setting, or the pane starting. The pane runs one
 * at a time and shows it while it runs (`busy`). An action that has something to report leaves a
 * notice named for its result ("flag" leaves "flagged"); `ActionNotices` below is the one list of
 * those pairs, so a notice kind exists only as the result of an action. A refusal from any action (a
 * sheet without a table, a year that cannot be read) is the one other kind, "issues".
 *
 * Excel's failures speak of something finer: app's WorkbookOperation names the Excel batch that
 * failed, which the adapter knows and the pane does not. One action may run several batches (表示
 * reads the sheet, then writes the flags: its failure says "read" or "flag"), so the pane keeps the
 * operation as the adapter gave it, to say whether anything was written.
 */
import type { AppIssue } from "../app/appIssue";
import type { CarriedForward } from "../app/carryForward";
import type { ActualColumnRemoval, ClearOutcome, FlagOutcome, Progress } from "../app/ports";
import type { CollectSheetWritten, SummarySheetWritten } from "../app/summaryPort";
import type { ValidationOutcome, ValidationRemoval } from "../app/validationPort";
import type { Issue } from "../core/result";

/** Each action that reports what it did, and the notice it leaves. */
interface ActionNotices {
  /** 表示 */
  readonly flag: { readonly kind: "flagged"; readonly outcome: FlagOutcome };
  /** 表示を消去 */
  readonly clear: { readonly kind: "cleared"; readonly outcome: ClearOutcome };
  /** 計算列を追加 */
  readonly compute: { readonly kind: "computed"; readonly address: string };
  /** 準備 */
  readonly prepare: { readonly kind: "prepared"; readonly outcome: ValidationOutcome };
  /** 入力規則を外す: also takes back 準備's notice. */
  readonly unprepare: { readonly kind: "unprepared"; readonly outcome: ValidationRemoval };
  /** 次年度へ繰越 */
  readonly carry: { readonly kind: "carried"; readonly carried: Omit<CarriedForward, "settings"> };
  /** 新しいシート */
  readonly template: { readonly kind: "inserted"; readonly sheetName: string };
  /** 集計シートを作成 */
  readonly summarySheet: { readonly kind: "summarySheet"; readonly written: SummarySheetWritten };
  /** 集計シートを削除 (null: there was none): also takes back the notice of its making. */
  readonly removeSummarySheet: { readonly kind: "summarySheetRemoved"; readonly sheetName: string | null };
  /** 実績値列を外す */
  readonly removeActual: { readonly kind: "actualRemoved"; readonly outcome: ActualColumnRemoval };
  /** 取りまとめシートを作成 */
  readonly collectSheet: { readonly kind: "collectSheet"; readonly written: CollectSheetWritten };
  /** 目標値を見直す */
  readonly revise: { readonly kind: "revised"; readonly headerCell: string; readonly inserted: boolean };
  /** 見直し列を外す: also takes back 目標値を見直す's notice. */
  readonly unrevise: { readonly kind: "unrevised"; readonly deleted: boolean };
}

/** The actions whose result is the pane's state itself: the sheet read, the report, the summary, the self-test's lines. */
type ActionWithoutNotice =
  | "start"
  | "reload"
  | "check"
  | "select"
  | "settings"
  | "statusOptions"
  | "summarize"
  | "selfTest"
  // 確定 / 入力 of a 実績値, and 見送る: their result is said beside the item (PaneState.candidateNotices).
  | "confirmActual"
  | "dismissCandidates"
  | "collect"; // 取りまとめ: the files read and checked

export type PaneAction = keyof ActionNotices | ActionWithoutNotice;

/** The action running and how far it has got. */
export interface PaneBusy {
  readonly action: PaneAction;
  readonly progress: Progress | null;
}

/** What an action could not do and why, worded by the components in the user's language. */
interface IssuesNotice {
  readonly kind: "issues";
  readonly intent: "warning" | "error";
  readonly issues: readonly (Issue | AppIssue)[];
  /** The action refused, so the pane shows the refusal beside that action's button. */
  readonly action: PaneAction;
}

/** A notice before it gets its id. */
export type NoticeInput = ActionNotices[keyof ActionNotices] | IssuesNotice;

export type NoticeKind = NoticeInput["kind"];

/** Something to tell the user after an action; worded by the components in the user's language. */
export type Notice = NoticeInput & { readonly id: number };
