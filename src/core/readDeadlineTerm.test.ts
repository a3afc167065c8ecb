import { describe, expect, it, test } from "vitest";
import type { Scan } from "./deadlineTerm";
import { readMonth } from "./deadlineTerm";
import { contextOf } from "./fiscalContext";
import { readDayOnlyAt, readTermAt } from "./readDeadlineTerm";
import { readPlanYear, readYearRange } from "./readDeadlineYear";

function scanOf(text: string, fiscalYear = 2025, planStart: number | null = null): Scan {
  return { text, context: contextOf({ fiscalYear, startMonth: 4, planStart }, () => null), yearBase: null };
}

describe("readTermAt", () => {
  test.each([
    ["年度当初", 2025, "2025-04-01", "2025-04-30"],
    ["平成33年度", 2019, "2021-04-01", "2022-03-31"],
    ["2023(令和5)年度", 2023, "2023-04-01", "2024-03-31"],
    ["翌 11月", 2017, "2018-11-01", "2018-11-30"],
    ["大正15年12月", 1926, "1926-12-01", "1926-12-31"],
  ])("reads %j on an FY%i sheet as %s…%s", (text, fiscalYear, from, to) => {
    expect(readTermAt(scanOf(text, fiscalYear), 0, null)).toMatchObject({ ok: true, from, to });
  });

  test.each(["任期満了日", "大会", "前期基本計画", "年度等", ""])(
    "finds no notation at the start of %j",
    (text) => {
      expect(readTermAt(scanOf(text), 0, null)).toBeNull();
    },
  );

  it("reads an era-less year in the era of the year before it", () => {
    const scan = scanOf("平成28年～30年", 2016);
    readTermAt(scan, 0, null);
    expect(readTermAt(scan, 6, null)).toMatchObject({ from: "2018-01-01", to: "2018-12-31" });
  });
});

describe("readYearRange", () => {
  it("reads two years sharing one 年度, and leaves a date alone", () => {
    expect(readYearRange(scanOf("平成28～令和2年度", 2016), 0)).toMatchObject({
      from: "2016-04-01",
      to: "2021-03-31",
      range: true,
    });
    expect(readYearRange(scanOf("2025-05-20"), 0)).toBeNull();
  });

  it("refuses a range that ends before it starts", () => {
    expect(readYearRange(scanOf("R9～R7"), 0)).toMatchObject({
      ok: false,
      issue: { code: "deadline_unreadable", reason: "range_reversed" },
    });
  });
});

describe("readPlanYear", () => {
  it("counts from the plan's first fiscal year, and refuses without one or for year 0", () => {
    expect(readPlanYear(scanOf("2年目", 2025, 2025), 0, 2, 3)).toMatchObject({ to: "2027-03-31" });
    expect(readPlanYear(scanOf("2年目"), 0, 2, 3)).toMatchObject({
      ok: false,
      issue: { reason: "plan_start_unknown" },
    });
    expect(readPlanYear(scanOf("0年目", 2025, 2025), 0, 0, 3)).toMatchObject({ ok: false });
  });
});

describe("readDayOnlyAt and readMonth", () => {
  it("reads a day in the anchor's month, and refuses a day the month does not have", () => {
    expect(readDayOnlyAt(scanOf("20日"), 0, { year: 2025, month: 5 })).toMatchObject({ from: "2025-05-20" });
    expect(readDayOnlyAt(scanOf("31日"), 0, { year: 2025, month: 6 })).toMatchObject({
      ok: false,
      issue: { code: "date_impossible", source: "31日" },
    });
    expect(readDayOnlyAt(scanOf("x"), 0, { year: 2025, month: 6 })).toBeNull();
  });

  it("refuses month 13", () => {
    const notation = {
      begin: 0,
      end: 3,
      month: 13,
      year: null,
      part: "whole",
      day: null,
      anchor: null,
    } as const;
    expect(readMonth(scanOf("13月"), notation)).toMatchObject({
      ok: false,
      issue: { code: "date_impossible" },
    });
  });
});
