import type { KpiStatus } from "./achievement";
import { cacheByText } from "./cacheByText";
import type { IsoDate } from "./calendar";
import { fromExcelSerial } from "./calendar";
import type { Direction } from "./direction";
import type { ValueCandidate } from "./findValueCandidates";
import { findValueCandidates } from "./findValueCandidates";
import { findStalePlans } from "./findStalePlans";
import { DEFAULT_START_MONTH, fiscalYearOf, fiscalYearRange } from "./fiscalYear";
import type { GradeScale } from "./grade";
import { DEFAULT_GRADE_PRESET, GRADE_PRESETS, gradeOf } from "./grade";
import type { IssueCode } from "./issueCodes";
import type { KpiJudgementContext } from "./judgeKpi";
import { agreeUnits, judgeKpi } from "./judgeKpi";
import type { KpiValue } from "./parseKpiValue";
import { parseKpiValue } from "./parseKpiValue";
import type { PairReading, TargetReading } from "./readTargetRevision";
import {
  isBlockingRevisionIssue,
  parseTargetPair,
  parseTargetText,
  revisionIssues,
  withRevisedColumn,
} from "./readTargetRevision";
import type { ReportSegment } from "./readReport";
import type { GoalActualJudgement, SubItemResult } from "./judgeGoalActual";
import { judgeGoalActual } from "./judgeGoalActual";
import { isReportedDone, isSubItemDone, readReport } from "./readReport";
import { dueOfReading, latestDueIn, readDeadline } from "./readDeadline";
import type { DeadlineReading, Due, ResolveDueOptions } from "./resolveDue";
import type { Issue } from "./result";
import type { CellValue, ColumnRole, SheetTable, TableRow } from "./sheetTable";
import { toA1 } from "./sheetTable";
import { mentionedSubItems } from "./splitBySubItem";
import { isSpaceCode, readItemMarker } from "./text";
import { tableForFiscalYear } from "./yearColumns";

export type Severity = "error" | "warning";

/** Nothing, shared by every row that has nothing to list (most rows): one array, not one a row. */
const NONE: readonly never[] = Object.freeze([]);
/** Units left unchecked: a revision to another unit is judged no further. */
const NO_UNIT_CHECK = Object.freeze({ ok: true, value: "" }) as ReturnType<typeof agreeUnits>;

// Lists repeat their texts (units, missing markers, whole rows copied between sheets): each is read once.
const readKpiValue = cacheByText(parseKpiValue);
const readTargetPair = cacheByText(parseTargetPair);
const readTargetText = cacheByText(parseTargetText);

/** Something wrong on the sheet, pinned to the cell it concerns, with what was read there. */
export interface Finding {
  readonly code: IssueCode;
  readonly severity: Severity;
  /** 1-based worksheet row. */
  readonly row: number;
  /** 0-based worksheet column (A = 0). */
  readonly column: number;
  /** The cell in A1 notation. */
  readonly cell: string;
  readonly role: ColumnRole;
  /** The cell's value as read. */
  readonly value: CellValue;
  /** The issue with its parameters, for the message in the user's language. */
  readonly issue: Issue;
}

export type { SubItemResult } from "./judgeGoalActual";

/** What the core computed for one row of the table. */
export interface RowEvaluation {
  readonly row: number;
  /** ① → 1 on a goal sheet; null on a KPI list. */
  readonly item: number | null;
  readonly baseline: KpiValue | null;
  /** The target the row is judged against: the revised one when the list revises it. */
  readonly target: KpiValue | null;
  /** The target as first set, when a revision replaced it (目標値（見直し後）); null otherwise. */
  readonly originalTarget: KpiValue | null;
  readonly actual: KpiValue | null;
  readonly direction: Direction | null;
  readonly achievementRate: number | null;
  readonly progressRate: number | null;
  /** Why a rate is null, when it is: baseline_missing, target_zero … */
  readonly rateIssues: readonly Issue[];
  readonly grade: string | null;
  readonly status: KpiStatus | null;
  /** The last due date of the row (of any sub-item); null when none is fixed (随時, 選挙時). */
  readonly due: IsoDate | null;
  readonly overdue: boolean;
  /** Sub-items past due and not reported done. */
  readonly overdueSubItems: readonly number[];
  /** Numbers in the reports that may be the actual, for a person to confirm (never taken as the actual),
   *  preferred first. */
  readonly valueCandidates: readonly ValueCandidate[];
  /**
   * On a goal sheet with an 実績値 column, each numeric sub-item of the 数値目標 with its value from the
   * 実績値 cell and its achievement; empty elsewhere. With several, the row's target, actual, achievement
   * rate, grade and status are those of the lowest achievement, and the row has no rate while a numeric
   * sub-item has no value yet.
   */
  readonly subItemResults: readonly SubItemResult[];
}

