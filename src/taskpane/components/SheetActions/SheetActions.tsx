import { Button, Caption1, Field, Input, Subtitle2 } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { SheetActionsProps } from "./SheetActions.types";
import { useSectionStyles } from "../useSectionStyles";

/** 表示 / 表示を消去 / 計算列を追加, with the column the computed columns start in. */
export function SheetActions({ strings, disabled, onFlag, onClear, onCompute }: SheetActionsProps) {
  const styles = useSectionStyles();
  const id = useId();
  const [column, setColumn] = useState("");
  return (
    <section className={styles.root} aria-labelledby={`${id}-heading`}>
      <Subtitle2 id={`${id}-heading`}>{strings.actions.heading}</Subtitle2>
      <div className={styles.row}>
        <Button appearance="secondary" disabled={disabled} onClick={onFlag}>
          {strings.actions.flag}
        </Button>
        <Button appearance="secondary" disabled={disabled} onClick={onClear}>
          {strings.actions.clear}
        </Button>
      </div>
      <Caption1 className={styles.hint}>{strings.actions.flagHint}</Caption1>
      <div className={styles.row}>
        <Field label={strings.actions.computeColumn} className={styles.field}>
          <Input
            className={styles.control}
            value={column}
            disabled={disabled}
            placeholder={strings.actions.computeColumnAuto}
            maxLength={3}
            onChange={(_, data) => setColumn(data.value.toUpperCase())}
          />
        </Field>
        <Button appearance="secondary" disabled={disabled} onClick={() => onCompute(column)}>
          {strings.actions.compute}
        </Button>
      </div>
      <Caption1 className={styles.hint}>{strings.actions.computeHint}</Caption1>
    </section>
  );
}
