/**
 * The KPI formulas staff type into cells (=KPI.VALUE(…), the namespace comes from the manifest). Each is a
 * thin wrapper over the core: it reads its arguments (numbers, or the texts people type for them), calls
 * the core, and turns a failure into an Excel error (#VALUE!, #N/A, #DIV/0!, #NUM!) with a message in
 * Excel's display language. None of them writes to or formats a cell.
 *
 * An empty cell reaches a custom function as null in Excel on the web but as 0 in Excel for Windows
 * (OfficeDev/office-js issues #4702 and #5262; #1951 for ranges), and the formulas cannot tell that 0 from
 * a typed 0. Optional arguments that are never 0 read 0 as empty (isLeftEmpty); the help of every value
 * argument says what an empty cell gives and how to guard a formula with IF(cell="","",…).
 *
 * Only KPI.OVERDUE and KPI.STATUS are volatile: they read today's date when asOf is left out, and a
 * non-volatile formula would keep yesterday's answer until an argument changed. Excel recalculates a
 * volatile function at every recalculation whatever its arguments
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-volatile), and a function cannot be
 * volatile only when asOf is left out, so their help says so instead of promising a "stable" TODAY().
 *
 * The JSDoc of each function is the formula's documentation in Excel: custom-functions-metadata-plugin
 * generates functions.json from it and appends the CustomFunctions.associate calls to this file at build;
 * functions.ja.json beside this file gives the Japanese texts.
 */
import { fiscalYearOf, fiscalYearRange } from "../core/fiscalYear";
import { gradeOf } from "../core/grade";
import { judgeGoalActual } from "../core/judgeGoalActual";
import type { KpiJudgementContext } from "../core/judgeKpi";
import { judgeAchievement, judgeProgress } from "../core/judgeKpi";
import type { CellValue } from "../core/sheetTable";
import { statusOf } from "../core/achievement";
import { statusLabel } from "../core/messages/formatIssue";
import { splitAtArrow } from "../core/parseKpiPair";
import { dueOfReading, readDeadline } from "../core/readDeadline";
import type { Result } from "../core/result";
import type { IsoDate } from "../core/calendar";
import { toExcelSerial } from "../core/calendar";
import { displayLocale } from "./displayLocale";
import { failFormula, toExcelError } from "./formulaError";
import { cacheByText } from "../core/cacheByText";
import {
  isLeftEmpty,
  isOmitted,
  readAmount,
  readDateIso,
  readDateSerial,
  readDirection,
  readDone,
  readFiscalYear,
  readGradeScale,
  readValueArgument,
  readStartMonth,
  readSubItem,
  readTargetArgument,
} from "./readArguments";
import { todayIso, todaySerial } from "./today";
import { readReport, isSubItemDone } from "../core/readReport";

// A report is split into its sub-items once, whichever sub-items the sheet asks about.
const readReportSegments = cacheByText(readReport);

// The rate does not depend on the day or the period (only the status does), so KPI.GOALRATE needs no
// clock and stays non-volatile; any fixed day serves.
const RATE_ONLY: KpiJudgementContext = {
  asOf: "2000-01-01",
  plan: { start: "2000-01-01", end: "2000-12-31" },
  fiscalYear: { start: "2000-01-01", end: "2000-12-31" },
};

function readSubItemDone(report: string, subItem: number): boolean {
  return isSubItemDone(readReportSegments(report), subItem);
}

/**
 * The number in a value cell's text: "36.4 ％" → 0.364, "130 万PV" → 1300000, "1万2600回" → 12600, "△5" → -5. A plain number passes through.
 * @customfunction VALUE
 * @param text A value as typed, such as "111 件", "36.4 ％", "R4 7,072 ｔ" or "△5", or a number. An empty cell is #N/A in Excel on the web but 0 in Excel for Windows (which passes 0 for it): guard with =IF(C5="","",KPI.VALUE(C5)).
 * @returns The number, with 万, 千 and 億 applied and a percentage as a fraction. #N/A when the value is missing (－, empty); #VALUE! when the text cannot be read; #NUM! when the number is beyond Excel's (about 1.8×10^308).
 */
