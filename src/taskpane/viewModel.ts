/**
 * What the components show, computed from the pane's state as plain data: the rows of the column
 * mapping, the findings grouped by severity with their messages, and the words for notices and failures.
 * Kept out of the components so they can be tested without a DOM.
 */
import type { AppIssue } from "../app/appIssue";
import { isAppIssue } from "../app/appIssue";
import type { ColumnChoice, DetectedTable } from "../app/detectTable";
import { MAPPABLE_ROLES } from "../app/detectTable";
import type { SubmissionReport } from "../app/runSubmissionCheck";
import type { SheetSettings } from "../app/settings";
import type { WorkbookOperation } from "../app/workbookFailure";
import type { Finding, Severity } from "../core/evaluateSheet";
import type { IsoDate } from "../core/calendar";
import { fiscalYearOf } from "../core/fiscalYear";
import type { Locale } from "../core/messages/formatIssue";
import { formatFiscalYear } from "../core/messages/formatDate";
import { formatByCode, formatIssue } from "../core/messages/formatIssue";
import type { Issue, Result } from "../core/result";
import type { ColumnRole, SheetLayout } from "../core/sheetTable";
import { columnLetter } from "../core/sheetTable";
import type { Notice, NoticeKind, PaneAction, PaneFailure } from "./paneController";
import type { UiStrings } from "./strings/uiStrings";

export interface RoleRow {
  readonly role: ColumnRole;
  readonly label: string;
  /** 0-based column, or null when the role has no column. */
  readonly column: number | null;
  /** recognised: the sheet's headers said so; chosen: the user did. */
  readonly source: "recognised" | "chosen" | null;
}

/**
 * The roles of a layout with the column each has now, for the mapping dropdowns.
 * @example roleRows(detection, {}, "kpi_list", ja)[1] // { role: "kpi", label: "KPI", column: 1, source: "recognised" }
 */
export function roleRows(
  detection: Result<DetectedTable> | null,
  sheet: SheetSettings,
  layout: SheetLayout,
  strings: UiStrings,
): RoleRow[] {
  const table = detection?.ok ? detection.value : null;
  return MAPPABLE_ROLES[layout].map((role) => {
    const column = table ? (table.table.columns[role] ?? null) : (sheet.mapping?.[role] ?? null);
    const source =
      column === null
        ? null
        : sheet.mapping?.[role] === column
          ? "chosen"
          : table?.recognised.includes(role)
            ? "recognised"
            : "chosen";
    return { role, label: strings.layout.roles[role], column, source };
  });
}

export interface ColumnOption {
  /** The option's value: the column's index as text, or "" for none. */
  readonly value: string;
  readonly text: string;
}

/**
 * Options of a mapping dropdown: none, then each column with its header.
 * @example columnOptions([{ column: 1, letter: "B", header: "KPI" }], ja) // [{ value: "", text: "（なし）" }, { value: "1", text: "B：KPI" }]
 */
export function columnOptions(choices: readonly ColumnChoice[], strings: UiStrings): ColumnOption[] {
  return [
    { value: "", text: strings.layout.none },
    ...choices.map((choice) => ({
      value: String(choice.column),
      text: choice.header === "" ? choice.letter : `${choice.letter}：${choice.header}`,
    })),
  ];
}

/**
 * A column's text in a closed dropdown, its header whole (the layout wraps or truncates it and shows it
 * all on hover); the column may lie outside the choices (a saved mapping of a column that is empty now).
 * @example columnText(2, [{ column: 2, letter: "C", header: "期間・期限（いつ・いつまでに）" }], ja) // "C：期間・期限（いつ・いつまでに）"
 */
export function columnText(
  column: number | null,
  choices: readonly ColumnChoice[],
  strings: UiStrings,
): string {
  if (column === null) return strings.layout.none;
  const choice = choices.find((c) => c.column === column);
  if (!choice || choice.header === "") return columnLetter(column);
  return `${choice.letter}：${choice.header}`;
}

