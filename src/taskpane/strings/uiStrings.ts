/**
 * Every word the task pane shows, one module per language (ja.ts, en.ts); the compiler checks that
 * each covers all of them. Findings' messages come from the core's catalogues, not from here.
 */
import type { AppIssue } from "../../app/appIssue";
import type { IssueMessages } from "../../core/messages/types";
import type { SelfTestCapability, SelfTestSkip } from "../../app/runSelfTest";
import type { WorkbookFailureCode } from "../../app/workbookFailure";
import type { FiscalYearSource } from "../../core/settleFiscalYear";
import type { ColumnRole, SheetLayout } from "../../core/sheetTable";

export interface UiStrings {
  readonly title: string;
  readonly sheet: (name: string) => string;
  readonly layout: {
    readonly heading: string;
    readonly names: { readonly [L in SheetLayout]: string };
    readonly headerRow: (row: number) => string;
    readonly notFound: string;
    readonly chooseLayout: string;
    readonly headerRowLabel: string;
    readonly roles: { readonly [R in ColumnRole]: string };
    readonly none: string;
    readonly recognised: string;
    readonly chosen: string;
    readonly useSelection: string;
    readonly useSelectionFor: string;
    readonly reload: string;
    /** The one-line summary of a recognised table: its layout, fiscal year (null: unknown) and rows. */
    readonly summary: (layout: string, fiscalYear: string | null, rows: number) => string;
    /** The heading of the mapping when no table was found (reachable, not first). */
    readonly mapByHand: string;
    /** Said on a sheet without a table, above the new-sheet form. */
    readonly noTable: string;
  };
  /** The headings of the folded sections below the check. */
  readonly sections: {
    readonly sheet: string;
    readonly newYear: string;
    readonly summary: string;
    readonly settings: string;
  };
  readonly period: {
    readonly fiscalYear: string;
    readonly fiscalYearHint: Readonly<Record<FiscalYearSource, string>>;
    readonly asOf: string;
    readonly asOfToday: string;
    readonly asOfChosen: string;
    readonly useToday: string;
    /** The as-of date under the check button, in the display language's words. */
    readonly judgedOn: (date: string) => string;
  };
  readonly check: {
    readonly button: string;
    readonly summary: (errors: number, warnings: number, overdueRows: number, rows: number) => string;
    /** Said after the summary when rows below the header were not read (0: nothing is said). */
    readonly unreadRows: (count: number) => string;
    readonly ready: string;
    readonly readyDetail: (warnings: number) => string;
    /** The verdict when the sheet can be submitted but something is listed: what to look at. */
    readonly readyWithCaveats: (warnings: number, overdueRows: number) => string;
    /** Said under that verdict. */
    readonly readyWithCaveatsDetail: string;
    readonly notReady: string;
    readonly notReadyDetail: (errors: number) => string;
    readonly errors: (count: number) => string;
    readonly warnings: (count: number) => string;
    readonly noFindings: string;
    readonly selectCell: (cell: string) => string;
  };
  readonly actions: {
    readonly heading: string;
    readonly flag: string;
    readonly flagHint: string;
    readonly clear: string;
    readonly compute: string;
    readonly computeColumn: string;
    readonly computeColumnAuto: string;
    readonly computeHint: string;
  };
  readonly settings: {
    readonly heading: string;
    readonly gradePreset: string;
    readonly gradePresets: {
      readonly abcd_100_80_60: string;
      readonly abcd_100_90_80: string;
      readonly marks: string;
    };
    readonly startMonth: string;
    readonly month: (month: number) => string;
    readonly statusOptions: string;
    readonly statusOptionsHint: string;
  };
  readonly busy: {
    readonly reading: string;
    readonly checking: string;
    readonly writing: string;
    readonly starting: string;
  };
  readonly notices: {
    readonly flagged: (formats: number, notes: number) => string;
    readonly flaggedUserNotes: (cells: string) => string;
    readonly flaggedForSize: (count: number) => string;
    /** Finding cells left uncoloured because the user's own conditional formatting covers them. */
    readonly flaggedUnderUserRules: (count: number) => string;
    readonly flaggedNoNotes: string;
    readonly cleared: (formats: number, notes: number) => string;
    readonly clearedKept: (cells: string) => string;
    /** A flag write that stopped part way: some flags may be on the sheet, and Clear removes them. */
    readonly flagPartialWrite: string;
    /** A clear that stopped part way: some flags may remain, and Clear again removes them. */
    readonly clearPartialWrite: string;
    readonly computed: (address: string) => string;
    readonly dismiss: string;
  };
  /** 集計: the workbook's goal sheets and KPI lists at a glance, and the 集計 sheet. */
  readonly summary: {
    readonly heading: string;
    readonly show: string;
    readonly buildSheet: string;
    readonly hint: string;
    readonly chartLabel: string;
    readonly buckets: {
      readonly achieved: string;
      readonly on_track: string;
      readonly behind: string;
      readonly overdue: string;
      readonly no_status: string;
    };
    readonly items: (count: number) => string;
    /** The accessible name of a sheet's bar: every count in words. */
    readonly barLabel: (sheet: string, counts: string) => string;
    readonly count: (bucket: string, count: number) => string;
    /** Between counts in a bar's accessible name. */
    readonly separator: string;
    readonly grades: (grades: string) => string;
    readonly built: (sheet: string, replaced: boolean) => string;
    readonly removeSheet: string;
    readonly removed: (sheet: string) => string;
    readonly removedNone: string;
    /** A failed summary write whose undo failed too. */
    readonly partialWrite: string;
  };
  /**
   * 取りまとめ: what the pane says about it outside its section (its heading, the notice, a failed write);
   * the section's own words load with it (strings/collectStrings.ts).
   */
  readonly collect: {
    readonly heading: string;
    readonly built: (sheet: string, replaced: boolean) => string;
    /** A failed write whose undo failed too. */
    readonly partialWrite: string;
  };
  readonly failures: {
    readonly [C in WorkbookFailureCode]: { readonly title: string; readonly action: string };
  };
  readonly nothingWritten: string;
  readonly partialWrite: string;
  readonly unexpected: { readonly title: string; readonly action: string };
  readonly appIssues: IssueMessages<AppIssue>;
  /** 次年度へ繰越 (and 新しいシート): sheets for a new fiscal year. */
  readonly newYear: {
    /** 次年度へ繰越 or 新しいシート stopped part way and deleting the new sheet failed too. */
    readonly partialWrite: string;
    readonly heading: string;
    readonly carry: string;
    readonly carryHint: string;
    readonly carried: (sheet: string, fromYear: number, toYear: number, emptied: number) => string;
    readonly carriedFlags: (count: number) => string;
    /** Years inside 期間・期限 moved on with the copy. */
    readonly carriedSchedule: (count: number) => string;
    /** Years inside 期間・期限 left as written, with the cells: the user looks at each. */
    readonly carriedScheduleLeft: (parts: string) => string;
    readonly template: string;
    readonly templateKind: string;
    readonly templateKinds: { readonly goal_sheet: string; readonly kpi_list: string };
    readonly templateYear: string;
    readonly templateHint: string;
    readonly inserted: (sheet: string) => string;
  };
  /** 準備 / 入力規則を外す: Excel's data validation on the table. */
  readonly prepare: {
    /** 準備 or 入力規則を外す stopped part way and putting it back failed too. */
    readonly partialWrite: string;
    readonly heading: string;
    readonly prepare: string;
    readonly prepareHint: string;
    readonly remove: string;
    readonly conflict: (ranges: string) => string;
    readonly replace: string;
    readonly prepared: (ranges: string) => string;
    readonly preparedReplaced: (ranges: string) => string;
    readonly preparedSkipped: (ranges: string) => string;
    readonly removed: (ranges: string) => string;
    readonly removedRestored: (ranges: string) => string;
    readonly removedKept: (ranges: string) => string;
    readonly removedNone: string;
  };
  /** 実績値の候補: numbers in the reports offered as the actual, and the add-in's 実績値 column. */
  readonly candidates: {
    readonly heading: string;
    readonly hint: string;
    /** A row without an item marker, as a group's title. */
    readonly rowTitle: (row: number) => string;
    /** The label before an item's 数値目標. */
    readonly target: string;
    /** The accessible name of an item's choice of candidates (`⑥ (1)`). */
    readonly candidatesOf: (group: string) => string;
    readonly achievement: (rate: string) => string;
    /** Said when a candidate gives no achievement (the target names no number). */
    readonly noAchievement: string;
    /** The report's sentence a candidate came from. */
    readonly source: (sentence: string) => string;
    /** What the sheet's 実績値 column holds for the item now. */
    readonly current: (text: string) => string;
    readonly confirm: string;
    readonly typed: string;
    readonly typedPlaceholder: string;
    readonly type: string;
    readonly dismiss: string;
    readonly dismissed: (count: number) => string;
    readonly restore: string;
    readonly none: string;
    readonly written: (cell: string, text: string) => string;
    readonly remove: string;
    readonly removeHint: string;
    readonly removed: (header: string, removed: number) => string;
    readonly removedKept: (count: number, cells: string) => string;
    readonly removedNone: string;
    /** A 実績値 write or removal that stopped part way and could not be put back. */
    readonly partialWrite: string;
  };
  /** 動作確認: the self-test under 設定, and the report a user copies. */
  readonly selfTest: {
    readonly heading: string;
    readonly hint: string;
    readonly run: string;
    readonly running: string;
    readonly resultsLabel: string;
    readonly capabilities: { readonly [C in SelfTestCapability]: string };
    readonly status: { readonly pass: string; readonly fail: string; readonly skip: string };
    readonly skipped: { readonly [S in SelfTestSkip]: string };
    readonly host: (version: string, platform: string, excelApi: string) => string;
    readonly summary: (passed: number, failed: number, skipped: number) => string;
    /** Shown when a line failed: what to do with the report. */
    readonly failedHint: string;
    readonly reportTitle: (date: string) => string;
    readonly copy: string;
    readonly copied: string;
    readonly copyFailed: string;
    readonly reportLabel: string;
  };
  /** 目標値を見直す / 見直し列を外す: the 目標値（見直し後） column of a KPI list. */
  readonly revise: {
    readonly heading: string;
    readonly add: string;
    readonly hint: string;
    readonly remove: string;
    /** Removing although cells are filled: asked after a refusal that names them. */
    readonly removeAnyway: string;
    readonly added: (cell: string, inserted: boolean) => string;
    /** The day the column was added (an ISO date), as the pane shows it under the buttons. */
    readonly addedOn: (isoDate: string) => string;
    readonly removed: (deleted: boolean) => string;
    /** 新しいシート's option for a KPI list: the 目標値（見直し後） column. */
    readonly templateOption: string;
    /** The check results' list of rows judged against a revised target. */
    readonly resultsHeading: string;
    /** A row of that list: its row number and KPI. */
    readonly rowLabel: (row: number, kpi: string) => string;
    /** A check result's target beside the original one: 目標 150件（当初 120件）. */
    readonly targetWithOriginal: (target: string, original: string) => string;
    /** 目標値を見直す or 見直し列を外す stopped part way and putting it back failed too. */
    readonly partialWrite: string;
  };
}
