import { describe, expect, it } from "vitest";
import type { CellValue } from "../core/sheetTable";
import { GOAL_SHEET_2_NAME, goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import type { CarryForwardOptions } from "./planCarryForward";
import { planCarryForward } from "./planCarryForward";
import { DEFAULT_SETTINGS } from "./settings";
import { planTemplate } from "./sheetTemplates";

const OPTIONS: CarryForwardOptions = { asOf: "2025-11-21", settings: DEFAULT_SETTINGS, locale: "ja" };

function source(name: string, values: readonly (readonly CellValue[])[], sheetNames = [name]) {
  return { grid: { name, firstRow: 1, firstColumn: 0, values }, sheetNames };
}

describe("planCarryForward", () => {
  it("advances the title and empties the reports of a goal sheet, keeping items and targets", () => {
    const planned = planCarryForward(source(GOAL_SHEET_2_NAME, goalSheet2().values), OPTIONS);
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    const { plan, fromYear, toYear, titleAdvanced, emptied } = planned.value;
    expect([fromYear, toYear, titleAdvanced]).toEqual([2025, 2026, true]);
    expect(plan.sheetName).toBe("2 行財政改革 (令和8年度)");
    expect(plan.cells[0]).toEqual({ cell: "A1", value: "令和8年度 重点目標管理シート" });
    // 期間・期限 (C) moves on a year; 中間報告 (E) of items ①–⑤ is emptied; 期末報告 (G) is empty in the
    // seed; nothing else changes.
    expect(plan.cells.slice(1).map((c) => c.cell)).toEqual([
      "C9",
      "E9",
      "C10",
      "E10",
      "C11",
      "E11",
      "C12",
      "E12",
      "C13",
      "E13",
    ]);
    expect(plan.cells.find((c) => c.cell === "C9")?.value).toBe(
      "(1) R8. 4月 (2) R8. 5月～R9. 1月 (3) R9. 3月",
    );
    expect(plan.cells.filter((c) => c.cell.startsWith("E")).every((c) => c.value === "")).toBe(true);
    expect(planned.value.scheduleLeftAsWritten).toEqual([]);
    expect(emptied).toBe(5);
    // The 現況・課題 prose names 令和7年度 and 令和8年度 as history: it is not touched.
    expect(plan.cells.some((c) => c.cell === "B6")).toBe(false);
    expect(plan.formulas).toEqual([]);
  });

  it("empties the actuals of a KPI list and moves their year tag, not the plan period or the baseline's year", () => {
    const planned = planCarryForward(source("KPI一覧", kpiList(3).values), {
      ...OPTIONS,
      settings: { ...DEFAULT_SETTINGS, sheets: { KPI一覧: { fiscalYear: 2025 } } },
    });
    expect(planned.ok && planned.value.plan.cells).toEqual([
      { cell: "E5", value: "R8年度" },
      { cell: "E6", value: "" },
      { cell: "E7", value: "" },
      { cell: "E8", value: "" },
    ]);
    // The title (R７～10年度) names the plan period, not the sheet's year.
    expect(planned.ok && planned.value.titleAdvanced).toBe(false);
    expect(planned.ok && planned.value.plan.sheetName).toBe("KPI一覧 (令和8年度)");
  });

  it("plans the computed columns again for the new year", () => {
    const values: CellValue[][] = goalSheet2().values.map((row) => [...row]);
    const header = values[7]!;
    while (header.length < 9) header.push(null);
    header.push("期限", "期限超過"); // J, K
    const planned = planCarryForward(source(GOAL_SHEET_2_NAME, values), OPTIONS);
    expect(planned.ok && planned.value.plan.formulas[0]).toEqual({
      address: "J9:K9",
      formulas: ['=IF(C9="","",KPI.DUE(C9,2026))', '=IF(J9="","",KPI.OVERDUE(J9,G9&" "&E9))'],
    });
  });

  it("moves a KPI list with an 実績値 column per year on to next year's column, keeping the history", () => {
    const template = planTemplate({
      kind: "kpi_list",
      fiscalYear: 2026,
      rows: 3,
      sheetNames: [],
      settings: DEFAULT_SETTINGS,
      asOf: "2026-05-01",
      locale: "ja",
    });
    if (!template.ok) throw new Error("the template should plan");
    const values: CellValue[][] = template.value.values.map((row) => [...row]);
    values[5]![4] = "行かない窓口での手続き申請件数";
    values[5]![5] = "111 件";
    values[5]![6] = "120 件";
    values[5]![7] = "114 件"; // R8年度 (H)
    const planned = planCarryForward(source("令和8年度 KPI一覧", values), { ...OPTIONS, asOf: "2026-05-01" });
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    expect(planned.value.actualColumn).toBe(8); // I: R9年度
    expect(planned.value.plan.cells).toEqual([
      { cell: "A1", value: "令和9年度 KPI一覧（計画期間 R8～R11年度）" },
    ]);
    expect(planned.value.plan.sheetName).toBe("令和9年度 KPI一覧");
    expect(planned.value.plan.formulas[0]?.formulas[0]).toBe(
      '=IF(OR(I6="",G6=""),"",KPI.ACHIEVEMENT(G6,I6))',
    );
  });

  it("picks a name no sheet has", () => {
    const planned = planCarryForward(
      source("令和7年度 重点目標", goalSheet2().values, ["令和7年度 重点目標", "令和8年度 重点目標"]),
      OPTIONS,
    );
    expect(planned.ok && planned.value.plan.sheetName).toBe("令和8年度 重点目標 (2)");
  });

  it("fails with the core's issue on a sheet without a table", () => {
    expect(planCarryForward(source("表紙", [["令和7年度 重点目標"]]), OPTIONS)).toEqual({
      ok: false,
      issues: [{ code: "table_not_found", sheet: "表紙" }],
    });
  });
});
