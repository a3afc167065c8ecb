import { describe, expect, it, test } from "vitest";
import {
  ERA_NOTATION_PATTERN,
  eraLabelPattern,
  eraOfFiscalYear,
  eraOfLabel,
  gregorianYear,
  readEraYear,
  yearOfEraNotation,
} from "./era";

describe("gregorianYear", () => {
  test.each([
    ["reiwa", 7, 2025],
    ["reiwa", 1, 2019],
    ["heisei", 31, 2019],
    // plans written before 2019 name years that never existed: by arithmetic
    ["heisei", 33, 2021],
    ["showa", 64, 1989],
  ] as const)("%s %d is %d", (era, year, expected) => {
    expect(gregorianYear(era, year)).toBe(expected);
  });

  it("throws for an era that does not exist", () => {
    expect(() => gregorianYear("edo" as never, 1)).toThrow(RangeError);
  });
});

describe("eraOfLabel", () => {
  test.each([
    ["令和", "reiwa"],
    ["R", "reiwa"],
    ["令", "reiwa"],
    ["平成", "heisei"],
    ["H", "heisei"],
    ["昭", "showa"],
    ["Ｈ", "heisei"],
    ["ｒ", "reiwa"],
    ["大正", "taisho"],
    ["T", "taisho"],
    ["明治", "meiji"],
    ["Ｍ", "meiji"],
    // 大 and 明 alone are words (大会, 説明), not eras
    ["大", null],
    ["明", null],
    ["", null],
  ])("%j is %s", (label, expected) => {
    expect(eraOfLabel(label)).toBe(expected);
  });
});

describe("eraOfFiscalYear", () => {
  it("names FY2025 令和7年度 and FY2019 令和元年度", () => {
    expect(eraOfFiscalYear(2025)).toEqual({ era: "reiwa", eraYear: 7 });
    expect(eraOfFiscalYear(2019)).toEqual({ era: "reiwa", eraYear: 1 });
    expect(eraOfFiscalYear(2000)).toEqual({ era: "heisei", eraYear: 12 });
  });
});

describe("readEraYear", () => {
  test.each([
    ["元", 1],
    ["7", 7],
    ["33", 33],
    ["七", null],
    ["", null],
  ])("%j is %s", (text, expected) => {
    expect(readEraYear(text)).toBe(expected);
  });
});

describe("yearOfEraNotation", () => {
  test.each([
    ["令和", "7", 2025],
    ["Ｒ", "元", 2019],
    ["H", "３３", 2021],
    ["大正", "15", 1926],
    ["M", "45", 1912],
    ["令和", "0", null],
    ["令和", "七", null],
    ["FY", "7", null],
  ])("%s %s is %s", (label, year, expected) => {
    expect(yearOfEraNotation(label, year)).toBe(expected);
  });
});

describe("ERA_NOTATION_PATTERN", () => {
  const notation = new RegExp(`^${ERA_NOTATION_PATTERN}`);
  test.each([
    ["令和7年度", "令和", "7"],
    ["Ｒ７．１０月", "Ｒ", "７"],
    ["H 30.3", "H", "30"],
    ["平成元年", "平成", "元"],
    ["明治45年", "明治", "45"],
  ])("reads %j as the label %j and the year %j", (text, label, year) => {
    const match = notation.exec(text);
    expect([match?.[1], match?.[2]]).toEqual([label, year]);
  });

  test.each(["FY2025", "RH7", "大会7", "R1234"])("finds no era in %j", (text) => {
    expect(notation.exec(text)).toBeNull();
  });
});

describe("eraLabelPattern", () => {
  it("names one era's labels, for rewriting only that era's years", () => {
    const reiwa = new RegExp(`^(?:${eraLabelPattern("reiwa")})$`);
    expect(["令和", "令", "R", "Ｒ"].every((label) => reiwa.test(label))).toBe(true);
    expect(reiwa.test("H")).toBe(false);
  });
});
