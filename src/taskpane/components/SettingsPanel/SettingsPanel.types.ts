import type { ReactNode } from "react";
import type { WorkbookSettings } from "../../../app/settings";
import type { GradePresetId } from "../../../core/grade";
import type { UiStrings } from "../../strings/uiStrings";

export interface SettingsPanelProps {
  /** The workbook's settings (grading preset, fiscal-year start month, status choices). */
  readonly settings: WorkbookSettings;
  readonly strings: UiStrings;
  readonly disabled: boolean;
  readonly onGradePreset: (preset: GradePresetId) => void;
  readonly onStartMonth: (month: number) => void;
  /** The status choices as typed, when the field loses focus (empty: back to the defaults). */
  readonly onStatusOptions: (text: string) => void;
  /** Shown below the settings when the panel is open (動作確認). */
  readonly children?: ReactNode;
}
