import { ProgressBar, Spinner } from "@fluentui/react-components";
import type { BusyIndicatorProps } from "./BusyIndicator.types";
import { useBusyIndicatorStyles } from "./useBusyIndicatorStyles";

/** A spinner saying what the pane is doing, with a progress bar while rows are read or written. */
export function BusyIndicator({ busy, strings }: BusyIndicatorProps) {
  const styles = useBusyIndicatorStyles();
  if (busy === null) return null;
  const phase = busy.progress?.phase ?? (busy.action === "start" ? "starting" : "reading");
  const label = strings.busy[phase];
  const fraction =
    busy.progress && busy.progress.total > 0
      ? Math.min(1, busy.progress.done / busy.progress.total)
      : undefined;
  return (
    <div className={styles.root} role="status" aria-live="polite">
      <Spinner size="tiny" label={label} labelPosition="after" />
      <ProgressBar value={fraction} thickness="medium" aria-label={label} />
    </div>
  );
}
