import { describe, expect, it, test } from "vitest";
import { PAIR_CASES, summarizeValue } from "./golden/valueCases";
import { parseKpiPair, splitAtArrow } from "./parseKpiPair";
import { expectReading } from "../../test/expectReading";

describe("parseKpiPair", () => {
  describe("golden cases", () => {
    test.each(PAIR_CASES.map((c) => [c.input, c] as const))("reads %j", (input, { expected }) => {
      const result = parseKpiPair(input);
      if ("issues" in expected) {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.map((issue) => issue.code)).toEqual(expected.issues);
        return;
      }
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expectReading(summarizeValue(result.value.baseline), expected.baseline);
      expectReading(summarizeValue(result.value.target), expected.target);
    });
  });

  it("keeps each side's text, trimmed", () => {
    const result = parseKpiPair("－ 人 ⇒ 1,000 人");
    expect(result.ok && result.value.baseline.text).toBe("－ 人");
    expect(result.ok && result.value.target.text).toBe("1,000 人");
  });

  it("says which side an issue comes from", () => {
    expect(parseKpiPair("未定 ⇒ 3 人 5 人")).toEqual({
      ok: false,
      issues: [
        { code: "value_unreadable", text: "未定", side: "baseline" },
        { code: "value_multiple_numbers", text: "3 人 5 人", part: "5 人", side: "target" },
      ],
    });
  });

  test.each([
    [null, ""],
    [undefined, ""],
    ["", ""],
    ["111 件", "111 件"],
    ["1 ⇒ 2 ⇒ 3", "1 ⇒ 2 ⇒ 3"],
  ])("refuses %j as a pair", (input, text) => {
    expect(parseKpiPair(input)).toEqual({ ok: false, issues: [{ code: "pair_unreadable", text }] });
  });
});

describe("splitAtArrow", () => {
  test.each([
    ["期間中 5 件 ⇒ 期間中 10 件", ["期間中 5 件", "期間中 10 件"]],
    ["1 → 2", ["1", "2"]],
    ["1 ➡️ 2", ["1", "2"]],
    ["1 ⇨ 2", ["1", "2"]],
    ["1=>2", ["1", "2"]],
    ["1->2", ["1", "2"]],
    ["1 ＝＞ 2", ["1", "2"]],
    ["－ 人 －＞ 5 人", ["－ 人", "5 人"]],
    ["⇒", ["", ""]],
    ["③ 利用率：41% → 45%", ["41%", "45%"]],
    ["(1) 会員数: 523人 → 730人", ["523人", "730人"]],
    ["新規雇用者数: ― → 50人", ["―", "50人"]],
    ["(7,153千円/人→7,612千円/人)", ["7,153千円/人", "7,612千円/人"]],
    ["（100人 ⇒ 120人）", ["100人", "120人"]],
    ["(H26)2,100億円 → (H32)2,250億円", ["(H26)2,100億円", "(H32)2,250億円"]],
    ["期間中: 5件 ⇒ 10件", ["期間中: 5件", "10件"]],
    ["R4: 7,072t ⇒ 4,352t", ["R4: 7,072t", "4,352t"]],
  ])("splits %j", (input, sides) => {
    expect(splitAtArrow(input)).toEqual(sides);
  });

  test.each([["111 件"], ["1 ⇒ 2 → 3"], [""], ["1 ～ 2"]])("returns null for %j", (input) => {
    expect(splitAtArrow(input)).toBeNull();
  });
});
