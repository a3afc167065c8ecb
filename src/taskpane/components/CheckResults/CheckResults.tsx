import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { findingGroups } from "../../viewModel";
import type { CheckResultsProps } from "./CheckResults.types";
import { useCheckResultsStyles } from "./useCheckResultsStyles";

/**
 * The result of 提出前チェック: counts, whether the sheet is ready to submit, and the findings by
 * severity, each with its cell and message; clicking one selects the cell.
 */
export function CheckResults({ report, strings, locale, disabled, onSelect }: CheckResultsProps) {
  const styles = useCheckResultsStyles();
  if (report === null) return null;
  const { summary } = report;
  const groups = findingGroups(report, locale, strings).filter((group) => group.items.length > 0);
  return (
    <section className={styles.root} aria-live="polite">
      <Text className={styles.summary}>
        {strings.check.summary(summary.errors, summary.warnings, summary.overdueRows, summary.rows)}
        {summary.unreadRows > 0 && strings.check.unreadRows(summary.unreadRows)}
      </Text>
      {report.readyToSubmit ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.check.ready}</MessageBarTitle>
            {strings.check.readyDetail(summary.warnings)}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.check.notReady}</MessageBarTitle>
            {strings.check.notReadyDetail(summary.errors)}
          </MessageBarBody>
        </MessageBar>
      )}
      {groups.length === 0 && <Text>{strings.check.noFindings}</Text>}
      {groups.map((group) => (
        <div key={group.severity} className={styles.group}>
          <Subtitle2 as="h3">{group.title}</Subtitle2>
          <ul className={styles.list}>
            {group.items.map((item) => (
              <li key={item.key}>
                <Button
                  className={styles.item}
                  appearance="subtle"
                  disabled={disabled}
                  title={strings.check.selectCell(item.cell)}
                  onClick={() => onSelect(item.finding)}
                >
                  <Badge
                    className={styles.cell}
                    appearance="tint"
                    color={group.severity === "error" ? "danger" : "warning"}
                  >
                    {item.cell}
                  </Badge>
                  <span className={styles.message}>{item.message}</span>
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
