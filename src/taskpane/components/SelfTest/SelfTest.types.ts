import type { SelfTestReport } from "../../../app/runSelfTest";
import type { UiStrings } from "../../strings/uiStrings";

export interface SelfTestProps {
  /** The last self-test, or null before the first. */
  readonly report: SelfTestReport | null;
  readonly strings: UiStrings;
  /** Today, for the report's title. */
  readonly date: string;
  /** Whether the pane is busy (the self-test or another command). */
  readonly disabled: boolean;
  /** Whether the self-test itself is running. */
  readonly running: boolean;
  readonly onRun: () => void;
  /** Puts the report's text on the clipboard; resolves false when the host refuses. */
  readonly onCopy: (text: string) => Promise<boolean>;
}
