import { describe, expect, it, test } from "vitest";
import { advanceFiscalYearText } from "./advanceFiscalYear";

describe("advanceFiscalYearText", () => {
  test.each([
    ["令和7年度 重点目標管理シート", 2025, "令和8年度 重点目標管理シート"],
    ["令和７年度 重点目標管理シート", 2025, "令和８年度 重点目標管理シート"],
    ["R7 重点目標管理シート", 2025, "R8 重点目標管理シート"],
    ["R7年度", 2025, "R8年度"],
    ["Ｒ７年度実績", 2025, "Ｒ８年度実績"],
    ["令和元年度 重点目標", 2019, "令和2年度 重点目標"],
    ["2025年度 KPI一覧", 2025, "2026年度 KPI一覧"],
    ["令和9年度 重点目標", 2027, "令和10年度 重点目標"],
  ])("advances %s (FY%i) to %s", (text, year, expected) => {
    expect(advanceFiscalYearText(text, year)).toBe(expected);
  });

  test.each([
    ["第２期上野町長マニフェスト（R７～10年度）に関連する具体的な取組などの一覧", 2025],
    ["R6年度末", 2025],
    ["R10年度末", 2025],
    ["令和7年度 重点目標管理シート", 2024],
    ["R7.5.20", 2025],
    ["重点目標管理シート", 2025],
    ["PR7", 2025],
  ])("leaves %s alone for FY%i", (text, year) => {
    expect(advanceFiscalYearText(text, year)).toBeNull();
  });

  it("refuses a fiscal year that is not a whole number", () => {
    expect(() => advanceFiscalYearText("令和7年度", 2025.5)).toThrow(RangeError);
  });
});
