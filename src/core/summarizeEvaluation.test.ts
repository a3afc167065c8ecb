import { describe, expect, it, test } from "vitest";
import type { RowEvaluation } from "./evaluateSheet";
import { evaluateSheet } from "./evaluateSheet";
import { GRADE_PRESETS } from "./grade";
import type { SheetTable } from "./sheetTable";
import { isSummaryItem, summarizeEvaluation, summaryBucketOf } from "./summarizeEvaluation";

const AS_OF = { asOf: "2025-11-21", fiscalYear: 2025 } as const;

// Seed 000's goal-sheet columns: A item, B initiative, C period, E midterm report, G final report.
function goalSheet(rows: [string | null, string, string, string][]): SheetTable {
  return {
    sheetName: "2 行財政改革",
    layout: "goal_sheet",
    headerRow: 8,
    columns: { item: 0, initiative: 1, period: 2, midtermReport: 4, finalReport: 6 },
    fiscalYear: 2025,
    rows: rows.map(([item, initiative, period, midtermReport], i) => ({
      row: 9 + i,
      cells: { item, initiative, period, midtermReport, finalReport: null },
    })),
  };
}

// Seed 004's KPI-list columns: D KPI, E 基準値 ⇒ 目標値, F 実績.
function kpiList(rows: [string | null, string, string | null][]): SheetTable {
  return {
    sheetName: "KPI一覧",
    layout: "kpi_list",
    headerRow: 6,
    columns: { kpi: 3, baselineTarget: 4, actual: 5 },
    fiscalYear: 2025,
    rows: rows.map(([kpi, baselineTarget, actual], i) => ({
      row: 7 + i,
      cells: { kpi, baselineTarget, actual },
    })),
  };
}

describe("summarizeEvaluation", () => {
  it("counts a goal sheet's items as overdue or without status, and none as graded", () => {
    const table = goalSheet([
      ["①", "○ 行政評価の実施", "R7. 10月", "検討中"],
      ["②", "○ 公共施設の見直し", "R8. 3月", "実施予定"],
      [null, "（続き）", "R7. 9月", ""],
      ["③", "○ 電子決裁の導入", "R7. 6月", "完了した"],
    ]);
    const summary = summarizeEvaluation(table, evaluateSheet(table, AS_OF), GRADE_PRESETS.abcd_100_80_60);
    expect(summary).toEqual({
      layout: "goal_sheet",
      items: 3,
      achieved: 0,
      onTrack: 0,
      behind: 0,
      overdue: 1,
      noStatus: 2,
      grades: [
        { label: "A", count: 0 },
        { label: "B", count: 0 },
        { label: "C", count: 0 },
        { label: "D", count: 0 },
      ],
      ungraded: 3,
    });
  });

  it("counts a KPI list's items by status and grade, in the scale's order", () => {
    const table = kpiList([
      ["防災士の数", "111 人 ⇒ 120 人", "125 人"], // achieved, A
      ["自主防災組織の結成率", "80 ％ ⇒ 90 ％", "86 ％"], // on track, B
      ["ごみの排出量", "5,000 ｔ ⇒ 4,000 ｔ", "5,200 ｔ"], // behind
      ["電子申請の件数", "100 件 ⇒ 200 件", "－"], // no actual: no status, ungraded
      [null, "", null], // an initiative without a KPI: not an item
    ]);
    const evaluation = evaluateSheet(table, {
      ...AS_OF,
      plan: { start: "2025-04-01", end: "2029-03-31" },
    });
    const summary = summarizeEvaluation(table, evaluation, GRADE_PRESETS.abcd_100_80_60);
    expect(summary.items).toBe(4);
    expect([summary.achieved, summary.onTrack, summary.behind, summary.overdue, summary.noStatus]).toEqual([
      1, 1, 1, 0, 1,
    ]);
    expect(summary.grades.map((g) => g.label)).toEqual(["A", "B", "C", "D"]);
    expect(summary.grades.reduce((n, g) => n + g.count, 0) + summary.ungraded).toBe(summary.items);
    expect(summary.grades[0]).toEqual({ label: "A", count: 1 });
  });

  it("labels the grades with the sheet's scale", () => {
    const table = kpiList([["防災士の数", "111 人 ⇒ 120 人", "125 人"]]);
    const evaluation = evaluateSheet(table, { ...AS_OF, gradeScale: GRADE_PRESETS.marks });
    const summary = summarizeEvaluation(table, evaluation, GRADE_PRESETS.marks);
    expect(summary.grades).toEqual([
      { label: "◎", count: 1 },
      { label: "○", count: 0 },
      { label: "△", count: 0 },
      { label: "×", count: 0 },
    ]);
  });

  it("leaves a grade of another scale ungraded", () => {
    const table = kpiList([["防災士の数", "111 人 ⇒ 120 人", "125 人"]]);
    const summary = summarizeEvaluation(table, evaluateSheet(table, AS_OF), GRADE_PRESETS.marks);
    expect(summary.grades.every((g) => g.count === 0)).toBe(true);
    expect(summary.ungraded).toBe(1);
  });

  it("counts nothing for a table without rows or an evaluation of other rows", () => {
    const table = kpiList([]);
    const stray: RowEvaluation = {
      ...evaluateSheet(kpiList([["x", "1 件 ⇒ 2 件", "1 件"]]), AS_OF).rows[0]!,
    };
    const summary = summarizeEvaluation(
      table,
      {
        fiscalYear: 2025,
        asOf: "2025-11-21",
        rows: [stray],
        findings: [],
        plan: { start: "2025-04-01", end: "2026-03-31" },
      },
      GRADE_PRESETS.abcd_100_80_60,
    );
    expect(summary.items).toBe(0);
    expect(summary.ungraded).toBe(0);
  });
});

describe("summaryBucketOf", () => {
  test.each([
    ["achieved", false, "achieved"],
    ["on_track", false, "on_track"],
    ["behind", false, "behind"],
    ["overdue", true, "overdue"],
    [null, true, "overdue"],
    ["behind", true, "overdue"],
    [null, false, "no_status"],
  ] as const)("puts status %s with overdue %s in %s", (status, overdue, bucket) => {
    expect(summaryBucketOf({ status, overdue })).toBe(bucket);
  });
});

describe("isSummaryItem", () => {
  const row = (cells: Record<string, string | null>) => ({ row: 7, cells });
  const evaluation = (item: number | null) => ({ item }) as RowEvaluation;

  test.each([
    ["①", 1, true],
    ["", null, false],
    ["備考", null, false],
  ] as const)("takes a goal-sheet row with item cell %j as an item: %s", (item, marker, expected) => {
    expect(isSummaryItem(goalSheet([]), row({ item }), evaluation(marker))).toBe(expected);
  });

  it("takes a KPI row by its KPI name, or by its target when the list has no KPI column", () => {
    const table = kpiList([]);
    expect(isSummaryItem(table, row({ kpi: "防災士の数" }), evaluation(null))).toBe(true);
    expect(isSummaryItem(table, row({ kpi: "  ", baselineTarget: "1 件 ⇒ 2 件" }), evaluation(null))).toBe(
      false,
    );
    const noKpiColumn: SheetTable = { ...table, columns: { target: 4, actual: 5 } };
    expect(isSummaryItem(noKpiColumn, row({ target: "120 人" }), evaluation(null))).toBe(true);
    expect(isSummaryItem(noKpiColumn, row({ target: null }), evaluation(null))).toBe(false);
  });
});
