import { Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { useId } from "react";
import { useSectionStyles } from "../useSectionStyles";
import type { RevisedTargetActionsProps } from "./RevisedTargetActions.types";

/**
 * 目標値を見直す / 見直し列を外す on a KPI list: the 目標値（見直し後） column right of the targets, the day
 * it was added, and, after a removal stopped at filled cells, the choice to remove it with them.
 */
export function RevisedTargetActions({
  strings,
  disabled,
  addedOn,
  askToRemoveFilled,
  onAdd,
  onRemove,
}: RevisedTargetActionsProps) {
  const styles = useSectionStyles();
  const id = useId();
  const words = strings.revise;
  return (
    <section className={styles.root} aria-labelledby={`${id}-heading`}>
      <Subtitle2 id={`${id}-heading`}>{words.heading}</Subtitle2>
      <div className={styles.row}>
        <Button appearance="secondary" disabled={disabled || addedOn !== null} onClick={onAdd}>
          {words.add}
        </Button>
        <Button
          appearance="secondary"
          disabled={disabled || addedOn === null}
          onClick={() => onRemove(false)}
        >
          {words.remove}
        </Button>
        {askToRemoveFilled && (
          <Button appearance="secondary" disabled={disabled} onClick={() => onRemove(true)}>
            {words.removeAnyway}
          </Button>
        )}
      </div>
      {addedOn !== null && <Caption1>{words.addedOn(addedOn)}</Caption1>}
      <Caption1 className={styles.hint}>{words.hint}</Caption1>
    </section>
  );
}