export interface SheetEvaluation {
  readonly fiscalYear: number;
  readonly asOf: IsoDate;
  readonly rows: readonly RowEvaluation[];
  readonly findings: readonly Finding[];
  /** The period the rows were judged over: the plan's (R6年度末 ⇒ R10年度末) or the fiscal year. */
  readonly plan: { readonly start: IsoDate; readonly end: IsoDate };
}

export interface EvaluateOptions {
  /** The day the sheet is judged on; the edges pass today by default. */
  readonly asOf: IsoDate;
  readonly fiscalYear: number;
  readonly startMonth?: number;
  readonly gradeScale?: GradeScale;
  /**
   * The period a KPI list's targets are for (R6年度末 ⇒ R10年度末: 2025-04-01 … 2029-03-31). Progress is
   * judged against a straight line over it; by default the sheet's fiscal year.
   */
  readonly plan?: { readonly start: IsoDate; readonly end: IsoDate };
}

/** The severity of each finding the rules can raise: errors stop a submission, warnings ask for a look. */
const SEVERITY: Partial<Record<IssueCode, Severity>> = {
  value_unreadable: "error",
  value_multiple_numbers: "error",
  value_relative_change: "warning",
  pair_unreadable: "error",
  date_impossible: "error",
  deadline_unreadable: "error",
  deadline_empty: "error",
  required_cell_empty: "error",
  value_doubled_unit: "warning",
  unit_mismatch: "warning",
  target_revision_unit_changed: "warning",
  target_revision_direction_changed: "warning",
  target_revision_conflict: "error",
  percent_unit_missing: "warning",
  number_out_of_range: "error",
  date_out_of_range: "error",
  overdue_not_done: "warning",
  sub_item_missing_from_report: "warning",
  stale_planned_statement: "warning",
  deadline_beyond_fiscal_year: "warning",
  year_column_missing: "error",
  actual_year_differs: "warning",
};

/** Column labels for required_cell_empty messages. */
const COLUMN_LABELS: Partial<Record<ColumnRole, readonly [string, string]>> = {
  initiative: ["取組項目", "The initiative"],
  period: ["期間・期限", "The deadline (期間・期限)"],
  numericTarget: ["数値目標", "The numeric target (数値目標)"],
  target: ["目標値", "The target (目標値)"],
  revisedTarget: ["目標値（見直し後）", "The revised target (目標値（見直し後）)"],
  baselineTarget: ["基準値 ⇒ 目標値", "Baseline ⇒ target"],
};

/**
 * Evaluates a table: each row's values, due dates, achievement, progress, grade, status and overdue
 * state, and every validation finding, each pinned to its cell.
 * @example evaluateSheet(table, { asOf: "2025-11-21", fiscalYear: 2025 }).findings[0]
 * // { code: "sub_item_missing_from_report", severity: "warning", cell: "E25", … }
 */
