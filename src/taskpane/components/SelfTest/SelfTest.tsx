import {
  Body1,
  Button,
  Caption1,
  Spinner,
  Subtitle2,
  Textarea,
  mergeClasses,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { selfTestRows, selfTestSummary, selfTestText } from "../../selfTestText";
import { useSectionStyles } from "../useSectionStyles";
import type { SelfTestProps } from "./SelfTest.types";
import { useSelfTestStyles } from "./useSelfTestStyles";

/**
 * 動作確認: runs every command once in this Excel on a temporary sheet and shows a pass/fail line per
 * capability with Excel's version and platform, and the same as text to copy for a support request.
 */
export function SelfTest({ report, strings, date, disabled, running, onRun, onCopy }: SelfTestProps) {
  const section = useSectionStyles();
  const styles = useSelfTestStyles();
  const id = useId();
  const [copied, setCopied] = useState<boolean | null>(null);
  const words = strings.selfTest;
  const text = report === null ? "" : selfTestText(report, strings, date);
  return (
    <section className={section.root} aria-labelledby={`${id}-heading`}>
      <Subtitle2 id={`${id}-heading`}>{words.heading}</Subtitle2>
      <Caption1 className={section.hint}>{words.hint}</Caption1>
      <div className={section.row}>
        <Button
          appearance="secondary"
          disabled={disabled}
          onClick={() => {
            setCopied(null);
            onRun();
          }}
        >
          {words.run}
        </Button>
        {running && <Spinner size="tiny" label={words.running} labelPosition="after" />}
      </div>
      {report !== null && (
        <>
          <Body1>
            {strings.selfTest.host(report.host.version, report.host.platform, report.host.excelApi)}
          </Body1>
          <Body1>{selfTestSummary(report, strings)}</Body1>
          {report.lines.some((line) => line.status === "fail") && (
            <Caption1 className={section.hint}>{words.failedHint}</Caption1>
          )}
          <ul className={styles.list} aria-label={words.resultsLabel}>
            {selfTestRows(report, strings).map((row) => (
              <li key={row.capability} className={styles.line}>
                <Body1 className={mergeClasses(styles.status, styles[row.status])}>{row.statusText}</Body1>
                <Body1>{row.label}</Body1>
                {row.note !== null && <Caption1 className={styles.note}>{row.note}</Caption1>}
              </li>
            ))}
          </ul>
          <div className={section.row}>
            <Button
              appearance="secondary"
              onClick={() => {
                void onCopy(text).then(setCopied);
              }}
            >
              {words.copy}
            </Button>
          </div>
          {copied !== null && (
            <Caption1 role="status" className={section.hint}>
              {copied ? words.copied : words.copyFailed}
            </Caption1>
          )}
          <Textarea
            className={styles.report}
            aria-label={words.reportLabel}
            readOnly
            resize="vertical"
            rows={4}
            value={text}
          />
        </>
      )}
    </section>
  );
}
