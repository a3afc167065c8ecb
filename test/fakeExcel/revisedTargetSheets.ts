/**
 * A KPI list whose targets were revised, as seed 004's 注1 foresees (目標値は、第３次総合振興計画の策定後に
 * 見直す可能性があります): a 目標値（見直し後） column right of 目標値, as the task pane's 目標値を見直す adds
 * it, and a target cell that holds its own revision. Values are seed 004's, with revisions made up to
 * cover each case: a revision to judge against, none, one not reported yet, one to another unit, one that
 * turns an increase into a floor, a target set only at the revision, and plain numbers.
 */
import type { SheetSpec } from "./fakeWorkbook";

/** The rows' KPIs, revisions and actuals; the header is row 2. */
export function kpiListWithRevisions(): SheetSpec {
  const _ = null;
  return {
    name: "KPI（見直し後）",
    values: [
      ["令和7年度 KPI一覧"],
      ["推進事項", "ＫＰＩ", "基準値", "目標値", "目標値（見直し後）", "実績値", "期限"],
      ["窓口のＤＸ", "行かない窓口での手続き申請件数", "111 件", "120 件", "150 件", "135 件", "R8. 3月"],
      ["キャッシュレス決済", "キャッシュレス決済可能窓口数", "5 箇所", "12 箇所", _, "8 箇所", "R8. 3月"],
      ["施設予約", "施設予約システム対応施設数", "0 施設", "12 施設", "15 施設", _, "R8. 3月"],
      ["研修", "自主研修受講件数", "5 件", "10 件", "30 人", "12 人", "R8. 3月"],
      ["休暇", "一般職員の年次有給休暇消化率", "27.5 ％", "37.5 ％", "35.0 ％以上", "36.0 ％", "R8. 3月"],
      ["情報発信", "町公式Xフォロワー数", "－ 人", _, "1,000 人", "800 人", "R8. 3月"],
      [
        "多言語",
        "多言語配信サービスのダウンロード件数",
        "59 件",
        "100 件（見直し後 120件）",
        _,
        "90 件",
        "R8. 3月",
      ],
      ["業務効率化", "ＡＩ・ＲＰＡ活用業務数", 12, 15, 18, 16, "R8. 3月"],
    ],
  };
}
