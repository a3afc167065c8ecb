import { describe, expect, it, test } from "vitest";
import { achievementRate, expectedProgress, isAchieved, progressRate, statusOf } from "./achievement";

describe("achievementRate", () => {
  test.each([
    // seed 004: 行かない窓口での手続き申請件数 111 件 ⇒ 120 件, an illustrative actual of 114
    { target: 120, actual: 114, direction: "increase", rate: 0.95 },
    // 男性の育児休暇取得率 36.4 ％ ⇒ 50.0 ％: the published rate is actual / target, not from the baseline
    { target: 0.5, actual: 0.45, direction: "increase", rate: 0.9 },
    // CO2 排出量 R4 7,072 ｔ ⇒ 4,352 ｔ, a reduction: target / actual
    { target: 4352, actual: 5440, direction: "decrease", rate: 0.8 },
    // a floor (以上, 維持): the rate reaches 1 when the floor is met
    { target: 0.81, actual: 0.831, direction: "maintain", rate: 0.831 / 0.81 },
  ] as const)(
    "gives $rate for $direction target $target, actual $actual",
    ({ target, actual, direction, rate }) => {
      const result = achievementRate(target, actual, direction);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.value).toBeCloseTo(rate, 10);
    },
  );

  it("says a target of 0 makes the rate undefined, in either direction", () => {
    expect(achievementRate(0, 5, "increase")).toEqual({ ok: false, issues: [{ code: "target_zero" }] });
    expect(achievementRate(0, 5, "decrease")).toEqual({ ok: false, issues: [{ code: "target_zero" }] });
  });

  it("says a reduction with an actual of 0 cannot be divided", () => {
    expect(achievementRate(10, 0, "decrease")).toEqual({ ok: false, issues: [{ code: "actual_zero" }] });
  });

  it("refuses numbers that are not finite", () => {
    expect(achievementRate(Number.NaN, 1, "increase")).toEqual({
      ok: false,
      issues: [{ code: "target_missing" }],
    });
    expect(achievementRate(1, Number.POSITIVE_INFINITY, "increase")).toEqual({
      ok: false,
      issues: [{ code: "actual_missing" }],
    });
  });
});

describe("isAchieved", () => {
  test.each([
    [120, 120, "increase", true],
    [119, 120, "increase", false],
    [4000, 4352, "decrease", true],
    [4400, 4352, "decrease", false],
    [0.81, 0.81, "maintain", true],
  ] as const)("actual %d against %d (%s) → %s", (actual, target, direction, expected) => {
    expect(isAchieved(actual, target, direction)).toBe(expected);
  });
});

describe("progressRate", () => {
  it("measures from the baseline: 111 件 ⇒ 120 件 with 114 is one third of the way", () => {
    const result = progressRate(111, 120, 114);
    expect(result.ok && result.value).toBeCloseTo(1 / 3, 10);
  });

  it("is negative when the actual moved away from the target", () => {
    const result = progressRate(7072, 4352, 7344);
    expect(result.ok && result.value).toBeCloseTo(-0.1, 10);
  });

  it("is undefined without a baseline (－ 人 ⇒ 1,000 人)", () => {
    expect(progressRate(null, 1000, 400)).toEqual({ ok: false, issues: [{ code: "baseline_missing" }] });
  });

  it("is undefined when the baseline equals the target (期間中 1 回 ⇒ 期間中 1 回)", () => {
    expect(progressRate(1, 1, 1)).toEqual({
      ok: false,
      issues: [{ code: "baseline_equals_target", baseline: 1, target: 1 }],
    });
  });

  it("refuses a missing target or actual", () => {
    expect(progressRate(1, Number.NaN, 1).ok).toBe(false);
    expect(progressRate(1, 2, Number.NaN).ok).toBe(false);
  });
});

describe("expectedProgress", () => {
  test.each([
    ["2025-03-01", 0],
    ["2025-04-01", 0],
    ["2025-09-30", 182 / 364],
    ["2026-03-31", 1],
    ["2026-05-01", 1],
  ])("on %s over FY2025 is %d", (asOf, expected) => {
    expect(expectedProgress("2025-04-01", "2026-03-31", asOf)).toBeCloseTo(expected, 10);
  });

  it("treats a period that ends the day it starts as all or nothing", () => {
    expect(expectedProgress("2025-05-20", "2025-05-20", "2025-05-19")).toBe(0);
    expect(expectedProgress("2025-05-20", "2025-05-20", "2025-05-20")).toBe(1);
  });

  it("throws on a malformed date, which is a bug in the caller", () => {
    expect(() => expectedProgress("2025-4-1", "2026-03-31", "2025-10-01")).toThrow(RangeError);
  });
});

describe("statusOf", () => {
  const fy2025 = { start: "2025-04-01", due: "2026-03-31" } as const;
  test.each([
    [1.02, "2025-11-21", "achieved"],
    [0.7, "2025-11-21", "on_track"],
    [0.5, "2025-11-21", "behind"],
    [0.99, "2026-04-01", "overdue"],
    [1, "2026-04-01", "achieved"],
  ] as const)("rate %d on %s is %s", (rate, asOf, expected) => {
    expect(statusOf(rate, { ...fy2025, asOf })).toBe(expected);
  });
});