export function kpiValue(text: unknown): number {
  try {
    return readAmount(text, "value");
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * The unit of a value cell's text: 件, %, t, PV, 人 …; empty when there is none.
 * @customfunction UNIT
 * @param text A value as typed, such as "111 件", "36.4 ％", "6,878 千枚" or "－ 人". An empty cell, or a number, has no unit.
 * @returns The unit, width-normalised and without its multiplier ("6,878 千枚" → "枚"); empty for a plain number. #VALUE! when the text cannot be read.
 */
export function kpiUnit(text: unknown): string {
  try {
    if (typeof text === "number") return "";
    return readValueArgument(text, "value").unit;
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * The baseline (基準値) of a "基準値 ⇒ 目標値" cell as a number: "111 件 ⇒ 120 件" → 111.
 * @customfunction BASELINE
 * @param text A KPI cell with both values, such as "111 件 ⇒ 120 件" or "R4 7,072 ｔ ⇒ 4,352 ｔ". An empty cell has no ⇒: #VALUE!.
 * @returns The baseline's number. #N/A when the baseline is missing ("－ 人 ⇒ 1,000 人"); #VALUE! when the text has no ⇒ or the baseline cannot be read; #NUM! when it is beyond Excel's numbers.
 */
export function kpiBaseline(text: unknown): number {
  try {
    return readPairSide(text, "baseline");
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * The target (目標値) of a "基準値 ⇒ 目標値" cell as a number: "111 件 ⇒ 120 件" → 120; a revised target when the cell gives one: "111 件 ⇒ 120 件（見直し後 150件）" → 150.
 * @customfunction TARGET
 * @param text A KPI cell with both values, such as "111 件 ⇒ 120 件", "36.4 ％ ⇒ 50.0 ％" or "111 件 ⇒ 120 件（見直し後 150件）". An empty cell has no ⇒: #VALUE!.
 * @returns The target's number (the revised one, when the cell has one). #N/A when the target is missing; #VALUE! when the text has no ⇒, the target cannot be read, or its revision is in another unit; #NUM! when it is beyond Excel's numbers.
 */
export function kpiTarget(text: unknown): number {
  try {
    return readPairSide(text, "target");
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Achievement rate (達成率) as a fraction: actual ÷ target for an increase or a floor to keep, target ÷ actual for a reduction.
 * @customfunction ACHIEVEMENT
 * @param target The target (目標値): a number, or text such as "120 件", "4,352 ｔ以下" or "50.0 ％". A target with its revision, such as "120件（見直し後 150件）" or "120件→150件（R8見直し）", is judged against the revised one (#VALUE! when the revision is in another unit). A number, or text without a unit, takes the unit of the actual; beside a percentage it must be the fraction (0.5 for 50%, as a cell formatted as % holds it). An empty cell is #N/A (a target of 0 in Excel for Windows, which passes 0 for it: #N/A too).
 * @param actual The actual (実績値): a number, or text such as "114 件" or "41.0 ％". An empty cell is #N/A in Excel on the web, but Excel for Windows passes 0 for it, which gives a rate of 0: guard with =IF(E6="","",KPI.ACHIEVEMENT(D6,E6)).
 * @param [direction] increase, decrease or maintain (増加, 減少, 維持). When omitted or empty, taken from the target's wording: 以下 or 以内 → decrease, 以上 or 維持 → maintain, otherwise increase.
 * @returns The rate as a fraction (1 = 100%). #N/A, with the reason in its message, when the target or the actual is missing, the target is 0, or the actual is 0 on a reduction. #VALUE! when a value or the direction cannot be read, the units differ (件 against 回), or a number without % is compared with a percentage ("45" against "50 %": write "45 %"). #NUM! when the result is beyond Excel's numbers.
 */
export function kpiAchievement(target: unknown, actual: unknown, direction?: unknown): number {
  try {
    // Numbers carry no wording, so the direction is increase: no parsing and no allocation.
    if (typeof target === "number" && typeof actual === "number" && target !== 0 && isLeftEmpty(direction)) {
      const rate = actual / target;
      if (Number.isFinite(rate)) return rate;
    }
    const values = {
      target: readTargetArgument(target),
      actual: readValueArgument(actual, "actual"),
    };
    return valueOf(judgeAchievement(values, isLeftEmpty(direction) ? null : readDirection(direction)));
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Progress rate (進捗率) measured from the baseline: (actual − baseline) ÷ (target − baseline).
 * @customfunction PROGRESS
 * @param baseline The baseline (基準値): a number, or text such as "111 件" (a number takes the unit of the other values). An empty cell is #N/A in Excel on the web, but Excel for Windows passes 0 for it, which measures progress from 0: guard with =IF(OR(C6="",E6=""),"",KPI.PROGRESS(C6,D6,E6)).
 * @param target The target (目標値): a number, or text such as "120 件"; "120件（見直し後 150件）" is judged against the revised 150 件. An empty cell is #N/A (in Excel for Windows, 0).
 * @param actual The actual (実績値): a number, or text such as "114 件". An empty cell is #N/A in Excel on the web, but Excel for Windows passes 0 for it: guard as for the baseline.
 * @returns The rate as a fraction (1 = the target reached). #N/A, with the reason in its message, when a value is missing, the baseline equals the target, or the target is a total over the plan period and the baseline is not ("15 人" or "年 10 回" against "期間中 30 人"). #VALUE! when a value cannot be read or the units differ. #NUM! when the result is beyond Excel's numbers.
 */
export function kpiProgress(baseline: unknown, target: unknown, actual: unknown): number {
  try {
    if (
      typeof baseline === "number" &&
      typeof target === "number" &&
      typeof actual === "number" &&
      baseline !== target
    ) {
      const rate = (actual - baseline) / (target - baseline);
      if (Number.isFinite(rate)) return rate;
    }
    return valueOf(
      judgeProgress({
        baseline: readValueArgument(baseline, "baseline"),
        target: readTargetArgument(target),
        actual: readValueArgument(actual, "actual"),
      }),
    );
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Achievement rate (達成率) of a 重点目標 row from its 数値目標 and its 実績値, judged as the sheet check judges it: each numeric sub-item against its value, and the row's rate is the lowest.
 * @customfunction GOALRATE
 * @param numericTarget The 数値目標 text, such as "(1) 充足率を90%以上にする (3) 3校で実施". A sub-item naming no number, or two (国道5箇所、県道33箇所), is not judged. An empty cell has no target: #N/A.
 * @param actual The 実績値: one value such as "84.3%" or "79点", or one per sub-item, such as "(1) 84.3%" and "(3) 2校" on lines of their own. An empty cell is #N/A in Excel on the web, but Excel for Windows passes 0 for it, which reads as a value of 0: guard with =IF(H6="","",KPI.GOALRATE(F6,H6)).
 * @returns The lowest sub-item's rate as a fraction (1 = 100%). #N/A, with the reason in its message, when a numeric sub-item has no value yet, the 数値目標 names no number, or a target is 0. #VALUE! when a part of the 実績値 cannot be read (the message names it), one value is given for several numeric sub-items, or the units differ (点 against 校).
 */
export function kpiGoalRate(numericTarget: unknown, actual: unknown): number {
  try {
    const target = typeof numericTarget === "string" ? numericTarget : "";
    const cell = isOmitted(actual) ? null : (actual as CellValue);
    const { judgement, issues } = judgeGoalActual(target, cell, RATE_ONLY);
    if (judgement?.achievementRate != null) return judgement.achievementRate;
    return failFormula(
      (judgement === null ? issues[0] : judgement.rateIssues[0]) ?? { code: "actual_missing" },
    );
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * A grade for an achievement rate: by default A at 100% or more, B at 80%, C at 60%, otherwise D.
 * @customfunction GRADE
 * @param rate The achievement rate as a fraction (0.85), or text such as "85%". An empty cell is #N/A in Excel on the web, but Excel for Windows passes 0 for it, the lowest grade: guard with =IF(F6="","",KPI.GRADE(F6)).
 * @param [scale] A preset: "100/80/60" (the default), "100/90/80" or "◎○△×"; or a range of grades and their lower limits, one grade per row (A, 100%; B, 80% …) or grades in one row and limits in the next.
 * @returns The grade, such as "B". #N/A when the rate is missing; #VALUE! when the rate or the scale cannot be read; #NUM! when the rate is beyond Excel's numbers.
 */
export function kpiGrade(rate: unknown, scale?: unknown[][]): string {
  try {
    return gradeOf(readAmount(rate, "rate"), readGradeScale(scale));
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * The due date (期限) of a 期間・期限 cell as an Excel date: the latest due date in the text, or that of sub-item n. Format the cell as a date.
 * @customfunction DUE
 * @param text The 期間・期限 text, such as "R8. 3月", "9月末", "年度内" or "(1)5月、1月 (2)(3)年度内"; a date cell passes through. An empty cell is #N/A in Excel on the web and #NUM! in Excel for Windows (which passes 0 for it).
 * @param fiscalYear The sheet's fiscal year: 2025, "令和7年度" or "R7" (1900 to 2200). A month without a year falls in it: on a 令和7年度 sheet, 1月 is January 2026.
 * @param [subItem] The number n of sub-item (n), such as 1. When omitted, empty or 0, the latest due date of the whole cell.
 * @returns The due date as a date serial. #N/A, with the reason in its message, when the text gives no fixed date (随時, 適宜) or only a start (…から), or does not name the sub-item. #VALUE! when it cannot be read, or names a date Excel cannot hold (before 1900-03-01 or after 9999-12-31, such as 9999年度末). #NUM! when the sub-item is not a whole number.
 */
export function kpiDue(text: unknown, fiscalYear: unknown, subItem?: unknown): number {
  try {
    const year = readFiscalYear(fiscalYear);
    const n = readSubItem(subItem);
    if (typeof text === "number") return readDateSerial(text, "due");
    if (typeof text !== "string")
      return failFormula(
        isOmitted(text) ? { code: "deadline_empty" } : { code: "deadline_unreadable", text: String(text) },
      );
    return toExcelSerial(valueOf(dueOfReading(valueOf(readDeadline(text, year)), n)));
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Whether a report or a status says the work is done. With a sub-item, only that sub-item's own
 * statements count: in 「(1) 5月20日に執行した。 (3) (4) 準備を進めた。」 (1) is done and (3) is not. Use it as
 * the done argument of KPI.OVERDUE for a sub-item: =KPI.OVERDUE(KPI.DUE(C11,2025,1),KPI.DONE(E11,1)).
 * @customfunction DONE
 * @param report A 中間報告 or 期末報告 text, or a status (完了, 達成, 済 are done; 予定, 実施中, 未着手 are not). TRUE or FALSE passes through.
 * @param [subItem] The number n of sub-item (n), such as 1. When omitted, empty or 0, the whole report: done when every sub-item it names is done.
 * @returns TRUE or FALSE; FALSE for an empty report (an empty cell, or the 0 Excel for Windows passes for it). #NUM! when the sub-item is not a whole number; #VALUE! when it cannot be read.
 */
export function kpiDone(report: unknown, subItem?: unknown): boolean {
  try {
    const n = readSubItem(subItem);
    if (n === null || typeof report !== "string") return readDone(report);
    return readSubItemDone(report, n);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * TRUE when the as-of date is after the due date and the item is not done.
 * @customfunction OVERDUE
 * @volatile
 * @param due The due date: a date cell (such as =KPI.DUE(…)), or text such as "2026-03-31" or "R8.3.31". An empty cell is #N/A in Excel on the web and #NUM! in Excel for Windows (which passes 0 for it).
 * @param [done] Whether the item is done: TRUE or FALSE, or a status or report text (完了, 達成, 済, 実施した … are done; 予定, 実施中 are not). Empty (or 0) means not done.
 * @param [asOf] The date to judge on, such as a cell holding the sheet's as-of date (基準日): the answer then stays the same from day to day. When omitted or empty, today. The formula is volatile: Excel recalculates it at every recalculation whatever its arguments, and TODAY() here is the same as leaving asOf out.
 * @returns TRUE or FALSE. #N/A when the due date is empty; #VALUE! when a date cannot be read; #NUM! when a date cell holds a number that is no date (before 1900-03-01 or after 9999-12-31).
 */
export function kpiOverdue(due: unknown, done?: unknown, asOf?: unknown): boolean {
  try {
    const dueSerial = readDateSerial(due, "due");
    const asOfSerial = isLeftEmpty(asOf) ? todaySerial() : readDateSerial(asOf, "asOf");
    return asOfSerial > dueSerial && !readDone(done);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Where an item stands: 達成 (achieved), 順調 (on track), 遅れ (behind) or 期限超過 (overdue), in English when Excel's language is not Japanese. On track means at or above the straight line from the start to the due date.
 * @customfunction STATUS
 * @volatile
 * @param rate Progress toward the target as a fraction (1 = reached), such as =KPI.ACHIEVEMENT(…), or text such as "60%". An empty cell is #N/A in Excel on the web, but Excel for Windows passes 0 for it, a rate of 0: guard with =IF(F6="","",KPI.STATUS(F6,…)).
 * @param due The due date: a date cell (such as =KPI.DUE(…)), or text such as "2026-03-31". An empty cell is #N/A in Excel on the web and #NUM! in Excel for Windows.
 * @param [asOf] The date to judge on, such as a cell holding the sheet's as-of date (基準日): the answer then stays the same from day to day. When omitted or empty, today. The formula is volatile: Excel recalculates it at every recalculation whatever its arguments, and TODAY() here is the same as leaving asOf out.
 * @param [start] When the work started. When omitted or empty, the first day of the fiscal year the due date falls in (1 April); give it for a plan over several years.
 * @returns The status: 達成, 順調, 遅れ or 期限超過 (Achieved, On track, Behind, Overdue). #N/A when the rate or the due date is missing; #VALUE! when a value or a date cannot be read; #NUM! when a date cell holds a number that is no date.
 */
export function kpiStatus(rate: unknown, due: unknown, asOf?: unknown, start?: unknown): string {
  try {
    const amount = readAmount(rate, "rate");
    const dueDate = readDateIso(due, "due");
    const asOfDate = isLeftEmpty(asOf) ? todayIso() : readDateIso(asOf, "asOf");
    const startDate: IsoDate = isLeftEmpty(start)
      ? fiscalYearRange(fiscalYearOf(dueDate)).start
      : readDateIso(start, "start");
    return statusLabel(statusOf(amount, { start: startDate, due: dueDate, asOf: asOfDate }), displayLocale());
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * The fiscal year (年度) a date falls in, named by the calendar year it starts in: 2026-01-15 is in 2025 (令和7年度).
 * @customfunction FISCALYEAR
 * @param date A date cell, or text such as "2026-01-15", "R8.1.15" or "令和8年1月15日". An empty cell is #N/A in Excel on the web and #NUM! in Excel for Windows (which passes 0 for it).
 * @param [startMonth] The month the fiscal year starts in, 1 to 12. Default (omitted, empty or 0) 4, April.
 * @returns The fiscal year, such as 2025. #N/A when the date is empty; #VALUE! when it cannot be read or is outside Excel's dates (1900-03-01 to 9999-12-31); #NUM! when a date cell holds a number that is no date, or the start month is not 1 to 12.
 */
export function kpiFiscalYear(date: unknown, startMonth?: unknown): number {
  try {
    const month = readStartMonth(startMonth);
    return fiscalYearOf(readDateIso(date, "date"), month);
  } catch (error) {
    throw toExcelError(error);
  }
}

// ---------------------------------------------------------------------------------------------

const splitPair = cacheByText((text) => splitAtArrow(text));

function readPairSide(text: unknown, side: "baseline" | "target"): number {
  if (typeof text !== "string" || text.trim() === "") {
    return failFormula({ code: "pair_unreadable", text: isOmitted(text) ? "" : String(text) });
  }
  const sides = splitPair(text);
  if (sides === null) return failFormula({ code: "pair_unreadable", text });
  // Only the side asked for is read: the baseline of "111 件 ⇒ 未定" is still 111. The target is the
  // revised one where the cell gives it ("111 件 ⇒ 120 件（見直し後 150件）" → 150).
  const value = side === "baseline" ? readValueArgument(sides[0], side) : readTargetArgument(sides[1]);
  if (value.amount === null) return failFormula({ code: "value_empty", side });
  if (!Number.isFinite(value.amount))
    return failFormula({ code: "number_out_of_range", side, text: value.text });
  return value.amount;
}

function valueOf<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  return failFormula(result.issues[0] ?? { code: "value_unreadable" });
}
