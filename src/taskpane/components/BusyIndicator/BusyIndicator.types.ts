import type { PaneBusy } from "../../paneController";
import type { UiStrings } from "../../strings/uiStrings";

export interface BusyIndicatorProps {
  /** What the pane is doing, and how far it has got; null when idle (nothing is shown). */
  readonly busy: PaneBusy | null;
  readonly strings: UiStrings;
}
