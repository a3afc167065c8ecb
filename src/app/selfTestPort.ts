/**
 * 動作確認 (self-test): what the self-test needs from Excel beyond the ports the commands use. The
 * commands' own ports do the work being tested; this port only sets the stage and looks: it makes a
 * temporary sheet, puts a user's own rules on it, reads back what the commands left, calculates a
 * formula, and at the end puts the workbook back as it found it.
 */
import type { CellValue } from "../core/sheetTable";

/** Where the add-in runs, as Office reports it. */
export interface HostInfo {
  /** Office's build (Office.context.diagnostics.version): `16.0.18025.20104`. */
  readonly version: string;
  /** Office.context.diagnostics.platform: `PC`, `Mac`, `OfficeOnline` … */
  readonly platform: string;
  /** The highest ExcelApi requirement set Excel supports: `1.18`. */
  readonly excelApi: string;
}

/** A data validation rule as read back from one cell. */
export interface CellValidation {
  /** Excel's DataValidationType: `None`, `List`, `Custom` … */
  readonly type: string;
  /** A list rule's source, else null. */
  readonly listSource: string | null;
  readonly promptMessage: string;
  readonly showAlert: boolean;
}

/** What a sheet holds, as read back after a command. */
export interface SheetInspection {
  /** Values of the area asked for, by row. */
  readonly values: readonly (readonly CellValue[])[];
  /** Each conditional format on the sheet, in Excel's order. */
  readonly conditionalFormats: readonly InspectedRule[];
  /** Notes by cell (`C3`); null where Excel has no notes. */
  readonly notes: Readonly<Record<string, string>> | null;
  /** The validation of each cell asked for, by cell. */
  readonly validation: Readonly<Record<string, CellValidation>>;
  /** The type of each chart on the sheet (`BarStacked`). */
  readonly chartTypes: readonly string[];
}

/** A conditional format as read back. */
export interface InspectedRule {
  /** Excel's ConditionalFormatType: `Custom`, `CellValue` … */
  readonly type: string;
  /** The cells it applies to, without the sheet's name or `$`: `C4:D4`, `A2:B4,C9`. */
  readonly address: string;
  /**
   * A Custom rule's formula; null for other types, and for a rule that shares cells with another, whose
   * formula Excel will not give (OfficeDev/office-js#6827, #6835).
   */
  readonly formula: string | null;
}

/** A user's own rules, set as a user would, for the commands to meet. */
export interface UserRules {
  /** A custom conditional format: an area and its formula. */
  readonly conditionalFormat: { readonly address: string; readonly formula: string };
  /** A dropdown list on an area. */
  readonly listValidation: { readonly address: string; readonly source: string };
}

export interface SelfTestPort {
  /** Excel's version, platform and ExcelApi level. */
  hostInfo(): HostInfo;
  /**
   * Remembers the workbook as it is (its sheets, the active sheet, the add-in's settings) for `finish`;
   * every sheet name, for a free name.
   */
  begin(): Promise<readonly string[]>;
  /** Adds a sheet holding `values` from A1, after the last sheet, and activates it. */
  addSheet(sheetName: string, values: readonly (readonly CellValue[])[]): Promise<void>;
  addUserRules(sheetName: string, rules: UserRules): Promise<void>;
  activate(sheetName: string): Promise<void>;
  /** Reads back `area`'s values, the sheet's conditional formats, notes and charts, and `cells`' validation. */
  inspect(sheetName: string, area: string, cells: readonly string[]): Promise<SheetInspection>;
  /**
   * Writes each formula into its cell and reads the values Excel calculates, waiting while Excel shows
   * #BUSY! (custom functions calculate asynchronously) up to a time limit.
   */
  calculate(
    sheetName: string,
    formulas: readonly { readonly cell: string; readonly formula: string }[],
  ): Promise<readonly CellValue[]>;
  /**
   * Puts the workbook back as `begin` found it: deletes every sheet added since, restores the add-in's
   * settings exactly (absent ones deleted) and activates the sheet that was active.
   */
  finish(): Promise<void>;
}
