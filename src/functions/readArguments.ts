/**
 * Reading formula arguments. Every argument that takes a number also takes the text a person types for
 * it (`1,500千円`, `36.4 ％`, `R8. 3月`), read by the core; what cannot be read stops the formula with a
 * FormulaError that says what was expected. Numbers pass straight through without parsing.
 */
import type { IsoDate } from "../core/calendar";
import { toExcelSerial } from "../core/calendar";
import type { Direction } from "../core/direction";
import { parseDirection } from "../core/direction";
import { DEFAULT_START_MONTH, parseFiscalYear } from "../core/fiscalYear";
import type { CellValue } from "../core/sheetTable";
import type { GradeScale } from "../core/grade";
import { parseGradeScale } from "../core/grade";
import type { ValueIssue } from "../core/issues";
import type { KpiValue } from "../core/parseKpiValue";
import { parseKpiValue } from "../core/parseKpiValue";
import { isBlockingRevisionIssue, parseTargetText, revisionIssues } from "../core/readTargetRevision";
import { isReportedDone } from "../core/readReport";
import type { DateRole } from "../core/parseDateText";
import { dateOfSerial, isExcelSerial, parseDateText } from "../core/parseDateText";
import type { Issue, Result } from "../core/result";
import { fail } from "../core/result";
import { normalizeWidth } from "../core/text";
import { failFormula } from "./formulaError";
import { cacheByText } from "../core/cacheByText";

export type { DateRole } from "../core/parseDateText";

/** What a number argument stands for; it decides which message a missing or unreadable value gets. */
export type ValueSide = "value" | "baseline" | "target" | "actual" | "rate";

const MISSING_CODE: Readonly<
  Record<ValueSide, "value_empty" | "baseline_missing" | "target_missing" | "actual_missing">
> = {
  value: "value_empty",
  baseline: "baseline_missing",
  target: "target_missing",
  actual: "actual_missing",
  rate: "value_empty",
};

const readValueText = cacheByText((text) => parseKpiValue(text));
const readTargetText = cacheByText((text) => parseTargetText(text));
const readDirectionText = cacheByText((text) => parseDirection(text));
const readFiscalYearText = cacheByText((text) => parseFiscalYear(text));
const readDoneText = cacheByText((text) => isReportedDone(text));

/** Whether an argument was left out: omitted, an empty cell (null on the web), or "". */
export function isOmitted(input: unknown): boolean {
  return input === undefined || input === null || input === "";
}

/**
 * Whether an optional argument that is never 0 (a sub-item, a start month, an as-of date, a direction,
 * a scale) was left empty. Excel on the web passes an empty cell as null but Excel for Windows passes 0
 * (OfficeDev/office-js issues #4702 and #5262; #1951 for ranges), so 0 counts as empty here: the same
 * formula then gives the same answer on both. A value argument cannot do this, since 0 is a real value.
 * @example isLeftEmpty(0) // true
 */
export function isLeftEmpty(input: unknown): boolean {
  return isOmitted(input) || input === 0;
}

/**
 * Reads a value argument (a number, or text such as `111 件`, `－ 人`, `130 万PV`); texts are read once
 * and remembered. Missing values (`－`, empty) come back with `missing: true`, not as an error.
 * @example readValueArgument("36.4 ％", "actual") // { amount: 0.364, unit: "%", … }
 */
export function readValueArgument(input: unknown, side: ValueSide): KpiValue {
  const result = parseArgument(input);
  if (result.ok) return result.value;
  const issue = result.issues[0] ?? { code: "value_unreadable", text: String(input) };
  return failFormula(side === "value" || side === "rate" ? issue : { ...issue, side });
}

/**
 * Reads a target argument, which may hold its revision (`120件（見直し後 150件）`, `120件→150件（R8見直し）`):
 * the revised target is the one returned, as the sheet check judges it. A revision to another unit
 * (`120件（見直し後 150人）`) stops the formula with #VALUE!, since neither target can be compared for sure.
 * @example readTargetArgument("120件（見直し後 150件）") // { amount: 150, unit: "件", … }
 */
