/**
 * The task pane's state and what a user can do, without React: the components render the state and
 * call these actions, and tests drive the same object over a fake Excel. Every operation comes from
 * the use cases in app/ through the ports it is given; nothing here calls Excel.
 */
import type { AppIssue } from "../app/appIssue";
import { addComputedColumns } from "../app/addComputedColumns";
import { assignColumn, assignSelection } from "../app/assignColumn";
import { clearFlags } from "../app/clearFlags";
import type { DetectedTable } from "../app/detectTable";
import { columnChoicesOf, detectTableInGrid } from "../app/detectTable";
import type { ColumnChoice } from "../app/detectTable";
import { flagInPlace } from "../app/flagInPlace";
import { prepareSheet, removeValidation } from "../app/prepareSheet";
import type { ValidationOutcome, ValidationPort, ValidationRemoval } from "../app/validationPort";
import { carryForward } from "../app/carryForward";
import type { CarriedForward } from "../app/carryForward";
import type { NewSheetPort } from "../app/newSheetPort";
import { insertTemplate } from "../app/insertTemplate";
import type { TemplateKind } from "../app/sheetTemplates";
import { buildSummarySheet } from "../app/buildSummarySheet";
import { removeSummarySheet } from "../app/removeSummarySheet";
import { summarizeWorkbook } from "../app/summarizeWorkbook";
import type { SummarySheetPort, SummarySheetWritten } from "../app/summaryPort";
import type { SheetSummary } from "../core/summarizeEvaluation";
import type { SelfTestReport } from "../app/runSelfTest";
import { runSelfTest } from "../app/runSelfTest";
import type { SelfTestPort } from "../app/selfTestPort";
import type {
  ClearOutcome,
  ClockPort,
  FlagOutcome,
  Progress,
  SettingsPort,
  WorkbookPort,
} from "../app/ports";
import type { SubmissionReport } from "../app/runSubmissionCheck";
import { checkGrid, runSubmissionCheck } from "../app/runSubmissionCheck";
import type { SheetSettings, WorkbookSettings } from "../app/settings";
import {
  DEFAULT_SETTINGS,
  loadSettings,
  parseStatusOptions,
  saveSettings,
  settingsOrDefaults,
  sheetSettingsOf,
  withSheetSettings,
} from "../app/settings";
import type { WorkbookFailureCode, WorkbookOperation } from "../app/workbookFailure";
import { isWorkbookFailure } from "../app/workbookFailure";
import type { IsoDate } from "../core/calendar";
import { isIsoDate } from "../core/calendar";
import type { Finding } from "../core/evaluateSheet";
import { parseFiscalYear } from "../core/fiscalYear";
import type { GradePresetId } from "../core/grade";
import type { Locale } from "../core/messages/formatIssue";
import type { Issue, Result } from "../core/result";
import type { ColumnRole, SheetGrid, SheetLayout } from "../core/sheetTable";
import { columnIndex } from "../core/sheetTable";

export interface PaneServices {
  readonly workbook: WorkbookPort;
  readonly settings: SettingsPort;
  readonly clock: ClockPort;
  readonly locale: Locale;
  /** 準備 / 入力規則を外す; absent where the host has no data validation (the section is hidden). */
  readonly validation?: ValidationPort;
  /** 次年度へ繰越; absent where the host cannot copy a sheet (the section is hidden). */
  readonly newSheets?: NewSheetPort;
  /** 集計: every sheet's values and the add-in's summary sheet; absent: the section is hidden. */
  readonly summary?: SummarySheetPort;
  /** 動作確認: the stage for the self-test; absent: the self-test is not offered. */
  readonly selfTest?: SelfTestPort;
}

/** One sheet of the workbook's summary, as the pane shows it. */
export interface WorkbookSummaryRow {
  readonly sheetName: string;
  readonly summary: SheetSummary;
}

