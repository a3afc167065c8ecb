import { describe, expect, it, test } from "vitest";
import { findTable, tableFromMapping } from "./findTable";
import { _, expectOk, GOAL_SHEET_1, grid, KPI_LIST } from "./findTable.fixtures";
import type { CellValue } from "./sheetTable";

describe("findTable", () => {
  describe("on a goal sheet (重点目標管理シート)", () => {
    const match = expectOk(findTable(grid(GOAL_SHEET_1, 1, 0, "総務部等")));

    it("finds the header below the title block", () => {
      expect(match.table.layout).toBe("goal_sheet");
      expect(match.table.headerRow).toBe(8);
      expect(match.table.sheetName).toBe("総務部等");
    });

    it("maps the ① column and the five named columns, skipping the merged half of 中間報告", () => {
      expect(match.table.columns).toEqual({
        item: 0,
        initiative: 1,
        period: 2,
        numericTarget: 3,
        midtermReport: 4,
        finalReport: 6,
      });
      expect(match.recognised).toEqual([
        "item",
        "initiative",
        "period",
        "numericTarget",
        "midtermReport",
        "finalReport",
      ]);
    });

    it("returns items ①…⑥ with their worksheet rows and stops at 特記事項", () => {
      expect(match.table.rows.map((row) => row.row)).toEqual([9, 10, 11, 12, 13, 14]);
      expect(match.table.rows.map((row) => row.cells.item)).toEqual(["①", "②", "③", "④", "⑤", "⑥"]);
      expect(match.table.rows[0]?.cells.period).toBe("(1)5月、1月 (2)(3)年度内 (4)通年");
      expect(match.table.rows[0]?.cells.finalReport).toBeNull();
    });

    it("reads the fiscal year from the title", () => {
      expect(match.table.fiscalYear).toBe(2025);
    });
  });

  it("keeps a continuation row of a merged item and stops at the next sheet's title", () => {
    const values: CellValue[][] = [
      ["令和7年度 重点目標管理シート"],
      [_, "取組内容", "スケジュール", "目標", "中間", "最終報告"],
      [
        "①",
        "○ 公正かつ適正な選挙の管理執行",
        "選挙期日 (1) 令和7年5月20日",
        "法令に基づき管理執行する。",
        "(1) 令和7年5月20日に適正に執行した。",
        _,
      ],
      [_, "(2) 参議院議員通常選挙", "(2) 令和7年7月28日", _, _, _],
      [_, _, _, _, _, _],
      ["②", "○ 選挙啓発の強化", "(1) 5月から8月まで", "(1) 20点以上の作品を募る。", _, _],
      ["令和8年度 重点目標管理シート"],
      [_, "取組内容", "スケジュール", "目標", "中間", "最終報告"],
      ["①", "○ 次年度の取組", "通年", _, _, _],
    ];
    const { table } = expectOk(findTable(grid(values)));
    expect(table.columns).toEqual({
      item: 0,
      initiative: 1,
      period: 2,
      numericTarget: 3,
      midtermReport: 4,
      finalReport: 5,
    });
    expect(table.rows.map((row) => [row.row, row.cells.item])).toEqual([
      [3, "①"],
      [4, null],
      [6, "②"],
    ]);
    expect(table.fiscalYear).toBe(2025);
  });

  describe("on a KPI list", () => {
    const match = expectOk(findTable(grid(KPI_LIST, 1, 0, "マニフェスト"), { fiscalYear: 2025 }));

    it("finds a header spanning two rows and reads from the row below both", () => {
      expect(match.table.layout).toBe("kpi_list");
      expect(match.table.headerRow).toBe(4);
      expect(match.table.rows[0]?.row).toBe(6);
    });

    it("maps 具体的な取組内容 (not 推進事項), the KPI, 基準値, 目標値 and the R7実績 column", () => {
      expect(match.table.columns).toEqual({ initiative: 3, kpi: 4, baseline: 5, target: 7, actual: 8 });
      expect(match.recognised).toEqual(["initiative", "kpi", "baseline", "target", "actual"]);
    });

    it("keeps rows with an initiative or KPI, skips empty rows and stops at the ※ notes", () => {
      expect(match.table.rows.map((row) => row.row)).toEqual([6, 7, 8, 9, 11, 12, 13]);
      expect(match.table.rows[3]?.cells).toEqual({
        initiative: "電子決裁の導入（文書・財務システム）",
        kpi: null,
        baseline: null,
        target: null,
        actual: null,
      });
      expect(match.table.rows[4]?.cells).toMatchObject({
        kpi: "町公式Xフォロワー数",
        baseline: "－ 人",
        target: "1,000 人",
      });
      expect(match.table.rows[0]?.cells.actual).toBe("115 件");
    });

    it("falls back to the given fiscal year when the title names a plan period (R７～10年度)", () => {
      expect(match.table.fiscalYear).toBe(2025);
    });
  });

  it("reads a 実績 title merged over year columns and takes the latest filled in", () => {
    const values: CellValue[][] = [
      ["推進事項", "ＫＰＩ", "基準値", "目標値", "実績", _, _],
      [_, _, "R6年度末", "R10年度末", "R7", "R8", "R9"],
      ["ＯＪＴの充実", "自主研修受講件数", "期間中 5 件", "期間中 10 件", "3 件", "6 件", _],
      ["職員研修", "職員研修の受講人数", "1,557 人", "1,800 人", "1,600 人", _, _],
    ];
    const { table } = expectOk(findTable(grid(values)));
    expect(table.columns).toEqual({ initiative: 0, kpi: 1, baseline: 2, target: 3, actual: 5 });
    expect(table.rows.map((row) => [row.row, row.cells.actual])).toEqual([
      [3, "6 件"],
      [4, null],
    ]);
  });

  it("shows the columns of the year the title names as the target and actual (R7目標, R7実績)", () => {
    const values: CellValue[][] = [
      ["令和7年度 KPI進捗管理表"],
      ["指標", "R6目標", "R7目標", "R8目標", "R6実績", "R7実績"],
      ["町公式Xフォロワー数", "800 人", "900 人", "1,000 人", "820 人", _],
    ];
    const { table } = expectOk(findTable(grid(values)));
    expect(table.columns).toEqual({ kpi: 0, target: 2, actual: 5 });
    expect(table.rows[0]?.cells).toEqual({ kpi: "町公式Xフォロワー数", target: "900 人", actual: null });
  });

  it("takes the leftmost 実績 column when none is filled in", () => {
    const values = KPI_LIST.map((row) =>
      row.map((value, column) => (column === 8 && row !== KPI_LIST[3] ? _ : value)),
    );
    const { table } = expectOk(findTable(grid(values)));
    expect(table.columns.actual).toBe(8);
    expect(table.fiscalYear).toBeNull();
  });

  it("finds a table that does not start at A1 and reads 基準値 ⇒ 目標値 in one column", () => {
    // Used range B3:F8: the grid's first cell is B3.
    const values: CellValue[][] = [
      ["令和7年度 KPI一覧"],
      [_, _, _, _, _],
      ["取組内容", "指標", "現状値→目標値", "実績値", "進捗状況"],
      ["行政手続のオンライン化", "オンライン申請手続数", "111 件 ⇒ 120 件", "118 件", "実施中"],
      ["", "", "", "", ""],
      ["生成ＡＩの活用検討", _, _, _, "未着手"],
    ];
    const match = expectOk(findTable(grid(values, 3, 1)));
    expect(match.table.headerRow).toBe(5);
    expect(match.table.columns).toEqual({ initiative: 1, kpi: 2, baselineTarget: 3, actual: 4, status: 5 });
    expect(match.table.rows.map((row) => row.row)).toEqual([6, 8]);
    expect(match.table.rows[0]?.cells.baselineTarget).toBe("111 件 ⇒ 120 件");
    expect(match.table.fiscalYear).toBe(2025);
  });

  it("reads 基準値 as baselineTarget when the pair fills cells merged across 基準値 and 目標値", () => {
    const values: CellValue[][] = [
      ["推進事項", "推進項目のＫＰＩ", "基準値", "目標値"],
      ["各種行政手続きにおけるＤＸの推進", "行かない窓口での手続き申請件数", "111 件 ⇒ 120 件", _],
      ["公共施設予約のオンライン化", "施設予約システム対応施設数", "0 施設 ⇒ 12 施設", _],
    ];
    const match = expectOk(findTable(grid(values)));
    expect(match.table.columns).toEqual({ initiative: 0, kpi: 1, baselineTarget: 2 });
    expect(match.recognised).toEqual(["initiative", "kpi", "baselineTarget"]);
  });

  test.each([
    ["期限", "現状値", "実績値"],
    ["時期", "当初値", "現況値"],
  ])("recognises the synonyms %s, %s and %s", (period, baseline, actual) => {
    const values: CellValue[][] = [
      ["取組内容", "KPI", period, baseline, "目標値", actual],
      ["ＯＪＴの充実", "自主研修受講件数", "年度末", "期間中 5 件", "期間中 10 件", "3 件"],
    ];
    const { table } = expectOk(findTable(grid(values)));
    expect(table.columns).toEqual({ initiative: 0, period: 2, kpi: 1, baseline: 3, target: 4, actual: 5 });
  });

  test.each([["期限"], ["時期"], ["期間"]])("reads a goal sheet whose period column says %s", (period) => {
    const values: CellValue[][] = [
      [_, "取組項目", period, "数値目標"],
      ["①", "○ 文書事務全般の適正な運用", "年度内", "(1) 文書担当者会議等の開催"],
    ];
    const { table } = expectOk(findTable(grid(values)));
    expect(table.layout).toBe("goal_sheet");
    expect(table.columns).toEqual({ item: 0, initiative: 1, period: 2, numericTarget: 3 });
  });

  it("lets an explicit mapping override the roles it names", () => {
    const match = expectOk(findTable(grid(GOAL_SHEET_1), { mapping: { finalReport: 5 } }));
    expect(match.table.columns.finalReport).toBe(5);
    expect(match.recognised).not.toContain("finalReport");
    expect(match.table.rows).toHaveLength(6);
  });

  it("uses a mapping to supply a must-have the header does not name", () => {
    const values: CellValue[][] = [
      ["取組内容", "項目名", "基準値", "目標値", "実績"],
      ["ＯＪＴの充実", "自主研修受講件数", "5 件", "10 件", "3 件"],
    ];
    expect(findTable(grid(values))).toEqual({
      ok: false,
      issues: [{ code: "table_not_found", sheet: "Sheet1" }],
    });
    const { table } = expectOk(findTable(grid(values), { mapping: { kpi: 1 } }));
    expect(table.columns).toEqual({ initiative: 0, kpi: 1, baseline: 2, target: 3, actual: 4 });
  });

  it("reads the header at a row the user names", () => {
    const { table } = expectOk(findTable(grid(KPI_LIST), { headerRow: 4 }));
    expect(table.columns.kpi).toBe(4);
  });

  it("fails table_not_found when the named header row is not a header or not in the sheet", () => {
    expect(findTable(grid(KPI_LIST), { headerRow: 6 })).toEqual({
      ok: false,
      issues: [{ code: "table_not_found", sheet: "Sheet1", headerRow: 6 }],
    });
    expect(findTable(grid(KPI_LIST), { headerRow: 400 })).toMatchObject({ ok: false });
  });

  it("fails table_not_found on a sheet without a table", () => {
    const values: CellValue[][] = [
      ["令和7年度 重点目標"],
      ["1 地域一体による防災力の向上と災害対応力の強化"],
      ["重点目標", _, "地域一体による防災力の向上と災害対応力の強化", _, "部局名", "市長直轄"],
      ["目標", "期限", _],
    ];
    expect(findTable(grid(values, 1, 0, "表紙"))).toEqual({
      ok: false,
      issues: [{ code: "table_not_found", sheet: "表紙" }],
    });
  });

  test.each([[[]], [[[null, " ", ""], []]]])("fails sheet_empty on an empty grid %j", (values) => {
    expect(findTable(grid(values as CellValue[][], 1, 0, "空"))).toEqual({
      ok: false,
      issues: [{ code: "sheet_empty", sheet: "空" }],
    });
  });
});

