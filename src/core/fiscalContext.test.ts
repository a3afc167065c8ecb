import { describe, expect, it, test } from "vitest";
import type { FiscalContext } from "./fiscalContext";
import { calendarSpan, contextOf, fiscalSpan, isoDateOf, monthSpan } from "./fiscalContext";

const FY2025: FiscalContext = contextOf({ fiscalYear: 2025, startMonth: 4, planStart: null }, () => null);

describe("fiscalSpan", () => {
  test.each([
    ["whole", "2025-04-01", "2026-03-31"],
    ["end", "2026-03-31", "2026-03-31"],
    // 年度当初: the first month
    ["first", "2025-04-01", "2025-04-30"],
    // 中間期, 上半期末: the last day of the first half
    ["midpoint", "2025-09-30", "2025-09-30"],
    ["h1", "2025-04-01", "2025-09-30"],
    ["h2", "2025-10-01", "2026-03-31"],
    [1, "2025-04-01", "2025-06-30"],
    [4, "2026-01-01", "2026-03-31"],
  ] as const)("gives %s of FY2025 as %s…%s", (part, from, to) => {
    expect(fiscalSpan(2025, part, FY2025)).toEqual({ from, to });
  });

  it("counts halves from the sheet's first month when the year starts in January", () => {
    const calendar = contextOf({ fiscalYear: 2025, startMonth: 1, planStart: null }, () => null);
    expect(fiscalSpan(2025, "h1", calendar)).toEqual({ from: "2025-01-01", to: "2025-06-30" });
    expect(fiscalSpan(2025, "first", calendar)).toEqual({ from: "2025-01-01", to: "2025-01-31" });
  });

  it("gives another fiscal year than the sheet's", () => {
    expect(fiscalSpan(2028, "end", FY2025)).toEqual({ from: "2029-03-31", to: "2029-03-31" });
  });
});

describe("monthSpan", () => {
  test.each([
    ["whole", "2026-02-01", "2026-02-28"],
    ["end", "2026-02-28", "2026-02-28"],
    ["early", "2026-02-01", "2026-02-10"],
    ["middle", "2026-02-11", "2026-02-20"],
    ["late", "2026-02-21", "2026-02-28"],
  ] as const)("gives %s of February 2026 as %s…%s", (part, from, to) => {
    expect(monthSpan(2026, 2, part)).toEqual({ from, to });
  });
});

describe("calendarSpan", () => {
  it("gives a calendar year, or its last day (年末)", () => {
    expect(calendarSpan(2025, "whole")).toEqual({ from: "2025-01-01", to: "2025-12-31" });
    expect(calendarSpan(2025, "end")).toEqual({ from: "2025-12-31", to: "2025-12-31" });
  });
});

describe("isoDateOf", () => {
  it("pads month and day, and years outside four digits as calendar.toIsoDate does", () => {
    expect(isoDateOf(2025, 5, 1)).toBe("2025-05-01");
    expect(isoDateOf(10000, 3, 31)).toBe("10000-03-31");
  });
});

describe("contextOf", () => {
  it("remembers readings per fiscal year, start month and plan start", () => {
    let reads = 0;
    const read = (text: string): { text: string } => {
      reads++;
      return { text };
    };
    const context = contextOf({ fiscalYear: 2031, startMonth: 4, planStart: 2030 }, read);
    expect(context.read("年度内")).toBe(context.read("年度内"));
    expect(reads).toBe(1);
    expect(context.end).toBe("2032-03-31");
    expect(context.planStart).toBe(2030);
    // 令和 is the era of FY2031: era-less 13年度 is 2018 + 13
    expect(context.sheetEraOffset).toBe(2018);
  });

  it("throws on a start month that is not a month, a bug in the caller", () => {
    expect(() => contextOf({ fiscalYear: 2025, startMonth: 13, planStart: null }, () => null)).toThrow(
      RangeError,
    );
  });
});
