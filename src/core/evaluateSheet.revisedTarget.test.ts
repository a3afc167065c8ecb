import { describe, expect, it } from "vitest";
import { evaluateSheet } from "./evaluateSheet";
import type { CellValue, ColumnMapping, SheetTable } from "./sheetTable";

// Seed 004's KPI list after its targets were revised (注1: 目標値は…策定後に見直す可能性があります): D kpi,
// E baseline, F target as first set, G 目標値（見直し後）, H actual.
const COLUMNS: ColumnMapping = { kpi: 3, baseline: 4, target: 5, revisedTarget: 6, actual: 7 };
const PLAN = { start: "2025-04-01", end: "2029-03-31" } as const;

type Row = [kpi: string, baseline: CellValue, target: CellValue, revised: CellValue, actual: CellValue];

function evaluate(rows: Row[], columns: ColumnMapping = COLUMNS) {
  const table: SheetTable = {
    sheetName: "KPI",
    layout: "kpi_list",
    headerRow: 5,
    columns,
    fiscalYear: 2025,
    rows: rows.map(([kpi, baseline, target, revisedTarget, actual], i) => ({
      row: 6 + i,
      cells: { kpi, baseline, target, revisedTarget, actual },
    })),
  };
  return evaluateSheet(table, { asOf: "2025-11-21", fiscalYear: 2025, plan: PLAN });
}

describe("evaluateSheet on a KPI list with a revised target column", () => {
  it("judges against the revised target and keeps the original beside it", () => {
    const result = evaluate([["行かない窓口での手続き申請件数", "111 件", "120 件", "150 件", "135 件"]]);
    const row = result.rows[0];
    expect(row?.target?.amount).toBe(150);
    expect(row?.originalTarget?.amount).toBe(120);
    // 135 ÷ 150, not 135 ÷ 120 (which would be past the target).
    expect(row?.achievementRate).toBeCloseTo(0.9, 10);
    expect(row?.progressRate).toBeCloseTo(24 / 39, 10);
    expect(row?.grade).toBe("B");
    expect(row?.status).not.toBe("achieved");
    expect(result.findings).toEqual([]);
  });

  it("reads a blank revised cell as no revision", () => {
    const row = evaluate([["ＳＤＧｓ宣言事業者数", "5 件", "13 件", null, "13 件"]]).rows[0];
    expect(row).toMatchObject({ achievementRate: 1, status: "achieved", originalTarget: null });
    expect(row?.target?.amount).toBe(13);
  });

  it("takes a target set only at the revision without asking for the original", () => {
    const result = evaluate([["町公式Xフォロワー数", "－ 人", null, "1,000 人", "800 人"]]);
    expect(result.rows[0]).toMatchObject({ achievementRate: 0.8, originalTarget: null });
    expect(result.findings.map((f) => f.code)).toEqual([]);
  });

  it("gives no rate when the revision counts another unit, and says so on the revised cell", () => {
    const result = evaluate([["自主研修受講件数", "5 件", "10 件", "30 人", "12 人"]]);
    const row = result.rows[0];
    expect(row?.target?.text).toBe("30 人");
    expect(row?.originalTarget?.text).toBe("10 件");
    expect(row).toMatchObject({ achievementRate: null, progressRate: null, grade: null, status: null });
    expect(row?.rateIssues.map((i) => i.code)).toEqual(["target_revision_unit_changed"]);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: "target_revision_unit_changed",
        severity: "warning",
        cell: "G6",
        issue: expect.objectContaining({ originalUnit: "件", revisedUnit: "人" }),
      }),
    ]);
  });

  it("judges a revision that turns the aim around the revised way, and says so", () => {
    const result = evaluate([["空き家バンク登録件数", "100 件", "120 件", "90 件以下", "95 件"]]);
    const row = result.rows[0];
    expect(row?.direction).toBe("decrease");
    // target ÷ actual for a reduction: 90 ÷ 95.
    expect(row?.achievementRate).toBeCloseTo(90 / 95, 10);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: "target_revision_direction_changed",
        cell: "G6",
        issue: expect.objectContaining({ originalDirection: "increase", revisedDirection: "decrease" }),
      }),
    ]);
  });

  it("refuses a target cell whose own revision disagrees with the revised column", () => {
    const result = evaluate([
      ["施設予約システム対応施設数", "0 施設", "12 施設（見直し後 15 施設）", "16 施設", "14 施設"],
    ]);
    expect(result.rows[0]).toMatchObject({ achievementRate: null, status: null, grade: null });
    expect(result.findings).toEqual([
      expect.objectContaining({ code: "target_revision_conflict", severity: "error", cell: "G6" }),
    ]);
  });

  it("reads an unreadable revised cell as an error on that cell, not as the original target", () => {
    const result = evaluate([["職員研修の受講人数", "1,557 人", "1,800 人", "2,000人台", "1,700 人"]]);
    expect(result.rows[0]?.achievementRate).toBeCloseTo(1700 / 1800, 10);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: "value_unreadable",
        cell: "G6",
        issue: expect.objectContaining({ side: "target" }),
      }),
    ]);
  });
});

