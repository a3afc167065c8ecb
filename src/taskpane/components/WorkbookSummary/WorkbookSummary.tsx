import { Body1Strong, Button, Caption1, mergeClasses } from "@fluentui/react-components";
import { summaryBars } from "../../summaryView";
import type { WorkbookSummaryProps } from "./WorkbookSummary.types";
import { useSectionStyles } from "../useSectionStyles";
import { useWorkbookSummaryStyles } from "./useWorkbookSummaryStyles";

/**
 * 集計: one stacked bar per goal sheet and KPI list (achieved, on track, behind, overdue, no status),
 * as long as the sheet has items compared with the longest, with the counts as text beside it; and the
 * buttons that make and delete the 集計 sheet in the workbook.
 */
export function WorkbookSummary({
  strings,
  rows,
  disabled,
  onShow,
  onBuildSheet,
  onRemoveSheet,
  messages,
}: WorkbookSummaryProps) {
  const section = useSectionStyles();
  const styles = { ...useWorkbookSummaryStyles(), root: section.root, row: section.row, hint: section.hint };
  const bars = rows === null ? [] : summaryBars(rows, strings);
  return (
    <section className={styles.root} aria-label={strings.summary.heading}>
      <div className={styles.row}>
        <Button appearance="secondary" disabled={disabled} onClick={onShow}>
          {strings.summary.show}
        </Button>
        <Button appearance="secondary" disabled={disabled} onClick={onBuildSheet}>
          {strings.summary.buildSheet}
        </Button>
        <Button appearance="secondary" disabled={disabled} onClick={onRemoveSheet}>
          {strings.summary.removeSheet}
        </Button>
      </div>
      {messages}
      <Caption1 className={styles.hint}>{strings.summary.hint}</Caption1>
      {bars.length > 0 && (
        <>
          <ul className={styles.list} aria-label={strings.summary.chartLabel} data-testid="workbook-summary">
            {bars.map((bar) => (
              <li key={bar.sheetName} className={styles.sheet}>
                <div className={styles.name}>
                  <Body1Strong>{bar.sheetName}</Body1Strong>
                  <Caption1>{bar.itemsText}</Caption1>
                </div>
                <div className={styles.track}>
                  <div className={styles.bar} role="img" aria-label={bar.label} style={{ width: bar.width }}>
                    {bar.segments.map((segment) => (
                      <div
                        key={segment.bucket}
                        className={styles[segment.bucket]}
                        style={{ flexGrow: segment.count, flexBasis: 0 }}
                      />
                    ))}
                  </div>
                </div>
                <Caption1 className={styles.counts}>{bar.countsText}</Caption1>
              </li>
            ))}
          </ul>
          <ul className={styles.legend} aria-hidden="true">
            {bars[0]?.legend.map((entry) => (
              <li key={entry.bucket} className={styles.legendItem}>
                <span className={mergeClasses(styles.swatch, styles[entry.bucket])} />
                <Caption1>{entry.text}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
