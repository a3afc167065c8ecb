/**
 * The one judgement of a KPI: whether its values can be compared (units, running totals against levels),
 * which way it is meant to move, its achievement and progress rates, and where it stands. The formulas
 * (=KPI.ACHIEVEMENT, =KPI.PROGRESS) and the sheet check both call these functions, so a row gets the same
 * rate, or the same refusal, whichever way it is computed.
 *
 * A side with no unit is a plain number: an Excel number cell, or text such as `114`. It takes the unit
 * of the values it is compared with (`114` against `120 件` is 114 件), since a number cell cannot carry a
 * unit. Two different units (件 against 回) are a mismatch: no rate, since a ratio of different units would
 * look like a real rate and mean nothing. A percentage is the exception that needs care: Excel holds 45%
 * as 0.45, so a plain number beside a percentage is read as that fraction only when it is one (−1 to 1);
 * `45` beside `50 %` is refused rather than read as 4500%, since 45 typed without its sign is far more
 * likely 45% (and guessing so would be as wrong when it is not).
 */
import type { KpiStatus } from "./achievement";
import { achievementRate, isAchieved, progressRate, statusOf } from "./achievement";
import type { IsoDate } from "./calendar";
import type { Direction } from "./direction";
import { inferDirection } from "./direction";
import type { KpiValue } from "./parseKpiValue";
import type { Issue, Result } from "./result";
import { fail, ok } from "./result";

/** The three values of a KPI, as read; null where the sheet or the formula has none. */
export interface KpiValues {
  readonly baseline?: KpiValue | null;
  readonly target: KpiValue | null;
  readonly actual: KpiValue | null;
}

export type KpiSide = "baseline" | "target" | "actual";

const SIDES: readonly KpiSide[] = ["baseline", "target", "actual"];
/** Units whose amounts are fractions: a plain number beside them must be a fraction too. */
const FRACTION_UNITS: ReadonlySet<string> = new Set(["%", "‰"]);
/** The agreement of values without units (number cells), the commonest; shared, as results are immutable. */
const NO_UNIT: Result<string> = Object.freeze(ok(""));

/**
 * The unit the given values share. A value with no unit (a number cell, `114`) takes the others' unit,
 * and a missing value without a unit (`－`) says nothing; a missing value with one (`－ 人`) counts. Fails
 * with `unit_mismatch` when two values have different units, and with `percent_unit_missing` when a plain
 * number beside a percentage is not a fraction (`45` beside `50 %`).
 * @example agreeUnits({ target: read("120 件"), actual: read("114") }) // { ok: true, value: "件" }
 * @example agreeUnits({ target: read("19 件"), actual: read("118 回") })
 * // { ok: false, issues: [{ code: "unit_mismatch", targetUnit: "件", actualUnit: "回" }] }
 */
export function agreeUnits(values: KpiValues): Result<string> {
  return unitsOf(values.baseline, values.target, values.actual);
}

/** agreeUnits on the three sides as arguments (undefined: a side not given), without an object per call. */
function unitsOf(
  baseline: KpiValue | null | undefined,
  target: KpiValue | null | undefined,
  actual: KpiValue | null | undefined,
): Result<string> {
  let unit = "";
  let mismatch = false;
  for (let i = 0; i < 3; i++) {
    const value = i === 0 ? baseline : i === 1 ? target : actual;
    if (!value || value.unit === "") continue;
    if (unit === "") unit = value.unit;
    else if (value.unit !== unit) mismatch = true;
  }
  if (mismatch) {
    const units: { -readonly [S in KpiSide as `${S}Unit`]?: string } = {};
    const values = { baseline, target, actual };
    for (const side of SIDES) {
      const value = values[side];
      if (value && !(value.missing && value.unit === "")) units[`${side}Unit`] = value.unit;
    }
    return fail({ code: "unit_mismatch", ...units });
  }
  if (FRACTION_UNITS.has(unit)) {
    const values = { baseline, target, actual };
    for (const side of SIDES) {
      const value = values[side];
      if (!value || value.unit !== "" || value.amount === null) continue;
      if (Math.abs(value.amount) > 1) return fail({ code: "percent_unit_missing", side, text: value.text });
    }
  }
  return unit === "" ? NO_UNIT : ok(unit);
}

/**
 * 達成率 as a fraction: actual ÷ target for an increase or a floor to keep, target ÷ actual for a
 * reduction. The direction, when not given, comes from the target's wording (以下 → decrease, 以上/維持 →
 * maintain) and then the KPI's name (排出量 → decrease); numbers are never compared to guess it.
 * @example judgeAchievement({ target: read("4,352 ｔ以下"), actual: read("5,440 ｔ") }) // { ok: true, value: 0.8 }
 * @example judgeAchievement({ target: read("0 件"), actual: read("5 件") }) // fails: target_zero
 */
export function judgeAchievement(
  values: KpiValues,
  direction?: Direction | null,
  kpiName?: string | null,
): Result<number> {
  const { target, actual } = values;
  const issue = amountIssueOf(target, "target") ?? amountIssueOf(actual, "actual");
  if (issue !== null) return fail(issue);
  const units = unitsOf(undefined, target, actual);
  if (!units.ok) return units;
  return achievementOf(
    target as KpiValue,
    actual as KpiValue,
    direction ?? inferDirection(target as KpiValue, kpiName),
  );
}

/** The achievement rate of values whose amounts and units have been checked. */
function achievementOf(target: KpiValue, actual: KpiValue, direction: Direction): Result<number> {
  return finite(achievementRate(target.amount as number, actual.amount as number, direction));
}