describe("evaluateSheet: where a finding about the revised target goes", () => {
  it("puts a unit mismatch with the revised target on the revised cell", () => {
    const result = evaluate([["自主研修受講件数", "5 回", "10 件", "15 件", "12 件"]]);
    expect(result.findings).toEqual([expect.objectContaining({ code: "unit_mismatch", cell: "G6" })]);
  });
});

describe("evaluateSheet on a target cell that holds its revision", () => {
  const SINGLE: ColumnMapping = { kpi: 3, baseline: 4, target: 5, actual: 7 };

  it("judges 120件（見直し後 150件） against 150件", () => {
    const row = evaluate(
      [["行かない窓口での手続き申請件数", "111 件", "120件（見直し後 150件）", null, "135 件"]],
      SINGLE,
    ).rows[0];
    expect(row?.achievementRate).toBeCloseTo(0.9, 10);
    expect(row?.target?.amount).toBe(150);
    expect(row?.originalTarget?.amount).toBe(120);
  });

  it("judges seed 004's 基準値 ⇒ 目標値 cell with the revision in brackets", () => {
    const table: SheetTable = {
      sheetName: "KPI",
      layout: "kpi_list",
      headerRow: 5,
      columns: { kpi: 3, baselineTarget: 4, actual: 5 },
      fiscalYear: 2025,
      rows: [
        {
          row: 6,
          cells: {
            kpi: "行かない窓口での手続き申請件数",
            baselineTarget: "111 件 ⇒ 120 件（見直し後 150件）",
            actual: "135 件",
          },
        },
        {
          row: 7,
          cells: {
            kpi: "キャッシュレス決済可能窓口数",
            baselineTarget: "5 箇所 ⇒ 12 箇所（見直し後 15 件）",
            actual: "13 箇所",
          },
        },
      ],
    };
    const result = evaluateSheet(table, { asOf: "2025-11-21", fiscalYear: 2025, plan: PLAN });
    expect(result.rows[0]?.achievementRate).toBeCloseTo(0.9, 10);
    expect(result.rows[0]?.progressRate).toBeCloseTo(24 / 39, 10);
    expect(result.rows[0]?.originalTarget?.amount).toBe(120);
    expect(result.rows[1]?.achievementRate).toBeNull();
    expect(result.findings).toEqual([
      expect.objectContaining({ code: "target_revision_unit_changed", cell: "E7", role: "baselineTarget" }),
    ]);
  });

  it("refuses two numbers it cannot tell apart, naming the second", () => {
    const result = evaluate(
      [["ＡＩ・ＲＰＡ活用業務数", "12 業務", "15 業務（18 業務）", null, "13 業務"]],
      SINGLE,
    );
    expect(result.rows[0]).toMatchObject({ target: null, achievementRate: null });
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: "value_multiple_numbers",
        cell: "F6",
        issue: expect.objectContaining({ side: "target", part: "(18 業務)" }),
      }),
    ]);
  });
});
