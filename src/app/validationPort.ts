/**
 * 準備 (prepare sheet): what the use cases need from the workbook to put Excel's own data validation on
 * a table, and to take it off again. Like WorkbookPort, a write goes with the read it is planned from:
 * the adapter reads the active sheet, hands the values to a pure planner, and installs what it returns
 * in the same Excel session, in a fixed number of round trips.
 *
 * Every rule covers one column of table rows, so what was there before can be kept as runs of rows.
 */
import type { SheetGrid } from "../core/sheetTable";
import type { Planned, ProgressListener } from "./ports";

/** The kinds of rule a column gets; advisory rules only prompt and never refuse an entry. */
export type ValidationKind = "status" | "grade" | "date" | "advisory";

/** Excel's rule, in the shape of Excel.DataValidationRule (one member set). */
export type ValidationRule =
  | { readonly list: { readonly inCellDropDown: boolean; readonly source: string } }
  | {
      readonly date: {
        readonly operator: "Between";
        /** ISO dates: `2025-04-01`. */
        readonly formula1: string;
        readonly formula2: string;
      };
    }
  | { readonly custom: { readonly formula: string } };

/** One column's validation as the add-in installs it (Excel.DataValidation's settable parts). */
export interface ValidationSpec {
  readonly rule: ValidationRule;
  readonly prompt: { readonly showPrompt: boolean; readonly title: string; readonly message: string };
  readonly errorAlert: {
    readonly showAlert: boolean;
    readonly style: "Stop" | "Warning" | "Information";
    readonly title: string;
    readonly message: string;
  };
  readonly ignoreBlanks: boolean;
}

/** A column's rows that get one rule. */
export interface ValidationTarget {
  readonly kind: ValidationKind;
  /** 0-based worksheet column. */
  readonly column: number;
  /** 1-based worksheet rows, inclusive. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly spec: ValidationSpec;
}

export interface ValidationPlan {
  readonly targets: readonly ValidationTarget[];
}

/** What installing did; addresses are A1 ranges without the sheet (`F6:F28`). */
export interface ValidationOutcome {
  /** Ranges that now carry the add-in's rule. */
  readonly installed: readonly string[];
  /** Ranges left alone because some of their cells had a rule of the user's (replaceExisting was false). */
  readonly skipped: readonly string[];
  /** Ranges whose user rules were replaced (and recorded, so that removing puts them back). */
  readonly replaced: readonly string[];
}

/** What removing did. */
export interface ValidationRemoval {
  /** Ranges whose add-in rule was taken off. */
  readonly removed: readonly string[];
  /** Of those, ranges where the user's earlier rules were put back. */
  readonly restored: readonly string[];
  /** Ranges whose rule someone changed since the add-in put it there: theirs now, left as it is. */
  readonly keptAsEdited: readonly string[];
}

export interface InstallOptions {
  /** Replace the user's rules on the planned cells (the user agreed); otherwise skip those ranges. */
  readonly replaceExisting: boolean;
}

/** The add-in's data validation on the active sheet. */
export interface ValidationPort {
  /**
   * Reads the active sheet, asks `planner` for rules, and installs them: the add-in's own earlier rules
   * are replaced, the user's are kept (their ranges skipped) unless `replaceExisting`. What each range
   * held before is recorded in the workbook's settings. A null plan writes nothing.
   */
  installValidation<T>(
    planner: (grid: SheetGrid) => Planned<T, ValidationPlan>,
    options: InstallOptions,
    onProgress?: ProgressListener,
  ): Promise<{ readonly value: T; readonly outcome: ValidationOutcome | null }>;
  /** Removes the add-in's rules from the active sheet and puts back exactly what they replaced. */
  removeValidation(): Promise<ValidationRemoval>;
}
