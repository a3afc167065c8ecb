import { describe, expect, it, test } from "vitest";
import { findTable, findUnreadRows, parseColumnMapping, tableFromMapping } from "./findTable";
import type { CellValue, SheetGrid } from "./sheetTable";

const _ = null;

function grid(values: CellValue[][], firstRow = 1, firstColumn = 0, name = "Sheet1"): SheetGrid {
  return { name, firstRow, firstColumn, values };
}

// Goal sheet 1 of seed 000 as Excel reads it (A1:H16). 中間報告 is merged over E:F, so F is empty.
const GOAL_HEADER: CellValue[] = [
  _,
  "取組項目及び方法・手段\n（何をどのように）",
  "期間・期限\n（いつ・いつまでに）",
  "数値目標\n（どの水準まで）",
  "中間報告\n（目標に対する進捗状況・進捗度）及び\n（中間報告の時点で取組項目に対する方法・手段の見直しを行った点）",
  _,
  "期末報告\n（目標に対する達成状況・達成度）",
  _,
];
const GOAL_SHEET_1: CellValue[][] = [
  ["令和7年度 重点目標管理シート", _, _, _, _, _, _, _],
  [],
  [
    "重点目標",
    _,
    "地域一体による防災力の向上と災害対応力の強化",
    _,
    "部局名",
    "市長直轄",
    "優先順位",
    "1 位",
  ],
  [
    "総合計画における位置付け",
    _,
    "第2編 安全・安心な快適環境のまちづくり 第2章 良好、快適な生活環境の形成 第7節 地域防災力の向上と災害対応能力の強化",
    _,
    "上田再構築プラン Ver.2.0「もっと、前へ」における位置付け",
    "5 DXやGX等の革新的技術でSDGsを推進、人と自然が調和した活力あるまちをつくる",
    _,
    _,
  ],
  [
    "第四次上田市行財政改革大綱・アクションプログラムにおける位置付け",
    _,
    "(1) 将来を見据えた新たな行政サービスへの改革 ア ICTの活用による行政サービスの向上と業務の効率化",
    _,
    _,
    _,
    _,
    _,
  ],
  [
    "現況・課題",
    "上田市は、公助における災害対応力の強化に向けてICTの活用による市役所の情報収集配信体制の強化に加え、…将来を見据えた持続可能な地域防災体制の構築に向けた取組が必要不可欠となります。",
    _,
    _,
    _,
    _,
    _,
    _,
  ],
  [
    "目的・効果",
    "① 市災害対策本部の対応力の強化として、職員への定期的なシステム訓練及び各部の運営研修会を実施し、災害対応能力の向上を図ります。 ② 災害時情報伝達手段同報系システムの構築による、伝達手段の多重化・多様化を推進します。",
    _,
    _,
    "該当するSDGsの目標",
    " ",
    _,
    _,
  ],
  GOAL_HEADER,
  [
    "①",
    "○ 危機管理防災体制の強化 (1) 総合防災情報システムの効率的な運用 (2) システム機能の充実・強化 (3) 災害対策本部各対策部の職員研修会の実施 (4) 災害情報伝達システム構築に向けた検討",
    "(1)5月、1月 (2)(3)年度内 (4)通年",
    "(1) 職員向け操作研修の定期実施及び、訓練内容の拡充 (2) システムの操作性向上のための機能追加",
    "(1) 危機管理防災担当者操作訓練 2回 (3) 7月28日に連絡員会議を実施。",
    _,
    _,
    _,
  ],
  [
    "②",
    "○ 災害時情報伝達手段同報系システムの構築 (1) 真田デジタル化推進事業を活用した防災DXの推進",
    "(1)通年",
    "(1) 運用実績の検証と、運用拡充に向けた庁内調整体制への調査・研究",
    "(1) 真田デジタル化推進事業「キクもん」の担当者による関連部署職員への研修会の実施",
    _,
    _,
    _,
  ],
  [
    "③",
    "○ 自助・共助による重点地区型防災訓練の実施 (1) 地域と連携した市防災訓練（重点地域型）の実施 (2) 自主防災組織が主体的に行う訓練に対する助言・指導",
    "(1)8月30日 (2)通年",
    "(1) 市民、自治会、関係団体を主体とした重点地域型の訓練を実施 (2) 効果的な訓練に向けた内容及び実施方法等への助言指導",
    "(1) 8月30日に防災訓練を実施し、関係機関20団体の協力を得て、5会場で合計1,012人参加",
    _,
    _,
    _,
  ],
  [
    "④",
    "○ 災害備蓄品の充実と地域資源の活用 (1) 良好な避難所環境に向けた備蓄品の充足 (2) 地域内井戸水の新たな活用について検討",
    "通年",
    "(1) 備蓄計画の見直しによる多様なニーズに応じた備蓄品の充足 (2) 市内井戸の調査と国のガイドラインに即した活用方針の策定",
    "(1) 令和4年度に策定した備蓄計画を時点修正等し、庁内にて共有可能な資器材を調査し、共有した。",
    _,
    _,
    _,
  ],
  [
    "⑤",
    "○ 防災人材確保に向けた調査研究 (1) 自主防災アドバイザー等連絡協議会を中心とした防災人材の育成と確保に向けた調査研究",
    "通年",
    "(1) 防災人材の育成に向けた防災研修会実施内容の検討",
    "(1) 自主防災アドバイザーによる講座対応等制度を調整中",
    _,
    _,
    _,
  ],
  [
    "⑥",
    "○ 消防団機能の強化と消防団員の確保 (1) 消防団活動の市民及び学生等への周知及び理解による消防団員の確保、加入促進",
    "通年",
    "(1) 消防団員の確保（定員1,850人）充足率90%",
    "(1) 今年度新たに6名の学生が入団し、学生団員は総勢15名 新たな入団促進事業を推進【充足率84.3%】",
    _,
    _,
    _,
  ],
  [
    "特記事項",
    "○市民参加・協働の推進、市民満足度の向上を考慮した点",
    _,
    _,
    "○取組による効果・残された課題",
    _,
    _,
    _,
  ],
  [],
  ["令和7年度 重点目標管理シート", _, _, _, _, _, _, _],
];