export function readTargetArgument(input: unknown): KpiValue {
  if (typeof input !== "string") return readValueArgument(input, "target");
  const result = readTargetText(input);
  if (!result.ok) {
    const issue = result.issues[0] ?? { code: "value_unreadable", text: input };
    return failFormula({ ...issue, side: "target" } as ValueIssue);
  }
  const blocking = revisionIssues(result.value).find(isBlockingRevisionIssue);
  if (blocking !== undefined) return failFormula(blocking);
  return result.value.target;
}

function parseArgument(input: unknown): Result<KpiValue, ValueIssue> {
  if (typeof input === "string") return readValueText(input);
  if (typeof input === "number" || typeof input === "boolean" || input == null) return parseKpiValue(input);
  return fail({ code: "value_unreadable", text: String(input) });
}

/**
 * The number of a value argument; a missing value (`－ 人`, empty) stops the formula with #N/A. Numbers
 * return at once: a sheet of plain numbers pays no parsing.
 * @example readAmount("1万2600回", "value") // 12600
 */
export function readAmount(input: unknown, side: ValueSide): number {
  if (typeof input === "number" && Number.isFinite(input)) return input;
  return amountOf(readValueArgument(input, side), side);
}

/**
 * The amount of a reading, or #N/A with the side's own message when the value is missing: for the rates,
 * the message says which rate cannot be computed (基準値がないため、進捗率を計算できません).
 */
export function amountOf(value: KpiValue, side: ValueSide): number {
  if (value.amount === null) return failFormula({ code: MISSING_CODE[side] });
  if (!Number.isFinite(value.amount)) return failOutOfRange(value, side);
  return value.amount;
}

/** 400 nines read as Infinity: a number Excel cannot hold is #NUM!, never a number in a cell. */
function failOutOfRange(value: KpiValue, side: ValueSide): never {
  const issue = { code: "number_out_of_range", text: value.text } as const;
  return failFormula(side === "value" || side === "rate" ? issue : { ...issue, side });
}

/**
 * A direction given as `increase`/`decrease`/`maintain` or `増加`/`減少`/`維持`.
 * @example readDirection("減少") // "decrease"
 */
export function readDirection(input: unknown): Direction {
  const result = typeof input === "string" ? readDirectionText(input) : null;
  if (result?.ok) return result.value;
  return failFormula({ code: "direction_unreadable", text: String(input) });
}

/**
 * A fiscal year: `2025`, `令和7年度`, `R7`, `FY2025`.
 * @example readFiscalYear("令和7年度") // 2025
 */
export function readFiscalYear(input: unknown): number {
  if (typeof input === "number") {
    if (Number.isInteger(input) && input >= 1900 && input <= 2200) return input;
    return failFormula({ code: "fiscal_year_unreadable", text: String(input) });
  }
  const result = typeof input === "string" ? readFiscalYearText(input) : null;
  if (result?.ok) return result.value;
  return failFormula({ code: "fiscal_year_unreadable", text: isOmitted(input) ? "" : String(input) });
}

const SUB_ITEM_TEXT = /^\(?(\d{1,2})\)?$/;

/**
 * A sub-item number: `1`, `(1)`, `⑴`; null when omitted.
 * @example readSubItem("(2)") // 2
 */
export function readSubItem(input: unknown): number | null {
  if (isLeftEmpty(input)) return null;
  if (typeof input === "number") {
    if (Number.isInteger(input) && input >= 1) return input;
    return failFormula({ code: "sub_item_not_found", subItem: input }, "invalidNumber");
  }
  if (typeof input === "string") {
    const match = SUB_ITEM_TEXT.exec(normalizeWidth(input).replace(/ /g, ""));
    const n = match ? Number(match[1]) : 0;
    if (n >= 1) return n;
  }
  return failFormula({ code: "sub_item_not_found", subItem: String(input) }, "invalidValue");
}

const START_MONTH_TEXT = /^(\d{1,2})月?$/;

/**
 * The month a fiscal year starts in: 1–12, `4`, `4月`; 4 when omitted.
 * @example readStartMonth("4月") // 4
 */
export function readStartMonth(input: unknown): number {
  if (isLeftEmpty(input)) return DEFAULT_START_MONTH;
  if (typeof input === "number") {
    if (Number.isInteger(input) && input >= 1 && input <= 12) return input;
    return failFormula({ code: "start_month_invalid", text: String(input) }, "invalidNumber");
  }
  if (typeof input === "string") {
    const match = START_MONTH_TEXT.exec(normalizeWidth(input).replace(/ /g, ""));
    const month = match ? Number(match[1]) : 0;
    if (month >= 1 && month <= 12) return month;
  }
  return failFormula({ code: "start_month_invalid", text: String(input) }, "invalidValue");
}

