import { describe, expect, it, test } from "vitest";
import type { Finding } from "./evaluateSheet";
import { evaluateSheet } from "./evaluateSheet";
import type { CellValue, ColumnMapping, SheetTable } from "./sheetTable";

// Columns as on the seed 000 sheets: A item, B initiative, C period, D numeric target, E midterm (E:F merged), G final.
const GOAL_COLUMNS: ColumnMapping = {
  item: 0,
  initiative: 1,
  period: 2,
  numericTarget: 3,
  midtermReport: 4,
  finalReport: 6,
};

function goalSheet(rows: [string, string, string, string, string][]): SheetTable {
  return {
    sheetName: "2 行財政改革",
    layout: "goal_sheet",
    headerRow: 9,
    columns: GOAL_COLUMNS,
    fiscalYear: 2025,
    rows: rows.map(([item, initiative, period, numericTarget, midtermReport], i) => ({
      row: 10 + i,
      cells: { item, initiative, period, numericTarget, midtermReport, finalReport: null },
    })),
  };
}

// Seed 000, goal 2, item ③ (上田市版内部統制制度の構築): (1) is due in October but the 中間報告 reports only (2) and (3).
const GOAL2_ITEM3: [string, string, string, string, string] = [
  "③",
  "○ 上田市版内部統制制度の構築 (1) 庁内検討会議の開催 (2) 内部統制制度の構築 (3) 制度運用に係る研修",
  "(1) R7. 10月 (2) R8. 3月 (3) R8. 3月",
  "(1) 部局横断的なチームによる検討会議を開催する。 (2)～(3) 上田市版内部統制制度を構築し、制度周知を図る。",
  "(2) 11月に県内先進自治体の視察、日弁連と制度の整備・運用についての意見交換を実施予定 (3) 制度を構築し運用に係る庁内研修を実施予定",
];

// Seed 000, goal 4, item ③ (情報セキュリティの確保): a 予定 for October read in November.
const GOAL4_ITEM3: [string, string, string, string, string] = [
  "③",
  "○ 情報セキュリティの確保 (1) サイバー攻撃への対応  (2) セキュリティ研修、訓練の実施 (3) セキュリティ内部監査及び自己点検の実施 (4) マイナンバー制度の適切な運用",
  "(1) 通年  (2) 年度内 (3) 年度内 (4) 通年",
  "(1) 安定した各業務システムの運用、クライアントOSの計画的な更新 (2) セキュリティ研修の実施 (3) セキュリティ監査の実施 (4) 内部監査と職員研修の実施",
  "(1) サイバー攻撃の被害はなく、システムの安定稼働を維持 (2) e-learningを活用し研修を実施予定（10～12月） (3) マイナンバー・情報セキュリティに係る内部監査・ (4) 自己点検を実施予定(10月)",
];

// Seed 000, goal 5, item ①: elections, two of them after the fiscal year ends.
const GOAL5_ITEM1: [string, string, string, string, string] = [
  "①",
  "○ 公正かつ適正な選挙の管理執行 (1) 上田市浦里財産区議会議員一般選挙 (2) 参議院議員通常選挙 (3) 上田市長選挙 (4) 上田市議会議員一般選挙",
  "任期満了日前30日以内に 実施する。  選挙期日 (1) 令和7年5月20日 任期満了日 (2) 令和7年7月28日 (3) 令和8年4月8日 (4) 令和8年4月8日",
  "今年度実施する選挙を、法令に基づき公正かつ適正に管理執行する。",
  "(1) 令和7年5月20日に適正に執行した。  (2) 令和7年7月20日に適正に執行した。  (3) (4) 3月の執行に向けて準備を進めた。",
];

// Seed 000, goal 1, item ⑥: the report holds a value matching the target's unit (充足率).
const GOAL1_ITEM6: [string, string, string, string, string] = [
  "⑥",
  "○ 消防団機能の強化と消防団員の確保 (1) 消防団活動の市民及び学生等への周知及び理解による消防団員の確保、加入促進",
  "通年",
  "(1) 消防団員の確保（定員1,850人）充足率90%",
  "(1) 今年度新たに6名の学生が入団し、学生団員は総勢15名 新たな入団促進事業を推進【充足率84.3%】",
];

