/**
 * Every issue the core can report, one interface per code with the parameters its messages read (zod's
 * issue union is the model). Creating an issue with a misspelled code, a missing parameter or a
 * parameter its code does not take is a compile error, and each message reads typed parameters.
 *
 * A new code is one interface here and one line in the group union it belongs to (and its line in
 * issueCodes.ts and its messages in messages/ja.ts and messages/en.ts; the compiler asks for each).
 */
import type { IsoDate } from "./calendar";
import type { Direction } from "./direction";
import type { IssueCode } from "./issueCodes";
import type { KpiSide } from "./judgeKpi";
import type { DateRole } from "./parseDateText";

/**
 * The sub-items an issue is about: `subItem` alone for one, `subItems: "3,4"` (with `subItem` the
 * first) for a group. Absent when the issue is about the whole item.
 */
export interface SubItemParams {
  readonly subItem?: number;
  readonly subItems?: string;
}

// ---------------------------------------------------------------------------------------------------
// Values (数値目標, 基準値, 目標値, 実績値). `side` (基準値, 目標値, 実績値) is added where the value's role is
// known; a message without one says 値.

export interface ValueEmpty {
  readonly code: "value_empty";
  readonly side?: KpiSide;
}
/** Why a value was refused, when the reader knows (its message says so). */
export type ValueRefusal =
  | "band" // 70%台: a band, not one number
  | "rank" // 県内5位: a rank, not the indicator's quantity
  | "count_of_all" // 全30件中: the size of a whole set
  | "shorter_period"; // 月3回: per month or week, not per fiscal year

/** What a refused value's message can name beyond the cell's text: the part not read, and why. */
export interface RefusedPart {
  /** The part of the cell that was not read, when it is not the whole cell. */
  readonly part?: string;
  readonly reason?: ValueRefusal;
}

export interface ValueUnreadable extends RefusedPart {
  readonly code: "value_unreadable";
  readonly text?: string;
  readonly side?: KpiSide;
}
export interface ValueDoubledUnit {
  readonly code: "value_doubled_unit";
  readonly text: string;
  readonly unit: string;
  readonly side?: KpiSide;
}
export interface ValueMultipleNumbers extends RefusedPart {
  readonly code: "value_multiple_numbers";
  readonly text: string;
  readonly side?: KpiSide;
}
export interface ValueRelativeChange extends RefusedPart {
  readonly code: "value_relative_change";
  readonly text: string;
  readonly side?: KpiSide;
}
export interface PairUnreadable {
  readonly code: "pair_unreadable";
  readonly text: string;
}

/** What reading one value (parseKpiValue) can report, with the side added by whoever knows it. */
export type ValueIssue =
  ValueEmpty | ValueUnreadable | ValueDoubledUnit | ValueMultipleNumbers | ValueRelativeChange;

// ---------------------------------------------------------------------------------------------------
// Fiscal years, dates and deadlines (期間・期限). `text` is the whole cell, `source` the part at fault.

export interface FiscalYearUnreadable {
  readonly code: "fiscal_year_unreadable";
  readonly text?: string;
}
export interface DateImpossible extends SubItemParams {
  readonly code: "date_impossible";
  readonly text?: string;
  readonly source?: string;
}
export interface DeadlineEmpty {
  readonly code: "deadline_empty";
  readonly text?: string;
}
/** Why the deadline reader refuses a notation that looks like a deadline (its message says what to write). */
export type DeadlineRefusal =
  | "range_reversed" // 3月～1月: the end before the start
  | "sub_item_range_too_long" // (1)～(100): past (99), the most a sub-item marker names
  | "short_year_ambiguous" // 26年度: an era year or a Western year's last two digits
  | "years_disagree" // 2026(R7)年度: the Western and the era year differ
  | "approximate" // 2020年頃: no day to hold anyone to
  | "plan_start_unknown" // 2年目 without the plan's first fiscal year
  | "range_length_disagrees" // R6年度から4年間 ending in a year that does not fit
  | "length_without_start_year"; // 4年間 without its first fiscal year

