// A KPI list with a target and an actual column per year: the formulas the pane writes beside it (計算列)
// read the columns of the fiscal year the check judged, as the check does, whichever way the year was given.
import { describe, expect, it } from "vitest";
import { planComputedColumns } from "../../src/app/planComputedColumns";
import { checkSheet } from "../../src/app/runSubmissionCheck";
import { DEFAULT_SETTINGS } from "../../src/app/settings";
import { KYOTO_YEARLY_TARGETS } from "./layouts";

function formulasFor(fiscalYear: number): readonly string[] {
  const grid = KYOTO_YEARLY_TARGETS.grid;
  const checked = checkSheet(grid, {
    asOf: "2023-03-31",
    settings: { ...DEFAULT_SETTINGS, sheets: { [grid.name]: { fiscalYear } } },
  });
  if (!checked.ok) throw new Error("the layout should be checkable");
  const planned = planComputedColumns(checked.value, {
    firstColumn: 8,
    gradePreset: "abcd_100_80_60",
    startMonth: 4,
    locale: "ja",
  });
  if (!planned.ok) throw new Error("the computed columns should be planned");
  return planned.value.rows[0]?.formulas ?? [];
}

describe("計算列 over columns per year", () => {
  it("reads 2022年度's target (D) and actual (G) when 2022年度 is judged, not the first target (C)", () => {
    const formulas = formulasFor(2022).join(" ");
    expect(formulas).toContain("D2");
    expect(formulas).toContain("G2");
    expect(formulas).not.toContain("C2");
  });

  it("reads 2021年度's target (C) and actual (F) when 2021年度 is judged", () => {
    const formulas = formulasFor(2021).join(" ");
    expect(formulas).toContain("C2");
    expect(formulas).toContain("F2");
    expect(formulas).not.toMatch(/\bD2\b|\bG2\b/);
  });
});
