import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { findingGroups, verdictView } from "../../viewModel";
import type { CheckResultsProps } from "./CheckResults.types";
import { RevisedTargetList } from "./RevisedTargetList";
import { useCheckResultsStyles } from "./useCheckResultsStyles";

/**
 * The result of 提出前チェック: whether the sheet is ready to submit, in words and a colour that agree
 * with what is listed under them, the counts, and the findings by severity, each with its cell and
 * message; clicking one selects the cell.
 */
export function CheckResults({ report, strings, locale, disabled, onSelect }: CheckResultsProps) {
  const styles = useCheckResultsStyles();
  if (report === null) return null;
  const { summary } = report;
  const groups = findingGroups(report, locale, strings).filter((group) => group.items.length > 0);
  const verdict = verdictView(report, strings);
  return (
    <section className={styles.root} aria-live="polite">
      <MessageBar intent={verdict.intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{verdict.title}</MessageBarTitle>
          <span className={styles.detail}>{verdict.detail}</span>
        </MessageBarBody>
      </MessageBar>
      <Text className={styles.summary}>
        {strings.check.summary(summary.errors, summary.warnings, summary.overdueRows, summary.rows)}
        {summary.unreadRows > 0 && strings.check.unreadRows(summary.unreadRows)}
      </Text>
      {groups.length === 0 && <Text>{strings.check.noFindings}</Text>}
      <RevisedTargetList report={report} strings={strings} locale={locale} />
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
