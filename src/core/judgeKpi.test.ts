import { describe, expect, it, test } from "vitest";
import type { KpiJudgementContext } from "./judgeKpi";
import { agreeUnits, judgeAchievement, judgeKpi, judgeProgress } from "./judgeKpi";
import type { KpiValue } from "./parseKpiValue";
import { parseKpiValue } from "./parseKpiValue";

/** A value as a cell holds it: text read by the core, or a number cell. */
function read(input: string | number): KpiValue {
  const result = parseKpiValue(input);
  if (!result.ok) throw new Error(`test value ${String(input)} does not read`);
  return result.value;
}

describe("agreeUnits", () => {
  test.each([
    ["120 件", "114 件", "件"],
    [120, "114 件", "件"],
    ["120 件", "114", "件"],
    [120, 114, ""],
    ["50.0 ％", "41.0 ％", "%"],
    ["50.0 ％", 0.41, "%"],
    ["50 %", "0.45", "%"],
    ["50 %", "－", "%"],
    ["1,000 人", "6名", "人"],
  ])("agrees %j and %j on %j", (target, actual, unit) => {
    expect(agreeUnits({ target: read(target), actual: read(actual) })).toEqual({ ok: true, value: unit });
  });

  it("counts a missing value's unit (－ 人), not a bare missing marker", () => {
    expect(agreeUnits({ baseline: read("－ 回"), target: read("5 件"), actual: null }).ok).toBe(false);
    expect(agreeUnits({ baseline: read("－"), target: read("5 件"), actual: null }).ok).toBe(true);
  });

  test.each([
    [
      { target: "19 件", actual: "118 回" },
      { code: "unit_mismatch", targetUnit: "件", actualUnit: "回" },
    ],
    [
      { baseline: "111 件", target: "120 件", actual: "114 回" },
      { code: "unit_mismatch", baselineUnit: "件", targetUnit: "件", actualUnit: "回" },
    ],
    [
      { target: "50 %", actual: "45" },
      { code: "percent_unit_missing", side: "actual", text: "45" },
    ],
    [
      { target: "50 %", actual: 45 },
      { code: "percent_unit_missing", side: "actual", text: "45" },
    ],
    [
      { target: 50, actual: "45 %" },
      { code: "percent_unit_missing", side: "target", text: "50" },
    ],
    [
      { target: "5 ‰", actual: 3 },
      { code: "percent_unit_missing", side: "actual", text: "3" },
    ],
  ])("refuses %j with %j", (values, issue) => {
    const read3 = (v: string | number | undefined): KpiValue | null => (v === undefined ? null : read(v));
    const result = agreeUnits({
      baseline: read3((values as { baseline?: string }).baseline),
      target: read3(values.target),
      actual: read3(values.actual),
    });
    expect(result).toEqual({ ok: false, issues: [issue] });
  });
});

describe("judgeAchievement", () => {
  test.each([
    ["120 件", "114 件", undefined, 0.95],
    [120, "114 件", undefined, 0.95],
    ["4,352 ｔ以下", "5,440 ｔ", undefined, 0.8],
    ["4,352 ｔ", "5,440 ｔ", "decrease", 0.8],
    ["81 ％以上", "83.1 ％", undefined, 0.831 / 0.81],
    ["年 2 回", "年 1 回", undefined, 0.5],
  ] as const)("gives target %j, actual %j, direction %j the rate %d", (target, actual, direction, rate) => {
    const result = judgeAchievement({ target: read(target), actual: read(actual) }, direction);
    expect(result.ok && result.value).toBeCloseTo(rate, 12);
  });

  it("takes a reduction from the KPI's name when the target says nothing", () => {
    const values = { target: read("4,352 ｔ"), actual: read("5,440 ｔ") };
    expect(judgeAchievement(values, null, "行政事務におけるＣＯ２排出量")).toEqual({ ok: true, value: 0.8 });
  });

  test.each([
    ["0 件", "5 件", undefined, "target_zero"],
    ["4,352 ｔ", 0, "decrease", "actual_zero"],
    ["－ 人", "5 人", undefined, "target_missing"],
    ["120 件", "－", undefined, "actual_missing"],
    ["19 件", "118 回", undefined, "unit_mismatch"],
    ["50 %", "45", undefined, "percent_unit_missing"],
    [5e-324, "15 業務", undefined, "number_out_of_range"],
    ["9".repeat(400), "15 業務", undefined, "number_out_of_range"],
  ] as const)("refuses target %j, actual %j (%j) with %s", (target, actual, direction, code) => {
    const result = judgeAchievement({ target: read(target), actual: read(actual) }, direction);
    expect(result.ok ? null : result.issues[0]?.code).toBe(code);
  });

  it("refuses a target or an actual that is not there", () => {
    expect(judgeAchievement({ target: null, actual: read(5) })).toEqual({
      ok: false,
      issues: [{ code: "target_missing" }],
    });
    expect(judgeAchievement({ target: read(5), actual: null })).toEqual({
      ok: false,
      issues: [{ code: "actual_missing" }],
    });
  });
});