export type BusyAction =
  | "start"
  | "reload"
  | "check"
  | "flag"
  | "clear"
  | "compute"
  | "select"
  | "settings"
  | "prepare"
  | "unprepare"
  | "carry"
  | "template"
  | "summarize"
  | "summarySheet"
  | "removeSummarySheet"
  | "selfTest";

/** Something to tell the user after an action; worded by the components in the user's language. */
export type Notice =
  | { readonly id: number; readonly kind: "flagged"; readonly outcome: FlagOutcome }
  | { readonly id: number; readonly kind: "cleared"; readonly outcome: ClearOutcome }
  | { readonly id: number; readonly kind: "computed"; readonly address: string }
  | { readonly id: number; readonly kind: "prepared"; readonly outcome: ValidationOutcome }
  | { readonly id: number; readonly kind: "unprepared"; readonly outcome: ValidationRemoval }
  | {
      readonly id: number;
      readonly kind: "carried";
      readonly carried: Omit<CarriedForward, "settings">;
    }
  | { readonly id: number; readonly kind: "inserted"; readonly sheetName: string }
  | { readonly id: number; readonly kind: "summarySheet"; readonly written: SummarySheetWritten }
  | { readonly id: number; readonly kind: "summarySheetRemoved"; readonly sheetName: string | null }
  | {
      readonly id: number;
      readonly kind: "issues";
      readonly intent: "warning" | "error";
      readonly issues: readonly (Issue | AppIssue)[];
    };

/** A notice before it gets its id. */
type NoticeInput = Notice extends infer N ? (N extends Notice ? Omit<N, "id"> : never) : never;

/** Excel failed, or the add-in did (code "unexpected"). */
export interface PaneFailure {
  readonly code: WorkbookFailureCode | "unexpected";
  readonly operation: WorkbookOperation | null;
  readonly detail: string;
  readonly partialWrite: boolean;
}

export interface PaneState {
  readonly started: boolean;
  readonly busy: { readonly action: BusyAction; readonly progress: Progress | null } | null;
  readonly settings: WorkbookSettings;
  /** Today from the clock, for the as-of date when none is saved. */
  readonly today: IsoDate;
  readonly sheetName: string | null;
  /** The table found on the sheet as last read, or why there is none. */
  readonly detection: Result<DetectedTable> | null;
  /** The sheet's columns, also when no table was found (for mapping by hand). */
  readonly columnChoices: readonly ColumnChoice[];
  /** The last check; recomputed from the values read when a setting changes. */
  readonly report: SubmissionReport | null;
  readonly notices: readonly Notice[];
  readonly failure: PaneFailure | null;
  /** Why the fiscal year or as-of date typed last could not be used. */
  readonly inputIssue: { readonly field: "fiscalYear" | "asOf"; readonly issue: Issue } | null;
  /** 集計: every goal sheet and KPI list of the workbook as last read; null before the first read. */
  readonly workbookSummary?: readonly WorkbookSummaryRow[] | null;
  /** 動作確認: the last self-test's lines; null before the first. */
  readonly selfTestReport?: SelfTestReport | null;
}

type Listener = () => void;

/** The as-of date the pane judges on: the saved one, else today. */
export function asOfOf(state: Pick<PaneState, "settings" | "today">): IsoDate {
  return state.settings.asOf ?? state.today;
}

export class PaneController {
  private state: PaneState;
  private readonly listeners = new Set<Listener>();
  private grid: SheetGrid | null = null;
  private nextNotice = 1;

  constructor(private readonly services: PaneServices) {
    this.state = {
      started: false,
      busy: null,
      settings: DEFAULT_SETTINGS,
      today: services.clock.today(),
      sheetName: null,
      detection: null,
      columnChoices: [],
      report: null,
      notices: [],
      failure: null,
      inputIssue: null,
    };
  }

  readonly getState = (): PaneState => this.state;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get locale(): Locale {
    return this.services.locale;
  }