export function evaluateSheet(sheetTable: SheetTable, options: EvaluateOptions): SheetEvaluation {
  const startMonth = options.startMonth ?? DEFAULT_START_MONTH;
  const fiscalYear = fiscalYearRange(options.fiscalYear, startMonth);
  const plan = options.plan ?? fiscalYear;
  // A list with a column per year is judged against the year's columns (R7目標 and R7実績 in FY2025).
  const { table, notes } = tableForFiscalYear(sheetTable, options.fiscalYear);
  const planStart = options.plan ? fiscalYearOf(options.plan.start, startMonth) : null;
  const context: RowContext = {
    table,
    asOf: options.asOf,
    fiscalYear: options.fiscalYear,
    startMonth,
    scale: options.gradeScale ?? GRADE_PRESETS[DEFAULT_GRADE_PRESET],
    plan,
    planStart,
    judgement: { asOf: options.asOf, plan, fiscalYear },
    deadlineOptions: { startMonth, planStart },
    findings: notes.map((note) => ({
      code: note.issue.code,
      severity: SEVERITY[note.issue.code] ?? "warning",
      row: table.headerRow,
      column: note.column,
      cell: toA1(table.headerRow, note.column),
      role: note.role,
      value: note.label,
      issue: note.issue,
    })),
  };
  const rows = table.rows.map((row) =>
    table.layout === "goal_sheet" ? evaluateGoalRow(row, context) : evaluateKpiRow(row, context),
  );
  return {
    fiscalYear: options.fiscalYear,
    asOf: options.asOf,
    rows,
    findings: context.findings,
    plan: context.plan,
  };
}

interface RowContext {
  readonly table: SheetTable;
  readonly asOf: IsoDate;
  readonly fiscalYear: number;
  readonly startMonth: number;
  readonly scale: GradeScale;
  readonly plan: { readonly start: IsoDate; readonly end: IsoDate };
  /** The fiscal year a KPI list's plan starts in (for `2年目`); null without a plan period. */
  readonly planStart: number | null;
  readonly judgement: KpiJudgementContext;
  /** What readDeadline needs of the sheet besides its fiscal year: one object for every row. */
  readonly deadlineOptions: ResolveDueOptions;
  readonly findings: Finding[];
}

function report(context: RowContext, row: TableRow, role: ColumnRole, issue: Issue): void {
  const column = context.table.columns[role];
  if (column === undefined) return;
  context.findings.push({
    code: issue.code,
    severity: SEVERITY[issue.code] ?? "warning",
    row: row.row,
    column,
    cell: toA1(row.row, column),
    role,
    value: row.cells[role] ?? null,
    issue,
  });
}

function textOf(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}

/**
 * A 期間・期限 cell as text for the deadline reader. A cell Excel holds as a date arrives as its serial
 * number: it is that day, written out as a person would (2026年3月31日), not a number to parse.
 */
function deadlineText(value: CellValue | undefined): string {
  if (typeof value === "number") {
    const date = fromExcelSerial(value);
    if (date !== null) {
      const [year, month, day] = date.split("-").map(Number);
      return `${year}年${month}月${day}日`;
    }
  }
  return textOf(value);
}

/** Empty, or only spaces (as `trim` knows them); checked without making a trimmed copy. */
function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  for (let i = 0; i < value.length; i++) if (!isSpaceCode(value.charCodeAt(i))) return false;
  return true;
}

function requireCell(context: RowContext, row: TableRow, role: ColumnRole): boolean {
  if (context.table.columns[role] === undefined || !isBlank(row.cells[role])) return true;
  const [columnLabel, columnLabelEn] = COLUMN_LABELS[role] ?? [role, role];
  report(context, row, role, { code: "required_cell_empty", columnLabel, columnLabelEn });
  return false;
}

// ---------------------------------------------------------------------------------------------------
// 重点目標管理シート: items ① … with sub-items (1) (2) …, deadlines, and free-text reports.