export interface VerdictView {
  /** success only when nothing is listed beneath; warning when warnings or overdue rows are. */
  readonly intent: "success" | "warning" | "error";
  readonly title: string;
  readonly detail: string;
}

/**
 * Whether the sheet can be submitted, in words that agree with what is listed under them: warnings and
 * overdue rows make it 「提出できます（…を確認してください）」 in the warning colour, never a green 提出できます.
 * @example verdictView({ readyToSubmit: true, summary: { errors: 0, warnings: 2, overdueRows: 4, … } }, ja).title // "提出できます（警告 2件・期限超過 4行を確認してください）"
 */
export function verdictView(
  report: Pick<SubmissionReport, "readyToSubmit" | "summary">,
  strings: UiStrings,
): VerdictView {
  const { errors, warnings, overdueRows } = report.summary;
  const words = strings.check;
  if (!report.readyToSubmit || errors > 0) {
    return { intent: "error", title: words.notReady, detail: words.notReadyDetail(errors) };
  }
  if (warnings > 0 || overdueRows > 0) {
    return {
      intent: "warning",
      title: words.readyWithCaveats(warnings, overdueRows),
      detail: words.readyWithCaveatsDetail,
    };
  }
  return { intent: "success", title: words.ready, detail: words.readyDetail(0) };
}

/**
 * The one line that stands for a recognised table: its layout, fiscal year and rows.
 * @example layoutSummary(detected, "ja", ja) // "重点目標管理シート・令和7年度・6行"
 */
export function layoutSummary(detected: DetectedTable, locale: Locale, strings: UiStrings): string {
  const year = detected.fiscalYear?.value ?? null;
  return strings.layout.summary(
    strings.layout.names[detected.table.layout],
    year === null ? null : formatFiscalYear(year, locale),
    detected.table.rows.length,
  );
}

/** Where in the pane a message is shown: beside the action that produced it. */
export type MessagePlace =
  | "check"
  | "layout"
  | "sheet"
  | "prepare"
  | "newYear"
  | "summary"
  | "collect"
  | "settings"
  | "selfTest"
  | "candidates"
  | "revise";

const PLACE_OF_ACTION: Readonly<Record<PaneAction, MessagePlace>> = {
  start: "check",
  reload: "check",
  check: "check",
  select: "check",
  settings: "layout",
  statusOptions: "settings",
  flag: "sheet",
  clear: "sheet",
  compute: "sheet",
  prepare: "prepare",
  unprepare: "prepare",
  // The new sheet is the active sheet now: what was made is said where its check is.
  carry: "check",
  template: "check",
  summarize: "summary",
  summarySheet: "summary",
  removeSummarySheet: "summary",
  collect: "collect",
  collectSheet: "collect",
  selfTest: "selfTest",
  confirmActual: "candidates",
  dismissCandidates: "candidates",
  removeActual: "candidates",
  revise: "revise",
  unrevise: "revise",
};

const PLACE_OF_NOTICE: Readonly<Record<Exclude<NoticeKind, "issues">, MessagePlace>> = {
  flagged: "sheet",
  cleared: "sheet",
  computed: "sheet",
  prepared: "prepare",
  unprepared: "prepare",
  carried: "check",
  inserted: "check",
  summarySheet: "summary",
  summarySheetRemoved: "summary",
  actualRemoved: "candidates",
  collectSheet: "collect",
  revised: "revise",
  unrevised: "revise",
};

/**
 * The notices and the failure to show at one place of the pane.
 * @example messagesAt({ notices: [{ id: 1, kind: "computed", address: "F4:I28" }], failure: null }, "sheet").notices.length // 1
 */
export function messagesAt(
  state: { readonly notices: readonly Notice[]; readonly failure: PaneFailure | null },
  place: MessagePlace,
): { notices: readonly Notice[]; failure: PaneFailure | null } {
  const notices = state.notices.filter(
    (notice) =>
      (notice.kind === "issues" ? PLACE_OF_ACTION[notice.action] : PLACE_OF_NOTICE[notice.kind]) === place,
  );
  const failure =
    state.failure !== null && PLACE_OF_ACTION[state.failure.action ?? "check"] === place
      ? state.failure
      : null;
  return { notices, failure };
}