const codesAt = (findings: readonly Finding[], cell: string): string[] =>
  findings.filter((f) => f.cell === cell).map((f) => f.code);

describe("evaluateSheet on a 重点目標管理シート", () => {
  it("flags a past-due sub-item that the 中間報告 does not mention, on the report's cell", () => {
    const result = evaluateSheet(goalSheet([GOAL2_ITEM3]), { asOf: "2025-11-21", fiscalYear: 2025 });
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        code: "sub_item_missing_from_report",
        severity: "warning",
        cell: "E10",
        issue: expect.objectContaining({ subItem: 1, due: "2025-10-31" }),
      }),
    );
    expect(result.rows[0]).toMatchObject({ item: 3, due: "2026-03-31", overdue: true, overdueSubItems: [1] });
  });

  it("does not flag the same sub-item before its due date has passed", () => {
    const result = evaluateSheet(goalSheet([GOAL2_ITEM3]), { asOf: "2025-10-31", fiscalYear: 2025 });
    expect(result.findings.map((f) => f.code)).not.toContain("sub_item_missing_from_report");
    expect(result.rows[0]?.overdue).toBe(false);
  });

  it("finds a report that still says 予定 for a month that has passed", () => {
    const result = evaluateSheet(goalSheet([GOAL4_ITEM3]), { asOf: "2025-11-21", fiscalYear: 2025 });
    const stale = result.findings.filter((f) => f.code === "stale_planned_statement");
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ cell: "E10", issue: { month: 10 } });
  });

  it("keeps due dates after the fiscal year and warns, without counting finished elections as overdue", () => {
    const result = evaluateSheet(goalSheet([GOAL5_ITEM1]), { asOf: "2025-11-21", fiscalYear: 2025 });
    expect(codesAt(result.findings, "C10")).toEqual([
      "deadline_beyond_fiscal_year",
      "deadline_beyond_fiscal_year",
    ]);
    expect(result.rows[0]).toMatchObject({ due: "2026-04-08", overdue: false });
  });

  it("offers a value from the report as a candidate actual, never a capacity", () => {
    const result = evaluateSheet(goalSheet([GOAL1_ITEM6]), { asOf: "2025-11-21", fiscalYear: 2025 });
    const candidates = result.rows[0]?.valueCandidates ?? [];
    expect(candidates.map((c) => c.amount)).toEqual([expect.closeTo(0.843, 10)]);
    expect(result.rows[0]?.actual).toBeNull();
  });

  it("reads a 期間・期限 cell that Excel holds as a date (a serial number) as that day", () => {
    const table = goalSheet([["①", "○ 取組", "", "x", "(1) 実施予定"]]);
    const withDate: SheetTable = {
      ...table,
      rows: table.rows.map((r) => ({ ...r, cells: { ...r.cells, period: 46022 } })), // 2025-12-31
    };
    const result = evaluateSheet(withDate, { asOf: "2026-01-05", fiscalYear: 2025 });
    expect(result.rows[0]).toMatchObject({ due: "2025-12-31", overdue: true });
    expect(result.findings.map((f) => [f.cell, f.code])).toEqual([["C10", "overdue_not_done"]]);
  });

  it("reports empty required cells and unreadable deadlines as errors naming the cell", () => {
    const result = evaluateSheet(
      goalSheet([
        ["①", "", "年度内", "x", ""],
        ["②", "○ 取組", "", "x", ""],
        ["③", "○ 取組", "R7.2.30", "x", ""],
        ["④", "○ 取組", "未定", "x", ""],
      ]),
      { asOf: "2025-11-21", fiscalYear: 2025 },
    );
    expect(result.findings.map((f) => [f.cell, f.code, f.severity])).toEqual([
      ["B10", "required_cell_empty", "error"],
      ["C11", "required_cell_empty", "error"],
      ["C12", "date_impossible", "error"],
      ["C13", "deadline_unreadable", "error"],
    ]);
  });
});

// Seed 004's KPI list with an actual column: D kpi, E baseline, F target, G actual.
const KPI_COLUMNS: ColumnMapping = { kpi: 3, baseline: 4, target: 5, actual: 6 };

