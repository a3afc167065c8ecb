// Layouts other municipalities use for their KPI lists and goal sheets, each as Excel would give it, with
// the headers as written in the public document named above it and the reading a careful reader gives it
// (the columns, the rows). Values are the document's where it prints them; where a layout is modelled on a
// document (the document prints the year inside the cell, a sheet splits it off), the comment says so.
import type { CellValue, ColumnMapping, SheetGrid, SheetLayout } from "../../src/core/sheetTable";

const _ = null;

export interface Layout {
  readonly grid: SheetGrid;
  /** What findTable should read: the layout, the header row, the columns and the rows of the table. */
  readonly expected: {
    readonly layout: SheetLayout;
    readonly headerRow: number;
    readonly columns: ColumnMapping;
    readonly rows: readonly number[];
  };
}

function sheet(name: string, values: CellValue[][]): SheetGrid {
  return { name, firstRow: 1, firstColumn: 0, values };
}

// 美馬市 | 総合計画 成果指標（平成31年度末を目標年次） |
// https://paperzz.com/doc/6402135/%E6%88%90%E6%9E%9C%E6%8C%87%E6%A8%99---%E7%BE%8E%E9%A6%AC%E5%B8%82
// A 単位 column beside plain numbers; the KPI column is headed 目標(指標)名, the target 目標(平成31年度).
export const MIMA_UNIT_COLUMN: Layout = {
  grid: sheet("成果指標", [
    ["①子育て・就学前教育"],
    ["目標(指標)名", "単位", "現状", "目標(平成31年度)", "目標(指標)の説明"],
    [
      "待機児童",
      "人",
      0,
      0,
      "市では待機児童は存在しないが、今後も保育ニーズ量に対する受け皿を確保していく。",
    ],
    ["認定こども園", "カ所", 1, 3, "子ども・子育て支援新制度における認定子ども園を計画的に整備する。"],
    ["母子・父子相談件数", "件", 943, 1000, "多様化する相談内容に対し、細やかな対応を実施する。"],
  ]),
  expected: {
    layout: "kpi_list",
    headerRow: 2,
    columns: { kpi: 0, baseline: 2, target: 3, unit: 1 },
    rows: [3, 4, 5],
  },
};

// 北見市 | 平成27年度 事務事業評価シート（中間・事後）シートの見方 |
// https://expydoc.com/doc/7816172/h27-%E4%B8%AD%E9%96%93%E3%83%BB%E4%BA%8B%E5%BE%8C%E3%82%B7%E3%83%BC%E3%83%88%EF%BC%88%E3%82%B7%E3%83%BC%E3%83%88%E3%81%AE%E8%A6%8B%E6%96%B9%EF%BC%89
// 活動指標名 and 成果指標名 with a 単位 column, 目標値 and 実績値 as plain numbers. The document stacks
// 目標値 over 実績値 in one column per year; this is the list form of the same fields, for FY2025.
export const KITAMI_UNIT_COLUMN: Layout = {
  grid: sheet("事務事業評価", [
    ["令和7年度 事務事業評価シート"],
    ["事務事業名", "指標名", "単位", "目標値", "実績値"],
    ["地域防災推進事業", "防災出前講座の開催回数", "回", 20, 18],
    [_, "自主防災組織の活動カバー率", "％", 80, 68.9],
    ["地域活力支援事業", "補助金交付団体数", "団体", 12, _],
  ]),
  expected: {
    layout: "kpi_list",
    headerRow: 2,
    columns: { initiative: 0, kpi: 1, target: 3, actual: 4, unit: 2 },
    rows: [3, 4, 5],
  },
};

// 京都府 | 京都府総合計画 指標（基準値・目標数値・参考年間目標）|
// https://www-pref-kyoto-jp.cache.yimg.jp/shinsougoukeikaku/shousai/5.html
// The document prints each 基準値 with its year (`82.6 (2019年度)`) and gives 参考年間目標 per year. Modelled
// as a sheet that splits them: `基準値` merged over `数値 | 年度`, `実績` merged over the years `R5 | R6`.
export const KYOTO_TWO_ROW_HEADER: Layout = {
  grid: sheet("指標", [
    ["指標名称(単位)", "基準値", _, "目標数値", "実績", _],
    [_, "数値", "年度", _, "R5", "R6"],
    [
      "住んでいる地域が、子どもが育つのに良い環境だと思う人の割合(%)",
      "82.6%",
      "2019年度",
      "90.0%",
      "84.0%",
      "86.5%",
    ],
    ["保育所における待機児童数(人)", "86人", "2019年度", "0人", "12人", _],
  ]),
  expected: {
    layout: "kpi_list",
    headerRow: 1,
    // Of the year columns under 実績, findTable takes the latest filled in (R6); the check takes the year's.
    columns: { kpi: 0, baseline: 1, target: 3, actual: 5 },
    rows: [3, 4],
  },
};