export interface FindingItem {
  readonly key: string;
  readonly cell: string;
  readonly message: string;
  readonly finding: Finding;
}

export interface FindingGroup {
  readonly severity: Severity;
  readonly title: string;
  readonly items: readonly FindingItem[];
}

/**
 * The findings of a check, errors first, each with its cell and message in the user's language.
 * @example findingGroups(report, "ja", ja)[1].items[0] // { cell: "E11", message: "(1) の期限（…）を過ぎていますが、中間報告に (1) の記載がありません。", … }
 */
export function findingGroups(report: SubmissionReport, locale: Locale, strings: UiStrings): FindingGroup[] {
  const items = (findings: readonly Finding[]): FindingItem[] =>
    findings.map((finding, index) => ({
      key: `${finding.cell}:${finding.code}:${index}`,
      cell: finding.cell,
      message: formatIssue(finding.issue, locale),
      finding,
    }));
  return [
    { severity: "error", title: strings.check.errors(report.errors.length), items: items(report.errors) },
    {
      severity: "warning",
      title: strings.check.warnings(report.warnings.length),
      items: items(report.warnings),
    },
  ];
}

/**
 * An issue's message: the core's catalogue for the core's codes, the pane's for the app's.
 * @example issueText({ code: "table_not_found", sheet: "表紙" }, "ja", ja) // "シート「表紙」に表の見出し…"
 */
export function issueText(issue: Issue | AppIssue, locale: Locale, strings: UiStrings): string {
  return isAppIssue(issue) ? formatByCode(strings.appIssues, issue) : formatIssue(issue, locale);
}

export interface NoticeView {
  readonly intent: "success" | "info" | "warning" | "error";
  readonly lines: readonly string[];
}

const LISTED_CELLS = 5;

function cellList(cells: readonly string[]): string {
  const shown = cells.slice(0, LISTED_CELLS).join(", ");
  return cells.length > LISTED_CELLS ? `${shown} …` : shown;
}

/**
 * A notice's intent and lines.
 * @example noticeView({ id: 1, kind: "computed", address: "F4:I28" }, "ja", ja) // { intent: "success", lines: ["計算列を追加しました（F4:I28）。"] }
 */
