import { describe, expect, it, test } from "vitest";
import type { SheetGrid } from "../core/sheetTable";
import { goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import { planComputedColumns } from "./planComputedColumns";
import type { ComputedColumnsOptions } from "./planComputedColumns";
import type { SubmissionReport } from "./runSubmissionCheck";
import { checkSheet } from "./runSubmissionCheck";
import { DEFAULT_SETTINGS } from "./settings";

const OPTIONS: ComputedColumnsOptions = {
  firstColumn: 5,
  gradePreset: "abcd_100_80_60",
  startMonth: 4,
  locale: "ja",
};

function reportOf(spec: { name: string; values: SheetGrid["values"] }): SubmissionReport {
  const checked = checkSheet(
    { name: spec.name, firstRow: 1, firstColumn: 0, values: spec.values },
    { asOf: "2025-11-21", settings: DEFAULT_SETTINGS },
  );
  if (!checked.ok) throw new Error("the seed sheet should be checkable");
  return checked.value;
}

describe("planComputedColumns", () => {
  it("plans achievement, progress, grade and status for a KPI list", () => {
    const planned = planComputedColumns(reportOf(kpiList()), OPTIONS);
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    expect(planned.value).toMatchObject({
      headerRow: 4,
      firstColumn: 5,
      headers: ["達成率", "進捗率", "評価", "状況"],
      numberFormats: ["0.0%", "0.0%", "General", "General"],
    });
    expect(planned.value.rows[0]).toEqual({
      row: 6,
      formulas: [
        '=IF(OR(E6="",D6=""),"",KPI.ACHIEVEMENT(D6,E6))',
        '=IF(OR(E6="",D6="",C6=""),"",KPI.PROGRESS(C6,D6,E6))',
        '=IF(F6="","",KPI.GRADE(F6))',
        // Judged over the plan the header names (R6年度末 ⇒ R10年度末), as the sheet check judges the row.
        '=IF(F6="","",KPI.STATUS(IF(ISNUMBER(G6),G6,F6),DATE(2029,3,31),,DATE(2025,4,1)))',
      ],
    });
  });

  it("names a grading preset other than the default in the grade formula", () => {
    const planned = planComputedColumns(reportOf(kpiList()), { ...OPTIONS, gradePreset: "marks" });
    expect(planned.ok && planned.value.rows[0]?.formulas[2]).toBe('=IF(F6="","",KPI.GRADE(F6,"◎○△×"))');
  });

  it("reads both sides of a 基準値 ⇒ 目標値 cell with KPI.BASELINE and KPI.TARGET", () => {
    const values = [
      ["推進項目のＫＰＩ", "基準値 ⇒ 目標値", "実績値"],
      ["行かない窓口での手続き申請件数", "111 件 ⇒ 120 件", "114 件"],
    ];
    const planned = planComputedColumns(reportOf({ name: "KPI", values }), { ...OPTIONS, firstColumn: 3 });
    expect(planned.ok && planned.value.rows[0]?.formulas.slice(0, 2)).toEqual([
      '=IF(OR(C2="",B2=""),"",KPI.ACHIEVEMENT(KPI.TARGET(B2),C2))',
      '=IF(OR(C2="",B2=""),"",KPI.PROGRESS(KPI.BASELINE(B2),KPI.TARGET(B2),C2))',
    ]);
  });

  it("plans the due date and overdue columns for a goal sheet, in English when asked", () => {
    const planned = planComputedColumns(reportOf(goalSheet2()), { ...OPTIONS, firstColumn: 9, locale: "en" });
    expect(planned.ok && planned.value.headers).toEqual(["Due", "Overdue"]);
    expect(planned.ok && planned.value.rows[2]).toEqual({
      row: 11,
      formulas: ['=IF(C11="","",KPI.DUE(C11,2025))', '=IF(J11="","",KPI.OVERDUE(J11,G11&" "&E11))'],
    });
  });

  it("refuses columns that would land on the table itself", () => {
    expect(planComputedColumns(reportOf(kpiList()), { ...OPTIONS, firstColumn: 2 })).toEqual({
      ok: false,
      issues: [{ code: "computed_columns_overlap_table", column: "C" }],
    });
  });

  it("refuses a KPI list without an 実績値 column", () => {
    const values = [
      ["推進項目のＫＰＩ", "基準値", "目標値"],
      ["男性の育児休暇取得率", "36.4 ％", "50.0 ％"],
    ];
    expect(planComputedColumns(reportOf({ name: "KPI", values }), OPTIONS)).toEqual({
      ok: false,
      issues: [{ code: "computed_columns_unsupported", reason: "no_actual" }],
    });
  });

  test.each([[-1], [1.5], [16_382]])("refuses column index %d", (firstColumn) => {
    const planned = planComputedColumns(reportOf(kpiList()), { ...OPTIONS, firstColumn });
    expect(planned.ok || planned.issues[0]?.code).toBe("computed_column_invalid");
  });
});