  /** Loads the workbook's settings and finds the table on the active sheet. */
  async start(): Promise<void> {
    await this.run("start", async () => {
      const loaded = await loadSettings(this.services.settings);
      this.update({ settings: settingsOrDefaults(loaded) });
      if (!loaded.ok) this.notify({ kind: "issues", intent: "warning", issues: loaded.issues });
      await this.readSheet();
    });
    this.update({ started: true });
  }

  /** Reads the active sheet again (after switching sheets or editing it). */
  async reload(): Promise<void> {
    await this.run("reload", async () => {
      this.update({ report: null });
      await this.readSheet();
    });
  }

  /** 提出前チェック. */
  async check(): Promise<void> {
    await this.run("check", async () => {
      const checked = await runSubmissionCheck(this.services.workbook, this.checkOptions(), (p) =>
        this.progress(p),
      );
      this.afterCheck(checked);
    });
  }

  /** 表示: check again and flag in place. */
  async flag(): Promise<void> {
    await this.run("flag", async () => {
      const flagged = await flagInPlace(
        this.services.workbook,
        { ...this.checkOptions(), locale: this.services.locale },
        (p) => this.progress(p),
      );
      if (!flagged.ok) {
        this.afterCheck(flagged);
        return;
      }
      this.afterCheck({ ok: true, value: flagged.value.report });
      this.notify({ kind: "flagged", outcome: flagged.value.outcome });
    });
  }

  /** 表示を消去. */
  async clear(): Promise<void> {
    await this.run("clear", async () => {
      const outcome = await clearFlags(this.services.workbook);
      this.notify({ kind: "cleared", outcome });
    });
  }

  /** 計算列を追加, from the column given by its letters ("" for the first empty column right of the table). */
  async addComputedColumns(column: string): Promise<void> {
    const letters = column.trim();
    const firstColumn = letters === "" ? null : columnIndex(letters);
    if (firstColumn === null && letters !== "") {
      this.notify({
        kind: "issues",
        intent: "warning",
        issues: [{ code: "computed_column_invalid", column: letters }],
      });
      return;
    }
    await this.run("compute", async () => {
      const added = await addComputedColumns(
        this.services.workbook,
        { ...this.checkOptions(), firstColumn, locale: this.services.locale },
        (p) => this.progress(p),
      );
      if (!added.ok) {
        this.notify({ kind: "issues", intent: "warning", issues: added.issues });
        return;
      }
      this.afterCheck({ ok: true, value: added.value.report });
      this.notify({ kind: "computed", address: added.value.address });
    });
  }

  /**
   * 準備: Excel's data validation on the table. Without `replaceExisting` the user's own rules are kept
   * and their columns skipped; the pane then asks whether to replace them.
   */
  async prepareSheet(replaceExisting = false): Promise<void> {
    const validation = this.services.validation;
    if (validation === undefined) return;
    await this.run("prepare", async () => {
      const prepared = await prepareSheet(
        validation,
        { ...this.checkOptions(), locale: this.services.locale, replaceExisting },
        (p) => this.progress(p),
      );
      if (!prepared.ok) {
        this.notify({ kind: "issues", intent: "warning", issues: prepared.issues });
        return;
      }
      this.notify({ kind: "prepared", outcome: prepared.value });
    });
  }

  /** 入力規則を外す: the add-in's rules off, the user's earlier ones back. */
  async removeValidation(): Promise<void> {
    const validation = this.services.validation;
    if (validation === undefined) return;
    await this.run("unprepare", async () => {
      const outcome = await removeValidation(validation);
      this.dismissKind("prepared");
      this.notify({ kind: "unprepared", outcome });
    });
  }

  /** 集計を表示: reads every sheet and counts each goal sheet's and KPI list's items. */
  async summarize(): Promise<void> {
    const summary = this.services.summary;
    if (summary === undefined) return;
    await this.run("summarize", async () => {
      const entries = await summarizeWorkbook(summary, this.checkOptions());
      this.update({
        workbookSummary: entries.map(({ sheetName, summary: s }) => ({ sheetName, summary: s })),
      });
      if (entries.length === 0)
        this.notify({ kind: "issues", intent: "warning", issues: [{ code: "summary_no_sheets" }] });
    });
  }