/**
 * 進捗率 measured from the baseline: (actual − baseline) ÷ (target − baseline). Refused without a
 * baseline, when the baseline equals the target, when the units disagree, and when the target is a total
 * over the plan period (期間中, 累計) but the baseline is not (`15 人 ⇒ 期間中 30 人`, `年 10 回 ⇒ 期間中 30 回`):
 * a level or a yearly count against a running total gives a number without meaning.
 * @example judgeProgress({ baseline: read("111 件"), target: read("120 件"), actual: read("114 件") }) // ok 0.333…
 * @example judgeProgress({ baseline: read("年 10 回"), target: read("期間中 30 回"), actual: read("15 回") })
 * // fails: cumulative_target_snapshot_baseline
 */
export function judgeProgress(values: KpiValues): Result<number> {
  const { baseline, target, actual } = values;
  const issue =
    amountIssueOf(baseline, "baseline") ?? amountIssueOf(target, "target") ?? amountIssueOf(actual, "actual");
  if (issue !== null) return fail(issue);
  const units = unitsOf(baseline, target, actual);
  if (!units.ok) return units;
  if (isCumulativeOnSnapshot(baseline as KpiValue, target as KpiValue))
    return fail({ code: "cumulative_target_snapshot_baseline" });
  return finite(
    progressRate(
      (baseline as KpiValue).amount as number,
      (target as KpiValue).amount as number,
      (actual as KpiValue).amount as number,
    ),
  );
}

/** A running total (期間中, 累計) measured against a level or a yearly count. */
function isCumulativeOnSnapshot(baseline: KpiValue, target: KpiValue): boolean {
  return target.period === "cumulative" && baseline.period !== "cumulative";
}

const MISSING_CODE = {
  baseline: "baseline_missing",
  target: "target_missing",
  actual: "actual_missing",
} as const;

/** Why a side's amount cannot be used: missing (－, empty) or beyond Excel's numbers; null when it can. */
function amountIssueOf(value: KpiValue | null | undefined, side: KpiSide): Issue | null {
  if (!value || value.amount === null) return { code: MISSING_CODE[side] };
  if (!Number.isFinite(value.amount)) return { code: "number_out_of_range", side, text: value.text };
  return null;
}

/** A rate Excel can hold: 15 ÷ 5e-324 is Infinity, which must not reach a cell as a number. */
function finite(result: Result<number>): Result<number> {
  if (result.ok && !Number.isFinite(result.value)) return fail({ code: "number_out_of_range" });
  return result;
}

/** What a KPI row is judged against: the day, and the period its target is for. */
export interface KpiJudgementContext {
  readonly asOf: IsoDate;
  /** The plan period of a cumulative or end-of-plan target (R7 … R10): a straight line from start to end. */
  readonly plan: { readonly start: IsoDate; readonly end: IsoDate };
  /** The fiscal year of the sheet: a per-year count (`年 2 回`) is judged within it. */
  readonly fiscalYear: { readonly start: IsoDate; readonly end: IsoDate };
}

/** Everything the judgement says about one KPI. */
export interface KpiJudgement {
  readonly direction: Direction;
  readonly achievementRate: Result<number>;
  readonly progressRate: Result<number>;
  /** Null when nothing can be compared (a missing actual, different units). */
  readonly status: KpiStatus | null;
}

/**
 * Judges a KPI with a target: its direction, both rates, and its status on the as-of date. Progress
 * toward the target is measured from the baseline where that means something, else by the achievement
 * rate; it is compared with the straight line over the plan (over the fiscal year for a per-year count,
 * which is judged at year end: behind, never overdue, before it). A floor to keep (維持, 以上) is achieved or
 * behind, never on a line.
 * @example judgeKpi({ baseline: read("111 件"), target: read("120 件"), actual: read("114 件") }, context)
 * // { direction: "increase", achievementRate: ok 0.95, progressRate: ok 0.333…, status: "behind" | "on_track" … }
 */
export function judgeKpi(
  values: KpiValues & { readonly target: KpiValue },
  context: KpiJudgementContext,
  kpiName?: string | null,
): KpiJudgement {
  const { target, actual } = values;
  const direction = inferDirection(target, kpiName);
  // judgeAchievement and judgeProgress, sharing the checks they have in common.
  const amountIssue = amountIssueOf(target, "target") ?? amountIssueOf(actual, "actual");
  const units = amountIssue === null ? unitsOf(undefined, target, actual) : null;
  const achievement: Result<number> =
    amountIssue !== null
      ? fail(amountIssue)
      : units !== null && !units.ok
        ? units
        : achievementOf(target, actual as KpiValue, direction);
  const progress = judgeProgress(values);
  let status: KpiStatus | null = null;
  // Comparable: both amounts usable (so the units were asked) and the units agree.
  if (units !== null && units.ok) {
    const achieved = isAchieved(actual?.amount as number, target.amount as number, direction);
    if (direction === "maintain") {
      // A floor to keep is met or not: progress from a baseline above the floor (83.1% ⇒ 81%以上)
      // would call a fall below it "past the target".
      status = achieved ? "achieved" : "behind";
    } else {
      const toward = achieved ? 1 : progress.ok ? progress.value : achievement.ok ? achievement.value : null;
      const period = target.period === "per_year" ? context.fiscalYear : context.plan;
      if (toward !== null)
        status = statusOf(toward, { start: period.start, due: period.end, asOf: context.asOf });
    }
  }
  return { direction, achievementRate: achievement, progressRate: progress, status };
}