// The KPI list of seed 004 (A1:J17): a two-row header (基準値 ※1 above R6年度末), an ⇒ column between
// 基準値 and 目標値, and two 実績 columns of which only R7実績 is filled in.
const KPI_LIST: CellValue[][] = [
  ["第２期上野町長マニフェスト（R７～10年度）に関連する具体的な取組などの一覧"],
  ["【注１】目標値は、第３次総合振興計画（令和８年度～）の策定後に見直す可能性があります。"],
  ["【注２】第３次総合振興計画（令和８年度～）の策定後に、重点項目ごとにＫＧＩ※４を設定する予定です。"],
  [
    "重点項目",
    "推進項目",
    "推進事項",
    "推進事項達成に向けた具体的な取組内容",
    "推進項目のＫＰＩ　※３",
    "基準値　※1",
    _,
    "目標値　※2",
    "R7実績",
    "R8実績",
  ],
  [_, _, _, _, _, "R6年度末", _, "R10年度末", _, _],
  [
    "行政ＤＸと行財政改革の\n断行",
    "ＤＸの推進",
    "ＤＸ活用による行政サービスの充実",
    "各種行政手続きにおけるＤＸの推進",
    "行かない窓口での手続き申請件数",
    "111 件",
    "⇒",
    "120 件",
    "115 件",
    _,
  ],
  [
    _,
    _,
    _,
    "各種手数料等のキャッシュレス決済拡充",
    "キャッシュレス決済可能窓口数",
    "5 箇所",
    "⇒",
    "12 箇所",
    _,
    _,
  ],
  [
    _,
    _,
    "ＩＣＴ活用による業務の効率化",
    "ＤＸ推進計画に基づく業務範囲の拡大",
    "ＡＩ・ＲＰＡ活用業務数",
    "12 業務",
    "⇒",
    "15 業務",
    _,
    _,
  ],
  [_, _, _, "電子決裁の導入（文書・財務システム）", _, _, _, _, _, _],
  [],
  [
    _,
    "住民サービス",
    "情報発信の充実・強化",
    "各年代セグメントに応じた情報発信",
    "町公式Xフォロワー数",
    "－ 人",
    "⇒",
    "1,000 人",
    _,
    _,
  ],
  [_, _, _, "町政モニター制度の導入の検討", "町政モニター実施件数", "－ 回", "⇒", "年 1 回実施", _, _],
  [_, _, _, _, "男性の育児休暇取得率", "36.4 ％", "⇒", "50.0 ％", "41.2 ％", _],
  [],
  ["※１　基準値の列に記載の「期間中」とは令和３年度～６年度の４年間を指します。"],
  [
    "※３　ＫＰＩ：Key Performance Indicator（キー パフォーマンス インジケーター）の略で「重要業績評価指標」と訳されます。",
  ],
  ["簡単にいえば、「ちゃんと目標に近づいているかどうかを数値で見える化するものです。"],
];