  /** 集計シートを作成: the add-in's 集計 sheet with formulas and a chart; refuses a user's sheet of that name. */
  async buildSummarySheet(): Promise<void> {
    const summary = this.services.summary;
    if (summary === undefined) return;
    await this.run("summarySheet", async () => {
      const built = await buildSummarySheet(summary, {
        ...this.checkOptions(),
        locale: this.services.locale,
      });
      if (!built.ok) {
        this.notify({ kind: "issues", intent: "warning", issues: built.issues });
        return;
      }
      this.update({
        workbookSummary: built.value.entries.map(({ sheetName, summary: s }) => ({ sheetName, summary: s })),
      });
      this.notify({ kind: "summarySheet", written: built.value.written });
    });
  }

  /** 集計シートを削除: the add-in's summary sheet and its record, nothing else. */
  async removeSummarySheet(): Promise<void> {
    const summary = this.services.summary;
    if (summary === undefined) return;
    await this.run("removeSummarySheet", async () => {
      const { removed } = await removeSummarySheet(summary);
      this.dismissKind("summarySheet");
      this.notify({ kind: "summarySheetRemoved", sheetName: removed });
    });
  }

  /** Whether the workbook offers the summary (集計). */
  get canSelfTest(): boolean {
    return this.services.selfTest !== undefined;
  }

  /**
   * 動作確認: every command once, through the same ports, on a temporary sheet that is deleted again;
   * the workbook and its settings are left as they were.
   */
  async runSelfTest(): Promise<void> {
    const selfTest = this.services.selfTest;
    if (selfTest === undefined) return;
    await this.run("selfTest", async () => {
      this.update({ selfTestReport: null });
      const { workbook, settings, validation, newSheets, summary } = this.services;
      const report = await runSelfTest({
        selfTest,
        workbook,
        settings,
        ...(validation ? { validation } : {}),
        ...(newSheets ? { newSheets } : {}),
        ...(summary ? { summary } : {}),
      });
      this.update({ selfTestReport: report });
    });
  }

  get canSummarize(): boolean {
    return this.services.summary !== undefined;
  }

  /** 次年度へ繰越: next year's copy of the active sheet, which becomes the active sheet. */
  async carryForward(): Promise<void> {
    const newSheets = this.services.newSheets;
    if (newSheets === undefined) return;
    await this.run("carry", async () => {
      const carried = await carryForward(
        newSheets,
        this.services.settings,
        { ...this.checkOptions(), locale: this.services.locale },
        (p) => this.progress(p),
      );
      if (!carried.ok) {
        this.notify({ kind: "issues", intent: "warning", issues: carried.issues });
        return;
      }
      const { settings, ...rest } = carried.value;
      this.update({ settings, report: null });
      this.notify({ kind: "carried", carried: rest });
      await this.readSheet();
    });
  }

  /** 新しいシート: a blank goal sheet or KPI list for the fiscal year typed (令和8年度, R8, 2026). */
  async insertTemplate(kind: TemplateKind, fiscalYearText: string): Promise<void> {
    const newSheets = this.services.newSheets;
    if (newSheets === undefined) return;
    const fiscalYear = parseFiscalYear(fiscalYearText);
    if (!fiscalYear.ok) {
      this.notify({ kind: "issues", intent: "warning", issues: fiscalYear.issues });
      return;
    }
    await this.run("template", async () => {
      const inserted = await insertTemplate(newSheets, {
        kind,
        fiscalYear: fiscalYear.value,
        settings: this.state.settings,
        asOf: asOfOf(this.state),
        locale: this.services.locale,
      });
      if (!inserted.ok) {
        this.notify({ kind: "issues", intent: "warning", issues: inserted.issues });
        return;
      }
      this.update({ report: null });
      this.notify({ kind: "inserted", sheetName: inserted.value.sheetName });
      await this.readSheet();
    });
  }

