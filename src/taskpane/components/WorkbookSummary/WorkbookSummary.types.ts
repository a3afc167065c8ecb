import type { ReactNode } from "react";
import type { WorkbookSummaryRow } from "../../paneController";
import type { UiStrings } from "../../strings/uiStrings";

export interface WorkbookSummaryProps {
  readonly strings: UiStrings;
  /** Every goal sheet and KPI list of the workbook as last read; null before the first read. */
  readonly rows: readonly WorkbookSummaryRow[] | null;
  /** True while the pane is busy. */
  readonly disabled: boolean;
  /** Read every sheet and show the summary. */
  readonly onShow: () => void;
  /** Make (or make again) the add-in's 集計 sheet with formulas and a chart. */
  readonly onBuildSheet: () => void;
  /** Delete the add-in's 集計 sheet. */
  readonly onRemoveSheet: () => void;
  /** What the buttons' last actions said, shown right under the buttons. */
  readonly messages?: ReactNode;
}