function evaluateGoalRow(row: TableRow, context: RowContext): RowEvaluation {
  const item = readItemMarker(textOf(row.cells.item));
  requireCell(context, row, "initiative");
  const hasPeriod = requireCell(context, row, "period");

  let reading: DeadlineReading | null = null;
  if (hasPeriod && context.table.columns.period !== undefined) {
    const result = readDeadline(deadlineText(row.cells.period), context.fiscalYear, {
      startMonth: context.startMonth,
      planStart: context.planStart,
    });
    if (result.ok) {
      reading = result.value;
      for (const warning of reading.warnings) report(context, row, "period", warning);
    } else {
      for (const issue of result.issues) report(context, row, "period", issue);
    }
  }

  const midterm = textOf(row.cells.midtermReport);
  const final = textOf(row.cells.finalReport);
  const midtermSegments = readReport(midterm);
  const finalSegments = readReport(final);
  const mentioned = new Set(mentionedSubItems(midterm));

  const overdueSubItems: number[] = [];
  let due: IsoDate | null = null;
  let overdueWhole = false;
  for (const entry of reading?.entries ?? []) {
    const entryDue = latestDueIn(entry.dues);
    if (entryDue !== null && (due === null || entryDue > due)) due = entryDue;
    const firstPassed = firstPassedDue(entry.dues, context.asOf);
    if (entry.subItems === null) {
      if (entryDue !== null && context.asOf > entryDue && !isDone(null, midtermSegments, finalSegments)) {
        overdueWhole = true;
        report(context, row, "period", { code: "overdue_not_done", due: entryDue });
      }
      continue;
    }
    for (const subItem of entry.subItems) {
      // A sub-item whose (first) due date has passed should be mentioned as (n) in the 中間報告.
      const missingFromReport = firstPassed !== null && midterm.trim() !== "" && !mentioned.has(subItem);
      if (missingFromReport) {
        report(context, row, "midtermReport", {
          code: "sub_item_missing_from_report",
          subItem,
          due: firstPassed,
        });
      }
      if (entryDue !== null && context.asOf > entryDue && !isDone(subItem, midtermSegments, finalSegments)) {
        overdueSubItems.push(subItem);
        // The missing mention already says it; one finding per late sub-item is enough.
        if (!missingFromReport)
          report(context, row, "period", { code: "overdue_not_done", subItem, due: entryDue });
      }
    }
  }

  for (const [role, text] of [
    ["midtermReport", midterm],
    ["finalReport", final],
  ] as const) {
    for (const plan of findStalePlans(text, context.fiscalYear, context.asOf, context.startMonth)) {
      const subItem = plan.subItems?.[0];
      report(context, row, role, {
        code: "stale_planned_statement",
        month: plan.month,
        plannedBy: plan.plannedBy,
        excerpt: plan.excerpt,
        ...(subItem !== undefined ? { subItem } : {}),
        ...(plan.subItems && plan.subItems.length > 1 ? { subItems: plan.subItems.join(",") } : {}),
      });
    }
  }

  const numericTarget = textOf(row.cells.numericTarget);
  const valueCandidates =
    numericTarget === "" ? [] : [...findValueCandidates(final || midterm, numericTarget)];
  const overdue = overdueWhole || overdueSubItems.length > 0;
  const judged =
    context.table.columns.actual === undefined ? null : judgeActualCell(row, numericTarget, context);

  return {
    row: row.row,
    item,
    baseline: null,
    target: judged?.target ?? null,
    originalTarget: null,
    actual: judged?.actual ?? null,
    direction: judged?.direction ?? null,
    achievementRate: judged?.achievementRate ?? null,
    progressRate: null,
    rateIssues: judged?.rateIssues ?? [],
    grade:
      judged?.achievementRate == null
        ? null
        : gradeOf(judged.achievementRate, context.scale, (overdue ? "overdue" : judged.status) ?? undefined),
    status: overdue ? "overdue" : (judged?.status ?? null),
    due,
    overdue,
    overdueSubItems,
    valueCandidates,
    subItemResults: judged?.results ?? NONE,
  };
}

/** The 実績値 cell judged by the core's one rule (judgeGoalActual), its findings reported on the cell. */
function judgeActualCell(
  row: TableRow,
  numericTarget: string,
  context: RowContext,
): GoalActualJudgement | null {
  const { judgement, issues } = judgeGoalActual(numericTarget, row.cells.actual ?? null, context.judgement);
  for (const issue of issues) report(context, row, "actual", issue);
  return judgement;
}

/** One 実績値 without markers, read as a KPI list's actual is; its findings go on the cell. */
function firstPassedDue(dues: readonly Due[], asOf: IsoDate): IsoDate | null {
  let first: IsoDate | null = null;
  for (const d of dues) {
    if (d.kind !== "date" || d.due === null || !(asOf > d.due)) continue;
    if (first === null || d.due < first) first = d.due;
  }
  return first;
}