function kpiList(rows: [string, CellValue, CellValue, CellValue][]): SheetTable {
  return {
    sheetName: "KPI",
    layout: "kpi_list",
    headerRow: 5,
    columns: KPI_COLUMNS,
    fiscalYear: 2025,
    rows: rows.map(([kpi, baseline, target, actual], i) => ({
      row: 6 + i,
      cells: { kpi, baseline, target, actual },
    })),
  };
}

// 目標値 are for R10年度末: the plan runs over 令和7年度 … 令和10年度.
const PLAN = { start: "2025-04-01", end: "2029-03-31" } as const;
const evaluateKpis = (rows: [string, CellValue, CellValue, CellValue][], asOf = "2025-11-21") =>
  evaluateSheet(kpiList(rows), { asOf, fiscalYear: 2025, plan: PLAN });

describe("evaluateSheet on a KPI list", () => {
  it("computes achievement, progress, grade and status for 111 件 ⇒ 120 件 with 114 件", () => {
    const result = evaluateKpis([["行かない窓口での手続き申請件数", "111 件", "120 件", "114 件"]]);
    expect(result.rows[0]).toMatchObject({
      direction: "increase",
      achievementRate: 0.95,
      grade: "B",
      status: "on_track",
      due: "2029-03-31",
      overdue: false,
    });
    expect(result.rows[0]?.progressRate).toBeCloseTo(1 / 3, 10);
    expect(result.findings).toEqual([]);
  });

  it("reads a reduction from the KPI's wording: CO2 R4 7,072 ｔ ⇒ 4,352 ｔ with 5,440 ｔ", () => {
    const result = evaluateKpis([["行政事務におけるＣＯ２排出量", "R4 7,072 ｔ", "4,352 ｔ", "5,440 ｔ"]]);
    expect(result.rows[0]?.direction).toBe("decrease");
    expect(result.rows[0]?.achievementRate).toBeCloseTo(0.8, 10);
    expect(result.rows[0]?.progressRate).toBeCloseTo(1632 / 2720, 10);
  });

  it("points out the doubled unit in 150万 万PV on the target's cell", () => {
    const result = evaluateKpis([["町ホームページのアクセス数", "130 万PV", "150万 万PV", null]]);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: "value_doubled_unit",
        severity: "warning",
        cell: "F6",
        value: "150万 万PV",
      }),
    ]);
    expect(result.rows[0]?.target?.amount).toBe(1_500_000);
    expect(result.rows[0]?.rateIssues).toEqual([{ code: "actual_missing" }]);
  });

  it("says why progress is undefined without a baseline, and still gives the achievement rate", () => {
    const result = evaluateKpis([["町公式Xフォロワー数", "－ 人", "1,000 人", "400 人"]]);
    expect(result.rows[0]).toMatchObject({ achievementRate: 0.4, progressRate: null });
    expect(result.rows[0]?.rateIssues).toEqual([{ code: "baseline_missing" }]);
  });

  it("refuses progress from a snapshot baseline to a cumulative target (15 人 ⇒ 期間中 30 人)", () => {
    const result = evaluateKpis([["庁舎内デジタル推進員の配置", "15 人", "期間中 30 人", "18 人"]]);
    expect(result.rows[0]?.progressRate).toBeNull();
    expect(result.rows[0]?.rateIssues).toEqual([{ code: "cumulative_target_snapshot_baseline" }]);
    expect(result.rows[0]?.achievementRate).toBeCloseTo(0.6, 10);
  });

  it("warns when the actual's unit differs from the target's, and computes no rate across units", () => {
    const result = evaluateKpis([["県ＳＤＧｓ登録事業者数", "11 件", "19 件", "15 回"]]);
    expect(result.rows[0]).toMatchObject({
      achievementRate: null,
      progressRate: null,
      grade: null,
      status: null,
    });
    expect(result.rows[0]?.rateIssues).toEqual([
      { code: "unit_mismatch", targetUnit: "件", actualUnit: "回" },
    ]);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: "unit_mismatch",
        cell: "G6",
        issue: { code: "unit_mismatch", baselineUnit: "件", targetUnit: "件", actualUnit: "回" },
      }),
    ]);
  });

  it("reports an unreadable actual and an empty target as errors on their cells", () => {
    const result = evaluateKpis([
      ["多言語配信サービスのダウンロード件数", "59 件", "100 件", "未定"],
      ["女性委員等の登用率", "21.3 ％", null, "30 ％"],
    ]);
    expect(
      result.findings.map((f) => [
        f.cell,
        f.code,
        f.severity,
        ("side" in f.issue ? f.issue.side : null) ?? null,
      ]),
    ).toEqual([
      ["G6", "value_unreadable", "error", "actual"],
      ["F7", "required_cell_empty", "error", null],
    ]);
  });

  it("marks an unachieved KPI overdue once the plan period has ended", () => {
    const result = evaluateKpis([["ＳＤＧｓ宣言事業者数", "5 件", "13 件", "9 件"]], "2029-04-01");
    expect(result.rows[0]).toMatchObject({ status: "overdue", overdue: true });
  });

  it("judges a per-year frequency at year end: behind mid-year, never overdue before it", () => {
    const result = evaluateSheet(kpiList([["広報研修会等の実施回数", "年 1 回", "年 2 回", "年 0 回"]]), {
      asOf: "2025-11-21",
      fiscalYear: 2025,
    });
    expect(result.rows[0]).toMatchObject({ status: "behind", overdue: false, achievementRate: 0 });
  });

  it("takes a row's own 期限 when the list has one, and flags it overdue unless the status says done", () => {
    const table: SheetTable = {
      ...kpiList([]),
      columns: { ...KPI_COLUMNS, period: 7, status: 8 },
      rows: [
        {
          row: 6,
          cells: {
            kpi: "ＡＩ・ＲＰＡ活用業務数",
            baseline: "12 業務",
            target: "15 業務",
            actual: "13 業務",
            period: "R7. 9月",
            status: "実施中",
          },
        },
        {
          row: 7,
          cells: {
            kpi: "施設予約システム対応施設数",
            baseline: "0 施設",
            target: "12 施設",
            actual: "6 施設",
            period: "R7. 9月",
            status: "完了",
          },
        },
      ],
    };
    const result = evaluateSheet(table, { asOf: "2025-11-21", fiscalYear: 2025, plan: PLAN });
    expect(result.rows.map((r) => [r.due, r.overdue, r.status])).toEqual([
      ["2025-09-30", true, "overdue"],
      ["2025-09-30", false, "on_track"],
    ]);
    expect(result.findings.map((f) => [f.cell, f.code])).toEqual([["H6", "overdue_not_done"]]);
  });

  it("counts a 期限 of 2年目 from the plan's first fiscal year", () => {
    const row = {
      kpi: "施設予約システム対応施設数",
      baseline: "0 施設",
      target: "12 施設",
      actual: "6 施設",
    };
    const table: SheetTable = {
      ...kpiList([]),
      columns: { ...KPI_COLUMNS, period: 7 },
      rows: [{ row: 6, cells: { ...row, period: "2年目" } }],
    };
    const withPlan = evaluateSheet(table, { asOf: "2025-11-21", fiscalYear: 2025, plan: PLAN });
    expect(withPlan.rows[0]?.due).toBe("2027-03-31");
    const withoutPlan = evaluateSheet(table, { asOf: "2025-11-21", fiscalYear: 2025 });
    expect(withoutPlan.findings.map((f) => [f.cell, f.code])).toContainEqual(["H6", "deadline_unreadable"]);
  });

  it("leaves rows without a KPI alone (電子決裁の導入 has no KPI)", () => {
    const result = evaluateKpis([["", null, null, null]]);
    expect(result.findings).toEqual([]);
    expect(result.rows[0]).toMatchObject({ achievementRate: null, due: null, rateIssues: [] });
  });
});

