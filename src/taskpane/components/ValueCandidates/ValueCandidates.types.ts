import type { ReactNode } from "react";
import type { ActualTarget } from "../../../app/planActualColumn";
import type { Locale } from "../../../core/messages/formatIssue";
import type { CandidatesView } from "../../candidatesView";
import type { CandidateNotice } from "../../paneController";
import type { UiStrings } from "../../strings/uiStrings";

export interface ValueCandidatesProps {
  /** The items with value candidates after the last check, and how many the user dismissed. */
  readonly view: CandidatesView;
  /** What the last 確定 / 入力 of each item did, shown beside the item. */
  readonly notices: readonly CandidateNotice[];
  readonly strings: UiStrings;
  readonly locale: Locale;
  /** True while the pane is busy. */
  readonly disabled: boolean;
  /** 確定: write the chosen candidate's value (`84.3%`) for the item. */
  readonly onConfirm: (target: ActualTarget, value: string) => void;
  /** 入力: write a value the person typed for the item (read by the core first). */
  readonly onType: (target: ActualTarget, text: string) => void;
  /** 見送る: hide the item's candidates on this sheet. */
  readonly onDismiss: (target: ActualTarget) => void;
  /** List the dismissed items' candidates again. */
  readonly onRestore: () => void;
  /** 実績値列を外す */
  readonly onRemoveColumn: () => void;
  /** The section's own messages (実績値列を外す, Excel's failures), shown under its buttons. */
  readonly messages?: ReactNode;
}

export interface CandidateGroupProps extends Pick<
  ValueCandidatesProps,
  "strings" | "locale" | "disabled" | "onConfirm" | "onType" | "onDismiss"
> {
  readonly group: CandidatesView["groups"][number];
  /** The notice when it is about this item. */
  readonly notice: CandidateNotice | null;
}