function isDone(
  subItem: number | null,
  midterm: readonly ReportSegment[],
  final: readonly ReportSegment[],
): boolean {
  // The whole item is done when a report says every part of it is (a 期末報告 of 完了 does).
  if (subItem === null) return isAllDone(final) || isAllDone(midterm);
  return isSubItemDone(final, subItem) || isSubItemDone(midterm, subItem);
}

/** isReportedDone on segments already read: every marked segment done, or, without markers, every one. */
function isAllDone(segments: readonly ReportSegment[]): boolean {
  if (segments.length === 0) return false;
  const marked = segments.filter((s) => s.subItems !== null);
  return (marked.length > 0 ? marked : segments).every((s) => s.done);
}

// ---------------------------------------------------------------------------------------------------
// KPI lists: 基準値 ⇒ 目標値 with actuals.

function readValue(
  context: RowContext,
  row: TableRow,
  role: "baseline" | "revisedTarget" | "actual",
): KpiValue | null {
  if (context.table.columns[role] === undefined) return null;
  const side = role === "revisedTarget" ? "target" : role;
  const result = readWithUnit(row.cells[role] ?? null, row.cells.unit);
  if (!result.ok) {
    for (const issue of result.issues) report(context, row, role, withSide(issue, side));
    return null;
  }
  const value = result.value;
  // Most values have no warning: the loop is not entered for them.
  if (value.warnings.length > 0)
    for (const warning of value.warnings) report(context, row, role, withSide(warning, side));
  if (value.amount !== null && !Number.isFinite(value.amount))
    report(context, row, role, { code: "number_out_of_range", side, text: value.text });
  return value;
}

/**
 * A 目標値 cell, with the revision it may hold (`120件（見直し後 150件）`), each part read with the 単位
 * column as readWithUnit reads a value.
 */
function readTarget(context: RowContext, row: TableRow): TargetReading | null {
  if (context.table.columns.target === undefined) return null;
  const cell = row.cells.target ?? null;
  const result = typeof cell === "string" ? readTargetText(cell) : parseTargetText(cell);
  if (!result.ok) {
    for (const issue of result.issues) report(context, row, "target", withSide(issue, "target"));
    return null;
  }
  const unit = textOf(row.cells.unit).trim();
  const reading = unit === "" ? result.value : withUnit(result.value, unit);
  for (const value of reading.original === null ? [reading.target] : [reading.original, reading.target]) {
    if (value.warnings.length > 0)
      for (const warning of value.warnings) report(context, row, "target", withSide(warning, "target"));
    reportOutOfRange(context, row, "target", "target", value);
  }
  return reading;
}

/** Both parts of a target read as if the 単位 column's unit were written after each plain number. */
function withUnit(reading: TargetReading, unit: string): TargetReading {
  const apply = (value: KpiValue): KpiValue => {
    if (value.missing || value.unit !== "") return value;
    const result = readKpiValue(`${value.text} ${unit}`);
    return result.ok ? result.value : value;
  };
  return {
    target: apply(reading.target),
    original: reading.original === null ? null : apply(reading.original),
  };
}

/**
 * A value cell read with the 単位 column beside it: `36.4` next to `％` is 36.4 ％, read as if the unit were
 * written in the cell (so `千人` multiplies and `％` makes a fraction). A cell with a unit of its own, or a
 * missing marker, is read as it stands.
 */
function readWithUnit(cell: CellValue, unitCell: CellValue | undefined): ReturnType<typeof parseKpiValue> {
  const result = typeof cell === "string" ? readKpiValue(cell) : parseKpiValue(cell);
  const unit = textOf(unitCell).trim();
  if (!result.ok || unit === "" || result.value.missing || result.value.unit !== "") return result;
  return readKpiValue(`${result.value.text} ${unit}`);
}

/**
 * The issue of one side of a KPI, saying which side: `{ ...issue, side }`, copied key by key, which V8
 * does several times faster than a spread that adds a key (a list of unreadable values has thousands).
 */