function expectOk<T>(result: { ok: true; value: T } | { ok: false; issues: readonly unknown[] }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

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

describe("parseColumnMapping", () => {
  test.each([
    ["initiative=B,period=C", { initiative: 1, period: 2 }],
    ["initiative=B,period=C,target=F", { initiative: 1, period: 2, target: 5 }],
    ["kpi = e, baselineTarget = AA", { kpi: 4, baselineTarget: 26 }],
    ["ｉｎｉｔｉａｔｉｖｅ＝Ｂ、ｐｅｒｉｏｄ＝Ｃ", { initiative: 1, period: 2 }],
  ])("reads %j", (input, expected) => {
    expect(parseColumnMapping(input)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ["foo=B", ["foo=B"]],
    ["period=1A", ["period=1A"]],
    ["initiative=B,period", ["period"]],
    ["initiative=B,period=B", ["period=B"]],
    ["target=F,target=G", ["target=G"]],
    ["foo=B,kpi=E,bar", ["foo=B", "bar"]],
    ["", [""]],
  ])("fails on %j naming the bad parts", (input, parts) => {
    expect(parseColumnMapping(input)).toEqual({
      ok: false,
      issues: parts.map((text) => ({ code: "mapping_unreadable", text })),
    });
  });
});

// Seed 004's header, typed out on both rows instead of merged down: the text columns repeat their names,
// the value columns have their years below.
const KPI_HEADER_TOP: CellValue[] = [
  "推進事項達成に向けた具体的な取組内容",
  "推進項目のＫＰＩ　※３",
  "基準値　※1",
  "目標値　※2",
  "実績値",
];
const KPI_ROWS: CellValue[][] = [
  ["各種行政手続きにおけるＤＸの推進", "行かない窓口での手続き申請件数", "111 件", "120 件", "114 件"],
  ["電子決裁の導入（文書・財務システム）", _, _, _, _],
  ["ＯＪＴの充実", "自主研修受講件数", "期間中 5 件", "期間中 10 件", "期間中 3 件"],
  ["職員の育児休暇の促進", "男性の育児休暇取得率", "36.4 ％", "50.0 ％", "41.0 ％"],
];

describe("findTable with a two-row header typed out on both rows", () => {
  test.each<[string, CellValue[]]>([
    [
      "names repeated over the years",
      ["推進事項達成に向けた具体的な取組内容", "推進項目のＫＰＩ　※３", "R6年度末", "R10年度末", "R7年度"],
    ],
    ["the whole header repeated", [...KPI_HEADER_TOP]],
    [
      "names repeated, values blank",
      ["推進事項達成に向けた具体的な取組内容", "推進項目のＫＰＩ　※３", _, _, _],
    ],
  ])("takes the second row (%s) as part of the header and reads every row below it", (_label, second) => {
    const { table } = expectOk(findTable(grid([["KPI一覧"], KPI_HEADER_TOP, second, ...KPI_ROWS])));
    expect(table.headerRow).toBe(2);
    expect(table.columns).toEqual({ initiative: 0, kpi: 1, baseline: 2, target: 3, actual: 4 });
    expect(table.rows.map((r) => r.row)).toEqual([4, 5, 6, 7]);
  });

  it("reads sub-column names under a group written over both columns", () => {
    const values: CellValue[][] = [
      ["取組内容", "ＫＰＩ", "基準値 ⇒ 目標値", "基準値 ⇒ 目標値", "実績値"],
      ["取組内容", "ＫＰＩ", "基準値", "目標値", "R7年度"],
      ...KPI_ROWS,
    ];
    const { table } = expectOk(findTable(grid(values)));
    expect(table.columns).toEqual({ initiative: 0, kpi: 1, baseline: 2, target: 3, actual: 4 });
    expect(table.rows.map((r) => r.row)).toEqual([3, 4, 5, 6]);
  });

  it("reads sub-column names under a merged group (the value only in its first cell)", () => {
    const values: CellValue[][] = [
      ["取組内容", "ＫＰＩ", "基準値 ⇒ 目標値", _, "実績値"],
      [_, _, "基準値", "目標値", _],
      ...KPI_ROWS,
    ];
    const { table } = expectOk(findTable(grid(values)));
    expect(table.columns).toEqual({ initiative: 0, kpi: 1, baseline: 2, target: 3, actual: 4 });
    expect(table.rows[0]).toMatchObject({ row: 3, cells: { baseline: "111 件", target: "120 件" } });
  });

  it("still takes a row of header names under a title as the header, not the title", () => {
    const { table } = expectOk(findTable(grid([["令和7年度 KPI一覧"], KPI_HEADER_TOP, ...KPI_ROWS])));
    expect(table.headerRow).toBe(2);
    expect(table.columns.kpi).toBe(1);
  });
});

describe("findUnreadRows", () => {
  const kpiGrid = (values: CellValue[][]): SheetGrid => grid([["KPI一覧"], KPI_HEADER_TOP, ...values]);

  it("finds nothing when the table took every row, notes below it aside", () => {
    const values = kpiGrid([
      ...KPI_ROWS,
      [],
      ["※１ 基準値の列に記載の「期間中」とは令和３年度～６年度の４年間を指します。"],
      ["簡単にいえば、「ちゃんと目標に近づいているかどうかを数値で見える化するものです。"],
      ["作成：企画課", _, _, _, "令和7年4月1日"],
    ]);
    const { table } = expectOk(findTable(values));
    expect(findUnreadRows(values, table)).toEqual({ rows: [], stop: null });
  });

  it("names the rows below a header repeated inside the table, an initiative without a KPI included", () => {
    const values = kpiGrid([
      KPI_ROWS[0] ?? [],
      KPI_HEADER_TOP,
      [_, _, "R6年度末", "R10年度末", "R7年度"],
      ...KPI_ROWS.slice(1),
    ]);
    const { table } = expectOk(findTable(values));
    expect(table.rows.map((r) => r.row)).toEqual([3]);
    // Row 8's 期間中 cells are header words, but one kind thrice is not a header.
    expect(findUnreadRows(values, table)).toEqual({
      rows: [6, 7, 8],
      stop: { row: 4, reason: "header_repeated" },
    });
  });

  it("names the rows after a ※ note inside the table", () => {
    const values = kpiGrid([KPI_ROWS[0] ?? [], ["※ 以下は参考指標"], ...KPI_ROWS.slice(2)]);
    const { table } = expectOk(findTable(values));
    expect(findUnreadRows(values, table)).toEqual({ rows: [5, 6], stop: { row: 4, reason: "note" } });
  });

  it("names the rows of the next goal sheet below the 特記事項, and not the 特記事項 block", () => {
    const header: CellValue[] = [_, "取組項目", "期間・期限", "数値目標", "中間報告", "期末報告"];
    const values: CellValue[][] = [
      ["令和7年度 重点目標管理シート"],
      header,
      ["①", "○ 危機管理防災体制の強化", "通年", "(1) 研修の実施", _, _],
      ["特記事項", "○市民参加・協働の推進", _, "○取組による効果・残された課題", _, _],
      [_, "市民説明会を2回開催した。", _, "課題は周知の方法。", _, _],
      ["令和7年度 重点目標管理シート"],
      header,
      ["①", "○ 選挙啓発の強化", "5月から8月まで", "20点以上の作品を募る。", _, _],
      ["②", "○ 投票環境の向上", "年度内", _, _, _],
    ];
    const { table } = expectOk(findTable(grid(values)));
    expect(table.rows.map((r) => r.row)).toEqual([3]);
    expect(findUnreadRows(grid(values), table)).toEqual({
      rows: [8, 9],
      stop: { row: 6, reason: "sheet_title" },
    });
  });
});