  /** Whether the workbook can copy a sheet forward (次年度へ繰越). */
  get canCarryForward(): boolean {
    return this.services.newSheets !== undefined;
  }

  /** Whether the workbook offers data validation (準備). */
  get canValidate(): boolean {
    return this.services.validation !== undefined;
  }

  /** Selects a finding's cell in the sheet. */
  async selectFinding(finding: Finding): Promise<void> {
    const sheetName = this.state.report?.sheetName ?? this.state.sheetName;
    if (sheetName === null) return;
    await this.run("select", () => this.services.workbook.selectCell(sheetName, finding.cell));
  }

  /** Sets the column of a role (null: none), saves it, and finds the table again. */
  async setRoleColumn(role: ColumnRole, column: number | null): Promise<void> {
    const sheetName = this.state.sheetName;
    if (sheetName === null) return;
    await this.changeSettings(assignColumn(this.state.settings, sheetName, role, column));
  }

  /** Maps the selected range's column to a role. */
  async useSelection(role: ColumnRole, layout: SheetLayout): Promise<void> {
    const sheetName = this.state.sheetName;
    if (sheetName === null) return;
    await this.run("settings", async () => {
      const selection = await this.services.workbook.readSelection();
      if (selection === null) return;
      const unrecognised = this.state.detection?.ok ? null : { layout };
      const assigned = assignSelection(this.state.settings, sheetName, role, selection, unrecognised);
      if (!assigned.ok) {
        this.notify({ kind: "issues", intent: "warning", issues: assigned.issues });
        return;
      }
      await this.saveAndRecheck(assigned.value);
    });
  }

  /** For a sheet whose headers are not recognised: its layout and header row. */
  async setSheetShape(shape: {
    readonly layout?: SheetLayout;
    readonly headerRow?: number | null;
  }): Promise<void> {
    const sheetName = this.state.sheetName;
    if (sheetName === null) return;
    const sheet = sheetSettingsOf(this.state.settings, sheetName);
    const next: SheetSettings = {
      ...sheet,
      ...(shape.layout !== undefined ? { layout: shape.layout } : {}),
      ...(shape.headerRow !== undefined ? { headerRow: shape.headerRow ?? undefined } : {}),
    };
    await this.changeSettings(withSheetSettings(this.state.settings, sheetName, next));
  }

  /** The fiscal year as typed (令和7年度, R7, 2025); "" to read it from the title again. */
  async setFiscalYear(text: string): Promise<void> {
    const sheetName = this.state.sheetName;
    if (sheetName === null) return;
    const sheet = sheetSettingsOf(this.state.settings, sheetName);
    if (text.trim() === "") {
      this.update({ inputIssue: null });
      await this.changeSettings(
        withSheetSettings(this.state.settings, sheetName, { ...sheet, fiscalYear: undefined }),
      );
      return;
    }
    const parsed = parseFiscalYear(text);
    if (!parsed.ok) {
      this.update({
        inputIssue: { field: "fiscalYear", issue: parsed.issues[0] ?? { code: "fiscal_year_unreadable" } },
      });
      return;
    }
    this.update({ inputIssue: null });
    await this.changeSettings(
      withSheetSettings(this.state.settings, sheetName, { ...sheet, fiscalYear: parsed.value }),
    );
  }

  /** The as-of date as YYYY-MM-DD; "" for today. */
  async setAsOf(text: string): Promise<void> {
    const value = text.trim();
    if (value !== "" && !isIsoDate(value)) {
      this.update({ inputIssue: { field: "asOf", issue: { code: "date_impossible", text: value } } });
      return;
    }
    this.update({ inputIssue: null });
    await this.changeSettings({ ...this.state.settings, asOf: value === "" ? null : value });
  }

  async setGradePreset(gradePreset: GradePresetId): Promise<void> {
    await this.changeSettings({ ...this.state.settings, gradePreset });
  }

