import type { IsoDate } from "./calendar";
import { daysBetween } from "./calendar";
import type { Direction } from "./direction";
import type { Result } from "./result";
import { fail, ok } from "./result";

/**
 * 達成率 as municipalities publish it: actual / target for an increase (even when a baseline exists),
 * target / actual for a reduction, actual / target against the floor for a maintain target.
 * @example achievementRate(120, 111, "increase") // { ok: true, value: 0.925 }
 * @example achievementRate(4352, 5000, "decrease") // { ok: true, value: 0.8704 }
 */
export function achievementRate(target: number, actual: number, direction: Direction): Result<number> {
  if (!Number.isFinite(target)) return fail({ code: "target_missing" });
  if (!Number.isFinite(actual)) return fail({ code: "actual_missing" });
  if (target === 0) return fail({ code: "target_zero" });
  if (direction === "decrease") {
    if (actual === 0) return fail({ code: "actual_zero" });
    return ok(target / actual);
  }
  return ok(actual / target);
}

/**
 * Whether an actual meets its target: at or above it (increase, maintain's floor), at or below it (decrease).
 * @example isAchieved(4000, 4352, "decrease") // true
 */
export function isAchieved(actual: number, target: number, direction: Direction): boolean {
  return direction === "decrease" ? actual <= target : actual >= target;
}

/**
 * 進捗率, measured from the baseline: (actual − baseline) / (target − baseline).
 * @example progressRate(111, 120, 114) // { ok: true, value: 0.3333… }
 */
export function progressRate(baseline: number | null, target: number, actual: number): Result<number> {
  if (baseline === null || !Number.isFinite(baseline)) return fail({ code: "baseline_missing" });
  if (!Number.isFinite(target)) return fail({ code: "target_missing" });
  if (!Number.isFinite(actual)) return fail({ code: "actual_missing" });
  if (baseline === target) return fail({ code: "baseline_equals_target", baseline, target });
  return ok((actual - baseline) / (target - baseline));
}

/**
 * The share of a period that has passed by asOf (0 before the start, 1 from the due date on): where a
 * straight line from baseline to target says the work should be.
 * @example expectedProgress("2025-04-01", "2026-03-31", "2025-10-01") // 0.5
 */
export function expectedProgress(start: IsoDate, due: IsoDate, asOf: IsoDate): number {
  // Every row of a sheet asks about the same day, against the plan or the fiscal year (a per-year count):
  // the last two answers serve them all.
  for (const known of recentExpected)
    if (known.start === start && known.due === due && known.asOf === asOf) return known.share;
  const total = daysBetween(start, due);
  const share =
    total <= 0 ? (asOf >= due ? 1 : 0) : Math.min(1, Math.max(0, daysBetween(start, asOf) / total));
  recentExpected = [{ start, due, asOf, share }, ...recentExpected.slice(0, 1)];
  return share;
}

let recentExpected: readonly {
  readonly start: IsoDate;
  readonly due: IsoDate;
  readonly asOf: IsoDate;
  readonly share: number;
}[] = [];

/** Where an item stands: achieved, on track, behind, or overdue (past due and not achieved). */
export type KpiStatus = "achieved" | "on_track" | "behind" | "overdue";

/**
 * The status of a rate against the straight line from start to due. rate is progress toward the target
 * as a fraction (1 = reached); the item is on track when it is at or above the expected share.
 * @example statusOf(0.6, { start: "2025-04-01", due: "2026-03-31", asOf: "2025-10-01" }) // "on_track"
 */
export function statusOf(
  rate: number,
  when: { readonly start: IsoDate; readonly due: IsoDate; readonly asOf: IsoDate },
): KpiStatus {
  if (rate >= 1) return "achieved";
  if (when.asOf > when.due) return "overdue";
  return rate >= expectedProgress(when.start, when.due, when.asOf) ? "on_track" : "behind";
}