export interface DeadlineUnreadable extends SubItemParams {
  readonly code: "deadline_unreadable";
  readonly text?: string;
  readonly source?: string;
  /** Why a part that looks like a deadline was refused, when the reader knows. */
  readonly reason?: DeadlineRefusal;
}
export interface DeadlineNoFixedDue extends SubItemParams {
  readonly code: "deadline_no_fixed_due";
  readonly source: string;
  readonly text?: string;
}
export interface DeadlineStartOnly extends SubItemParams {
  readonly code: "deadline_start_only";
  readonly source: string;
  readonly text?: string;
}
export interface DeadlineBeyondFiscalYear extends SubItemParams {
  readonly code: "deadline_beyond_fiscal_year";
  readonly due: IsoDate | null;
  readonly fiscalYearEnd: IsoDate;
  readonly source: string;
  readonly text?: string;
}
export interface SubItemNotFound {
  readonly code: "sub_item_not_found";
  /** The sub-item asked for: a number, or the argument as typed when it is not one. */
  readonly subItem: number | string;
  readonly text?: string;
}
export interface DateOutOfRange {
  readonly code: "date_out_of_range";
  readonly role: DateRole;
  readonly text: string;
  readonly source?: string;
  /** The date read, when there is one (a deadline of 10000年3月31日). */
  readonly due?: IsoDate;
}
export interface DateMissing {
  readonly code: "date_missing";
  readonly role: DateRole;
}
export interface DateUnreadable {
  readonly code: "date_unreadable";
  readonly role: DateRole;
  readonly text: string;
}

/** What reading a 期間・期限 cell (resolveDue, readDeadline) can report. */
export type DeadlineIssue =
  | FiscalYearUnreadable
  | DateImpossible
  | DeadlineEmpty
  | DeadlineUnreadable
  | DeadlineNoFixedDue
  | DeadlineStartOnly
  | DeadlineBeyondFiscalYear
  | SubItemNotFound
  | DateOutOfRange;

/** What reading a date argument or setting (parseDateText) can report. */
export type DateIssue = DateMissing | DateUnreadable | DateImpossible | DateOutOfRange;

// ---------------------------------------------------------------------------------------------------
// Achievement (達成率, 進捗率) and grading.

export interface BaselineMissing {
  readonly code: "baseline_missing";
}
export interface TargetMissing {
  readonly code: "target_missing";
}
export interface ActualMissing {
  readonly code: "actual_missing";
}
export interface TargetZero {
  readonly code: "target_zero";
}
export interface ActualZero {
  readonly code: "actual_zero";
}
export interface BaselineEqualsTarget {
  readonly code: "baseline_equals_target";
  readonly baseline: number;
  readonly target: number;
}
export interface CumulativeTargetSnapshotBaseline {
  readonly code: "cumulative_target_snapshot_baseline";
}
/** The units of the values given ("" for a value without one); a side without a value is absent. */
export interface UnitMismatch {
  readonly code: "unit_mismatch";
  readonly baselineUnit?: string;
  readonly targetUnit?: string;
  readonly actualUnit?: string;
}
export interface PercentUnitMissing {
  readonly code: "percent_unit_missing";
  readonly side: KpiSide;
  readonly text: string;
}
/** A value beyond Excel's numbers (with its side and text), or a result beyond them (without). */
export interface NumberOutOfRange {
  readonly code: "number_out_of_range";
  readonly side?: KpiSide;
  readonly text?: string;
}
export interface DirectionUnreadable {
  readonly code: "direction_unreadable";
  readonly text: string;
}
export interface GradeScaleInvalid {
  readonly code: "grade_scale_invalid";
  readonly text: string;
}

/**
 * A revised target (目標値（見直し後）, `120件（見直し後 150件）`) and the target it replaced, as written;
 * the row is judged against the revised one.
 */
interface TargetRevisionParams {
  /** The target as first set, as written (`120件`). */
  readonly original: string;
  /** The revised target, as written (`150人`). */
  readonly revised: string;
}
/** The revision counts something else (件 → 人): no rate, since neither target measures the actual for sure. */
export interface TargetRevisionUnitChanged extends TargetRevisionParams {
  readonly code: "target_revision_unit_changed";
  readonly originalUnit: string;
  readonly revisedUnit: string;
}
/** The revision turns the aim around (increase → decrease or 維持): judged against the revised target. */
export interface TargetRevisionDirectionChanged extends TargetRevisionParams {
  readonly code: "target_revision_direction_changed";
  readonly originalDirection: Direction;
  readonly revisedDirection: Direction;
}
/** The target cell carries its own revision and the revised column another: no rate until they agree. */
export interface TargetRevisionConflict extends TargetRevisionParams {
  readonly code: "target_revision_conflict";
  /** The revised column's value, as written. */
  readonly column: string;
}