function withSide(issue: Issue, side: "baseline" | "target" | "actual"): Issue {
  // The same issue with one more field: a value issue takes its side (issues.ts), so the copy is one.
  const copy: Record<string, unknown> = {};
  const fields = issue as unknown as Readonly<Record<string, unknown>>;
  for (const key in fields) copy[key] = fields[key];
  copy.side = side;
  return copy as unknown as Issue;
}

/** A number Excel cannot hold (400 nines read as Infinity) is an error on its cell, not a value to compute with. */
function reportOutOfRange(
  context: RowContext,
  row: TableRow,
  role: ColumnRole,
  side: "baseline" | "target" | "actual",
  value: KpiValue,
): void {
  if (value.amount !== null && !Number.isFinite(value.amount))
    report(context, row, role, { code: "number_out_of_range", side, text: value.text });
}

function readPair(
  context: RowContext,
  row: TableRow,
): { baseline: KpiValue | null; target: TargetReading | null } {
  const text = textOf(row.cells.baselineTarget);
  if (text.trim() === "") return { baseline: null, target: null };
  const result = readTargetPair(text);
  if (!result.ok) {
    for (const issue of result.issues) report(context, row, "baselineTarget", issue);
    return { baseline: null, target: null };
  }
  const { baseline, target } = result.value;
  const values: [PairSide, KpiValue][] = [
    ["baseline", baseline],
    ...(target.original === null ? [] : [["target", target.original] as [PairSide, KpiValue]]),
    ["target", target.target],
  ];
  for (const [side, value] of values) {
    for (const warning of value.warnings) report(context, row, "baselineTarget", withSide(warning, side));
    reportOutOfRange(context, row, "baselineTarget", side, value);
  }
  return result.value;
}

type PairSide = keyof PairReading;

/** The target a row is judged against, the one it replaced, and what stops the judgement. */
interface JudgedTarget {
  readonly target: KpiValue | null;
  readonly originalTarget: KpiValue | null;
  /** A revision that leaves nothing to compare (another unit, two revisions that disagree). */
  readonly blocked: Issue | null;
  /** The column the judged target was read from: a unit finding about it belongs there. */
  readonly role: ColumnRole;
}

/**
 * The target written in the row (its 目標値 or 基準値 ⇒ 目標値 cell) revised by the 目標値（見直し後） column
 * where that cell is not blank. What the revision changed is reported where the revision is written:
 * another unit or a disagreement stops the judgement; another direction is judged the revised way.
 */
function reviseTarget(
  context: RowContext,
  row: TableRow,
  written: TargetReading | null,
  writtenRole: ColumnRole,
): JudgedTarget {
  const column =
    context.table.columns.revisedTarget === undefined ? null : readValue(context, row, "revisedTarget");
  if (written === null) {
    // Without a readable original the revised column alone is the target: nothing to compare it with.
    const revisedOnly = column !== null && !column.missing;
    return {
      target: revisedOnly ? column : null,
      originalTarget: null,
      blocked: null,
      role: revisedOnly ? "revisedTarget" : writtenRole,
    };
  }
  const revised = withRevisedColumn(written, column);
  if (!revised.ok) {
    const issue = revised.issues[0] ?? { code: "target_missing" };
    report(context, row, "revisedTarget", issue);
    return { target: null, originalTarget: written.original, blocked: issue, role: "revisedTarget" };
  }
  const reading = revised.value;
  const role: ColumnRole = reading.target === column ? "revisedTarget" : writtenRole;
  if (reading.original === null) return { target: reading.target, originalTarget: null, blocked: null, role };
  let blocked: Issue | null = null;
  for (const issue of revisionIssues(reading, textOf(row.cells.kpi))) {
    report(context, row, role, issue);
    if (blocked === null && isBlockingRevisionIssue(issue)) blocked = issue;
  }
  return { target: reading.target, originalTarget: reading.original, blocked, role };
}