export function noticeView(notice: Notice, locale: Locale, strings: UiStrings): NoticeView {
  const n = strings.notices;
  switch (notice.kind) {
    case "flagged": {
      const o = notice.outcome;
      const lines = [n.flagged(o.conditionalFormatsAdded, o.notesWritten)];
      if (!o.notesSupported) lines.push(n.flaggedNoNotes);
      if (o.notesSkippedForUserNotes.length > 0)
        lines.push(n.flaggedUserNotes(cellList(o.notesSkippedForUserNotes)));
      if (o.notesSkippedForSize > 0) lines.push(n.flaggedForSize(o.notesSkippedForSize));
      const underUserRules = o.findingCellsUnderUserRules ?? 0;
      if (underUserRules > 0) lines.push(n.flaggedUnderUserRules(underUserRules));
      return { intent: lines.length > 1 ? "info" : "success", lines };
    }
    case "cleared": {
      const o = notice.outcome;
      const lines = [n.cleared(o.conditionalFormatsRemoved, o.notesRemoved)];
      if (o.notesKeptAsEdited.length > 0) lines.push(n.clearedKept(cellList(o.notesKeptAsEdited)));
      return { intent: "success", lines };
    }
    case "computed":
      return { intent: "success", lines: [n.computed(notice.address)] };
    case "prepared": {
      const o = notice.outcome;
      const p = strings.prepare;
      const lines: string[] = [];
      if (o.installed.length > 0) lines.push(p.prepared(cellList(o.installed)));
      if (o.replaced.length > 0) lines.push(p.preparedReplaced(cellList(o.replaced)));
      if (o.skipped.length > 0) lines.push(p.preparedSkipped(cellList(o.skipped)));
      return { intent: o.skipped.length > 0 ? "warning" : "success", lines };
    }
    case "inserted":
      return { intent: "success", lines: [strings.newYear.inserted(notice.sheetName)] };
    case "carried": {
      const c = notice.carried;
      const lines = [strings.newYear.carried(c.sheetName, c.fromYear, c.toYear, c.emptied)];
      if (c.flagsDropped > 0) lines.push(strings.newYear.carriedFlags(c.flagsDropped));
      if (c.scheduleYearsAdvanced > 0) lines.push(strings.newYear.carriedSchedule(c.scheduleYearsAdvanced));
      if (c.scheduleLeftAsWritten.length > 0) {
        const parts = c.scheduleLeftAsWritten.map((left) => `${left.cell} ${left.text}`).join("、");
        lines.push(strings.newYear.carriedScheduleLeft(parts));
      }
      return { intent: c.scheduleLeftAsWritten.length > 0 ? "warning" : "success", lines };
    }
    case "unprepared": {
      const o = notice.outcome;
      const p = strings.prepare;
      const lines: string[] = [];
      if (o.removed.length > 0) lines.push(p.removed(cellList(o.removed)));
      if (o.restored.length > 0) lines.push(p.removedRestored(cellList(o.restored)));
      if (o.keptAsEdited.length > 0) lines.push(p.removedKept(cellList(o.keptAsEdited)));
      if (lines.length === 0) lines.push(p.removedNone);
      return { intent: o.keptAsEdited.length > 0 ? "info" : "success", lines };
    }
    case "summarySheet":
      return {
        intent: "success",
        lines: [strings.summary.built(notice.written.sheetName, notice.written.replaced)],
      };
    case "summarySheetRemoved":
      return {
        intent: notice.sheetName === null ? "info" : "success",
        lines: [
          notice.sheetName === null ? strings.summary.removedNone : strings.summary.removed(notice.sheetName),
        ],
      };
    case "actualRemoved": {
      const o = notice.outcome;
      const c = strings.candidates;
      if (o.header === null) return { intent: "info", lines: [c.removedNone] };
      const lines = [c.removed(o.header, o.removed)];
      if (o.kept.length > 0) lines.push(c.removedKept(o.kept.length, cellList(o.kept)));
      return { intent: o.kept.length > 0 ? "info" : "success", lines };
    }
    case "collectSheet":
      return {
        intent: "success",
        lines: [strings.collect.built(notice.written.sheetName, notice.written.replaced)],
      };
    case "revised":
      return { intent: "success", lines: [strings.revise.added(notice.headerCell, notice.inserted)] };
    case "unrevised":
      return { intent: "success", lines: [strings.revise.removed(notice.deleted)] };
    case "issues":
      return {
        intent: notice.intent,
        lines: notice.issues.map((issue) => issueText(issue, locale, strings)),
      };
  }
}

/**
 * The fiscal year a new sheet is most likely for: the one after the as-of date's, as a person types it.
 * @example nextFiscalYearText({ settings: { …, asOf: "2025-11-21", startMonth: 4 }, today: "2025-12-01" }, "ja") // "令和8年度"
 */
export function nextFiscalYearText(
  state: {
    readonly settings: { readonly asOf: IsoDate | null; readonly startMonth: number };
    readonly today: IsoDate;
  },
  locale: Locale,
): string {
  const year = fiscalYearOf(state.settings.asOf ?? state.today, state.settings.startMonth) + 1;
  return formatFiscalYear(year, locale);
}

/**
 * The ranges the last 準備 left alone for the user's own rules, for the question whether to replace them.
 * @example skippedRanges([{ id: 3, kind: "prepared", outcome: { installed: [], skipped: ["D6:D28"], replaced: [] } }]) // ["D6:D28"]
 */
export function skippedRanges(notices: readonly Notice[]): readonly string[] {
  for (const notice of notices) if (notice.kind === "prepared") return notice.outcome.skipped;
  return [];
}

