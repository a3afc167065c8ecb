import { describe, expect, it, test } from "vitest";
import {
  calendarYearOfMonth,
  findFiscalYearInText,
  fiscalYearOf,
  fiscalYearRange,
  parseFiscalYear,
} from "./fiscalYear";

describe("fiscalYearOf", () => {
  test.each([
    ["2025-04-01", 2025],
    ["2026-03-31", 2025],
    ["2026-01-15", 2025],
    ["2025-03-31", 2024],
  ])("%s falls in FY%d", (date, fy) => {
    expect(fiscalYearOf(date)).toBe(fy);
  });

  it("follows another start month when a sheet uses one", () => {
    expect(fiscalYearOf("2025-03-31", 1)).toBe(2025);
    expect(fiscalYearOf("2025-06-30", 7)).toBe(2024);
  });

  it("throws on a bad date or start month, which are callers' bugs", () => {
    expect(() => fiscalYearOf("2025-02-30")).toThrow(RangeError);
    expect(() => fiscalYearOf("2025-04-01", 13)).toThrow(RangeError);
  });
});

describe("fiscalYearRange", () => {
  it("runs 令和7年度 from 1 April 2025 to 31 March 2026", () => {
    expect(fiscalYearRange(2025)).toEqual({ start: "2025-04-01", end: "2026-03-31" });
  });
  it("runs a calendar-year fiscal year within the year", () => {
    expect(fiscalYearRange(2025, 1)).toEqual({ start: "2025-01-01", end: "2025-12-31" });
  });
  it("throws on a start month outside 1–12", () => {
    expect(() => fiscalYearRange(2025, 0)).toThrow(RangeError);
  });
});

describe("calendarYearOfMonth", () => {
  it("puts 1月 on an FY2025 sheet in January 2026, and 5月 in 2025", () => {
    expect(calendarYearOfMonth(2025, 1)).toBe(2026);
    expect(calendarYearOfMonth(2025, 5)).toBe(2025);
  });
});

describe("parseFiscalYear", () => {
  test.each([
    [2025, 2025],
    ["2025", 2025],
    ["２０２５年度", 2025],
    ["FY2025", 2025],
    ["令和7年度", 2025],
    ["令和７年度", 2025],
    ["R7", 2025],
    ["R7年度", 2025],
    ["令和元年度", 2019],
    ["平成31年度", 2019],
    ["平成33年度", 2021],
  ])("reads %j as %d", (input, expected) => {
    expect(parseFiscalYear(input)).toEqual({ ok: true, value: expected });
  });

  test.each([["来年度"], [""], [null], [2025.5], ["R"], ["令和年度"], [99]])("refuses %j", (input) => {
    const result = parseFiscalYear(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe("fiscal_year_unreadable");
  });
});

describe("findFiscalYearInText", () => {
  test.each([
    ["令和7年度 重点目標管理シート", 2025],
    ["令和７年度　重点目標", 2025],
    ["2026年度 KPI一覧", 2026],
    ["第２期上野町長マニフェスト（R７～10年度）", null],
    ["重点目標管理シート", null],
  ])("finds %j → %s", (text, expected) => {
    expect(findFiscalYearInText(text)).toBe(expected);
  });
});
