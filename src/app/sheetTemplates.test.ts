import { describe, expect, it, test } from "vitest";
import type { CellValue } from "../core/sheetTable";
import { detectTableInGrid } from "./detectTable";
import { DEFAULT_SETTINGS } from "./settings";
import type { TemplateOptions } from "./sheetTemplates";
import { GOAL_SHEET_HEADER, planTemplate } from "./sheetTemplates";

const OPTIONS: TemplateOptions = {
  kind: "goal_sheet",
  fiscalYear: 2026,
  sheetNames: [],
  settings: DEFAULT_SETTINGS,
  asOf: "2026-03-01",
  locale: "ja",
};

function planned(options: Partial<TemplateOptions> = {}) {
  const plan = planTemplate({ ...OPTIONS, ...options });
  if (!plan.ok) throw new Error(`the template should plan: ${JSON.stringify(plan.issues)}`);
  return plan.value;
}

function detect(values: readonly (readonly CellValue[])[]) {
  return detectTableInGrid(
    { name: "新", firstRow: 1, firstColumn: 0, values },
    {},
    { asOf: "2026-03-01", startMonth: 4 },
  );
}

describe("planTemplate", () => {
  it("lays out a blank 重点目標管理シート as seed 000 does, for the chosen year", () => {
    const plan = planned();
    expect(plan.sheetName).toBe("令和8年度 重点目標");
    expect(plan.values[0]?.[0]).toBe("令和8年度 重点目標管理シート");
    expect(plan.values[6]?.slice(0, 7)).toEqual([
      ...GOAL_SHEET_HEADER.slice(0, 5),
      null,
      GOAL_SHEET_HEADER[5],
    ]);
    expect(plan.values.slice(7, 13).map((row) => row[0])).toEqual(["①", "②", "③", "④", "⑤", "⑥"]);
    expect(plan.values[13]?.[0]).toBe("特記事項");
    expect(new Set(plan.values.map((row) => row.length)).size).toBe(1);
    expect(plan.merges).toContain("E7:F7");
    expect(plan.print).toEqual({ orientation: "Landscape", titleRows: "$7:$7" });
    expect(plan.columnWidths).toHaveLength(11);
    // The check reads the blank sheet as a goal sheet for 令和8年度.
    const detected = detect(plan.values);
    expect(detected.ok && [detected.value.table.layout, detected.value.fiscalYear.value]).toEqual([
      "goal_sheet",
      2026,
    ]);
  });

  it("puts the computed columns and a prompt on 期間・期限 in place, blank until a row is filled in", () => {
    const plan = planned();
    expect(plan.values[6]?.slice(9)).toEqual(["期限", "期限超過"]);
    expect(plan.formulas[0]).toEqual({
      address: "J8:K8",
      formulas: [['=IF(C8="","",KPI.DUE(C8,2026))', '=IF(J8="","",KPI.OVERDUE(J8,G8&" "&E8))']],
    });
    expect(plan.numberFormats[0]).toEqual({ column: 9, firstRow: 8, lastRow: 13, format: "yyyy/mm/dd" });
    expect(plan.validation.map((t) => [t.kind, t.column, t.firstRow, t.lastRow])).toEqual([
      ["advisory", 2, 8, 13],
    ]);
  });

  it("lays out a KPI list as seed 004 does, with an 実績値 column for each year of the plan", () => {
    const plan = planned({ kind: "kpi_list", planYears: 4, rows: 10 });
    expect(plan.sheetName).toBe("令和8年度 KPI一覧");
    expect(plan.values[0]?.[0]).toBe("令和8年度 KPI一覧（計画期間 R8～R11年度）");
    expect(plan.values[3]?.slice(4, 11)).toEqual([
      "推進項目のＫＰＩ",
      "基準値",
      "目標値",
      "実績値",
      "実績値",
      "実績値",
      "実績値",
    ]);
    expect(plan.values[4]?.slice(5, 11)).toEqual([
      "R7年度末",
      "R11年度末",
      "R8年度",
      "R9年度",
      "R10年度",
      "R11年度",
    ]);
    expect(plan.values[3]?.slice(11)).toEqual(["達成率", "進捗率", "評価", "状況"]);
    expect(plan.values).toHaveLength(15);
    expect(plan.formulas[0]?.formulas[0]?.[0]).toBe('=IF(OR(H6="",G6=""),"",KPI.ACHIEVEMENT(G6,H6))');
    expect(plan.validation.map((t) => [t.kind, t.column])).toEqual([
      ["advisory", 5],
      ["advisory", 6],
      ["advisory", 7],
      ["grade", 13],
    ]);
    expect(plan.print.titleRows).toBe("$4:$5");
    const detected = detect(plan.values);
    expect(detected.ok && detected.value.fiscalYear.value).toBe(2026);
  });

  it("carries a 目標値（見直し後） column right of 目標値 when asked, empty, the actuals and formulas moved along", () => {
    const plan = planned({ kind: "kpi_list", planYears: 4, rows: 10, revisedTarget: true });
    expect(plan.values[3]?.slice(5, 9)).toEqual(["基準値", "目標値", "目標値（見直し後）", "実績値"]);
    expect(plan.values[4]?.slice(5, 9)).toEqual(["R7年度末", "R11年度末", null, "R8年度"]);
    expect(plan.revisedTarget).toEqual({ column: 7, headerRow: 4 });
    // Every cell of the new column below its headers is empty, for the user to fill.
    expect(plan.values.slice(5).map((row) => row[7])).toEqual(Array(10).fill(null));
    expect(plan.values[3]?.slice(12)).toEqual(["達成率", "進捗率", "評価", "状況"]);
    // The achievement is of this year's actual (I) against the revised target where one is filled in (H).
    const achievement = plan.formulas[0]?.formulas[0]?.[0] ?? "";
    expect(achievement).toMatch(/^=IF\(OR\(I6="",/);
    expect(achievement).toContain("H6");
    expect(achievement).toMatch(/KPI\.ACHIEVEMENT\(.*,I6\)\)$/);
    expect(plan.columnWidths).toHaveLength(plan.values[3]?.length ?? 0);
    const detected = detect(plan.values);
    const columns = detected.ok ? detected.value.table.columns : {};
    expect([columns.target, columns.revisedTarget, columns.actual]).toEqual([6, 7, 8]);
  });

  it("leaves the column out by default, and out of a goal sheet", () => {
    expect(planned({ kind: "kpi_list" }).revisedTarget).toBeUndefined();
    expect(planned({ kind: "kpi_list" }).values[3]).not.toContain("目標値（見直し後）");
    expect(planned({ kind: "goal_sheet", revisedTarget: true }).revisedTarget).toBeUndefined();
  });

  it("never takes the name of a sheet in the workbook", () => {
    expect(planned({ sheetNames: ["令和8年度 重点目標"] }).sheetName).toBe("令和8年度 重点目標 (2)");
  });

  test.each([
    [{ fiscalYear: 1800 }, "fiscalYear"],
    [{ kind: "kpi_list" as const, planYears: 0 }, "planYears"],
    [{ kind: "kpi_list" as const, planYears: 40 }, "planYears"],
    [{ kind: "kpi_list" as const, rows: 0 }, "rows"],
  ])("refuses %j", (options, field) => {
    expect(planTemplate({ ...OPTIONS, ...options })).toEqual({
      ok: false,
      issues: [{ code: "template_invalid", field }],
    });
  });
});
