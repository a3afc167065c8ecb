import type { UiStrings } from "../../strings/uiStrings";

export interface RevisedTargetActionsProps {
  readonly strings: UiStrings;
  /** True while the pane is busy. */
  readonly disabled: boolean;
  /** The day the sheet's 目標値（見直し後） column was added (an ISO date), or null when it has none. */
  readonly addedOn: string | null;
  /**
   * The last 見直し列を外す stopped at filled cells: the section then offers to remove the column with
   * them (入力も消して外す).
   */
  readonly askToRemoveFilled: boolean;
  /** 目標値を見直す: add the column right of the targets. */
  readonly onAdd: () => void;
  /** 見直し列を外す; `confirmed` once the user agreed to lose the entries in it. */
  readonly onRemove: (confirmed: boolean) => void;
}
