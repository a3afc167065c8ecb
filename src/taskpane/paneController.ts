/**
 * The task pane's state and what a user can do, without React: the components render the state and
 * call these commands, and tests drive the same object over a fake Excel. Every command comes from the
 * use cases in app/ through the ports the pane is given; nothing here calls Excel.
 *
 * This is the pane's one public surface: each command is written in the file of its feature
 * (paneController.check.ts, .settings, .prepare, .newYear, .summary, .collect, .selfTest, .revise,
 * .candidates), all of them change the state through PaneStore, and paneAction.ts names what the pane is
 * doing and what it reports.
 * Code outside those files imports the pane's names from here.
 */
import type { ActualTarget } from "../app/planActualColumn";
import type { TemplateKind } from "../app/sheetTemplates";
import type { Finding } from "../core/evaluateSheet";
import type { GradePresetId } from "../core/grade";
import type { Locale } from "../core/messages/formatIssue";
import type { ColumnRole, SheetLayout } from "../core/sheetTable";
import { CandidateCommands } from "./paneController.candidates";
import { CheckCommands } from "./paneController.check";
import { CollectCommands } from "./paneController.collect";
import { NewYearCommands } from "./paneController.newYear";
import { PrepareCommands } from "./paneController.prepare";
import { ReviseCommands } from "./paneController.revise";
import { SelfTestCommands } from "./paneController.selfTest";
import { SettingsCommands } from "./paneController.settings";
import { SummaryCommands } from "./paneController.summary";
import type { PaneServices, PaneState } from "./paneState";
import { PaneStore } from "./paneStore";

export type { Notice, NoticeKind, PaneAction, PaneBusy } from "./paneAction";
export type {
  CandidateNotice,
  CheckWorkbookBlob,
  CollectServices,
  CollectState,
  PaneFailure,
  PaneServices,
  PaneState,
  WatchActiveSheet,
  WorkbookSummaryRow,
} from "./paneState";
export { asOfOf, failureOf } from "./paneState";

export class PaneController {
  readonly getState: () => PaneState;
  readonly subscribe: (listener: () => void) => () => void;
  private readonly pane: PaneStore;
  private readonly commands: {
    readonly check: CheckCommands;
    readonly settings: SettingsCommands;
    readonly prepare: PrepareCommands;
    readonly newYear: NewYearCommands;
    readonly summary: SummaryCommands;
    readonly selfTest: SelfTestCommands;
    readonly candidates: CandidateCommands;
    readonly collect: CollectCommands;
    readonly revise: ReviseCommands;
  };

  constructor(services: PaneServices) {
    const pane = new PaneStore(services);
    this.pane = pane;
    this.getState = pane.getState;
    this.subscribe = pane.subscribe;
    this.commands = {
      check: new CheckCommands(pane),
      settings: new SettingsCommands(pane),
      prepare: new PrepareCommands(pane),
      newYear: new NewYearCommands(pane),
      summary: new SummaryCommands(pane),
      selfTest: new SelfTestCommands(pane),
      candidates: new CandidateCommands(pane),
      collect: new CollectCommands(pane),
      revise: new ReviseCommands(pane),
    };
  }

  get locale(): Locale {
    return this.pane.services.locale;
  }

  dismissNotice(id: number): void {
    this.pane.dismissNotice(id);
  }

  dismissFailure(): void {
    this.pane.dismissFailure();
  }

  // The sheet and its check: paneController.check.ts

  start(): Promise<void> {
    return this.commands.check.start();
  }
  reload(): Promise<void> {
    return this.commands.check.reload();
  }
  /** Stops following the active sheet; for when the pane goes away. */
  stop(): Promise<void> {
    return this.commands.check.stop();
  }
  check(): Promise<void> {
    return this.commands.check.check();
  }
  flag(): Promise<void> {
    return this.commands.check.flag();
  }
  clear(): Promise<void> {
    return this.commands.check.clear();
  }
  addComputedColumns(column: string): Promise<void> {
    return this.commands.check.addComputedColumns(column);
  }
  selectFinding(finding: Finding): Promise<void> {
    return this.commands.check.selectFinding(finding);
  }

