import type { ComputedColumnsUnsupported } from "../../app/appIssue";
import { formatFiscalYear } from "../../core/messages/formatDate";
import { formatItemMarker } from "../../core/text";
import type { UiStrings } from "./uiStrings";

const reiwaYear = (year: number): string => formatFiscalYear(year, "ja");

const UNSUPPORTED: Readonly<Record<ComputedColumnsUnsupported["reason"], string>> = {
  no_actual: "実績値の列がないため、達成率を計算できません。列の割り当てで実績値の列を指定してください。",
  no_target: "目標値の列がないため、達成率を計算できません。列の割り当てで目標値の列を指定してください。",
  no_period:
    "期間・期限の列がないため、期限を計算できません。列の割り当てで期間・期限の列を指定してください。",
  no_rows: "計算する行がありません。",
};

/** What an insert or deletion may not keep, for revised_target_blocked. */
const BLOCKERS = {
  table: "Excel のテーブル",
  merged_cells: "結合したセル",
  conditional_format: "条件付き書式（チェック結果の表示を含む）",
  validation: "入力規則",
} as const;

/** What the add-in itself can take off first, so that the column can be inserted or deleted after all. */
const BLOCKER_FIRST: Readonly<Record<keyof typeof BLOCKERS, string>> = {
  table: "",
  merged_cells: "",
  conditional_format: "チェック結果の表示なら「表示を消去」で消してから、もう一度押せます。それ以外は、",
  validation: "アドインの入力規則なら「入力規則を外す」で外してから、もう一度押せます。それ以外は、",
};

/** A day as 令和8年4月1日 (the western year before 令和). */
function eraDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (match === null) return isoDate;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const reiwa = isoDate >= "2019-05-01" ? year - 2018 : null;
  return `${reiwa === null ? `${year}年` : `令和${reiwa === 1 ? "元" : reiwa}年`}${month}月${day}日`;
}

