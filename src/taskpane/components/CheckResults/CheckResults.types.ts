import type { SubmissionReport } from "../../../app/runSubmissionCheck";
import type { Finding } from "../../../core/evaluateSheet";
import type { Locale } from "../../../core/messages/formatIssue";
import type { UiStrings } from "../../strings/uiStrings";

export interface CheckResultsProps {
  /** The last check; nothing is shown before the first. */
  readonly report: SubmissionReport | null;
  readonly strings: UiStrings;
  readonly locale: Locale;
  readonly disabled: boolean;
  /** A finding was clicked: select its cell in the sheet. */
  readonly onSelect: (finding: Finding) => void;
}
