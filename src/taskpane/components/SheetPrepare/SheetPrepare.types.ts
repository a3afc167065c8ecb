import type { UiStrings } from "../../strings/uiStrings";

export interface SheetPrepareProps {
  readonly strings: UiStrings;
  /** True while the pane is busy. */
  readonly disabled: boolean;
  /**
   * Ranges left alone by the last 準備 because they have rules of the user's (A1 addresses); the
   * section then asks whether to replace them. Empty when there is nothing to ask.
   */
  readonly skipped: readonly string[];
  /** 準備: install the rules; `replaceExisting` once the user agreed to replace their own. */
  readonly onPrepare: (replaceExisting: boolean) => void;
  /** 入力規則を外す: the add-in's rules off, the earlier ones back. */
  readonly onRemove: () => void;
}
