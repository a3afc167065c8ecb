import { describe, expect, it, test } from "vitest";
import { blankUntilFilled } from "./blankUntilFilled";

describe("blankUntilFilled", () => {
  test.each([
    ["=KPI.DUE(C9,2026)", "C9", '=IF(C9="","",KPI.DUE(C9,2026))'],
    ["=KPI.ACHIEVEMENT(G6,H6)", "H6", '=IF(H6="","",KPI.ACHIEVEMENT(G6,H6))'],
  ])("wraps %s on %s", (formula, cell, expected) => {
    expect(blankUntilFilled(formula, cell)).toBe(expected);
  });

  it("refuses a value that is not a formula", () => {
    expect(() => blankUntilFilled("期限", "C9")).toThrow(RangeError);
  });
});
