import type { TemplateKind } from "../../../app/sheetTemplates";
import type { UiStrings } from "../../strings/uiStrings";

export interface NewYearActionsProps {
  readonly strings: UiStrings;
  /** True while the pane is busy. */
  readonly disabled: boolean;
  /** The fiscal year offered for a new sheet, as typed in the field (`令和8年度`). */
  readonly defaultFiscalYear: string;
  /**
   * 新しいシート: a blank form of the kind chosen, for the fiscal year typed; a KPI list with a
   * 目標値（見直し後） column when `revisedTarget` was ticked.
   */
  readonly onInsertTemplate: (kind: TemplateKind, fiscalYear: string, revisedTarget: boolean) => void;
  /** 次年度へ繰越: copy the active sheet forward to the next fiscal year. */
  readonly onCarryForward: () => void;
  /** Whether 次年度へ繰越 is offered: not on a sheet without a table, which has nothing to carry. */
  readonly offerCarry?: boolean;
  /** Whether 新しいシート is the pane's primary action (on a sheet without a table). */
  readonly primary?: boolean;
}