  // What the user sets: paneController.settings.ts

  setRoleColumn(role: ColumnRole, column: number | null): Promise<void> {
    return this.commands.settings.setRoleColumn(role, column);
  }
  useSelection(role: ColumnRole, layout: SheetLayout): Promise<void> {
    return this.commands.settings.useSelection(role, layout);
  }
  setSheetShape(shape: { readonly layout?: SheetLayout; readonly headerRow?: number | null }): Promise<void> {
    return this.commands.settings.setSheetShape(shape);
  }
  setFiscalYear(text: string): Promise<void> {
    return this.commands.settings.setFiscalYear(text);
  }
  setAsOf(text: string): Promise<void> {
    return this.commands.settings.setAsOf(text);
  }
  setGradePreset(gradePreset: GradePresetId): Promise<void> {
    return this.commands.settings.setGradePreset(gradePreset);
  }
  setStartMonth(startMonth: number): Promise<void> {
    return this.commands.settings.setStartMonth(startMonth);
  }
  setStatusOptions(text: string): Promise<void> {
    return this.commands.settings.setStatusOptions(text);
  }

  // 準備: paneController.prepare.ts

  get canValidate(): boolean {
    return this.commands.prepare.available;
  }
  prepareSheet(replaceExisting = false): Promise<void> {
    return this.commands.prepare.prepareSheet(replaceExisting);
  }
  removeValidation(): Promise<void> {
    return this.commands.prepare.removeValidation();
  }

  // 次年度へ繰越 and 新しいシート: paneController.newYear.ts

  get canCarryForward(): boolean {
    return this.commands.newYear.available;
  }
  carryForward(): Promise<void> {
    return this.commands.newYear.carryForward();
  }
  insertTemplate(kind: TemplateKind, fiscalYearText: string, revisedTarget = false): Promise<void> {
    return this.commands.newYear.insertTemplate(kind, fiscalYearText, revisedTarget);
  }

  // 集計: paneController.summary.ts

  get canSummarize(): boolean {
    return this.commands.summary.available;
  }
  summarize(): Promise<void> {
    return this.commands.summary.summarize();
  }
  buildSummarySheet(): Promise<void> {
    return this.commands.summary.buildSummarySheet();
  }
  removeSummarySheet(): Promise<void> {
    return this.commands.summary.removeSummarySheet();
  }

  // 取りまとめ: paneController.collect.ts

  get canCollect(): boolean {
    return this.commands.collect.available;
  }
  get canReadFiles(): boolean {
    return this.commands.collect.canReadFiles;
  }
  collectFiles(files: readonly File[]): Promise<void> {
    return this.commands.collect.collect(files);
  }
  stopCollecting(): void {
    this.commands.collect.stop();
  }
  buildCollectSheet(sheetName?: string): Promise<void> {
    return this.commands.collect.buildSheet(sheetName);
  }

  // 目標値を見直す / 見直し列を外す: paneController.revise.ts

  get canReviseTargets(): boolean {
    return this.commands.revise.available;
  }
  addRevisedTarget(): Promise<void> {
    return this.commands.revise.addRevisedTarget();
  }
  removeRevisedTarget(confirmed = false): Promise<void> {
    return this.commands.revise.removeRevisedTarget(confirmed);
  }

  // 動作確認: paneController.selfTest.ts

  get canSelfTest(): boolean {
    return this.commands.selfTest.available;
  }
  runSelfTest(): Promise<void> {
    return this.commands.selfTest.runSelfTest();
  }

  // 実績値の候補: paneController.candidates.ts

  confirmActual(target: ActualTarget, value: string): Promise<void> {
    return this.commands.candidates.confirm(target, value);
  }
  typeActual(target: ActualTarget, text: string): Promise<void> {
    return this.commands.candidates.type(target, text);
  }
  dismissCandidates(target: ActualTarget): Promise<void> {
    return this.commands.candidates.dismiss(target);
  }
  restoreCandidates(): Promise<void> {
    return this.commands.candidates.restore();
  }
  removeActualColumn(): Promise<void> {
    return this.commands.candidates.removeColumn();
  }
}
