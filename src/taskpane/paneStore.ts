/**
 * The one way the pane's state changes. Every command runs through `run`: one action at a time, shown
 * while it runs, its failure caught and shown. It tells the user through `notify`, and the sheet it
 * read stays here, so a changed setting rechecks it without reading it again. The commands of each
 * feature (paneController.*.ts) work on this store; the components see it through PaneController.
 */
import type { AppIssue } from "../app/appIssue";
import { columnChoicesOf, detectTableInGrid } from "../app/detectTable";
import type { Progress } from "../app/ports";
import type { SubmissionReport } from "../app/runSubmissionCheck";
import { checkSheet } from "../app/runSubmissionCheck";
import type { WorkbookSettings } from "../app/settings";
import { saveSettings, sheetSettingsOf } from "../app/settings";
import type { IsoDate } from "../core/calendar";
import type { Issue, Result } from "../core/result";
import type { SheetGrid } from "../core/sheetTable";
import type { Notice, NoticeInput, NoticeKind, PaneAction } from "./paneAction";
import type { PaneServices, PaneState } from "./paneState";
import { asOfOf, failureOf, initialPaneState } from "./paneState";

type Listener = () => void;

/** What the workbook-wide actions said (集計, a new sheet, 次年度へ繰越) stays true on any sheet. */
const WORKBOOK_ACTIONS: ReadonlySet<PaneAction> = new Set<PaneAction>([
  "summarize",
  "summarySheet",
  "removeSummarySheet",
  "carry",
  "template",
  "selfTest",
  "statusOptions",
  "collect",
  "collectSheet",
]);
const WORKBOOK_NOTICES: ReadonlySet<NoticeKind> = new Set<NoticeKind>([
  "summarySheet",
  "summarySheetRemoved",
  "carried",
  "inserted",
  "collectSheet",
]);

/** Whether a notice speaks of the active sheet, and so goes when another sheet is read. */
function isAboutSheet(notice: Notice): boolean {
  return notice.kind === "issues" ? !WORKBOOK_ACTIONS.has(notice.action) : !WORKBOOK_NOTICES.has(notice.kind);
}

export class PaneStore {
  private state: PaneState;
  private readonly listeners = new Set<Listener>();
  /** The active sheet as last read. */
  private grid: SheetGrid | null = null;
  private nextNotice = 1;
  /** The user went to another sheet while an action ran: read it when the action is done. */
  private sheetActivatedWhileBusy = false;
  /** Reads the active sheet again, as シートを読み直す does; set by the controller. */
  reloadSheet: () => Promise<void> = async () => undefined;

  constructor(readonly services: PaneServices) {
    this.state = initialPaneState(services.clock.today());
  }

  readonly getState = (): PaneState => this.state;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Runs an action unless another one is running; a thrown error becomes the pane's failure. */
  async run(action: PaneAction, work: () => Promise<void>): Promise<void> {
    if (this.state.busy !== null) return;
    this.update({ busy: { action, progress: null }, failure: null });
    try {
      await work();
    } catch (error) {
      this.update({ failure: { ...failureOf(error), action } });
    } finally {
      this.update({ busy: null });
    }
    if (this.sheetActivatedWhileBusy) {
      this.sheetActivatedWhileBusy = false;
      await this.reloadSheet();
    }
  }

  /** Another sheet was activated: read it now, or when the running action is done. */
  async sheetActivated(): Promise<void> {
    if (this.state.busy !== null) {
      this.sheetActivatedWhileBusy = true;
      return;
    }
    await this.reloadSheet();
  }

  /** How far the running action has got; for the use cases' progress callback. */
  readonly progress = (progress: Progress): void => {
    if (this.state.busy !== null) this.update({ busy: { ...this.state.busy, progress } });
  };

  notify(notice: NoticeInput): void {
    const next: Notice = { ...notice, id: this.nextNotice++ };
    // One notice per kind: a newer result replaces the older one.
    this.update({ notices: [...this.state.notices.filter((n) => n.kind !== notice.kind), next] });
  }

  /** Tells why an action (the running one unless named) could not be done. */
  warn(issues: readonly (Issue | AppIssue)[], action?: PaneAction): void {
    const refused = action ?? this.state.busy?.action ?? "start";
    this.notify({ kind: "issues", intent: "warning", issues, action: refused });
  }

  /** Takes back the notice of a kind, when an action undoes what it reported. */
  dismissKind(kind: NoticeKind): void {
    this.update({ notices: this.state.notices.filter((notice) => notice.kind !== kind) });
  }

  dismissNotice(id: number): void {
    this.update({ notices: this.state.notices.filter((notice) => notice.id !== id) });
  }

  dismissFailure(): void {
    this.update({ failure: null });
  }

  /** The as-of date and settings every use case judges by. */
  checkOptions(): { asOf: IsoDate; settings: WorkbookSettings } {
    return { asOf: asOfOf(this.state), settings: this.state.settings };
  }

  /**
   * Reads the active sheet and finds its table. On another sheet than before, what the pane said about
   * the last one (its check, the actions' messages) goes: it would be read as about this one.
   */
  async readSheet(): Promise<void> {
    const grid = await this.services.workbook.readActiveSheet(this.progress);
    if (this.state.sheetName !== null && grid.name !== this.state.sheetName) {
      const notices = this.state.notices.filter((notice) => !isAboutSheet(notice));
      this.update({ report: null, notices, failure: null, inputIssue: null, candidateNotices: [] });
    }
    this.grid = grid;
    this.detect(grid);
  }

  /** Reads the active sheet again and checks it, after a write that changed it. */
  async recheck(): Promise<void> {
    await this.readSheet();
    if (this.grid !== null) this.afterCheck(checkSheet(this.grid, this.checkOptions()));
  }

  /** Keeps a check's report, and the table it found, or why it found none. */
  afterCheck(checked: Result<SubmissionReport>): void {
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

  /** Changes the settings as an action of its own. */
  async changeSettings(settings: WorkbookSettings): Promise<void> {
    await this.run("settings", () => this.saveAndRecheck(settings));
  }

  /** Saves the settings, finds the table again and redoes the last check from the values already read. */
  async saveAndRecheck(settings: WorkbookSettings): Promise<void> {
    this.update({ settings });
    await saveSettings(this.services.settings, settings);
    if (this.grid === null) return;
    this.detect(this.grid);
    if (this.state.report !== null) this.afterCheck(checkSheet(this.grid, this.checkOptions()));
  }

  private detect(grid: SheetGrid): void {
    const sheet = sheetSettingsOf(this.state.settings, grid.name);
    const detection = detectTableInGrid(grid, sheet, {
      asOf: asOfOf(this.state),
      startMonth: this.state.settings.startMonth,
    });
    const headerRow = detection.ok ? detection.value.table.headerRow : (sheet.headerRow ?? null);
    this.update({ sheetName: grid.name, detection, columnChoices: columnChoicesOf(grid, headerRow) });
  }
}