describe("evaluateSheet on a KPI list with a 単位 column", () => {
  const withUnits = (cells: [string, CellValue, CellValue, CellValue][]): SheetTable => ({
    sheetName: "事務事業評価",
    layout: "kpi_list",
    headerRow: 2,
    columns: { kpi: 0, unit: 1, target: 2, actual: 3 },
    rows: cells.map(([kpi, unit, target, actual], i) => ({
      row: 3 + i,
      cells: { kpi, unit, target, actual },
    })),
    fiscalYear: 2025,
  });

  it("reads plain numbers with the row's unit: ％ as a percentage, 千人 as thousands", () => {
    const result = evaluateSheet(
      withUnits([
        ["自主防災組織の活動カバー率", "％", 80, 68.9],
        ["観光入込客数", "千人", "350", "330"],
        ["防災出前講座の開催回数", "回", 20, "－"],
      ]),
      { asOf: "2025-11-21", fiscalYear: 2025 },
    );
    expect(result.rows.map((r) => [r.target?.amount, r.target?.unit, r.actual?.amount ?? null])).toEqual([
      [0.8, "%", 0.689],
      [350000, "人", 330000],
      [20, "回", null],
    ]);
    expect(result.findings).toEqual([]);
  });

  it("keeps a unit written in the cell, and points out one that differs from the column's", () => {
    const result = evaluateSheet(withUnits([["補助金交付団体数", "団体", "12 件", 10]]), {
      asOf: "2025-11-21",
      fiscalYear: 2025,
    });
    expect(result.rows[0]?.target?.unit).toBe("件");
    expect(result.rows[0]?.actual?.unit).toBe("団体");
    expect(result.rows[0]?.achievementRate).toBeNull();
    expect(result.findings.map((f) => [f.cell, f.code])).toEqual([["D3", "unit_mismatch"]]);
  });
});

