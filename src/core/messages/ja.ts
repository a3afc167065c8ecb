import type { DeadlineRefusal, RowsNotRead, ValueRefusal, ValueUnreadable } from "../issues";
import type { Direction } from "../direction";
import type { KpiSide } from "../judgeKpi";
import type { DateRole } from "../parseDateText";
import { formatDate } from "./formatDate";
import { subItemPrefix } from "./subItemPrefix";
import type { MessageCatalogue } from "./types";

const day = formatDate;

const q = (v: string | number | null | undefined): string =>
  v === undefined || v === null || v === "" ? "" : `「${String(v)}」`;
const sub = subItemPrefix;
const side = (issue: { readonly side?: KpiSide }): string =>
  issue.side === "baseline"
    ? "基準値"
    : issue.side === "target"
      ? "目標値"
      : issue.side === "actual"
        ? "実績値"
        : "値";

/** A direction as the messages name it. */
const DIRECTION_JA: Readonly<Record<Direction, string>> = {
  increase: "増加",
  decrease: "減少",
  maintain: "維持",
};

/** Why a value was refused, when the refusal names a reason; the part not read is quoted. */
const VALUE_REASONS_JA: Readonly<Record<ValueRefusal, (part: string) => string>> = {
  band: (p) =>
    `${p}は「〜台」という幅で、一つの数値ではありません。幅の下限を値とはみなせないため、「70 ％」のように一つの数値で入力してください。`,
  rank: (p) =>
    `${p}は順位で、指標の数量ではありません。順位を目標にする場合も、数量の列とは分けて入力してください。`,
  count_of_all: (p) => `${p}は全体の件数で、目標の水準ではありません。`,
  shorter_period: (p) =>
    `${p}は月・週ごとの値で、年度単位の値として読めません。「年 12 回」のように年間の値で入力してください。`,
};

function valueUnreadableJa(i: ValueUnreadable): string {
  const part = i.part ? q(i.part) : q(i.text);
  const reason = i.reason ? VALUE_REASONS_JA[i.reason] : undefined;
  if (reason)
    return i.part ? `${side(i)}${q(i.text)}を読み取れません。${reason(part)}` : `${side(i)}${reason(part)}`;
  const where = i.part ? `のうち${q(i.part)}` : "";
  return `${side(i)}${q(i.text)}${where}を数値として読み取れません。「120 件」「36.4 ％」「130 万PV」「△5」のように数値と単位で入力してください。`;
}

const DATE_ROLES_JA: Readonly<Record<DateRole, string>> = {
  due: "期限",
  asOf: "基準日",
  start: "開始日",
  date: "日付",
};
const dateRoleJa = (issue: { readonly role: DateRole }): string => DATE_ROLES_JA[issue.role];
/** What to write instead, for the deadlines the reader refuses for a known reason. */
const DEADLINE_REASONS_JA: Readonly<Partial<Record<DeadlineRefusal, string>>> = {
  short_year_ambiguous: "元号の年か西暦の下2桁か分かりません。「R8年度」「2026年度」のように書いてください。",
  years_disagree: "西暦と元号の年が一致しません。どちらかを直してください。",
  approximate: "「頃」は期日になりません。「R8. 3月」のように月まで書いてください。",
  plan_start_unknown:
    "計画の初年度が分からないため、何年度か決められません。「R8年度」のように書いてください。",
  range_length_disagrees: "期間の年数と始まり・終わりの年度が一致しません。",
  length_without_start_year: "年数で書く期間は「R6年度から4年間」のように始まりの年度から書いてください。",
  range_reversed: "期間の終わりが始まりより前になっています。",
};

/** Why a table ended above rows it did not read, and what to do about it. */
const ROWS_NOT_READ_JA: Readonly<Record<NonNullable<RowsNotRead["reason"]>, (issue: RowsNotRead) => string>> =
  {
    header_repeated: (i) =>
      `${String(i.stopRow ?? "")}行目に表の見出しがもう一度あり、表はその上で終わると判断しました。印刷のために繰り返した見出しは削除し（ページレイアウトの「印刷タイトル」で各ページに見出しを付けられます）、別の表は別のシートに分けてください。`,
    sheet_title: (i) =>
      `${String(i.stopRow ?? "")}行目に次のシートのタイトルがあり、表はその上で終わると判断しました。シートは 1 枚に 1 つずつ作成してください。`,
    note: (i) =>
      `${String(i.stopRow ?? "")}行目の注記（※）で表が終わると判断しました。注記は表の下に移してください。`,
  };