export interface FailureView {
  readonly title: string;
  readonly action: string;
  /** Whether something may have been written, for write operations. */
  readonly written: string | null;
  readonly detail: string;
}

/** The Excel batches that write to the sheets: their failure says whether anything was left written. */
const WRITES: ReadonlySet<WorkbookOperation> = new Set<WorkbookOperation>([
  "flag",
  "clear",
  "compute",
  "summary",
  "collect",
  "validate",
  "unvalidate",
  "carry",
  "template",
  "actual",
  "unactual",
  "revise",
  "unrevise",
]);

/** What may be left after a write that stopped part way and could not be put back, per action. */
function partialWriteText(operation: WorkbookOperation, strings: UiStrings): string {
  switch (operation) {
    case "summary":
      return strings.summary.partialWrite;
    case "collect":
      return strings.collect.partialWrite;
    case "validate":
    case "unvalidate":
      return strings.prepare.partialWrite;
    case "carry":
    case "template":
      return strings.newYear.partialWrite;
    case "actual":
    case "unactual":
      return strings.candidates.partialWrite;
    case "flag":
      return strings.notices.flagPartialWrite;
    case "clear":
      return strings.notices.clearPartialWrite;
    case "revise":
    case "unrevise":
      return strings.revise.partialWrite;
    default:
      return strings.partialWrite;
  }
}

/**
 * What to tell the user about a failure: what happened, what to do, and whether the sheet changed.
 * @example failureView({ code: "cell_edit_mode", operation: "flag", detail: "…", partialWrite: false }, ja).title // "セルの編集中です"
 */
export function failureView(failure: PaneFailure, strings: UiStrings): FailureView {
  const words = failure.code === "unexpected" ? strings.unexpected : strings.failures[failure.code];
  const written =
    failure.operation !== null && WRITES.has(failure.operation)
      ? failure.partialWrite
        ? partialWriteText(failure.operation, strings)
        : strings.nothingWritten
      : null;
  return { title: words.title, action: words.action, written, detail: failure.detail };
}

/**
 * Whether the last 見直し列を外す stopped at filled cells, so the pane offers to remove the column with them.
 * @example askToRemoveFilled([{ id: 2, kind: "issues", intent: "warning", action: "unrevise", issues: [{ code: "revised_target_filled", cells: "E6", count: 1, column: "E" }] }]) // true
 */
export function askToRemoveFilled(notices: readonly Notice[]): boolean {
  return notices.some(
    (notice) =>
      notice.kind === "issues" &&
      notice.action === "unrevise" &&
      notice.issues.some((issue) => issue.code === "revised_target_filled"),
  );
}

/** A row whose target was revised, as the check results show it. */
export interface RevisedTargetRow {
  readonly row: number;
  /** The row's KPI, as written; "" when the row has none. */
  readonly kpi: string;
  /** 目標 150件（当初 120件）. */
  readonly text: string;
}

/**
 * The rows judged against a revised target, with the original beside it.
 * @example revisedTargetRows(report, "ja", ja) // [{ row: 6, kpi: "行かない窓口での手続き申請件数", text: "目標 150件（当初 120件）" }]
 */
export function revisedTargetRows(
  report: SubmissionReport,
  locale: Locale,
  strings: UiStrings,
): readonly RevisedTargetRow[] {
  const kpis = new Map<number, unknown>();
  for (const row of report.detection.table.rows) kpis.set(row.row, row.cells.kpi);
  // Japanese writes 150件 without the space a cell may hold between number and unit.
  const shown = (text: string): string => (locale === "ja" ? text.replace(/[\s\u3000]+/g, "") : text.trim());
  const rows: RevisedTargetRow[] = [];
  for (const evaluation of report.evaluation.rows) {
    const { target, originalTarget } = evaluation;
    if (target === null || originalTarget === null) continue;
    const kpi = kpis.get(evaluation.row);
    rows.push({
      row: evaluation.row,
      kpi: typeof kpi === "string" ? kpi.trim() : "",
      text: strings.revise.targetWithOriginal(shown(target.text), shown(originalTarget.text)),
    });
  }
  return rows;
}
