import { describe, expect, test } from "vitest";
import { YEAR, YEAR_RANGE, fiscalPartOf, monthPartOf } from "./deadlinePatterns";

function matchAt(pattern: RegExp, text: string): string | null {
  pattern.lastIndex = 0;
  return pattern.exec(text)?.[0] ?? null;
}

// Patterns run on width-normalised text: ～ for every wave dash, ASCII digits.
describe("YEAR_RANGE", () => {
  test.each([
    "H25～H28",
    "令和6～15年度",
    "平成28～令和2年度",
    "2020～24年度",
    "H23-27",
    "平成25、26年度",
    "2017-2026",
  ])("takes %j as two years", (text) => {
    expect(matchAt(YEAR_RANGE, text)).toBe(text);
  });

  test.each(["2025-05-20", "R7.4～R8.3", "10～12月", "R7.9～10月", "2025/5/20", "5月10日～20日"])(
    "leaves %j to the date and month readers",
    (text) => {
      expect(matchAt(YEAR_RANGE, text)).toBeNull();
    },
  );
});

describe("YEAR", () => {
  test.each([
    ["2023(令和5)年度", "2023", "令和", "5", "年度"],
    ["平成30(2018)年度", undefined, undefined, "2018", "年度"],
    ["Ｒ7年度".normalize("NFKC"), undefined, undefined, undefined, "年度"],
  ])("reads %j with the other calendar's year in brackets", (text, western, aliasLabel, alias, suffix) => {
    YEAR.lastIndex = 0;
    const match = YEAR.exec(text);
    expect(match?.[3]).toBe(western);
    expect(match?.[5] ?? undefined).toBe(aliasLabel);
    expect(match?.[6] ?? match?.[7]).toBe(alias);
    expect(match?.[8]).toBe(suffix);
  });

  test.each(["3年間", "2年目"])("leaves %j, a length or a plan year, alone", (text) => {
    expect(matchAt(YEAR, text)).toBeNull();
  });
});

describe("monthPartOf and fiscalPartOf", () => {
  test.each([
    [undefined, undefined, "whole"],
    ["当初", undefined, "first"],
    ["中間期", undefined, "midpoint"],
    ["後期", undefined, "h2"],
    [undefined, "三", 3],
    [undefined, "5", "whole"],
    ["何か", undefined, "whole"],
  ] as const)("fiscalPartOf(%j, %j) is %j", (word, quarter, part) => {
    expect(fiscalPartOf(word, quarter)).toBe(part);
  });

  test.each([
    ["下旬", "late"],
    [undefined, "whole"],
    ["何か", "whole"],
  ] as const)("monthPartOf(%j) is %j", (word, part) => {
    expect(monthPartOf(word)).toBe(part);
  });
});
