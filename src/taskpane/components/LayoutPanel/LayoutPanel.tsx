import {
  Badge,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  Label,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { MAPPABLE_ROLES } from "../../../app/detectTable";
import type { ColumnRole, SheetLayout } from "../../../core/sheetTable";
import { columnOptions, columnText, issueText, roleRows } from "../../viewModel";
import type { LayoutPanelProps } from "./LayoutPanel.types";
import { useLayoutPanelStyles } from "./useLayoutPanelStyles";

const LAYOUTS: readonly SheetLayout[] = ["goal_sheet", "kpi_list"];

/**
 * The table the pane found: its layout, header row and which column plays which role, each changeable;
 * "map the selection" assigns the selected cells' column to a role. On a sheet whose headers were not
 * recognised, the user gives the layout and header row too. Shown folded under the table's one-line
 * summary; a column's header is shown whole, cut only by the pane's width, and whole on hover.
 */
export function LayoutPanel(props: LayoutPanelProps) {
  const { detection, sheetSettings, columnChoices, strings, locale, disabled } = props;
  const styles = useLayoutPanelStyles();
  const found = detection?.ok ? detection.value : null;
  const layout: SheetLayout = found?.table.layout ?? sheetSettings.layout ?? "goal_sheet";
  const rows = roleRows(detection, sheetSettings, layout, strings);
  const options = columnOptions(columnChoices, strings);
  const [selectionRole, setSelectionRole] = useState<ColumnRole>(MAPPABLE_ROLES[layout][1] ?? "initiative");
  const role = MAPPABLE_ROLES[layout].includes(selectionRole)
    ? selectionRole
    : (MAPPABLE_ROLES[layout][0] ?? "initiative");

  return (
    <section className={styles.root} aria-label={strings.layout.heading}>
      {found ? (
        <Text className={styles.summary}>
          {strings.layout.names[found.table.layout]}（{strings.layout.headerRow(found.table.headerRow)}）
        </Text>
      ) : detection && !detection.ok ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {detection.issues.map((issue, index) => (
              <span key={index}>{issueText(issue, locale, strings)} </span>
            ))}
            {strings.layout.notFound}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {detection && !detection.ok && (
        <div className={styles.shape}>
          <Field label={strings.layout.chooseLayout}>
            <Dropdown
              disabled={disabled}
              value={strings.layout.names[layout]}
              selectedOptions={[layout]}
              onOptionSelect={(_, data) => props.onShape({ layout: data.optionValue as SheetLayout })}
            >
              {LAYOUTS.map((value) => (
                <Option key={value} value={value}>
                  {strings.layout.names[value]}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={strings.layout.headerRowLabel}>
            <Input
              type="number"
              min={1}
              disabled={disabled}
              defaultValue={sheetSettings.headerRow === undefined ? "" : String(sheetSettings.headerRow)}
              onBlur={(event) => {
                const row = Number.parseInt(event.currentTarget.value, 10);
                props.onShape({ headerRow: Number.isInteger(row) && row >= 1 ? row : null });
              }}
            />
          </Field>
        </div>
      )}

      {detection && (
        <div className={styles.roles}>
          {rows.map((row) => (
            <RoleRowView key={row.role} {...props} row={row} options={options} styles={styles} />
          ))}
        </div>
      )}

      {detection && (
        <div className={styles.selection}>
          <Field label={strings.layout.useSelectionFor}>
            <Dropdown
              disabled={disabled}
              value={strings.layout.roles[role]}
              selectedOptions={[role]}
              onOptionSelect={(_, data) => setSelectionRole(data.optionValue as ColumnRole)}
            >
              {MAPPABLE_ROLES[layout].map((value) => (
                <Option key={value} value={value}>
                  {strings.layout.roles[value]}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Button disabled={disabled} onClick={() => props.onUseSelection(role, layout)}>
            {strings.layout.useSelection}
          </Button>
        </div>
      )}
    </section>
  );
}

function RoleRowView({
  row,
  options,
  columnChoices,
  strings,
  disabled,
  onRoleColumn,
  styles,
}: LayoutPanelProps & {
  row: ReturnType<typeof roleRows>[number];
  options: ReturnType<typeof columnOptions>;
  styles: ReturnType<typeof useLayoutPanelStyles>;
}) {
  const id = useId();
  const value = columnText(row.column, columnChoices, strings);
  return (
    <>
      <Label htmlFor={id}>{row.label}</Label>
      {row.source === null ? (
        <Caption1 />
      ) : (
        <Badge appearance="tint" color={row.source === "recognised" ? "brand" : "informative"} size="small">
          {row.source === "recognised" ? strings.layout.recognised : strings.layout.chosen}
        </Badge>
      )}
      <Dropdown
        id={id}
        className={styles.dropdown}
        disabled={disabled}
        value={value}
        button={{
          children: (
            <span className={styles.value} title={value}>
              {value}
            </span>
          ),
        }}
        selectedOptions={[row.column === null ? "" : String(row.column)]}
        onOptionSelect={(_, data) =>
          onRoleColumn(
            row.role,
            data.optionValue === "" || data.optionValue === undefined ? null : Number(data.optionValue),
          )
        }
      >
        {options.map((option) => (
          <Option key={option.value} value={option.value} text={option.text} title={option.text}>
            {option.text}
          </Option>
        ))}
      </Dropdown>
    </>
  );
}
