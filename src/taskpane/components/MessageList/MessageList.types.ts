import type { Locale } from "../../../core/messages/formatIssue";
import type { Notice, PaneFailure } from "../../paneController";
import type { UiStrings } from "../../strings/uiStrings";

export interface MessageListProps {
  /** Results of the last actions (flagged, cleared, refused …), newest last. */
  readonly notices: readonly Notice[];
  /** Excel's (or the add-in's) failure in the last action, shown first; null when none. */
  readonly failure: PaneFailure | null;
  readonly strings: UiStrings;
  readonly locale: Locale;
  readonly onDismissNotice: (id: number) => void;
  readonly onDismissFailure: () => void;
}
