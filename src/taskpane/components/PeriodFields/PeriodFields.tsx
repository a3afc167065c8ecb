import { Button, Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { formatDate, formatFiscalYear } from "../../../core/messages/formatDate";
import { formatIssue } from "../../../core/messages/formatIssue";
import type { PeriodFieldsProps } from "./PeriodFields.types";
import { usePeriodFieldsStyles } from "./usePeriodFieldsStyles";

/**
 * The fiscal year (read from the title, editable; typed as 令和7年度, R7 or 2025 and shown as 令和7年度)
 * and the as-of date (today unless chosen), both in the display language's words.
 */
export function PeriodFields(props: PeriodFieldsProps) {
  const { fiscalYear, asOf, asOfChosen, inputIssue, strings, locale, disabled } = props;
  const styles = usePeriodFieldsStyles();
  const shown = fiscalYear === null ? "" : formatFiscalYear(fiscalYear.value, locale);
  const [draft, setDraft] = useState(shown);
  useEffect(() => setDraft(shown), [shown]);

  const fiscalIssue = inputIssue?.field === "fiscalYear" ? formatIssue(inputIssue.issue, locale) : undefined;
  const asOfIssue = inputIssue?.field === "asOf" ? formatIssue(inputIssue.issue, locale) : undefined;
  const commit = () => {
    if (draft.trim() !== shown) props.onFiscalYear(draft);
  };

  return (
    <div className={styles.root}>
      <Field
        className={styles.field}
        label={strings.period.fiscalYear}
        hint={
          fiscalIssue ? undefined : fiscalYear ? strings.period.fiscalYearHint[fiscalYear.source] : undefined
        }
        validationState={fiscalIssue ? "error" : "none"}
        validationMessage={fiscalIssue}
      >
        <Input
          className={styles.input}
          value={draft}
          disabled={disabled || fiscalYear === null}
          placeholder={formatFiscalYear(2025, locale)}
          onChange={(_, data) => setDraft(data.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === "Enter") commit();
          }}
        />
      </Field>
      <Field
        className={styles.field}
        label={strings.period.asOf}
        hint={
          asOfIssue
            ? undefined
            : `${formatDate(asOf, locale)}：${asOfChosen ? strings.period.asOfChosen : strings.period.asOfToday}`
        }
        validationState={asOfIssue ? "error" : "none"}
        validationMessage={asOfIssue}
      >
        <div className={styles.asOf}>
          <Input
            className={styles.input}
            type="date"
            // The date picker speaks the display language where the browser lets the page choose.
            lang={locale}
            value={asOf}
            disabled={disabled}
            onChange={(_, data) => {
              if (data.value !== "" && data.value !== asOf) props.onAsOf(data.value);
            }}
          />
          {asOfChosen && (
            <Button size="small" appearance="subtle" disabled={disabled} onClick={() => props.onAsOf("")}>
              {strings.period.useToday}
            </Button>
          )}
        </div>
      </Field>
    </div>
  );
}