export const ja: MessageCatalogue = {
  issues: {
    value_empty: (i) => `${side(i)}が入力されていません。`,
    value_unreadable: (i) => valueUnreadableJa(i),
    value_doubled_unit: (i) =>
      `${side(i)}${q(i.text)}は単位が重複しています${i.unit ? `（${String(i.unit)}）` : ""}。入力ミスではないか確認してください。`,
    value_multiple_numbers: (i) =>
      `${side(i)}${q(i.text)}に数値が複数あります${i.part ? `（読み取れない部分：${q(i.part)}）` : ""}。基準値と目標値は「111 件 ⇒ 120 件」のように ⇒ で区切ってください。`,
    pair_unreadable: (i) =>
      `${q(i.text)}を「基準値 ⇒ 目標値」として読み取れません。「111 件 ⇒ 120 件」のように入力してください。`,
    value_relative_change: (i) =>
      `${side(i)}${q(i.text)}は増減の幅や差（相対値）です${i.part ? `（${q(i.part)}）` : ""}。達成率の計算には目標の絶対値が必要です。`,
    fiscal_year_unreadable: (i) =>
      `年度${q(i.text)}を読み取れません。「令和7年度」「R7」「2025」のように入力してください。`,
    date_impossible: (i) => `${sub(i)}${q(i.source ?? i.text)}は存在しない日付です。日付を確認してください。`,
    deadline_empty: () => "期間・期限が入力されていません。",
    deadline_unreadable: (i) =>
      `${sub(i)}期限${q(i.source ?? i.text)}を読み取れません。${(i.reason ? DEADLINE_REASONS_JA[i.reason] : undefined) ?? "「R8. 3月」「9月末」「年度内」「通年」のように入力してください。"}`,
    deadline_no_fixed_due: (i) =>
      `${sub(i)}${q(i.source ?? i.text)}は期日が定まっていないため、期限超過の判定はしません。`,
    deadline_start_only: (i) => `${sub(i)}${q(i.source ?? i.text)}は開始時期のみで、期限がありません。`,
    deadline_beyond_fiscal_year: (i) =>
      `${sub(i)}期限${i.due ? `（${day(i.due, "ja")}）` : ""}が年度末を過ぎています。次年度の取組でないか確認してください。`,
    sub_item_not_found: (i) =>
      `小項目 (${String(i.subItem ?? "?")}) の期限が見つかりません。期間・期限の文字列に (${String(i.subItem ?? "?")}) があるか確認してください。`,
    date_out_of_range: (i) =>
      `${dateRoleJa(i)}${q(i.source ?? i.text)}${i.due ? `（${String(i.due)}）` : ""}は Excel で扱える日付（1900年3月1日〜9999年12月31日）の範囲外です。年を確認してください。`,
    baseline_missing: () => "基準値がないため、進捗率を計算できません。",
    target_missing: () => "目標値がないため、達成率を計算できません。",
    actual_missing: () => "実績値が入力されていません。",
    target_zero: () => "目標値が 0 のため、達成率を計算できません。",
    actual_zero: () => "削減目標で実績値が 0 のため、達成率（目標値 ÷ 実績値）を計算できません。",
    baseline_equals_target: () => "基準値と目標値が同じため、進捗率を計算できません。",
    cumulative_target_snapshot_baseline: () =>
      "目標値は期間中の累計、基準値は時点または年間の値のため、基準値からの進捗率は意味を持ちません。達成率で評価してください。",
    unit_mismatch: (i) =>
      `単位が一致しません（${[i.baselineUnit, i.targetUnit, i.actualUnit]
        .filter((u) => u !== undefined)
        .map((u) => (u === "" ? "単位なし" : String(u)))
        .join(" / ")}）。同じ単位で入力してください。`,
    percent_unit_missing: (i) =>
      `${side(i)}${q(i.text)}に ％ がありません。比べる値が ％ のため、「${String(i.text ?? "")} ％」のように ％ を付けて入力してください（Excel の ％ 表示のセルなら 0.45 のような小数）。`,
    number_out_of_range: (i) =>
      i.text
        ? `${side(i)}${q(i.text)}は Excel で扱える数値の範囲を超えています。桁数を確認してください。`
        : "計算結果が Excel で扱える数値の範囲を超えるため、計算できません。入力値の桁数を確認してください。",
    target_revision_unit_changed: (i) =>
      `見直し後の目標値${q(i.revised)}の単位（${i.revisedUnit}）が当初の目標値${q(i.original)}の単位（${i.originalUnit}）と異なります。測るものが変わった可能性があるため、達成率・進捗率は計算していません。単位をそろえるか、指標を確認してください。`,
    target_revision_direction_changed: (i) =>
      `見直し後の目標値${q(i.revised)}は${DIRECTION_JA[i.revisedDirection]}の目標で、当初の目標値${q(i.original)}（${DIRECTION_JA[i.originalDirection]}）と方向が異なります。見直し後の目標値（${DIRECTION_JA[i.revisedDirection]}）で判定しています。意図した見直しか確認してください。`,
    target_revision_conflict: (i) =>
      `目標値${q(i.original)}のセルに書かれた見直し後の値${q(i.revised)}と、見直し後の目標値の列${q(i.column)}が異なります。どちらで判定するか決められないため、達成率は計算していません。一方にそろえてください。`,
    direction_unreadable: (i) =>
      `目標の方向${q(i.text)}を読み取れません。「増加」「減少」「維持」（または increase / decrease / maintain）で指定してください。`,
    grade_scale_invalid: (i) =>
      `評価基準${q(i.text)}を読み取れません。プリセット名（abcd_100_80_60 など）か、評価と下限値の表を指定してください。`,
    required_cell_empty: (i) => `${i.columnLabel}が入力されていません。`,
    overdue_not_done: (i) =>
      `${sub(i)}期限（${day(i.due, "ja")}）を過ぎていますが、報告に完了の記載がありません。`,
    sub_item_missing_from_report: (i) =>
      `(${String(i.subItem ?? "?")}) の期限（${day(i.due, "ja")}）を過ぎていますが、中間報告に (${String(i.subItem ?? "?")}) の記載がありません。`,
    stale_planned_statement: (i) =>
      `${sub(i)}「予定」と書かれた時期（${String(i.month ?? "")}月）を過ぎています。実施したかどうかを報告に反映してください。`,
    report_value_candidate: (i) =>
      `報告中の${i.label ? `「${String(i.label)}」` : "値"} ${String(i.display ?? i.amount ?? "")} が実績値の候補です。実績として使うか確認してください。`,
    rows_not_read: (i) =>
      `${i.rows}行目（${i.count}行）は表の行として読み取られず、チェックされていません。${i.reason ? ROWS_NOT_READ_JA[i.reason](i) : "見出しの行と列の割り当て（作業ウィンドウの「列の割り当て」、コマンドラインでは --map）を確認してください。"}`,
    year_column_missing: (i) =>
      `${side(i)}の列に${String(i.fiscalYear ?? "")}年度の列がありません（見出しの年度：${String(i.years ?? "")}）。${String(i.fiscalYear ?? "")}年度の${side(i)}は読み取らず、判定していません。その年度の列を追加するか、判定する年度を確認してください。`,
    actual_year_differs: (i) =>
      `実績値の列${q(i.label)}は${String(i.year ?? "")}年度の実績ですが、${String(i.fiscalYear ?? "")}年度として判定しています。${String(i.fiscalYear ?? "")}年度の実績の列を追加するか、判定する年度を確認してください。`,
    table_not_found: (i) =>
      `シート${q(i.sheet)}に表の見出し（取組項目・期間・期限 / KPI・基準値・目標値）が見つかりません。列の割り当てを指定してください。`,
    mapping_unreadable: (i) =>
      `列の割り当て${q(i.text)}を読み取れません。「initiative=B,period=C」のように 役割=列 で指定してください。`,
    date_missing: (i) => `${dateRoleJa(i)}が入力されていません。`,
    date_unreadable: (i) =>
      `${dateRoleJa(i)}${q(i.text)}を日付として読み取れません。日付のセルを指定するか、「2025-11-21」「R7.11.21」「令和7年11月21日」のように入力してください。`,
    sheet_empty: (i) => `シート${q(i.sheet)}は空です。`,
  },
  statuses: {
    achieved: "達成",
    on_track: "順調",
    behind: "遅れ",
    overdue: "期限超過",
  },
};
