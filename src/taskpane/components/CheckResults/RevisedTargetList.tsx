import { Subtitle2, Text } from "@fluentui/react-components";
import type { SubmissionReport } from "../../../app/runSubmissionCheck";
import type { Locale } from "../../../core/messages/formatIssue";
import type { UiStrings } from "../../strings/uiStrings";
import { revisedTargetRows } from "../../viewModel";
import { useCheckResultsStyles } from "./useCheckResultsStyles";

export interface RevisedTargetListProps {
  /** The check whose rows are listed. */
  readonly report: SubmissionReport;
  readonly strings: UiStrings;
  readonly locale: Locale;
}

/**
 * In the check results, the rows judged against a revised target (目標値（見直し後）), each with the
 * original beside it: 目標 150件（当初 120件）. Nothing when no row has a revision.
 */
export function RevisedTargetList({ report, strings, locale }: RevisedTargetListProps) {
  const styles = useCheckResultsStyles();
  const rows = revisedTargetRows(report, locale, strings);
  if (rows.length === 0) return null;
  return (
    <div className={styles.group}>
      <Subtitle2 as="h3">{strings.revise.resultsHeading}</Subtitle2>
      <ul className={styles.list}>
        {rows.map((row) => (
          <li key={row.row}>
            <Text>
              {strings.revise.rowLabel(row.row, row.kpi)}: {row.text}
            </Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
