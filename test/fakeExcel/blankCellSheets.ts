/**
 * Sheets with the blanks staff leave, for holding the add-in's formulas to the core under both ways
 * Excel passes an empty cell to a custom function (null on the web, 0 on Windows: office-js #4702).
 */
import type { SheetSpec } from "./fakeWorkbook";

/**
 * A KPI list with blanks where staff leave them: 実績値 not reported yet, no 基準値, no 目標値, and a
 * 期限 column, one of whose deadlines has passed with nothing reported.
 */
export function kpiListWithBlanks(): SheetSpec {
  const _ = null;
  return {
    name: "KPI（未入力あり）",
    values: [
      ["令和7年度 KPI一覧"],
      ["推進事項", "ＫＰＩ", "基準値", "目標値", "実績値", "期限"],
      ["窓口のＤＸ", "行かない窓口での手続き申請件数", "111 件", "120 件", _, "R8. 3月"],
      ["キャッシュレス決済", "キャッシュレス決済可能窓口数", "5 箇所", "12 箇所", "8 箇所", "R8. 3月"],
      ["施設予約", "施設予約システム対応施設数", _, "12 施設", "6 施設", "R8. 3月"],
      ["ＳＤＧｓ", "県ＳＤＧｓ登録事業者数", "11 件", _, "14 件", "R8. 3月"],
      ["研修", "自主研修受講件数", "5 件", "10 件", _, "R7. 9月"],
      ["広報", "町公式LINE登録者数", "7,159 人", "9,000 人", "9,100 人", "R7. 9月"],
      ["情報発信", "町公式Xフォロワー数", _, "1,000 人", _, _],
    ],
  };
}