export type AchievementIssue =
  | BaselineMissing
  | TargetMissing
  | ActualMissing
  | TargetZero
  | ActualZero
  | BaselineEqualsTarget
  | CumulativeTargetSnapshotBaseline
  | UnitMismatch
  | PercentUnitMissing
  | NumberOutOfRange
  | DirectionUnreadable
  | GradeScaleInvalid
  | TargetRevisionUnitChanged
  | TargetRevisionDirectionChanged
  | TargetRevisionConflict;

// ---------------------------------------------------------------------------------------------------
// Validating a sheet (evaluateSheet).

export interface RequiredCellEmpty {
  readonly code: "required_cell_empty";
  readonly columnLabel: string;
  readonly columnLabelEn: string;
}
export interface OverdueNotDone extends SubItemParams {
  readonly code: "overdue_not_done";
  readonly due: IsoDate;
}
export interface SubItemMissingFromReport {
  readonly code: "sub_item_missing_from_report";
  readonly subItem: number;
  readonly due: IsoDate;
}
export interface StalePlannedStatement extends SubItemParams {
  readonly code: "stale_planned_statement";
  /** The month the report said it was planned for (予定(10月)). */
  readonly month: number;
  readonly plannedBy?: IsoDate;
  readonly excerpt?: string;
}
export interface ReportValueCandidate {
  readonly code: "report_value_candidate";
  readonly label?: string;
  readonly display?: string;
  readonly amount?: number;
}

export type SheetIssue =
  | RequiredCellEmpty
  | OverdueNotDone
  | SubItemMissingFromReport
  | StalePlannedStatement
  | ReportValueCandidate;

// ---------------------------------------------------------------------------------------------------
// Finding the table (findTable, checkGrid).

export interface TableNotFound {
  readonly code: "table_not_found";
  readonly sheet: string;
  readonly headerRow?: number;
}
export interface MappingUnreadable {
  readonly code: "mapping_unreadable";
  readonly text: string;
}
export interface SheetEmpty {
  readonly code: "sheet_empty";
  readonly sheet: string;
}
/** Rows below the table that look like its rows but were not read, and what ended the table above them. */
export interface RowsNotRead {
  readonly code: "rows_not_read";
  readonly sheet: string;
  /** The rows as a person writes them: "13-20, 22". */
  readonly rows: string;
  readonly count: number;
  readonly stopRow?: number;
  readonly reason?: "header_repeated" | "sheet_title" | "note";
}

/** A table with a column per year (R6実績, R7実績) but none for the fiscal year being judged. */
export interface YearColumnMissing {
  readonly code: "year_column_missing";
  readonly side: KpiSide;
  readonly fiscalYear: number;
  /** The fiscal years the header has, as a person reads them: "2023, 2024". */
  readonly years: string;
}
/** The only actual column is another fiscal year's (R6実績 on a sheet judged as FY2025). */
export interface ActualYearDiffers {
  readonly code: "actual_year_differs";
  readonly fiscalYear: number;
  /** The fiscal year of the actual column. */
  readonly year: number;
  /** The column's header. */
  readonly label?: string;
}

export type TableIssue =
  TableNotFound | MappingUnreadable | SheetEmpty | RowsNotRead | YearColumnMissing | ActualYearDiffers;

// ---------------------------------------------------------------------------------------------------

/** A stable, language-free description of something wrong with an input: `{ code, ...params }`. */
export type Issue =
  ValueIssue | PairUnreadable | DeadlineIssue | DateIssue | AchievementIssue | SheetIssue | TableIssue;

/** The issue of one code. */
export type IssueOf<C extends IssueCode> = Extract<Issue, { readonly code: C }>;

// The list of codes (issueCodes.ts) and the union name the same codes: a code in one only fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const CODES_MATCH: Same<Issue["code"], IssueCode> = true;
void CODES_MATCH;