describe("evaluateSheet on a KPI list with a column per year", () => {
  const table: SheetTable = {
    sheetName: "KPI",
    layout: "kpi_list",
    headerRow: 1,
    columns: { kpi: 0, target: 1, actual: 3 },
    rows: [
      {
        row: 2,
        cells: { kpi: "町公式Xフォロワー数", target: "800 人", actual: "950 人" },
        yearCells: ["800 人", "1,000 人", "820 人", "950 人"],
      },
    ],
    fiscalYear: null,
    yearColumns: [
      { role: "target", column: 1, fiscalYear: 2024, label: "R6目標" },
      { role: "target", column: 2, fiscalYear: 2025, label: "R7目標" },
      { role: "actual", column: 3, fiscalYear: 2024, label: "R6実績" },
      { role: "actual", column: 4, fiscalYear: 2025, label: "R7実績" },
    ],
  };

  it("judges the year's actual against the same year's target, not the first target", () => {
    const fy2025 = evaluateSheet(table, { asOf: "2025-11-21", fiscalYear: 2025 });
    expect(fy2025.rows[0]).toMatchObject({ achievementRate: 0.95 });
    const fy2024 = evaluateSheet(table, { asOf: "2024-11-21", fiscalYear: 2024 });
    expect(fy2024.rows[0]?.achievementRate).toBeCloseTo(820 / 800);
    expect(fy2025.findings).toEqual([]);
  });

  it("reports a year without its columns on the header, and judges nothing", () => {
    const result = evaluateSheet(table, { asOf: "2026-11-21", fiscalYear: 2026 });
    expect(result.rows[0]).toMatchObject({ target: null, actual: null, achievementRate: null });
    expect(result.findings.map((f) => [f.cell, f.code, f.severity, f.value])).toEqual([
      ["C1", "year_column_missing", "error", "R7目標"],
      ["E1", "year_column_missing", "error", "R7実績"],
    ]);
  });
});

