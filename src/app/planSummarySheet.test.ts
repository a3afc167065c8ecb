import { describe, expect, it } from "vitest";
import type { SheetGrid } from "../core/sheetTable";
import { goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import { planSummarySheet } from "./planSummarySheet";
import { DEFAULT_SETTINGS } from "./settings";
import { summarizeGrids } from "./summarizeWorkbook";

const OPTIONS = { locale: "ja", asOf: null, gradePreset: "abcd_100_80_60", startMonth: 4 } as const;

function grid(spec: { name: string; values: readonly (readonly unknown[])[] }): SheetGrid {
  return { name: spec.name, firstRow: 1, firstColumn: 0, values: spec.values as SheetGrid["values"] };
}

function entries(...grids: SheetGrid[]) {
  return summarizeGrids(grids, { asOf: "2025-11-21", settings: DEFAULT_SETTINGS });
}

describe("planSummarySheet", () => {
  it("fails when there is no sheet to summarize", () => {
    expect(planSummarySheet([], OPTIONS)).toEqual({ ok: false, issues: [{ code: "summary_no_sheets" }] });
  });

  it("quotes a sheet name with an apostrophe in every reference", () => {
    const planned = planSummarySheet(entries(grid({ ...goalSheet2(), name: "R7 'まとめ'" })), OPTIONS);
    if (!planned.ok) throw new Error("not planned");
    const perRow = planned.value.cells.find((row) => row[1] === 9);
    expect(String(perRow?.[2])).toContain("KPI.DUE('R7 ''まとめ'''!C9,2025,1)");
    expect(perRow?.[0]).toBe("R7 'まとめ'");
  });

  it("grades on the chosen scale, with its labels as the columns", () => {
    const planned = planSummarySheet(entries(grid(kpiList(3))), { ...OPTIONS, gradePreset: "marks" });
    if (!planned.ok) throw new Error("not planned");
    const { cells } = planned.value;
    expect(cells[4]?.slice(7)).toEqual(["◎", "○", "△", "×"]);
    expect(cells[5]?.[8]).toBe('=COUNTIF($D$10:$D$12,"=○")');
    expect(cells[9]?.[3]).toBe(
      '=IFERROR(IF(OR(\'KPI一覧\'!E6="",\'KPI一覧\'!D6=""),"",KPI.GRADE(KPI.ACHIEVEMENT(\'KPI一覧\'!D6,\'KPI一覧\'!E6),"◎○△×")),"")',
    );
    // Every row is as wide as the widest.
    expect(new Set(cells.map((row) => row.length))).toEqual(new Set([11]));
  });

  it("writes zeros for a sheet whose table has no items", () => {
    const noItems = grid({
      ...kpiList(1),
      values: [...kpiList(0).values, ["電子決裁の導入", null, null, null, null]],
    });
    const planned = planSummarySheet(entries(noItems), OPTIONS);
    if (!planned.ok) throw new Error("not planned");
    expect(planned.value.cells[5]?.slice(0, 7)).toEqual(["KPI一覧", 0, 0, 0, 0, 0, 0]);
    expect(planned.value.chart.source).toBe("A5:E6");
  });

  it("judges a per-year target on its fiscal year, and a target to keep as met or not", () => {
    const values = [...kpiList(0).values, ["窓口の運営", "窓口満足度", "90 ％", "90 ％を維持", "88 ％"]];
    const planned = planSummarySheet(entries(grid(kpiList())), OPTIONS);
    const kept = planSummarySheet(entries(grid({ name: "KPI一覧", values })), OPTIONS);
    if (!planned.ok || !kept.ok) throw new Error("not planned");
    // 広報研修会等の実施回数: 年 1 回 ⇒ 年 2 回, judged on 令和7年度 rather than the plan to R10.
    const perYear = planned.value.cells.find((row) => row[0] === "KPI一覧" && row[1] === 24);
    expect(String(perYear?.[2])).toContain(",DATE(2026,3,31),$B$2,DATE(2025,4,1))),");
    const maintain = kept.value.cells.find((row) => row[0] === "KPI一覧" && row[1] === 6);
    expect(maintain?.[2]).toBe(
      '=IFERROR(IF(OR(\'KPI一覧\'!E6="",\'KPI一覧\'!D6=""),"",IF(KPI.ACHIEVEMENT(\'KPI一覧\'!D6,\'KPI一覧\'!E6,"maintain")>=1,"達成","遅れ")),"")',
    );
  });
});