  /** The status dropdown's choices for 準備, as typed (未着手、実施中、完了); the defaults when left empty. */
  async setStatusOptions(text: string): Promise<void> {
    const { statusOptions: current, ...rest } = this.state.settings;
    if (text.trim() === "") {
      if (current !== undefined) await this.changeSettings(rest);
      return;
    }
    const parsed = parseStatusOptions(text);
    if (!parsed.ok) {
      this.notify({ kind: "issues", intent: "warning", issues: parsed.issues });
      return;
    }
    if (current !== undefined && current.join("\n") === parsed.value.join("\n")) return;
    await this.changeSettings({ ...rest, statusOptions: parsed.value });
  }

  async setStartMonth(startMonth: number): Promise<void> {
    await this.changeSettings({ ...this.state.settings, startMonth });
  }

  dismissNotice(id: number): void {
    this.update({ notices: this.state.notices.filter((notice) => notice.id !== id) });
  }

  dismissFailure(): void {
    this.update({ failure: null });
  }

  // -----------------------------------------------------------------------------------------------

  private checkOptions(): { asOf: IsoDate; settings: WorkbookSettings } {
    return { asOf: asOfOf(this.state), settings: this.state.settings };
  }

  private async readSheet(): Promise<void> {
    const grid = await this.services.workbook.readActiveSheet((p) => this.progress(p));
    this.grid = grid;
    this.detect(grid);
  }

  private detect(grid: SheetGrid): void {
    const detection = detectTableInGrid(grid, sheetSettingsOf(this.state.settings, grid.name), {
      asOf: asOfOf(this.state),
      startMonth: this.state.settings.startMonth,
    });
    const headerRow = detection.ok
      ? detection.value.table.headerRow
      : (sheetSettingsOf(this.state.settings, grid.name).headerRow ?? null);
    this.update({ sheetName: grid.name, detection, columnChoices: columnChoicesOf(grid, headerRow) });
  }

  private afterCheck(checked: Result<SubmissionReport>): void {
    if (checked.ok) {
      const report = checked.value;
      this.update({
        report,
        sheetName: report.sheetName,
        detection: { ok: true, value: report.detection },
        columnChoices: report.detection.columnChoices,
      });
    } else {
      this.update({ report: null, detection: checked });
    }
  }

  private async changeSettings(settings: WorkbookSettings): Promise<void> {
    await this.run("settings", () => this.saveAndRecheck(settings));
  }

  /** Saves the settings, finds the table again and redoes the last check from the values already read. */
  private async saveAndRecheck(settings: WorkbookSettings): Promise<void> {
    this.update({ settings });
    await saveSettings(this.services.settings, settings);
    if (this.grid === null) return;
    this.detect(this.grid);
    if (this.state.report !== null) {
      const checked = checkGrid(this.grid, this.checkOptions());
      this.afterCheck(checked);
    }
  }

  private progress(progress: Progress): void {
    if (this.state.busy !== null) this.update({ busy: { ...this.state.busy, progress } });
  }

  private dismissKind(kind: Notice["kind"]): void {
    this.update({ notices: this.state.notices.filter((notice) => notice.kind !== kind) });
  }

  private notify(notice: NoticeInput): void {
    const next = { ...notice, id: this.nextNotice++ } as Notice;
    // One notice per kind: a newer result replaces the older one.
    this.update({ notices: [...this.state.notices.filter((n) => n.kind !== notice.kind), next] });
  }

  private async run(action: BusyAction, work: () => Promise<void>): Promise<void> {
    if (this.state.busy !== null) return;
    this.update({ busy: { action, progress: null }, failure: null });
    try {
      await work();
    } catch (error) {
      this.update({ failure: failureOf(error) });
    } finally {
      this.update({ busy: null });
    }
  }

  private update(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

/** A thrown error as the pane shows it: Excel's failures by code, anything else as unexpected. */
export function failureOf(error: unknown): PaneFailure {
  if (isWorkbookFailure(error)) {
    return {
      code: error.code,
      operation: error.operation,
      detail: error.detail,
      partialWrite: error.partialWrite,
    };
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: "unexpected", operation: null, detail, partialWrite: false };
}
