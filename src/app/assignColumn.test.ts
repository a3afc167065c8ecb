import { describe, expect, it } from "vitest";
import { assignColumn, assignSelection } from "./assignColumn";
import type { SelectedRange } from "./ports";
import { DEFAULT_SETTINGS } from "./settings";

const SELECTION: SelectedRange = {
  sheetName: "KPI一覧",
  address: "H6:H30",
  firstRow: 6,
  firstColumn: 7,
  rowCount: 25,
  columnCount: 1,
};

describe("assignColumn", () => {
  it("sets a role's column", () => {
    expect(assignColumn(DEFAULT_SETTINGS, "KPI一覧", "actual", 7).sheets).toEqual({
      KPI一覧: { mapping: { actual: 7 } },
    });
  });

  it("takes the column away from the role that had it", () => {
    const first = assignColumn(DEFAULT_SETTINGS, "KPI一覧", "status", 7);
    expect(assignColumn(first, "KPI一覧", "actual", 7).sheets.KPI一覧).toEqual({ mapping: { actual: 7 } });
  });

  it("sets a role to none, which drops recognition's choice", () => {
    const mapped = assignColumn(DEFAULT_SETTINGS, "KPI一覧", "status", 7);
    expect(assignColumn(mapped, "KPI一覧", "status", null).sheets.KPI一覧).toEqual({ excluded: ["status"] });
  });

  it("throws for a column that is not a 0-based index", () => {
    expect(() => assignColumn(DEFAULT_SETTINGS, "KPI一覧", "actual", -1)).toThrow(RangeError);
  });
});

describe("assignSelection", () => {
  it("maps the selection's first column to the role", () => {
    const assigned = assignSelection(DEFAULT_SETTINGS, "KPI一覧", "actual", SELECTION, null);
    expect(assigned.ok && assigned.value.sheets.KPI一覧).toEqual({ mapping: { actual: 7 } });
  });

  it("takes the row above a selected column of data as the header of an unrecognised sheet", () => {
    const assigned = assignSelection(
      DEFAULT_SETTINGS,
      "KPI一覧",
      "kpi",
      { ...SELECTION, firstColumn: 1 },
      { layout: "kpi_list" },
    );
    expect(assigned.ok && assigned.value.sheets.KPI一覧).toEqual({
      mapping: { kpi: 1 },
      headerRow: 5,
      layout: "kpi_list",
    });
  });

  it("takes a single selected cell as the header of an unrecognised sheet", () => {
    const cell = { ...SELECTION, address: "B4", firstRow: 4, firstColumn: 1, rowCount: 1 };
    const assigned = assignSelection(DEFAULT_SETTINGS, "KPI一覧", "kpi", cell, { layout: "kpi_list" });
    expect(assigned.ok && assigned.value.sheets.KPI一覧?.headerRow).toBe(4);
  });

  it("refuses a selection on another sheet", () => {
    expect(
      assignSelection(DEFAULT_SETTINGS, "KPI一覧", "actual", { ...SELECTION, sheetName: "別紙" }, null),
    ).toEqual({
      ok: false,
      issues: [{ code: "selection_other_sheet", sheet: "別紙" }],
    });
  });
});