// 京都府 | 同上: 子育て環境日本一に向けた職場づくり行動宣言を行った企業数（累計）, 参考年間目標
// `2019年度:300 2020年度:600 2021年度:900 2022年度:1,200`, 目標 1,500 (2023年度). Modelled as a sheet with a
// target and an actual column per year (`2021年度 目標 | 2022年度 目標 | 2023年度 目標`).
export const KYOTO_YEARLY_TARGETS: Layout = {
  grid: sheet("年間目標", [
    ["指標名", "基準値", "2021年度 目標", "2022年度 目標", "2023年度 目標", "2021年度 実績", "2022年度 実績"],
    ["職場づくり行動宣言企業数(累計)", "－", "900社", "1,200社", "1,500社", "950社", "1,100社"],
    ["ライフデザインカレッジ受講者の意識が変わった割合", "67%", "80.0%", "80.0%", "80.0%", "72.0%", _],
  ]),
  expected: {
    layout: "kpi_list",
    headerRow: 1,
    columns: { kpi: 0, baseline: 1, target: 2, actual: 6 },
    rows: [2, 3],
  },
};

// 長与町 | 第9次総合計画 数値目標の進捗状況（令和元年度）| https://webtown.nagayo.jp/kiji0032107/index.html
// 基準値 | 目標値 | 令和元年度の現在値 | 評価 (S/A/B/C/−): the only actual column names its year.
export const NAGAYO_ACTUAL_OF_A_YEAR: Layout = {
  grid: sheet("数値目標", [
    ["施策", "指標", "基準値", "目標値", "令和元年度の現在値", "評価"],
    ["子育て支援の充実", "子育て支援センター利用者数", "12,000人", "15,000人", "13,200人", "A"],
    ["観光の振興", "観光入込客数", "350,000人", "400,000人", "330,000人", "C"],
  ]),
  expected: {
    layout: "kpi_list",
    headerRow: 1,
    columns: { initiative: 0, kpi: 1, baseline: 2, target: 3, actual: 4 },
    rows: [2, 3],
  },
};

// 白老町 | 行財政改革推進計画実施計画進捗管理要綱（進捗管理表: 4月に取組計画、10月に中間報告、3月に取組結果報告）|
// http://www.town.shiraoi.hokkaido.jp/reiki_int/reiki_honbun/g400RG00001211.html
// with あきる野市 | 第2次総合計画 進捗管理シート（実績値・自己評価・取組における進捗状況）|
// https://www.city.akiruno.tokyo.jp/0000016060.html
// A goal sheet headed 目標（指標）, 実施時期, 進捗状況（上半期）, 実績・成果（年度末）, with 担当課 first and
// 自己評価 last: neither is a column the check reads.
export const SHIRAOI_GOAL_SHEET: Layout = {
  grid: sheet("進捗管理表", [
    ["令和7年度 実施計画 進捗管理表"],
    [
      "担当課",
      "取組項目",
      "目標（指標）",
      "実施時期",
      "進捗状況（上半期）",
      "実績・成果（年度末）",
      "自己評価",
    ],
    ["総務課", "窓口業務の見直し", "待ち時間を10分以内にする", "9月末", "", "", ""],
    ["企画財政課", "公共施設の再編計画の策定", "計画を策定する", "年度末", "素案を作成中", "", ""],
    ["税務課", "コンビニ納付の導入", "導入する", "7月", "7月に導入した。", "", "A"],
  ]),
  expected: {
    layout: "goal_sheet",
    headerRow: 2,
    columns: { initiative: 1, numericTarget: 2, period: 3, midtermReport: 4, finalReport: 5 },
    rows: [3, 4, 5],
  },
};

