import { describe, expect, it, test } from "vitest";
import { summarizeValue, VALUE_CASES } from "./golden/valueCases";
import { parseKpiValue } from "./parseKpiValue";
import { expectReading } from "../../test/expectReading";
import { formatIssue } from "./messages/formatIssue";

describe("parseKpiValue", () => {
  describe("golden cases", () => {
    test.each(VALUE_CASES.map((c) => [c.input, c] as const))("reads %j", (input, { expected }) => {
      const result = parseKpiValue(input);
      if ("issues" in expected) {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.map((issue) => issue.code)).toEqual(expected.issues);
        if (!result.ok && expected.parts) {
          expect(result.issues.map((issue) => ("part" in issue ? issue.part : undefined) ?? "")).toEqual(
            expected.parts,
          );
        }
        return;
      }
      expect(result.ok).toBe(true);
      if (result.ok) expectReading(summarizeValue(result.value), expected);
    });
  });

  describe("never reads a number while part of the cell is left unread", () => {
    // Every golden reading, followed by a part that holds a digit, a percent or ratio word, a band or a
    // range: whatever the reading took, the part after it must make it a refusal that names the part.
    const readable = VALUE_CASES.filter((c) => !("issues" in c.expected) && !c.expected.missing);
    const unread = [" 5人", "（定員1,850人）", "～150人", " 約7割", " 3パーセント", "(70%台)", " 20%台半ば"];
    test.each(unread)("refuses every golden reading followed by %j", (extra) => {
      for (const c of readable) {
        const result = parseKpiValue(c.input + extra);
        expect(result.ok, c.input + extra).toBe(false);
        if (!result.ok)
          expect(
            result.issues.map(
              (issue) => ("part" in issue && issue.part) || ("text" in issue && issue.text),
            )[0],
            c.input + extra,
          ).toBeTruthy();
      }
    });
  });

  test.each([
    ["70%台", "ja", "目標値「70%台」は「〜台」という幅で"],
    ["1万人台", "en", 'Target "1万人台" is a band'],
    ["全国1位(2026 年)", "ja", "「1位」は順位で"],
    ["3 人 5 人", "ja", "読み取れない部分：「5 人」"],
    ["令和6年4月", "en", 'the part "4月"'],
    ["5件/月", "ja", "「/月」は月・週ごとの値で"],
  ] as const)("names the part it could not read in %j (%s)", (input, locale, words) => {
    const result = parseKpiValue(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatIssue({ ...result.issues[0]!, side: "target" }, locale)).toContain(words);
  });

  it("keeps the text as given", () => {
    const result = parseKpiValue("３６．４ ％");
    expect(result.ok && result.value.text).toBe("３６．４ ％");
  });

  test.each([
    ["36.4 ％", 0.364],
    ["27.5 ％", 0.275],
    ["21.3 ％", 0.213],
    ["16.5 ％", 0.165],
  ])("reads %j as exactly the double Excel stores for it", (input, fraction) => {
    const result = parseKpiValue(input);
    expect(result.ok && result.value.amount).toBe(fraction);
  });

  it("never returns a negative zero", () => {
    const result = parseKpiValue("△0");
    expect(result.ok && Object.is(result.value.amount, 0)).toBe(true);
  });

  it("reads a missing marker before width normalisation, so a full-width minus alone is missing", () => {
    const missing = parseKpiValue("－");
    const negative = parseKpiValue("－5");
    expect(missing.ok && missing.value.missing).toBe(true);
    expect(negative.ok && negative.value.amount).toBe(-5);
  });

  it("passes numbers through as Excel gives them", () => {
    expect(parseKpiValue(0.364)).toEqual({
      ok: true,
      value: {
        text: "0.364",
        missing: false,
        amount: 0.364,
        unit: "",
        qualifier: "none",
        period: "snapshot",
        yearTag: null,
        approximate: false,
        warnings: [],
      },
    });
  });

  test.each([
    [null, ""],
    [undefined, ""],
    ["  ", "  "],
  ])("reads %j as missing", (input, text) => {
    const result = parseKpiValue(input);
    expect(result.ok && result.value.missing).toBe(true);
    expect(result.ok && result.value.amount).toBeNull();
    expect(result.ok && result.value.text).toBe(text);
  });

  test.each([
    [true, "true"],
    [false, "false"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
  ])("refuses %j", (input, text) => {
    expect(parseKpiValue(input)).toEqual({ ok: false, issues: [{ code: "value_unreadable", text }] });
  });

  it("names the input in an unreadable issue", () => {
    expect(parseKpiValue("調整中")).toEqual({
      ok: false,
      issues: [{ code: "value_unreadable", text: "調整中" }],
    });
  });

  test.each([
    ["150万 万PV", "万"],
    ["5件件", "件"],
    ["50% %", "%"],
  ])("warns that %j doubles %j", (input, unit) => {
    const result = parseKpiValue(input);
    expect(result.ok && result.value.warnings).toEqual([{ code: "value_doubled_unit", text: input, unit }]);
  });

  it("shares no warning list between readings", () => {
    const first = parseKpiValue("5件件");
    const second = parseKpiValue("5件");
    expect(first.ok && first.value.warnings).toHaveLength(1);
    expect(second.ok && second.value.warnings).toHaveLength(0);
  });
});
