/**
 * When Excel itself fails (the user is editing a cell, the sheet is protected, the connection dropped),
 * that is not a finding about the sheet but broken infrastructure: the adapter throws a WorkbookFailure,
 * and the pane turns it into a message bar that says what happened and what to do. The codes are
 * Excel's error codes folded into the few cases a user can act on differently.
 */

export const WORKBOOK_FAILURE_CODES = [
  "cell_edit_mode", // a cell is being edited: Excel refuses every API call until Enter or Esc
  "access_denied", // a protected sheet, a read-only workbook, or no permission to edit
  "payload_too_large", // the sheet is too large to send to or from Excel in one request
  "not_found", // the sheet or an object was deleted or renamed while the pane worked
  "not_supported", // this Excel does not have an API the action needs
  "busy", // Excel is busy or throttling: try again shortly
  "conflict", // someone else changed the workbook at the same time (co-authoring)
  "rules_unreadable", // a user's conditional format shares cells with the add-in's: Excel cannot read them (office-js #6827)
  "general", // anything else
] as const;
export type WorkbookFailureCode = (typeof WORKBOOK_FAILURE_CODES)[number];

export type WorkbookOperation =
  | "read"
  | "flag"
  | "clear"
  | "compute"
  | "select"
  | "settings"
  | "validate" // 準備: install data validation
  | "unvalidate" // 入力規則を外す
  | "carry" // 次年度へ繰越
  | "template" // 新しいシート
  | "summary" // 集計シートを作成
  | "actual" // 実績値を確定: one cell of the 実績値 column
  | "unactual" // 実績値列を外す
  | "collect" // 取りまとめシートを作成
  | "revise" // 目標値を見直す: the 目標値（見直し後） column
  | "unrevise"; // 見直し列を外す

export class WorkbookFailure extends Error {
  override readonly name = "WorkbookFailure";

  constructor(
    readonly code: WorkbookFailureCode,
    readonly operation: WorkbookOperation,
    /** Excel's own error code and message, for support. */
    readonly detail: string,
    /**
     * Whether anything may have been left written. Excel runs a batch up to its first failing action and
     * keeps what ran. Computed columns and sheets the add-in makes are undone after a failure, so for them
     * this is true only when even the undo failed. Flags are recorded before they are written, so a flag
     * or clear batch that failed part way may leave some flags, and 表示を消去 removes them.
     */
    readonly partialWrite: boolean = false,
  ) {
    super(`${operation}: ${code} (${detail})`);
  }
}

/**
 * Whether a thrown value is a WorkbookFailure (also across bundles, where instanceof can fail).
 * @example isWorkbookFailure(new WorkbookFailure("busy", "read", "ServiceNotAvailable")) // true
 */
export function isWorkbookFailure(error: unknown): error is WorkbookFailure {
  return (
    error instanceof WorkbookFailure ||
    (typeof error === "object" && error !== null && (error as { name?: unknown }).name === "WorkbookFailure")
  );
}
