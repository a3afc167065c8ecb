import type { KpiStatus } from "./achievement";
import { cacheByText } from "./cacheByText";
import type { Direction } from "./direction";
import type { NumericTarget } from "./findValueCandidates";
import { readNumericTargets } from "./findValueCandidates";
import type { KpiJudgementContext } from "./judgeKpi";
import { judgeKpi } from "./judgeKpi";
import type { KpiValue } from "./parseKpiValue";
import { parseKpiValue } from "./parseKpiValue";
import type { Issue } from "./result";
import type { CellValue } from "./sheetTable";
import { splitBySubItem } from "./splitBySubItem";
import { isSpaceCode } from "./text";

// A 数値目標 and its 実績値 are read once per text, whichever edge asks (the check, a formula per cell).
const readKpiValue = cacheByText(parseKpiValue);
const readTargets = cacheByText((text: string) => distinctTargets(readNumericTargets(text)));

/** One numeric sub-item of a goal sheet's row judged against the value in its 実績値 cell. */
export interface SubItemResult {
  /** The sub-item of the 数値目標 ((1) → 1); null when the 数値目標 has no markers. */
  readonly subItem: number | null;
  readonly target: KpiValue;
  /** The 実績値 given for the sub-item; null when the cell gives none for it (not reported yet). */
  readonly actual: KpiValue | null;
  readonly achievementRate: number | null;
}

/** What a goal row's 実績値 gives: the judgement of its lowest sub-item, and each sub-item's. */
export interface GoalActualJudgement {
  readonly target: KpiValue | null;
  readonly actual: KpiValue | null;
  readonly direction: Direction | null;
  /** The lowest sub-item's rate; null while a numeric sub-item has no value, or none can be judged. */
  readonly achievementRate: number | null;
  readonly status: KpiStatus | null;
  /** Why there is no rate (target_missing, actual_missing, unit_mismatch …), each code once. */
  readonly rateIssues: readonly Issue[];
  readonly results: readonly SubItemResult[];
}

export interface GoalActualReading {
  /** Null when the cell is blank, gives no value (－), or a part of it cannot be read. */
  readonly judgement: GoalActualJudgement | null;
  /** Findings on the 実績値 cell, in the order the check reports them; a part not read is named. */
  readonly issues: readonly Issue[];
}

/**
 * Judges a goal row's 実績値 cell against its 数値目標, by the KPI rules (judgeKpi). The cell holds one
 * value (`84.3%`, `79点`, a number) for a 数値目標 with one numeric sub-item or without markers, or one
 * value per sub-item (`(1) 84.3%` and `(3) 2校`, on lines of their own or after each other; one marked value
 * for a 数値目標 without markers is its value). A value for a sub-item whose target names no number is not
 * judged. A part that cannot be read, a value outside any marker beside marked ones, and one unmarked
 * value for several numeric sub-items are issues on the cell that name the part; a blank cell is not
 * reported yet. The row's rate is its lowest sub-item's, and none while a numeric sub-item has no value.
 * @example judgeGoalActual("(1) 充足率を90%以上にする", "(1) 84.3%", context).judgement?.achievementRate
 * // 0.9366…
 */
