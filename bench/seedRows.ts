// Rows for the benchmarks, made from the seeds' own texts so the parsers meet what staff type.
import type { CellValue, SheetTable, TableRow } from "../src/core/sheetTable";

/** Seed 004's KPI rows (KPI name, baseline, target) with illustrative actuals. */
export const KPI_ROWS: readonly (readonly [string, string, string, string])[] = [
  ["行かない窓口での手続き申請件数", "111 件", "120 件", "114 件"],
  ["キャッシュレス決済可能窓口数", "5 箇所", "12 箇所", "8 箇所"],
  ["施設予約システム対応施設数", "0 施設", "12 施設", "6 施設"],
  ["ＡＩ・ＲＰＡ活用業務数", "12 業務", "15 業務", "13 業務"],
  ["県ＳＤＧｓ登録事業者数", "11 件", "19 件", "118 回"],
  ["行政事務におけるＣＯ２排出量", "R4 7,072 ｔ", "4,352 ｔ", "5,900 ｔ"],
  ["業務で使用するコピー用紙等使用量", "R4 6,878 千枚", "4,322 千枚", "6,100 千枚"],
  ["自主研修受講件数", "期間中 5 件", "期間中 10 件", "期間中 3 件"],
  ["庁舎内デジタル推進員の配置", "15 人", "期間中 30 人", "18 人"],
  ["男性の育児休暇取得率", "36.4 ％", "50.0 ％", "41.0 ％"],
  ["職員研修の受講人数", "1,557 人", "1,800 人", "1,620 人"],
  ["町ホームページのアクセス数", "130 万PV", "150万 万PV", "135 万PV"],
  ["町公式Xフォロワー数", "－ 人", "1,000 人", "420 人"],
  ["広報研修会等の実施回数", "年 1 回", "年 2 回", "年 1 回"],
  ["町政モニター実施件数", "－ 回", "年 1 回実施", ""],
  ["女性管理職（係長以上）の割合", "16.5 ％", "20.0 ％", "未定"],
];

/** Seed 000's 期間・期限 cells. */
export const PERIOD_CELLS: readonly string[] = [
  "(1)5月、1月 (2)(3)年度内 (4)通年",
  "(1)8月30日 (2)通年",
  "(1) R7. 4月 (2) R7. 5月～R8. 1月 (3) R8. 3月",
  "(1) R7. 10月 (2) R8. 3月 (3) R8. 3月",
  "(1) R7. 10月  (2) R7. 12月",
  "(1)(2)(3)(4)(5)(6)年度内",
  "(1) 通年  (2) 年度内 (3) 年度内 (4) 通年",
  "任期満了日前30日以内に 実施する。  選挙期日 (1) 令和7年5月20日 任期満了日 (2) 令和7年7月28日 (3) 令和8年4月8日 (4) 令和8年4月8日",
  "(1) 5月から8月まで  (2) 年末  (3) 随時  (4) 随時  (5) 選挙時",
  "年度末まで",
];

/** The seed text with its first number replaced by one that depends on the row: no two rows alike. */
function withNumber(text: string, n: number): string {
  return text.replace(/[0-9][0-9,.]*/, String(n));
}

/**
 * A KPI list of n rows cycling through the seed rows, each with a deadline from seed 000. With
 * `distinct`, every row's numbers differ, so no value is read from a cache: the worst case.
 */
export function kpiTable(n: number, distinct = false): SheetTable {
  const rows: TableRow[] = [];
  for (let i = 0; i < n; i++) {
    const [kpi, baseline, target, actual] = KPI_ROWS[i % KPI_ROWS.length] ?? KPI_ROWS[0]!;
    const vary = (text: string, offset: number): string =>
      distinct ? withNumber(text, 100 + i + offset) : text;
    const cells: Record<string, CellValue> = {
      kpi,
      baseline: vary(baseline, 0),
      target: vary(target, 50),
      actual: actual === "" ? null : vary(actual, 20),
      period: PERIOD_CELLS[i % PERIOD_CELLS.length] ?? null,
    };
    rows.push({ row: 6 + i, cells });
  }
  return {
    sheetName: "KPI",
    layout: "kpi_list",
    headerRow: 5,
    columns: { kpi: 4, baseline: 5, target: 6, actual: 7, period: 8 },
    rows,
    fiscalYear: 2025,
  };
}
