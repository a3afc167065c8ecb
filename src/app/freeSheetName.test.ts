import { describe, expect, test } from "vitest";
import { freeSheetName } from "./freeSheetName";

describe("freeSheetName", () => {
  test.each([
    ["令和8年度 重点目標", [], "令和8年度 重点目標"],
    ["令和8年度 重点目標", ["令和8年度 重点目標"], "令和8年度 重点目標 (2)"],
    ["KPI一覧", ["kpi一覧", "KPI一覧 (2)"], "KPI一覧 (3)"],
    ["KPI一覧 [R8]", [], "KPI一覧 (R8)"],
    ["総務部/企画課:重点目標?", [], "総務部 企画課 重点目標"],
    ["", [], "Sheet"],
    ["あ".repeat(40), ["あ".repeat(31)], `${"あ".repeat(27)} (2)`],
  ])("makes %s free among %j: %s", (wanted, taken, expected) => {
    const name = freeSheetName(wanted, taken);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
  });
});