/**
 * Whether an item is done: TRUE/FALSE, a number (0 is not done), or a status or report text read by the
 * core (完了, 達成, 済, 実施した … are done; 予定, 実施中, 未着手 are not). Empty means not done.
 * @example readDone("完了") // true
 */
export function readDone(input: unknown): boolean {
  if (typeof input === "boolean") return input;
  if (typeof input === "number") return input !== 0;
  if (typeof input !== "string" || input === "") return false;
  const upper = input.trim().toUpperCase();
  if (upper === "TRUE") return true;
  if (upper === "FALSE") return false;
  return readDoneText(input);
}

/**
 * A grading scale: omitted (A ≥ 1, B ≥ 0.8, C ≥ 0.6, else D), a preset's name (`100/90/80`, `◎○△×`), or
 * a range of labels and thresholds (`A | 100%`, `B | 80%` …, in rows or in two rows).
 * @example readGradeScale([["A", 1], ["B", 0.9], ["C", 0]]) // a custom scale
 */
export function readGradeScale(input: unknown): GradeScale {
  let result: Result<GradeScale>;
  if (isLeftEmpty(input)) result = parseGradeScale(null);
  else if (typeof input === "string") result = parseGradeScale(input);
  else if (Array.isArray(input)) {
    const rows = (input as unknown[]).map((row) =>
      Array.isArray(row) ? row.map(toCellValue) : [toCellValue(row)],
    );
    const single = rows.length === 1 && rows[0]?.length === 1 ? rows[0][0] : undefined;
    // Excel passes a single cell or a typed text as a 1×1 range.
    if (single !== undefined) return readGradeScale(single);
    result = parseGradeScale(rows);
  } else result = fail({ code: "grade_scale_invalid", text: String(input) });
  if (result.ok) return result.value;
  return failFormula(result.issues[0] ?? { code: "grade_scale_invalid", text: String(input) });
}

function toCellValue(value: unknown): CellValue {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;
}

/**
 * A date argument as an ISO date: a date cell (an Excel serial) or a date typed as text, read by the core
 * (parseDateText). A month without a day means its last day for a due date and its first day for a start
 * or a date to place in a fiscal year; an as-of date needs its day. A number outside Excel's dates is
 * #NUM!, as Excel's own DATE gives; a text that names such a date is #VALUE!, so its message shows.
 * @example readDateIso("令和8年3月", "due") // "2026-03-31"
 */
export function readDateIso(input: unknown, role: DateRole): IsoDate {
  if (typeof input === "number") {
    const date = dateOfSerial(input, role);
    return date.ok ? date.value : failFormula(firstIssue(date.issues, input, role), "invalidNumber");
  }
  if (typeof input === "string") {
    const date = readDateText(input, role);
    return date.ok ? date.value : failFormula(firstIssue(date.issues, input, role));
  }
  if (isOmitted(input)) return failFormula({ code: "date_missing", role });
  return failFormula({ code: "date_unreadable", role, text: String(input) });
}

/**
 * A date argument as a whole Excel serial (a time of day is dropped).
 * @example readDateSerial("2026-03-31", "due") // 46112
 */
export function readDateSerial(input: unknown, role: DateRole): number {
  if (typeof input === "number" && isExcelSerial(input)) return Math.floor(input);
  return toExcelSerial(readDateIso(input, role));
}

const readDateTexts: Readonly<Record<DateRole, (text: string) => Result<IsoDate>>> = {
  due: cacheByText((text) => parseDateText(text, "due")),
  asOf: cacheByText((text) => parseDateText(text, "asOf")),
  start: cacheByText((text) => parseDateText(text, "start")),
  date: cacheByText((text) => parseDateText(text, "date")),
};

function readDateText(text: string, role: DateRole): Result<IsoDate> {
  return readDateTexts[role](text);
}

function firstIssue(issues: readonly Issue[], input: unknown, role: DateRole): Issue {
  return issues[0] ?? { code: "date_unreadable", role, text: String(input) };
}
