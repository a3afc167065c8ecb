import { describe, expect, it, test } from "vitest";
import { FLAG_KINDS_BOTTOM_UP, FLAG_STYLE, flagFormula, isFlagFormula } from "./flagStyle";

describe("flagFormula", () => {
  it("is an always-true rule that names the add-in", () => {
    expect(flagFormula("error")).toBe('=N("kpi-sheet-checker:error")=0');
  });
});

describe("isFlagFormula", () => {
  test.each([
    ['=N("kpi-sheet-checker:overdue")=0', true],
    ["=E6<D6", false],
    ['=ISNUMBER(SEARCH("kpi-sheet-checker",A1))', false],
    ["", false],
  ])("tells whether %s is the add-in's", (formula, ours) => {
    expect(isFlagFormula(formula)).toBe(ours);
  });
});

describe("FLAG_STYLE", () => {
  it("styles every kind, errors laid down last so that they show on top", () => {
    expect(FLAG_KINDS_BOTTOM_UP).toEqual(["overdue", "warning", "error"]);
    for (const kind of FLAG_KINDS_BOTTOM_UP) expect(FLAG_STYLE[kind].fill).toMatch(/^#[0-9A-F]{6}$/);
  });
});
