import { Dropdown, Field, Input, Option } from "@fluentui/react-components";
import { DEFAULT_STATUS_OPTIONS } from "../../../app/settings";
import type { GradePresetId } from "../../../core/grade";
import type { SettingsPanelProps } from "./SettingsPanel.types";
import { useSettingsPanelStyles } from "./useSettingsPanelStyles";

const PRESETS: readonly GradePresetId[] = ["abcd_100_80_60", "abcd_100_90_80", "marks"];
const MONTHS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * The workbook's grading preset, fiscal-year start month and status choices, with what else belongs
 * under 設定 (動作確認) below them; the pane folds it away until needed.
 */
export function SettingsPanel({
  settings,
  strings,
  disabled,
  onGradePreset,
  onStartMonth,
  onStatusOptions,
  children,
}: SettingsPanelProps) {
  const styles = useSettingsPanelStyles();
  const statusOptions = (settings.statusOptions ?? DEFAULT_STATUS_OPTIONS).join("、");
  return (
    <section className={styles.panel} aria-label={strings.settings.heading}>
      <Field label={strings.settings.gradePreset}>
        <Dropdown
          disabled={disabled}
          value={strings.settings.gradePresets[settings.gradePreset]}
          selectedOptions={[settings.gradePreset]}
          onOptionSelect={(_, data) => onGradePreset(data.optionValue as GradePresetId)}
        >
          {PRESETS.map((preset) => (
            <Option key={preset} value={preset}>
              {strings.settings.gradePresets[preset]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={strings.settings.startMonth}>
        <Dropdown
          disabled={disabled}
          value={strings.settings.month(settings.startMonth)}
          selectedOptions={[String(settings.startMonth)]}
          onOptionSelect={(_, data) => onStartMonth(Number(data.optionValue))}
        >
          {MONTHS.map((month) => (
            <Option key={month} value={String(month)}>
              {strings.settings.month(month)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={strings.settings.statusOptions} hint={strings.settings.statusOptionsHint}>
        <Input
          // Remounted when the saved choices change, so the box shows what was saved.
          key={statusOptions}
          disabled={disabled}
          defaultValue={statusOptions}
          onBlur={(event) => {
            if (event.currentTarget.value !== statusOptions) onStatusOptions(event.currentTarget.value);
          }}
        />
      </Field>
      {children}
    </section>
  );
}