describe("judgeProgress", () => {
  test.each([
    ["111 件", "120 件", "114 件", 1 / 3],
    [111, "120 件", "114 件", 1 / 3],
    ["R4 7,072 ｔ", "4,352 ｔ", "5,900 ｔ", (5900 - 7072) / (4352 - 7072)],
    ["期間中 5 件", "期間中 10 件", "期間中 7 件", 0.4],
    ["年 1 回", "年 2 回", "年 1 回", 0],
  ])("measures %j ⇒ %j with actual %j as %d", (baseline, target, actual, rate) => {
    const result = judgeProgress({ baseline: read(baseline), target: read(target), actual: read(actual) });
    expect(result.ok && result.value).toBeCloseTo(rate, 12);
  });

  test.each([
    ["15 人", "期間中 30 人", "18 人", "cumulative_target_snapshot_baseline"],
    ["年 10 回", "期間中 30 回", "15 回", "cumulative_target_snapshot_baseline"],
    [5, "期間中 10 件", "7 件", "cumulative_target_snapshot_baseline"],
    ["－ 人", "1,000 人", "420 人", "baseline_missing"],
    ["120 件", "120 件", "100 件", "baseline_equals_target"],
    ["期間中 1 回", "期間中 1 回", "0 回", "baseline_equals_target"],
    ["111 件", "120 回", "114 件", "unit_mismatch"],
    ["36.4 ％", "50.0 ％", "41", "percent_unit_missing"],
    [1, 1 + 5e-16, 2e300, "number_out_of_range"],
  ])("refuses %j ⇒ %j with actual %j: %s", (baseline, target, actual, code) => {
    const result = judgeProgress({ baseline: read(baseline), target: read(target), actual: read(actual) });
    expect(result.ok ? null : result.issues[0]?.code).toBe(code);
  });

  it("refuses progress without a baseline", () => {
    expect(judgeProgress({ target: read("120 件"), actual: read("114 件") })).toEqual({
      ok: false,
      issues: [{ code: "baseline_missing" }],
    });
  });
});

describe("judgeKpi", () => {
  // FY2025, judged on 1 October: half of the fiscal year has passed.
  const FY2025 = { start: "2025-04-01", end: "2026-03-31" };
  const context: KpiJudgementContext = { asOf: "2025-10-01", plan: FY2025, fiscalYear: FY2025 };

  test.each([
    ["111 件", "120 件", "114 件", undefined, "behind"],
    ["111 件", "120 件", "118 件", undefined, "on_track"],
    ["111 件", "120 件", "121 件", undefined, "achieved"],
    ["R4 7,072 ｔ", "4,352 ｔ", "4,000 ｔ", undefined, "achieved"],
    ["83.1 ％", "81 ％以上", "80 ％", undefined, "behind"],
    ["83.1 ％", "81 ％以上", "82 ％", undefined, "achieved"],
    ["－ 人", "1,000 人", "600 人", undefined, "on_track"],
    ["111 件", "120 件", "－", undefined, null],
    ["19 件", "19 件", "118 回", undefined, null],
  ])("judges %j ⇒ %j with actual %j as %s", (baseline, target, actual, _kpi, status) => {
    const judgement = judgeKpi(
      { baseline: read(baseline), target: read(target), actual: read(actual) },
      context,
    );
    expect(judgement.status).toBe(status);
  });

  it("gives both rates and the direction of the wording", () => {
    const judgement = judgeKpi(
      { baseline: read("R4 7,072 ｔ"), target: read("4,352 ｔ以下"), actual: read("5,440 ｔ") },
      context,
    );
    expect(judgement.direction).toBe("decrease");
    expect(judgement.achievementRate).toEqual({ ok: true, value: 0.8 });
    expect(judgement.progressRate.ok && judgement.progressRate.value).toBeCloseTo(1632 / 2720, 12);
  });

  it("judges a per-year count within the fiscal year, not over the plan", () => {
    const plan = { start: "2025-04-01", end: "2029-03-31" };
    const judgement = judgeKpi(
      { baseline: read("年 1 回"), target: read("年 2 回"), actual: read("年 1 回") },
      { asOf: "2026-04-02", plan, fiscalYear: FY2025 },
    );
    expect(judgement.status).toBe("overdue");
  });
});
