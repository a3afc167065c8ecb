import type { UiStrings } from "../../strings/uiStrings";

export interface SheetActionsProps {
  readonly strings: UiStrings;
  /** True while the pane is busy. */
  readonly disabled: boolean;
  /** Flag in place: colour overdue rows and cells with findings, add notes. */
  readonly onFlag: () => void;
  /** Remove every flag the add-in added. */
  readonly onClear: () => void;
  /** Add the computed columns starting at the column named (letters; "" for the first empty column). */
  readonly onCompute: (column: string) => void;
}