// 鳥取県 | 工程表の構成内容（政策内容、今年度の目標、測定指標、工程）| https://www.pref.tottori.lg.jp/297705.htm
// A goal sheet whose period column is headed 工程 and whose initiative column 実施項目, in another order.
export const TOTTORI_PROCESS_COLUMN: Layout = {
  grid: sheet("工程表", [
    ["令和7年度 工程表"],
    ["実施項目", "工程", "進捗状況（上半期）", "今年度の目標", "実績・成果（年度末）"],
    ["道路改良事業の推進", "(1) 6月 (2) 12月", "(1) 6月に設計を完了した。", "供用開始", ""],
  ]),
  expected: {
    layout: "goal_sheet",
    headerRow: 2,
    columns: { initiative: 0, period: 1, midtermReport: 2, numericTarget: 3, finalReport: 4 },
    rows: [3],
  },
};

// 倉吉市 | 第11次倉吉市総合計画 指標の達成状況 | https://www.city.kurayoshi.lg.jp/1823.htm
// One table per 施策 on one page, a 合計 row and a ※ note under the first; values as the page prints them.
export const KURAYOSHI_TWO_TABLES: Layout = {
  grid: sheet("達成状況", [
    ["施策1 特産品の開発"],
    ["指標", "基準値", "目標値", "実績値"],
    ["新たな特産品の開発数", "3品", "20品", "10品"],
    ["農商工連携事業者数", "31事業者", "40事業者", "43事業者"],
    ["合計", _, "60", "53"],
    ["※基準値は平成22年度の値"],
    [],
    ["施策2 交流人口の拡大"],
    ["指標", "基準値", "目標値", "実績値"],
    ["観光入込客数", "4,094人", "4,300人", "3,672人"],
  ]),
  expected: {
    layout: "kpi_list",
    headerRow: 2,
    columns: { kpi: 0, baseline: 1, target: 2, actual: 3 },
    rows: [3, 4],
  },
};

// Seed 004 (上野町 第２期町長マニフェスト KPI一覧, R7～10年度), after the revision its 注1 foresees: 目標値は、
// 第３次総合振興計画（令和８年度～）の策定後に見直す可能性があります. No published list with a revised
// column was found; this models one on seed 004's values with a `目標値（見直し後）` column right of 目標値,
// as the task pane's 目標値を見直す adds it, a blank where a target was kept, and 実績値 made up for R7.
export const UENO_REVISED_TARGETS: Layout = {
  grid: sheet("KPI一覧", [
    ["第２期上野町長マニフェスト（R７～10年度）に関連する具体的な取組などの一覧"],
    [
      "推進事項",
      "推進項目のＫＰＩ　※３",
      "基準値　※1\n(R6年度末)",
      "目標値　※2\n(R10年度末)",
      "目標値（見直し後）",
      "実績値\n(R7年度)",
    ],
    [
      "各種行政手続きにおけるＤＸの推進",
      "行かない窓口での手続き申請件数",
      "111 件",
      "120 件",
      "150 件",
      "135 件",
    ],
    [
      "各種手数料等のキャッシュレス決済拡充",
      "キャッシュレス決済可能窓口数",
      "5 箇所",
      "12 箇所",
      _,
      "8 箇所",
    ],
    ["ＯＪＴの充実", "自主研修受講件数", "期間中 5 件", "期間中 10 件", "期間中 30 人", "12 人"],
  ]),
  expected: {
    layout: "kpi_list",
    headerRow: 2,
    columns: { initiative: 0, kpi: 1, baseline: 2, target: 3, revisedTarget: 4, actual: 5 },
    rows: [3, 4, 5],
  },
};

export const LAYOUTS: Readonly<Record<string, Layout>> = {
  "単位 column (美馬市)": MIMA_UNIT_COLUMN,
  "単位 column with 目標値 | 実績値 (北見市)": KITAMI_UNIT_COLUMN,
  "基準値 over 数値 | 年度, 実績 over R5 | R6 (京都府)": KYOTO_TWO_ROW_HEADER,
  "a target and an actual column per year (京都府)": KYOTO_YEARLY_TARGETS,
  "one actual column naming its year (長与町)": NAGAYO_ACTUAL_OF_A_YEAR,
  "goal sheet with 目標（指標）, 進捗状況（上半期）, 実績・成果（年度末） (白老町)": SHIRAOI_GOAL_SHEET,
  "goal sheet with 工程 and 実施項目 (鳥取県)": TOTTORI_PROCESS_COLUMN,
  "two tables on a sheet, a 合計 row and a ※ note (倉吉市)": KURAYOSHI_TWO_TABLES,
  "a 目標値（見直し後） column right of 目標値 (seed 004, revised)": UENO_REVISED_TARGETS,
};