export function judgeGoalActual(
  numericTarget: string,
  cell: CellValue,
  context: KpiJudgementContext,
): GoalActualReading {
  if (isBlank(cell)) return { judgement: null, issues: NONE };
  const issues: Issue[] = [];
  const text = typeof cell === "string" ? cell : String(cell);
  const targets = readTargets(numericTarget);
  const refuse = (...found: Issue[]): GoalActualReading => {
    issues.push(...found);
    return { judgement: null, issues };
  };
  const unreadable = (part: string): GoalActualReading =>
    refuse({ code: "value_unreadable", side: "actual", text, part } as Issue);

  // The values the cell gives, by sub-item (null: one value without a marker).
  const given = new Map<number | null, KpiValue>();
  const segments = typeof cell === "string" ? splitBySubItem(cell) : [];
  if (segments.every((segment) => segment.subItems === null)) {
    const value = readGoalValue(cell, issues);
    if (value === null) return { judgement: null, issues };
    if (targets.length > 1) return unreadable(text);
    given.set(targets[0]?.subItem ?? null, value);
  } else {
    for (const segment of segments) {
      if (segment.subItems === null) {
        if (segment.text !== "") return unreadable(segment.text);
        continue;
      }
      const marks = segment.subItems.map((n) => `(${n})`).join("");
      const read = readKpiValue(segment.text);
      if (!read.ok) {
        return refuse(
          ...read.issues.map(
            (issue) => ({ ...withSide(issue, "actual"), text, part: `${marks} ${segment.text}` }) as Issue,
          ),
        );
      }
      for (const n of segment.subItems) given.set(n, read.value);
    }
  }

  if (targets.length === 0) {
    const actual = given.values().next().value ?? null;
    return {
      judgement: {
        target: null,
        actual,
        direction: null,
        achievementRate: null,
        status: null,
        rateIssues: [{ code: "target_missing" }],
        results: NONE,
      },
      issues,
    };
  }

  // A 数値目標 without markers answered under one marker (`(1) 84.3%` for `充足率90%`): the one value.
  const only = targets.length === 1 ? targets[0] : undefined;
  if (only !== undefined && only.subItem === null && given.size === 1 && !given.has(null))
    for (const value of given.values()) given.set(null, value);

  const results: SubItemResult[] = [];
  let lowest: { result: SubItemResult; direction: Direction; status: KpiStatus | null } | null = null;
  const rateIssues: Issue[] = [];
  let missing = false;
  for (const { subItem, target, name } of targets) {
    const actual = given.get(subItem) ?? null;
    if (actual === null) {
      missing = true;
      results.push({ subItem, target, actual: null, achievementRate: null });
      continue;
    }
    const judgement = judgeKpi({ target, actual }, context, name);
    const rate = judgement.achievementRate.ok ? judgement.achievementRate.value : null;
    if (!judgement.achievementRate.ok) {
      for (const issue of judgement.achievementRate.issues) {
        if (issue.code === "unit_mismatch" || issue.code === "percent_unit_missing") issues.push(issue);
        if (!rateIssues.some((known) => known.code === issue.code)) rateIssues.push(issue);
      }
    }
    const result: SubItemResult = { subItem, target, actual, achievementRate: rate };
    results.push(result);
    if (
      lowest === null ||
      (rate !== null && (lowest.result.achievementRate === null || rate < lowest.result.achievementRate))
    )
      lowest = { result, direction: judgement.direction, status: judgement.status };
  }
  if (missing && !rateIssues.some((known) => known.code === "actual_missing"))
    rateIssues.push({ code: "actual_missing" });
  const rowRate = missing ? null : (lowest?.result.achievementRate ?? null);
  return {
    judgement: {
      target: lowest?.result.target ?? targets[0]?.target ?? null,
      actual: lowest?.result.actual ?? null,
      direction: lowest?.direction ?? null,
      achievementRate: rowRate,
      status: rowRate === null ? null : (lowest?.status ?? null),
      rateIssues,
      results,
    },
    issues,
  };
}

const NONE: readonly never[] = Object.freeze([]);

/** One value without a marker; its warnings are kept, a value that cannot be used is null. */
function readGoalValue(cell: CellValue, issues: Issue[]): KpiValue | null {
  const result = typeof cell === "string" ? readKpiValue(cell) : parseKpiValue(cell);
  if (!result.ok) {
    for (const issue of result.issues) issues.push(withSide(issue, "actual"));
    return null;
  }
  for (const warning of result.value.warnings) issues.push(withSide(warning, "actual"));
  if (result.value.amount !== null && !Number.isFinite(result.value.amount)) {
    issues.push({ code: "number_out_of_range", side: "actual", text: result.value.text } as Issue);
    return null;
  }
  return result.value.missing ? null : result.value;
}

/**
 * The 数値目標's values one per sub-item: a sub-item naming two values (`国道5箇所、県道33箇所`) has no one
 * value a 実績値 can be judged against, and is left out.
 */
function distinctTargets(targets: readonly NumericTarget[]): readonly NumericTarget[] {
  const count = new Map<number | null, number>();
  for (const t of targets) count.set(t.subItem, (count.get(t.subItem) ?? 0) + 1);
  return targets.filter((t) => count.get(t.subItem) === 1);
}

function isBlank(value: CellValue): boolean {
  if (value === null) return true;
  if (typeof value !== "string") return false;
  for (let i = 0; i < value.length; i++) if (!isSpaceCode(value.charCodeAt(i))) return false;
  return true;
}

function withSide(issue: Issue, side: "actual"): Issue {
  return { ...issue, side } as Issue;
}