function evaluateKpiRow(row: TableRow, context: RowContext): RowEvaluation {
  const columns = context.table.columns;
  const hasKpi = !isBlank(row.cells.kpi);
  const pair = columns.baselineTarget !== undefined ? readPair(context, row) : null;
  const baseline = pair ? pair.baseline : readValue(context, row, "baseline");
  const writtenRole: ColumnRole = pair ? "baselineTarget" : "target";
  const judged = reviseTarget(context, row, pair ? pair.target : readTarget(context, row), writtenRole);
  const { target, originalTarget, blocked, role: targetRole } = judged;
  const actual = readValue(context, row, "actual");

  // A KPI without a target cannot be judged; a row without a KPI (電子決裁の導入) is an initiative only.
  // A target set only in the revised column is a target.
  if (hasKpi && isBlank(row.cells.revisedTarget)) requireCell(context, row, writtenRole);

  // One judgement for the sheet and the formulas (judgeKpi): the same rates, or the same refusals. A
  // revision to another unit has said so already, and is not judged.
  const units = blocked === null ? agreeUnits({ baseline, target, actual }) : NO_UNIT_CHECK;
  if (!units.ok) {
    const issue = units.issues[0] ?? { code: "unit_mismatch" };
    report(context, row, unitRoleOf(issue, actual, target, targetRole, pair !== null), issue);
  }

  let rateIssues: Issue[] | null = null;
  let direction: Direction | null = null;
  let rate: number | null = null;
  let progress: number | null = null;
  let status: KpiStatus | null = null;
  let overdue = false;

  if (blocked !== null) {
    rateIssues = [blocked];
  } else if (target && !target.missing) {
    const judgement = judgeKpi({ baseline, target, actual }, context.judgement, textOf(row.cells.kpi));
    direction = judgement.direction;
    if (judgement.achievementRate.ok) rate = judgement.achievementRate.value;
    else rateIssues = [...judgement.achievementRate.issues];
    if (judgement.progressRate.ok) progress = judgement.progressRate.value;
    else
      for (const issue of judgement.progressRate.issues)
        if (!rateIssues?.some((known) => known.code === issue.code)) (rateIssues ??= []).push(issue);
    status = judgement.status;
    overdue = status === "overdue";
  } else if (hasKpi) {
    rateIssues = [{ code: "target_missing" }];
  }

  // A KPI list may give each row its own deadline (期限); otherwise the plan's end is the due date.
  let due: IsoDate | null = hasKpi ? context.plan.end : null;
  if (columns.period !== undefined && !isBlank(row.cells.period)) {
    const reading = readDeadline(deadlineText(row.cells.period), context.fiscalYear, context.deadlineOptions);
    if (reading.ok) {
      for (const warning of reading.value.warnings) report(context, row, "period", warning);
      const latest = dueOfReading(reading.value, null);
      due = latest.ok ? latest.value : null;
      const achieved = status === "achieved";
      if (due !== null && context.asOf > due && !achieved && !isReportedDone(textOf(row.cells.status))) {
        overdue = true;
        status = "overdue";
        report(context, row, "period", { code: "overdue_not_done", due });
      }
    } else {
      for (const issue of reading.issues) report(context, row, "period", issue);
    }
  }

  return {
    row: row.row,
    item: null,
    baseline,
    target,
    originalTarget,
    actual,
    direction,
    achievementRate: rate,
    progressRate: progress,
    rateIssues: rateIssues ?? NONE,
    grade: rate === null ? null : gradeOf(rate, context.scale, status ?? undefined),
    status,
    due,
    overdue,
    overdueSubItems: NONE,
    valueCandidates: NONE,
    subItemResults: NONE,
  };
}

/**
 * The cell a unit finding belongs on: the actual's when it is the odd one out (118 回 against 件), the
 * side a percent finding names, else the judged target's (its revised cell, or the 基準値 ⇒ 目標値 cell).
 */
function unitRoleOf(
  issue: Issue,
  actual: KpiValue | null,
  target: KpiValue | null,
  targetRole: ColumnRole,
  isPair: boolean,
): ColumnRole {
  if (issue.code === "percent_unit_missing") {
    if (issue.side === "actual") return "actual";
    return issue.side === "baseline" && !isPair
      ? "baseline"
      : issue.side === "baseline"
        ? "baselineTarget"
        : targetRole;
  }
  return actual && actual.unit !== "" && actual.unit !== target?.unit ? "actual" : targetRole;
}