describe("evaluateSheet: a goal sheet's 実績値 column", () => {
  // Seed 000, goal 5, item ②: three numeric sub-items (20点以上, 50人以上, 15校以上).
  const GOAL5_ITEM2_TARGET =
    "(1) 市内小・中・高校等に依頼し、 20点以上の作品を募る。 (2) 明るい選挙推進大会を実施し、 市民50人以上の参加を促す。 (3) 15校以上への貸出を実施。  (4) 小・中・高校からの要請に基づ き、選挙制度及び主権者教育等 についての出前講座を行う。 (5) 市内大学等の学生に投票事務従 事者の募集を行う。";

  function withActual(numericTarget: string, actual: CellValue): SheetTable {
    const table = goalSheet([["②", "○ 選挙啓発の強化", "通年", numericTarget, ""]]);
    return {
      ...table,
      columns: { ...table.columns, actual: 7 },
      rows: table.rows.map((r) => ({ ...r, cells: { ...r.cells, actual } })),
    };
  }
  const asOf = { asOf: "2025-11-21", fiscalYear: 2025 } as const;

  it("judges one value against the one numeric sub-item as a KPI row is judged", () => {
    const result = evaluateSheet(withActual(GOAL1_ITEM6[3], "84.3%"), asOf);
    expect(result.rows[0]).toMatchObject({
      target: { amount: 0.9, unit: "%" },
      actual: { amount: 0.843, unit: "%" },
      direction: "increase",
      grade: "B",
      subItemResults: [{ subItem: 1, achievementRate: expect.closeTo(0.9367, 4) }],
    });
    expect(result.rows[0]?.achievementRate).toBeCloseTo(0.9367, 4);
    expect(result.findings.filter((f) => f.role === "actual")).toEqual([]);
  });

  it("takes the lowest achievement of several sub-items as the row's", () => {
    const result = evaluateSheet(withActual(GOAL5_ITEM2_TARGET, "(1) 79点\n(2) 60人\n(3) 2校"), asOf);
    const row = result.rows[0];
    expect(row?.subItemResults.map((r) => [r.subItem, r.actual?.amount, r.achievementRate])).toEqual([
      [1, 79, 3.95],
      [2, 60, 1.2],
      [3, 2, expect.closeTo(2 / 15, 10)],
    ]);
    expect(row).toMatchObject({
      actual: { amount: 2, unit: "校" },
      target: { amount: 15 },
      status: "behind",
    });
    expect(row?.achievementRate).toBeCloseTo(2 / 15, 10);
  });

  it("gives no row rate while a numeric sub-item has no value yet, and says so", () => {
    const row = evaluateSheet(withActual(GOAL5_ITEM2_TARGET, "(1) 79点 (3) 2校"), asOf).rows[0];
    expect(row?.achievementRate).toBeNull();
    expect(row?.rateIssues).toEqual([{ code: "actual_missing" }]);
    expect(row?.subItemResults.map((r) => r.achievementRate)).toEqual([
      3.95,
      null,
      expect.closeTo(2 / 15, 10),
    ]);
  });

  test.each([
    ["(1) 79点 (3) 多数", "value_unreadable", "(3) 多数"],
    ["(1) 79点 (3) 2校と3校", "value_multiple_numbers", "(3) 2校と3校"],
    // one value without a marker for three numeric sub-items: which one is not said
    ["79点", "value_unreadable", "79点"],
    ["合計 (1) 79点", "value_unreadable", "合計"],
  ])("reports the 実績値 %j as %s naming %j", (cell, code, part) => {
    const result = evaluateSheet(withActual(GOAL5_ITEM2_TARGET, cell), asOf);
    expect(result.findings.filter((f) => f.role === "actual").map((f) => [f.cell, f.code, f.issue])).toEqual([
      ["H10", code, expect.objectContaining({ part, text: cell })],
    ]);
    expect(result.rows[0]?.achievementRate).toBeNull();
  });

  it("reports a 実績値 in another unit than the target's, with no rate", () => {
    const result = evaluateSheet(withActual("(3) 15校以上への貸出を実施。", "(3) 2回"), asOf);
    expect(result.findings.map((f) => [f.cell, f.code])).toEqual([["H10", "unit_mismatch"]]);
    expect(result.rows[0]?.achievementRate).toBeNull();
  });

  it("takes one marked value for a 数値目標 without markers", () => {
    const row = evaluateSheet(withActual("15校以上への貸出を実施。", "(3) 12校"), asOf).rows[0];
    expect(row?.achievementRate).toBeCloseTo(0.8, 10);
  });

  it("reads an Excel number in the 実績値 cell as the one sub-item's value", () => {
    const row = evaluateSheet(withActual("(3) 15校以上への貸出を実施。", 12), asOf).rows[0];
    expect(row?.achievementRate).toBeCloseTo(0.8, 10);
  });

  it("leaves a goal row without the column, or with a blank cell, unjudged", () => {
    const plain = evaluateSheet(goalSheet([GOAL1_ITEM6]), asOf).rows[0];
    const blank = evaluateSheet(withActual(GOAL1_ITEM6[3], "  "), asOf).rows[0];
    for (const row of [plain, blank]) {
      expect(row).toMatchObject({
        actual: null,
        target: null,
        achievementRate: null,
        grade: null,
        subItemResults: [],
      });
    }
  });
});