export const ja: UiStrings = {
  title: "重点目標・KPIチェッカー",
  sheet: (name) => `シート「${name}」`,
  layout: {
    heading: "表のレイアウト",
    names: { goal_sheet: "重点目標管理シート", kpi_list: "KPI一覧" },
    headerRow: (row) => `見出し：${row}行目`,
    notFound: "表の見出しが見つかりません。レイアウトと見出しの行を指定し、各列を割り当ててください。",
    chooseLayout: "レイアウト",
    headerRowLabel: "見出しの行",
    roles: {
      item: "項目番号（①）",
      initiative: "取組項目・取組内容",
      period: "期間・期限",
      numericTarget: "数値目標",
      midtermReport: "中間報告",
      finalReport: "期末報告",
      kpi: "KPI",
      baseline: "基準値",
      target: "目標値",
      revisedTarget: "目標値（見直し後）",
      baselineTarget: "基準値 ⇒ 目標値",
      actual: "実績値",
      status: "状況",
      unit: "単位",
    },
    none: "（なし）",
    recognised: "自動",
    chosen: "指定",
    useSelection: "選択範囲を割り当て",
    useSelectionFor: "割り当てる項目",
    reload: "シートを読み直す",
    summary: (layout, fiscalYear, rows) => [layout, fiscalYear, `${rows}行`].filter(Boolean).join("・"),
    mapByHand: "既存の表の列を割り当てる",
    noTable:
      "このシートには表がありません。様式から新しいシートを追加できます（既存の表なら、下の「既存の表の列を割り当てる」で列を指定します）。",
  },
  sections: {
    sheet: "シートに表示・計算列・入力規則",
    newYear: "新しい年度",
    summary: "集計",
    settings: "設定・動作確認",
  },
  period: {
    fiscalYear: "年度",
    fiscalYearHint: {
      option: "入力された年度です。",
      sheet: "シートのタイトルから読み取りました。",
      as_of: "タイトルに年度がないため、基準日の年度を使っています。",
    },
    asOf: "基準日",
    asOfToday: "今日の日付です。",
    asOfChosen: "指定した日付で判定します（ブックに保存されます）。",
    useToday: "今日にする",
    judgedOn: (date) => `基準日 ${date} で判定します`,
  },
  check: {
    button: "提出前チェック",
    summary: (errors, warnings, overdueRows, rows) =>
      `${rows}行をチェック：エラー ${errors}件・警告 ${warnings}件・期限超過 ${overdueRows}行`,
    unreadRows: (count) => `（${count}行は読み取れず、チェックしていません）`,
    ready: "提出できます",
    readyDetail: (warnings) =>
      warnings > 0
        ? `エラーはありません。警告 ${warnings}件も確認してください。`
        : "エラーも警告もありません。",
    readyWithCaveats: (warnings, overdueRows) =>
      `提出できます（${[
        warnings > 0 ? `警告 ${warnings}件` : "",
        overdueRows > 0 ? `期限超過 ${overdueRows}行` : "",
      ]
        .filter(Boolean)
        .join("・")}を確認してください）`,
    readyWithCaveatsDetail: "エラーはありません。下の一覧のセルを選んで確認できます。",
    notReady: "提出前に修正が必要です",
    notReadyDetail: (errors) => `エラーが ${errors}件あります。セルを選んで修正してください。`,
    errors: (count) => `エラー（${count}件）`,
    warnings: (count) => `警告（${count}件）`,
    noFindings: "指摘はありません。",
    selectCell: (cell) => `セル ${cell} を選択`,
  },
  actions: {
    heading: "シートへの反映",
    flag: "表示",
    flagHint: "期限超過の行と指摘のあるセルに色とメモを付けます（値とセルの書式は変えません）。",
    clear: "表示を消去",
    compute: "計算列を追加",
    computeColumn: "追加する列",
    computeColumnAuto: "表の右の空き列",
    computeHint:
      "達成率・進捗率・評価・状況（重点目標管理シートは期限・期限超過、実績値の列があれば達成率・評価・状況も）を数式で追加します。空いているセルにだけ書き込みます。",
  },
  settings: {
    heading: "設定",
    gradePreset: "評価基準",
    gradePresets: {
      abcd_100_80_60: "A 100%以上・B 80%以上・C 60%以上・D",
      abcd_100_90_80: "A 100%以上・B 90%以上・C 80%以上・D",
      marks: "◎ 達成・○ 順調・△ 遅れ・× 未着手",
    },
    startMonth: "年度の開始月",
    month: (month) => `${month}月`,
    statusOptions: "状況の選択肢（準備で設定するドロップダウン）",
    statusOptionsHint:
      "「、」で区切って入力します。空欄にすると既定（未着手、実施中、完了、中止）に戻ります。",
  },
  busy: {
    reading: "シートを読み込んでいます…",
    checking: "チェックしています…",
    writing: "シートに書き込んでいます…",
    starting: "準備しています…",
  },
  notices: {
    flagged: (formats, notes) => `シートに表示しました（条件付き書式 ${formats}件・メモ ${notes}件）。`,
    flaggedUserNotes: (cells) => `メモが既にあるセル（${cells}）には、メモを付けていません。`,
    flaggedForSize: (count) => `指摘が多いため、${count}セルはメモを付けず色だけで表示しています。`,
    flaggedUnderUserRules: (count) =>
      `ご自身の条件付き書式がかかっている${count}セルは、色を付けていません（同じセルに書式ルールが重なると、Excel ではアドインが消去できなくなるため）。指摘の内容は一覧とメモでご確認ください。`,
    flaggedNoNotes: "この Excel ではメモを使えないため、色だけで表示しています。",
    cleared: (formats, notes) => `表示を消去しました（条件付き書式 ${formats}件・メモ ${notes}件）。`,
    clearedKept: (cells) => `内容が編集されたメモ（${cells}）は残しています。`,
    flagPartialWrite:
      "表示（色とメモ）の書き込みが途中で止まり、一部だけが書き込まれている可能性があります。もう一度「表示」を実行するか、「表示を消去」で消してください。",
    clearPartialWrite:
      "表示の消去が途中で止まり、表示（色とメモ）の一部が残っている可能性があります。もう一度「表示を消去」を実行してください。",
    computed: (address) => `計算列を追加しました（${address}）。`,
    dismiss: "閉じる",
  },
  summary: {
    heading: "集計",
    show: "集計を表示",
    buildSheet: "集計シートを作成",
    hint: "ブック内のすべての重点目標管理シートと KPI 一覧を集計します。集計シートは各シートを参照する数式とグラフで作成され、値を変えると Excel が更新します。",
    chartLabel: "シート別の状況",
    buckets: {
      achieved: "達成",
      on_track: "順調",
      behind: "遅れ",
      overdue: "期限超過",
      no_status: "状況なし",
    },
    items: (count) => `${count}項目`,
    barLabel: (sheet, counts) => `${sheet}：${counts}`,
    count: (bucket, count) => `${bucket} ${count}`,
    separator: "、",
    grades: (grades) => `評価 ${grades}`,
    built: (sheet, replaced) =>
      replaced ? `集計シート「${sheet}」を作り直しました。` : `集計シート「${sheet}」を作成しました。`,
    removeSheet: "集計シートを削除",
    removed: (sheet) => `集計シート「${sheet}」を削除しました。`,
    removedNone: "このアドインが作成した集計シートはありません。",
    partialWrite:
      "作成途中の集計シートが残っている可能性があります。そのシートのタブを右クリックして削除してから、もう一度お試しください。",
  },
  collect: {
    heading: "取りまとめ（複数ファイル）",
    built: (sheet, replaced) =>
      replaced
        ? `取りまとめシート「${sheet}」を作り直しました。`
        : `取りまとめシート「${sheet}」を作成しました。`,
    partialWrite:
      "作成途中の取りまとめシートが残っている可能性があります。そのシートのタブを右クリックして削除してから、もう一度お試しください。",
  },
  failures: {
    cell_edit_mode: {
      title: "セルの編集中です",
      action: "Enter キーか Esc キーでセルの編集を終えてから、もう一度お試しください。",
    },
    access_denied: {
      title: "シートを変更できません",
      action: "シートの保護を解除するか、編集できる状態でブックを開いてから、もう一度お試しください。",
    },
    payload_too_large: {
      title: "シートが大きすぎて一度に送れません",
      action: "不要な行や列を削除して表の範囲を小さくするか、シートを分けてからお試しください。",
    },
    not_found: {
      title: "シートまたはセルが見つかりません",
      action: "シートの名前が変わったか削除された可能性があります。シートを読み直してください。",
    },
    not_supported: {
      title: "この Excel では使えない機能です",
      action: "Excel を最新版に更新するか、Excel on the web でお試しください。",
    },
    busy: { title: "Excel が応答していません", action: "しばらく待ってから、もう一度お試しください。" },
    conflict: {
      title: "ほかの人が同時に編集しています",
      action: "共同編集の変更が反映されるのを待ってから、もう一度お試しください。",
    },
    rules_unreadable: {
      title: "条件付き書式のルールを読み取れません",
      action:
        "アドインが色を付けたセルに、ほかの条件付き書式のルールが重なっています。同じセルにルールが2つ以上あると、Excel はアドインにルールを読ませません（Excel の既知の問題）。［ホーム］→［条件付き書式］→［ルールの管理］（書式ルールの表示：このワークシート）で、重なっているルールの範囲を表の外に移すか削除してから、もう一度お試しください。",
    },
    general: {
      title: "Excel の操作に失敗しました",
      action: "もう一度お試しください。繰り返し失敗する場合は、ブックを開き直してください。",
    },
  },
  nothingWritten: "シートには何も書き込まれていません。",
  partialWrite: "一部が書き込まれたままの可能性があります。計算列の範囲を確認し、不要なら削除してください。",
  unexpected: {
    title: "予期しないエラーが発生しました",
    action:
      "作業ウィンドウを閉じて開き直してください。繰り返す場合は、表示された内容を担当者に伝えてください。",
  },
  newYear: {
    partialWrite:
      "作成途中のシートが残っている可能性があります。元のシートは変更していません。新しく追加されたシートのタブを右クリックして削除してから、もう一度お試しください。",
    heading: "新しい年度",
    carry: "次年度へ繰越",
    carryHint:
      "このシートを次の年度のシートとしてコピーします。取組項目と目標はそのまま、中間報告・期末報告・実績値・状況を空にし、タイトルと期間・期限の年度を進めます。元のシートは変更しません。",
    carried: (sheet, fromYear, toYear, emptied) =>
      `「${sheet}」を作成しました（${reiwaYear(fromYear)} → ${reiwaYear(toYear)}、空にしたセル ${emptied}個）。`,
    carriedFlags: (count) => `コピーに含まれていた表示（色とメモ）${count}件は、新しいシートから外しました。`,
    carriedSchedule: (count) => `期間・期限の年を${count}か所、次の年度に進めました。`,
    carriedScheduleLeft: (parts) =>
      `次の期間・期限は年度の外の日付などのため、そのままにしました。新しいシートで確認してください: ${parts}`,
    template: "新しいシート",
    templateKind: "様式",
    templateKinds: { goal_sheet: "重点目標管理シート", kpi_list: "KPI一覧（4年間の実績欄）" },
    templateYear: "新しいシートの年度",
    templateHint:
      "空の様式を新しいシートとして追加します（列幅・折り返し・印刷設定（横向き・幅に合わせる）・入力規則・計算列つき）。既存のシートは変更しません。",
    inserted: (sheet) => `シート「${sheet}」を追加しました。`,
  },
  selfTest: {
    heading: "動作確認",
    hint: "お使いの Excel でアドインの各機能が動くかを、一時的なシートで確かめます。終わると一時的なシートは削除され、ブックは元のままです。実行中はシートを切り替えないでください。",
    run: "動作確認を実行",
    running: "確認しています…",
    resultsLabel: "動作確認の結果",
    capabilities: {
      read: "シートの読み取り",
      flag: "指摘の表示（条件付き書式）",
      notes: "メモ",
      clear: "表示の消去",
      validation: "入力規則の設定と復元",
      copy: "シートのコピー（次年度へ繰越）",
      chart: "集計シートとグラフ",
      function: "KPI関数の計算",
      settings: "設定の保存と読み戻し",
      restore: "ブックを元に戻す",
    },
    status: { pass: "OK", fail: "NG", skip: "対象外" },
    skipped: {
      notes_unsupported: "この Excel ではメモを使えません（ExcelApi 1.18 以降が必要）。",
      not_available: "この Excel では使えない機能です。",
      setup_failed: "一時的なシートを作れなかったため、確認していません。",
    },
    host: (version, platform, excelApi) => `Excel ${version}（${platform}、ExcelApi ${excelApi}）`,
    summary: (passed, failed, skipped) =>
      `OK ${passed}件・NG ${failed}件${skipped > 0 ? `・対象外 ${skipped}件` : ""}`,
    failedHint:
      "NG の機能は、この Excel では期待どおりに動きません。「結果をコピー」を押し、問い合わせに貼り付けて送ってください（NG の行の英語は技術者向けの詳細です）。",
    reportTitle: (date) => `重点目標・KPIチェッカー 動作確認（${date}）`,
    copy: "結果をコピー",
    copied: "結果をコピーしました。問い合わせの際に貼り付けてください。",
    copyFailed: "コピーできませんでした。下の欄を選択してコピーしてください。",
    reportLabel: "動作確認の結果（テキスト）",
  },
  prepare: {
    partialWrite:
      "入力規則の一部が書き込まれたままの可能性があります。「入力規則を外す」を押すと、元の入力規則に戻ります。",
    heading: "入力規則",
    prepare: "準備",
    prepareHint:
      "状況の列にドロップダウン、日付の列に日付の規則、基準値・目標値・実績値・期間・期限に入力例を表示する規則を設定します。既存の入力規則は、確認してから置き換えます。",
    remove: "入力規則を外す",
    conflict: (ranges) =>
      `次の範囲には入力規則が設定されているため、そのままにしました：${ranges}。置き換えますか？（外すときに元の規則に戻します）`,
    replace: "置き換える",
    prepared: (ranges) => `入力規則を設定しました（${ranges}）。`,
    preparedReplaced: (ranges) => `既存の入力規則を置き換えました（${ranges}）。外すと元に戻ります。`,
    preparedSkipped: (ranges) => `既存の入力規則がある範囲は変更していません（${ranges}）。`,
    removed: (ranges) => `入力規則を外しました（${ranges}）。`,
    removedRestored: (ranges) => `元の入力規則に戻しました（${ranges}）。`,
    removedKept: (ranges) => `設定後に変更された入力規則はそのままにしました（${ranges}）。`,
    removedNone: "このシートには、アドインが設定した入力規則はありません。",
  },
  candidates: {
    heading: "実績値の候補",
    hint: "中間報告・期末報告の数値から実績値の候補を挙げています。確定または入力した値は、表の右の「実績値」列に文字列として書き込みます。",
    rowTitle: (row) => `${row}行目`,
    target: "数値目標",
    candidatesOf: (group) => `${group} の実績値の候補`,
    achievement: (rate) => `達成率 ${rate}`,
    noAchievement: "達成率 —",
    source: (sentence) => `「${sentence}」`,
    current: (text) => `実績値列：${text}`,
    confirm: "確定",
    typed: "別の値",
    typedPlaceholder: "例：85%",
    type: "入力",
    dismiss: "見送る",
    dismissed: (count) => `見送った候補が ${count}件あります。`,
    restore: "見送った候補を再表示",
    none: "このシートの報告には、実績値の候補になる数値がありません。",
    written: (cell, text) => `${cell} に「${text}」を書き込み、チェックし直しました。`,
    remove: "実績値列を外す",
    removeHint:
      "アドインが追加した「実績値」列の見出しと値を消します。書き込み後に変更されたセルはそのままにします。",
    removed: (header, removed) => `実績値列（${header}）を外しました（${removed}セル）。`,
    removedKept: (count, cells) => `書き込み後に変更された ${count}セルはそのままにしました（${cells}）。`,
    removedNone: "このシートには、アドインが追加した実績値列はありません。",
    partialWrite:
      "実績値列の一部が書き込まれたままの可能性があります。「実績値列を外す」を押すと、アドインが書き込んだ部分を消します。",
  },
  appIssues: {
    settings_invalid: (i) =>
      `ブックに保存された設定（${i.field}）を読み取れなかったため、既定の設定を使います。`,
    computed_cells_occupied: (i) =>
      `${i.column}列からの計算列の範囲に入力済みのセルがあります（${i.cells}、${i.count}個）。入力済みの値は上書きしないため、何も書き込んでいません。空いている列を指定してください。`,
    computed_columns_unsupported: (i) => UNSUPPORTED[i.reason],
    computed_column_invalid: (i) => `列「${i.column}」は指定できません。A～XFD の列名で指定してください。`,
    computed_columns_overlap_table: (i) =>
      `${i.column}列は表の列です。表の右側の空いている列を指定してください。`,
    selection_other_sheet: (i) =>
      `選択範囲が別のシート（${i.sheet}）にあります。このシートで列のセルを選択してください。`,
    summary_no_sheets: () =>
      "ブックに重点目標管理シートや KPI 一覧が見つからないため、集計シートを作成していません。",
    summary_sheet_taken: (i) =>
      `「${i.sheet}」という名前のシートが既にあり、このアドインが作成したものではないため、何も変更していません。そのシートの名前を変えてから、もう一度お試しください。`,
    collect_no_files: () => "取りまとめるファイルがありません。先にファイルを選んでください。",
    collect_sheet_taken: (i) =>
      `「${i.sheet}」という名前のシートが既にあり、このアドインが作成したものではないため、何も変更していません。「${i.freeName}」に作成するか、そのシートの名前を変えてから、もう一度お試しください。`,
    status_options_invalid: (i) =>
      `状況の選択肢「${i.text}」を読み取れません。「未着手、実施中、完了」のように、20文字以内の選択肢を 1～20 個、重複なく「、」で区切って入力してください。`,
    template_invalid: (i) =>
      i.field === "fiscalYear"
        ? "年度を読み取れません。「令和8年度」「R8」「2026」のように入力してください。"
        : i.field === "planYears"
          ? "計画期間は1～10年で指定してください。"
          : "行数は1～500で指定してください。",
    validation_nothing: (i) =>
      i.reason === "no_rows"
        ? "表に行がないため、入力規則を設定できません。"
        : "入力規則を設定する列（状況・期間・期限・基準値・目標値・実績値・評価）が表にありません。列の割り当てを確認してください。",
    actual_cell_occupied: (i) =>
      `${i.cell} には入力済みの値「${i.content}」があるため、書き込んでいません。その値を使う場合はそのままにし、置き換える場合は ${i.cell} を空にしてから、もう一度確定してください。`,
    actual_column_changed: (i) =>
      `アドインが追加した実績値列の見出し（${i.cell}）が「実績値」ではなくなっているか、表の位置が変わっています。「実績値列を外す」を押してから、もう一度確定してください。`,
    actual_row_not_found: (i) =>
      `${i.item > 0 ? `項目 ${formatItemMarker(i.item)}` : `${i.row}行目`}が表に見つかりません。「提出前チェック」をやり直してください。`,
    revised_target_unsupported: (i) =>
      i.reason === "not_kpi_list"
        ? "見直し後の目標値の列は KPI 一覧に追加できます。このシートは重点目標管理シートとして読み取りました。"
        : i.reason === "no_target"
          ? "目標値の列が見つからないため、見直し後の目標値の列を追加できません。列の割り当てで目標値の列を指定してください。"
          : "目標値の列がシートの最後の列のため、右に列を追加できません。",
    revised_target_exists: (i) => `見直し後の目標値の列は既に${i.column}列にあります。`,
    revised_target_blocked: (i) =>
      `${i.column}列の${i.action === "add" ? "挿入" : "削除"}で、${BLOCKERS[i.blocker]}がどうなるかを Excel の資料が定めていないため、何も変更していません。${BLOCKER_FIRST[i.blocker]}${
        i.action === "add"
          ? `目標値の右に空の列を自分で挿入してから（${i.column}列を右クリック→挿入）、もう一度「目標値を見直す」を押してください。`
          : `${i.column}列を自分で削除してください（列を右クリック→削除）。`
      }`,
    revised_target_missing: () => "このシートには、アドインが追加した見直し後の目標値の列はありません。",
    revised_target_moved: (i) =>
      `記録した${i.column}列に「目標値（見直し後）」の見出しがありません。列を挿入・削除した後と思われるため、何も変更していません。不要なら列を自分で削除してください。`,
    revised_target_filled: (i) =>
      `見直し後の目標値の列に入力済みのセルがあります（${i.cells}、${i.count}個）。入力を消して列を外す場合は「入力も消して外す」を押してください。`,
  },
  revise: {
    heading: "目標値の見直し",
    add: "目標値を見直す",
    hint: "目標値の右に「目標値（見直し後）」の列を追加します。元の目標値はそのまま残り、新しい列は空のままです。",
    remove: "見直し列を外す",
    removeAnyway: "入力も消して外す",
    added: (cell, inserted) =>
      inserted
        ? `列を挿入し、${cell}に「目標値（見直し後）」を追加しました。見直した目標値を入力してください。`
        : `${cell}に「目標値（見直し後）」を追加しました。見直した目標値を入力してください。`,
    addedOn: (isoDate) => `${eraDate(isoDate)}に追加`,
    removed: (deleted) =>
      deleted
        ? "見直し後の目標値の列を削除し、元に戻しました。"
        : "見直し後の目標値の列の見出しを消し、元に戻しました。",
    templateOption: "「目標値（見直し後）」の列を付ける",
    resultsHeading: "見直した目標値",
    rowLabel: (row, kpi) => (kpi === "" ? `${row}行目` : `${row}行目 ${kpi}`),
    targetWithOriginal: (target, original) => `目標 ${target}（当初 ${original}）`,
    partialWrite:
      "見直し後の目標値の列が一部残っている可能性があります。目標値の右の列を確認し、不要なら削除してください。",
  },
};
