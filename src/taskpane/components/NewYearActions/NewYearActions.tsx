import { Button, Caption1, Checkbox, Dropdown, Field, Input, Option } from "@fluentui/react-components";
import { useState } from "react";
import type { TemplateKind } from "../../../app/sheetTemplates";
import type { NewYearActionsProps } from "./NewYearActions.types";
import { useSectionStyles } from "../useSectionStyles";

const KINDS: readonly TemplateKind[] = ["goal_sheet", "kpi_list"];

/** 新しいシート (a blank form for a fiscal year) and 次年度へ繰越 (next year's sheet from this one). */
export function NewYearActions({
  strings,
  disabled,
  defaultFiscalYear,
  onInsertTemplate,
  onCarryForward,
  offerCarry = true,
  primary = false,
}: NewYearActionsProps) {
  const styles = useSectionStyles();
  const words = strings.newYear;
  const [kind, setKind] = useState<TemplateKind>("goal_sheet");
  const [year, setYear] = useState(defaultFiscalYear);
  const [revisedTarget, setRevisedTarget] = useState(false);
  return (
    <section className={styles.root} aria-label={primary ? words.template : words.heading}>
      <div className={styles.row}>
        <Field label={words.templateKind} className={styles.field}>
          <Dropdown
            className={styles.control}
            disabled={disabled}
            value={words.templateKinds[kind]}
            selectedOptions={[kind]}
            onOptionSelect={(_, data) => setKind(data.optionValue as TemplateKind)}
          >
            {KINDS.map((k) => (
              <Option key={k} value={k}>
                {words.templateKinds[k]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={words.templateYear} className={styles.field}>
          <Input
            className={styles.control}
            value={year}
            disabled={disabled}
            onChange={(_, data) => setYear(data.value)}
          />
        </Field>
        <Button
          appearance={primary ? "primary" : "secondary"}
          disabled={disabled}
          onClick={() => onInsertTemplate(kind, year, kind === "kpi_list" && revisedTarget)}
        >
          {words.template}
        </Button>
      </div>
      {kind === "kpi_list" && (
        <Checkbox
          label={strings.revise.templateOption}
          checked={revisedTarget}
          disabled={disabled}
          onChange={(_, data) => setRevisedTarget(data.checked === true)}
        />
      )}
      <Caption1 className={styles.hint}>{words.templateHint}</Caption1>
      {offerCarry && (
        <>
          <div className={styles.row}>
            <Button appearance="secondary" disabled={disabled} onClick={onCarryForward}>
              {words.carry}
            </Button>
          </div>
          <Caption1 className={styles.hint}>{words.carryHint}</Caption1>
        </>
      )}
    </section>
  );
}