describe("tableFromMapping", () => {
  it("reads the rows below a header the user chose", () => {
    const table = tableFromMapping(
      grid(GOAL_SHEET_1),
      { initiative: 1, period: 2, midtermReport: 4 },
      8,
      "goal_sheet",
    );
    expect(table.columns).toEqual({ initiative: 1, period: 2, midtermReport: 4 });
    expect(table.rows.map((row) => row.row)).toEqual([9, 10, 11, 12, 13, 14]);
    expect(table.rows[1]?.cells).toEqual({
      initiative: "○ 災害時情報伝達手段同報系システムの構築 (1) 真田デジタル化推進事業を活用した防災DXの推進",
      period: "(1)通年",
      midtermReport: "(1) 真田デジタル化推進事業「キクもん」の担当者による関連部署職員への研修会の実施",
    });
    expect(table.fiscalYear).toBe(2025);
  });

  it("reproduces what findTable found from its columns and header row", () => {
    const found = expectOk(findTable(grid(KPI_LIST))).table;
    expect(tableFromMapping(grid(KPI_LIST), found.columns, found.headerRow, found.layout)).toEqual(found);
  });

  it("reads empty cells for a column outside the sheet", () => {
    const table = tableFromMapping(grid(KPI_LIST), { kpi: 4, target: 30 }, 4, "kpi_list");
    expect(table.rows[0]?.cells).toEqual({ kpi: "行かない窓口での手続き申請件数", target: null });
  });

  it("throws on a mapping that is not column indices", () => {
    expect(() => tableFromMapping(grid(KPI_LIST), { kpi: -1 }, 4, "kpi_list")).toThrow(RangeError);
    expect(() => tableFromMapping(grid(KPI_LIST), { kpi: 4 }, 4.5, "kpi_list")).toThrow(RangeError);
  });
});
