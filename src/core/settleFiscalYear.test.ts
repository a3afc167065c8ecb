import { describe, expect, it } from "vitest";
import { settleFiscalYear } from "./settleFiscalYear";
import type { SheetTable } from "./sheetTable";

const table = (fiscalYear: number | null): SheetTable => ({
  sheetName: "2 行財政改革",
  layout: "goal_sheet",
  headerRow: 8,
  fiscalYear,
  columns: { initiative: 1 },
  rows: [],
});

describe("settleFiscalYear", () => {
  it.each([
    ["the user's year over 令和7年度 in the title", 2025, 2024, { value: 2024, source: "option" }],
    ["令和7年度 from the title", 2025, undefined, { value: 2025, source: "sheet" }],
    [
      "the as-of date's year when the title (R７～10年度) names none",
      null,
      undefined,
      { value: 2025, source: "as_of" },
    ],
  ] as const)("takes %s", (_label, titleYear, fiscalYear, expected) => {
    const inputs = { asOf: "2025-11-21", ...(fiscalYear !== undefined ? { fiscalYear } : {}) };
    expect(settleFiscalYear(table(titleYear), inputs)).toEqual(expected);
  });

  it("counts the as-of date in the fiscal year that starts in the given month", () => {
    expect(settleFiscalYear(table(null), { asOf: "2026-03-31" })).toEqual({ value: 2025, source: "as_of" });
    expect(settleFiscalYear(table(null), { asOf: "2026-03-31", startMonth: 1 })).toEqual({
      value: 2026,
      source: "as_of",
    });
  });
});
