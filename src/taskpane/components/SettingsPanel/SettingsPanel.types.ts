import type { WorkbookSettings } from "../../../app/settings";
import type { GradePresetId } from "../../../core/grade";
import type { UiStrings } from "../../strings/uiStrings";

export interface SettingsPanelProps {
  /** The workbook's settings (grading preset, fiscal-year start month). */
  readonly settings: WorkbookSettings;
  readonly strings: UiStrings;
  readonly disabled: boolean;
  readonly onGradePreset: (preset: GradePresetId) => void;
  readonly onStartMonth: (month: number) => void;
}
