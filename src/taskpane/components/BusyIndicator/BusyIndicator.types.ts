import type { Progress } from "../../../app/ports";
import type { BusyAction } from "../../paneController";
import type { UiStrings } from "../../strings/uiStrings";

export interface BusyIndicatorProps {
  /** What the pane is doing, and how far it has got; null when idle (nothing is shown). */
  readonly busy: { readonly action: BusyAction; readonly progress: Progress | null } | null;
  readonly strings: UiStrings;
}
