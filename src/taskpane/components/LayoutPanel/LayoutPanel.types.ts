import type { ColumnChoice, DetectedTable } from "../../../app/detectTable";
import type { SheetSettings } from "../../../app/settings";
import type { Locale } from "../../../core/messages/formatIssue";
import type { Result } from "../../../core/result";
import type { ColumnRole, SheetLayout } from "../../../core/sheetTable";
import type { UiStrings } from "../../strings/uiStrings";

export interface LayoutPanelProps {
  /** The table found on the sheet, or why none was found; null before the sheet is read. */
  readonly detection: Result<DetectedTable> | null;
  /** The user's saved choices for this sheet (mapping, layout and header row of an unrecognised sheet). */
  readonly sheetSettings: SheetSettings;
  /** The sheet's columns with their headers, for the dropdowns. */
  readonly columnChoices: readonly ColumnChoice[];
  readonly strings: UiStrings;
  readonly locale: Locale;
  /** True while the pane is busy: nothing can be changed. */
  readonly disabled: boolean;
  /** A role's column was chosen (null: none). */
  readonly onRoleColumn: (role: ColumnRole, column: number | null) => void;
  /** Map the selected range's column to a role. */
  readonly onUseSelection: (role: ColumnRole, layout: SheetLayout) => void;
  /** For an unrecognised sheet: its layout or header row was chosen. */
  readonly onShape: (shape: { readonly layout?: SheetLayout; readonly headerRow?: number | null }) => void;
}
