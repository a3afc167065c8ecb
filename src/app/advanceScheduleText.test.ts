import { describe, expect, it, test } from "vitest";
import { advanceScheduleText } from "./advanceScheduleText";

describe("advanceScheduleText", () => {
  test.each([
    // The seed's schedules: months of 令和7年度, 1–3月 of 令和8 included.
    ["(1) R7. 4月 (2) R7. 5月～R8. 1月 (3) R8. 3月", "(1) R8. 4月 (2) R8. 5月～R9. 1月 (3) R9. 3月", 4],
    ["(1) R7. 10月  (2) R7. 12月", "(1) R8. 10月  (2) R8. 12月", 2],
    ["(1) 令和7年5月20日", "(1) 令和8年5月20日", 1],
    ["2025年度", "2026年度", 1],
    ["R7年度末", "R8年度末", 1],
    ["R7.5.20", "R8.5.20", 1],
    ["2025/10/1～2026/3/31", "2026/10/1～2027/3/31", 2],
    // Full-width digits stay full-width.
    ["Ｒ７．１０月", "Ｒ８．１０月", 1],
    ["令和７年度中", "令和８年度中", 1],
  ])("moves %s on to %s", (text, expected, advanced) => {
    expect(advanceScheduleText(text, 2025)).toEqual({ text: expected, advanced, leftAsWritten: [] });
  });

  test.each([
    // After the fiscal year: the election's term ends in 令和8年度, which this sheet does not plan.
    ["(3) 令和8年4月8日", ["令和8年4月8日"]],
    // A plan of several years.
    ["R７～10年度", ["R７～10年度"]],
    // A calendar year without its month could be either fiscal year.
    ["令和7年中に実施", ["令和7年"]],
    // Before the fiscal year: history.
    ["R6年度末に策定済み", ["R6年度"]],
  ])("leaves %s as written and names it", (text, left) => {
    expect(advanceScheduleText(text, 2025)).toEqual({ text, advanced: 0, leftAsWritten: left });
  });

  it("leaves a day next year does not have", () => {
    expect(advanceScheduleText("2028年2月29日", 2027)).toEqual({
      text: "2028年2月29日",
      advanced: 0,
      leftAsWritten: ["2028年2月29日"],
    });
  });

  it("moves 令和元年 on as 令和2年", () => {
    expect(advanceScheduleText("令和元年5月", 2019).text).toBe("令和2年5月");
  });

  it("leaves texts without a year alone, and amounts of four digits are not years", () => {
    for (const text of ["(1)(2)(3)年度内", "随時", "5000人", "年度末"]) {
      expect(advanceScheduleText(text, 2025)).toEqual({ text, advanced: 0, leftAsWritten: [] });
    }
  });

  it("counts a fiscal year that starts in another month", () => {
    // With a January start, R7. 3月 is 令和7年度 and moves on.
    expect(advanceScheduleText("R7. 3月", 2025, 1).text).toBe("R8. 3月");
    expect(advanceScheduleText("R7. 3月", 2025, 4).leftAsWritten).toEqual(["R7. 3月"]);
  });
});
