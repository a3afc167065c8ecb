import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
} from "@fluentui/react-components";
import { useId } from "react";
import type { SheetPrepareProps } from "./SheetPrepare.types";
import { useSectionStyles } from "../useSectionStyles";

const LISTED = 5;

/** 準備 / 入力規則を外す, and the question whether to replace the user's own rules. */
export function SheetPrepare({ strings, disabled, skipped, onPrepare, onRemove }: SheetPrepareProps) {
  const styles = useSectionStyles();
  const id = useId();
  const words = strings.prepare;
  const ranges = skipped.length > LISTED ? `${skipped.slice(0, LISTED).join(", ")} …` : skipped.join(", ");
  return (
    <section className={styles.root} aria-labelledby={`${id}-heading`}>
      <Subtitle2 id={`${id}-heading`}>{words.heading}</Subtitle2>
      <div className={styles.row}>
        <Button appearance="secondary" disabled={disabled} onClick={() => onPrepare(false)}>
          {words.prepare}
        </Button>
        <Button appearance="secondary" disabled={disabled} onClick={onRemove}>
          {words.remove}
        </Button>
      </div>
      {skipped.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{words.conflict(ranges)}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" size="small" disabled={disabled} onClick={() => onPrepare(true)}>
              {words.replace}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Caption1 className={styles.hint}>{words.prepareHint}</Caption1>
    </section>
  );
}
