/**
 * The status formula the add-in writes (計算列 and the 集計 sheet), judged as the core judges a KPI row
 * (evaluateSheet): a per-year target (年 2 回) against its fiscal year, any other against the plan period
 * (R6年度末 ⇒ R10年度末), and a target to keep (維持, 以上) as met or not, never against a straight line.
 * One place, so the two formulas and the sheet check cannot drift apart.
 */
import type { IsoDate } from "../core/calendar";
import type { RowEvaluation } from "../core/evaluateSheet";
import { fiscalYearRange } from "../core/fiscalYear";
import type { Locale } from "../core/messages/formatIssue";
import { statusLabel } from "../core/messages/formatIssue";

export interface Period {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/**
 * The period a KPI row is judged over: its fiscal year for a per-year target, else the plan's.
 * @example judgedPeriod(row, { start: "2025-04-01", end: "2029-03-31" }, 2025, 4).end // "2029-03-31"
 */
export function judgedPeriod(
  evaluation: Pick<RowEvaluation, "target">,
  plan: Period,
  fiscalYear: number,
  startMonth: number,
): Period {
  return evaluation.target?.period === "per_year" ? fiscalYearRange(fiscalYear, startMonth) : plan;
}

export interface StatusFormulaParts {
  /** The rate to judge (progress where there is one, else achievement), as formula text. */
  readonly rate: string;
  /** The achievement rate, as formula text: a target to keep is met when it is 1 or more. */
  readonly achievement: string;
  /** The due date, as formula text. */
  readonly due: string;
  /** The as-of date as formula text, or "" for today. */
  readonly asOf: string;
  readonly period: Period;
  readonly direction: RowEvaluation["direction"];
  readonly locale: Locale;
}

/**
 * The status expression (no leading `=`).
 * @example statusExpression({ rate: "H6", achievement: "H6", due: "DATE(2029,3,31)", asOf: "", period, direction: "increase", locale: "ja" })
 * // "KPI.STATUS(H6,DATE(2029,3,31),,DATE(2025,4,1))"
 */
export function statusExpression(parts: StatusFormulaParts): string {
  if (parts.direction === "maintain") {
    const achieved = formulaText(statusLabel("achieved", parts.locale));
    const behind = formulaText(statusLabel("behind", parts.locale));
    return `IF(${parts.achievement}>=1,${achieved},${behind})`;
  }
  return `KPI.STATUS(${parts.rate},${parts.due},${parts.asOf},${formulaDate(parts.period.start)})`;
}

/** A day as an Excel DATE() call, which reads the same in every locale (a serial would show as a number). */
export function formulaDate(date: IsoDate): string {
  const [y, m, d] = date.split("-").map(Number);
  return `DATE(${y},${m},${d})`;
}

/** A string literal in a formula. */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The target a formula judges against. Where the table has a revised-target column (目標値（見直し後）) and
 * the row's cell there is not blank, the written target and its revision are handed to the KPI function
 * in the notation the core reads in one cell (`120件（見直し後 150件）`), so the sheet check and the formula
 * read the revision in one place: the same revised target, and the same refusal of a revision to another
 * unit. A row whose written target is blank takes the revised cell alone.
 * @param written The written target's cell (目標値, or the 基準値 ⇒ 目標値 cell).
 * @param read How the written text becomes the target (`KPI.TARGET(…)` for a 基準値 ⇒ 目標値 cell).
 * @param revised The revised target's cell, or null when the table has no such column.
 * @example judgedTargetExpression("F6", (t) => t, "G6")
 * // 'IF(G6="",F6,IF(F6="",G6,F6&"（見直し後 "&G6&"）"))'
 */
export function judgedTargetExpression(
  written: string,
  read: (text: string) => string,
  revised: string | null,
): string {
  if (revised === null) return read(written);
  const both = read(`${written}&${formulaText(REVISION_OPEN)}&${revised}&${formulaText(REVISION_CLOSE)}`);
  return `IF(${revised}="",${read(written)},IF(${written}="",${revised},${both}))`;
}

/**
 * The condition under which a row has no target to judge: its target cell blank, and its revised one
 * too where there is one.
 * @example targetBlankCondition("F6", "G6") // 'AND(F6="",G6="")'
 */
export function targetBlankCondition(written: string, revised: string | null): string {
  return revised === null ? `${written}=""` : `AND(${written}="",${revised}="")`;
}

/** The brackets a revision is written in (`120件（見直し後 150件）`), as the core reads them. */
const REVISION_OPEN = "（見直し後 ";
const REVISION_CLOSE = "）";
