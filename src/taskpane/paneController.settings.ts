/**
 * What the user sets, saved in the workbook for the next person: the sheet's column mapping, shape and
 * fiscal year, and the workbook's as-of date, grading, fiscal-year start and 準備's status choices.
 * Each change rechecks the sheet from the values already read.
 */
import { assignColumn, assignSelection } from "../app/assignColumn";
import type { SheetSettings } from "../app/settings";
import { parseStatusOptions, sheetSettingsOf, withSheetSettings } from "../app/settings";
import { isIsoDate } from "../core/calendar";
import { parseFiscalYear } from "../core/fiscalYear";
import type { GradePresetId } from "../core/grade";
import type { ColumnRole, SheetLayout } from "../core/sheetTable";
import type { PaneStore } from "./paneStore";

export class SettingsCommands {
  constructor(private readonly pane: PaneStore) {}

  /** Sets the column of a role (null: none), saves it, and finds the table again. */
  async setRoleColumn(role: ColumnRole, column: number | null): Promise<void> {
    const { settings, sheetName } = this.pane.getState();
    if (sheetName === null) return;
    await this.pane.changeSettings(assignColumn(settings, sheetName, role, column));
  }

  /** Maps the selected range's column to a role. */
  async useSelection(role: ColumnRole, layout: SheetLayout): Promise<void> {
    const sheetName = this.pane.getState().sheetName;
    if (sheetName === null) return;
    await this.pane.run("settings", async () => {
      const selection = await this.pane.services.workbook.readSelection();
      if (selection === null) return;
      const { settings, detection } = this.pane.getState();
      const unrecognised = detection?.ok ? null : { layout };
      const assigned = assignSelection(settings, sheetName, role, selection, unrecognised);
      if (!assigned.ok) {
        this.pane.warn(assigned.issues);
        return;
      }
      await this.pane.saveAndRecheck(assigned.value);
    });
  }

  /** For a sheet whose headers are not recognised: its layout and header row. */
  async setSheetShape(shape: {
    readonly layout?: SheetLayout;
    readonly headerRow?: number | null;
  }): Promise<void> {
    const { settings, sheetName } = this.pane.getState();
    if (sheetName === null) return;
    const next: SheetSettings = {
      ...sheetSettingsOf(settings, sheetName),
      ...(shape.layout !== undefined ? { layout: shape.layout } : {}),
      ...(shape.headerRow !== undefined ? { headerRow: shape.headerRow ?? undefined } : {}),
    };
    await this.pane.changeSettings(withSheetSettings(settings, sheetName, next));
  }

  /** The fiscal year as typed (令和7年度, R7, 2025); "" to read it from the title again. */
  async setFiscalYear(text: string): Promise<void> {
    const { settings, sheetName } = this.pane.getState();
    if (sheetName === null) return;
    const sheet = sheetSettingsOf(settings, sheetName);
    if (text.trim() === "") {
      this.pane.update({ inputIssue: null });
      await this.pane.changeSettings(
        withSheetSettings(settings, sheetName, { ...sheet, fiscalYear: undefined }),
      );
      return;
    }
    const parsed = parseFiscalYear(text);
    if (!parsed.ok) {
      const issue = parsed.issues[0] ?? { code: "fiscal_year_unreadable" };
      this.pane.update({ inputIssue: { field: "fiscalYear", issue } });
      return;
    }
    this.pane.update({ inputIssue: null });
    await this.pane.changeSettings(
      withSheetSettings(settings, sheetName, { ...sheet, fiscalYear: parsed.value }),
    );
  }

  /** The as-of date as YYYY-MM-DD; "" for today. */
  async setAsOf(text: string): Promise<void> {
    const value = text.trim();
    if (value !== "" && !isIsoDate(value)) {
      this.pane.update({ inputIssue: { field: "asOf", issue: { code: "date_impossible", text: value } } });
      return;
    }
    this.pane.update({ inputIssue: null });
    await this.pane.changeSettings({ ...this.pane.getState().settings, asOf: value === "" ? null : value });
  }

  async setGradePreset(gradePreset: GradePresetId): Promise<void> {
    await this.pane.changeSettings({ ...this.pane.getState().settings, gradePreset });
  }

  async setStartMonth(startMonth: number): Promise<void> {
    await this.pane.changeSettings({ ...this.pane.getState().settings, startMonth });
  }

  /** The status dropdown's choices for 準備, as typed (未着手、実施中、完了); the defaults when left empty. */
  async setStatusOptions(text: string): Promise<void> {
    const { statusOptions: current, ...rest } = this.pane.getState().settings;
    if (text.trim() === "") {
      if (current !== undefined) await this.pane.changeSettings(rest);
      return;
    }
    const parsed = parseStatusOptions(text);
    if (!parsed.ok) {
      this.pane.warn(parsed.issues, "statusOptions");
      return;
    }
    if (current !== undefined && current.join("\n") === parsed.value.join("\n")) return;
    await this.pane.changeSettings({ ...rest, statusOptions: parsed.value });
  }
}
