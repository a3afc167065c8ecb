import type { Locale } from "../core/messages/formatIssue";
import type { NotCheckedReason } from "./collectWorkbooks";
import type { WriteFailure } from "./writeReportFile";

/** What the checker says about its own command line, in each language: one line, what is wrong and what to type. */
export interface OptionText {
  readonly noPaths: string;
  readonly unknownOption: (arg: string) => string;
  readonly givenTwice: (name: string) => string;
  readonly needsValue: (name: string) => string;
  readonly formatInvalid: (formats: readonly string[]) => string;
  readonly langInvalid: string;
  readonly forceWithoutAnnotate: string;
  readonly asOfInvalid: (given: string) => string;
  readonly fiscalYearInvalid: (given: string) => string;
  readonly mapInvalid: (unread: string) => string;
  readonly outputIsWorkbook: (given: string) => string;
  readonly csvSummaryNeedsOutput: string;
  /** The line after a refusal that points to the usage text. */
  readonly seeHelp: string;
}

const ROLES =
  "item, initiative, period, numericTarget, midtermReport, finalReport, kpi, baseline, target, revisedTarget, baselineTarget, actual, status";

export const OPTION_TEXT: Readonly<Record<Locale, OptionText>> = {
  ja: {
    noPaths: "チェックする .xlsx ファイルかフォルダーを指定してください。",
    unknownOption: (arg) => `${arg} というオプションはありません。使えるオプションは --help で確認できます。`,
    givenTwice: (name) => `--${name} が2回指定されています。1回にしてください。`,
    needsValue: (name) => `--${name} の後に値を指定してください。`,
    formatInvalid: (formats) => `--format には ${formats.join("、")} のいずれかを指定してください。`,
    langInvalid: "--lang には ja か en を指定してください。",
    forceWithoutAnnotate: "--force は --annotate フォルダー と一緒に指定してください。",
    asOfInvalid: (given) =>
      `--as-of の「${given}」を日付として読めません。2025-11-21、2025/11/21、R7.11.21、令和7年11月21日 のように指定してください。`,
    fiscalYearInvalid: (given) =>
      `--fiscal-year の「${given}」を年度として読めません。令和7年度、R7、2025 のように指定してください。`,
    mapInvalid: (unread) =>
      `--map の「${unread}」を読めません。役割=列 の組を initiative=B,period=C のように指定してください。`,
    outputIsWorkbook: (given) =>
      `--output に Excel ブック（${given}）は指定できません。レポートは .csv、.json、.md、.txt などのファイルに書きます。`,
    csvSummaryNeedsOutput:
      "--summary と --format csv を一緒に使うときは --output ファイル を指定してください。集計は別のファイル（名前の末尾が .summary.csv）に書きます。",
    seeHelp: "使い方は npm run check -- --help で表示できます。",
  },
  en: {
    noPaths: "give at least one .xlsx file or folder",
    unknownOption: (arg) => `unknown option ${arg}`,
    givenTwice: (name) => `--${name} is given twice`,
    needsValue: (name) => `--${name} needs a value`,
    formatInvalid: (formats) => `--format must be one of ${formats.join(", ")}`,
    langInvalid: "--lang must be ja or en",
    forceWithoutAnnotate: "--force goes with --annotate DIR",
    asOfInvalid: (given) =>
      `--as-of must be a date such as 2025-11-21, 2025/11/21, R7.11.21 or 令和7年11月21日, got "${given}"`,
    fiscalYearInvalid: (given) => `--fiscal-year must be like 2025, R7 or 令和7年度, got "${given}"`,
    mapInvalid: (unread) =>
      `--map must be role=COLUMN pairs such as initiative=B,period=C; cannot read: ${unread}`,
    outputIsWorkbook: (given) =>
      `--output cannot be an Excel workbook (${given}); write the report to a .csv, .json, .md or .txt file`,
    csvSummaryNeedsOutput:
      "--summary with --format csv needs --output FILE: the summary is written to a file of its own beside it (its name ends in .summary.csv)",
    seeHelp: "Run npm run check -- --help for the usage.",
  },
};

const USAGE: Readonly<Record<Locale, string>> = {
  ja: `使い方: npm run check -- <ファイルまたはフォルダー…> [オプション]

指定した .xlsx をすべて（フォルダーはその下もすべて）チェックします。各シートの重点目標管理シートまたは KPI 一覧を
見つけ、入力チェックを行い、達成率・進捗率・期限・期限超過を計算して報告します。入力ファイルは変更しません。

オプション:
  --as-of 日付           判定の基準日（省略時は今日）。2025-11-21、2025/11/21、R7.11.21、令和7年11月21日
  --fiscal-year 年度     令和7年度、R7 または 2025（省略時は各シートのタイトルから読み取り）
  --format 形式          table（既定）、json、md、csv
  --output ファイル      レポートを画面ではなくファイルに書く（CSV は Excel で開ける BOM 付き UTF-8）
  --map 役割=列,…        自動で見つからない表の列の指定。例: kpi=E,baseline=F,target=G,actual=H
                         役割: ${ROLES}
  --sheet シート名       このシートだけをチェック
  --annotate フォルダー  指摘に色を付けたコピーをフォルダーに書く（チェックするフォルダーの外に限る。
                         入力ファイルは変更しません）。同じ名前のファイルのコピーはフォルダー名を付けて
                         保存します（総務部_X.xlsx）。グラフ、ピボットテーブル、図形、マクロ、入力規則を
                         失うコピーは書きません
  --force                --annotate と一緒に: フォルダーにある以前のコピーを置き換える（入力ファイルは対象外）
  --lang ja|en           メッセージの言語（省略時はシステムの言語）
  --summary              ファイル・シートごとの集計（達成・順調・遅れ・期限超過の項目数と評価の分布）を加える。
                         csv では --output のファイルの隣に .summary.csv として別に書く
  -h, --help             この説明

終了コード: 0 エラーなし、1 エラーあり、2 実行できなかった（読めないファイル、オプションの誤り、書けなかったコピー）。`,
  en: `Usage: npm run check -- <files or folders…> [options]

Checks every .xlsx given (folders recursively): finds each sheet's goal sheet (重点目標管理シート) or KPI list,
runs every validation rule, computes achievement, progress, due dates and overdue items, and reports.
The input files are never modified.

Options:
  --as-of DATE           the day to judge on (default: today): 2025-11-21, 2025/11/21, R7.11.21, 令和7年11月21日
  --fiscal-year FY       2025, R7 or 令和7年度 (default: read from each sheet's title)
  --format FORMAT        table (default), json, md or csv
  --output FILE          write the report into FILE instead of the screen (CSV as UTF-8 with a BOM for Excel)
  --map role=COLUMN,…    columns for a layout that is not recognised, e.g. kpi=E,baseline=F,target=G,actual=H
                         roles: ${ROLES}
  --sheet NAME           check only this sheet
  --annotate DIR         write flagged copies into DIR, a folder outside the checked ones (the input
                         files are never modified); copies of same-named files are named after their
                         folder (総務部_X.xlsx); a copy that would lose a chart, pivot table, shape,
                         macro or data validation is not written
  --force                with --annotate: replace copies already in DIR (never an input file)
  --lang ja|en           language of the messages (default: the system's)
  --summary              add a summary per file and sheet: items achieved, on track, behind, overdue,
                         and the grade distribution (the figures of the add-in's 集計 sheet); with csv,
                         written beside the --output file as a file of its own ending in .summary.csv
  -h, --help             this text

Exit code: 0 no errors found, 1 errors found, 2 could not run (unreadable file, bad options, a copy
that could not be written).`,
};

export function usageOf(locale: Locale): string {
  return USAGE[locale];
}

/** What the checker says while it runs, beside the report: files it did not check, where it wrote. */
export interface RunText {
  readonly noWorkbooks: (paths: string) => string;
  readonly notChecked: Readonly<Record<NotCheckedReason, (file: string) => string>>;
  readonly outputWritten: (file: string) => string;
  readonly summaryWritten: (file: string) => string;
  readonly outputFailed: (file: string, why: WriteFailure) => string;
  readonly outputIsInput: (file: string) => string;
  readonly unexpected: (why: string) => string;
}

export const RUN_TEXT: Readonly<Record<Locale, RunText>> = {
  ja: {
    noWorkbooks: (paths) =>
      `${paths} に .xlsx ファイルがありません。チェックするファイルかフォルダーを指定してください。`,
    notChecked: {
      old_format: (file) =>
        `${file}: 古い形式（.xls）のためチェックしていません。Excel で「名前を付けて保存」から .xlsx で保存してください。`,
      macro_enabled: (file) =>
        `${file}: マクロ有効ブック（.xlsm）のためチェックしていません。マクロを除いた .xlsx のコピーを保存してチェックしてください。`,
      binary_format: (file) =>
        `${file}: バイナリ形式（.xlsb）のためチェックしていません。.xlsx で保存してください。`,
      not_a_workbook: (file) => `${file}: Excel ブック（.xlsx）ではないためチェックしていません。`,
    },
    outputWritten: (file) => `レポートを ${file} に書きました。`,
    summaryWritten: (file) => `集計を ${file} に書きました。`,
    outputFailed: (file, why) =>
      `レポートを ${file} に書けませんでした（${WRITE_FAILURE_JA[why]}）。書き込めるフォルダーのファイル名を --output に指定してください。レポートは画面に表示しました。`,
    outputIsInput: (file) =>
      `--output の ${file} はチェックするファイルです。入力ファイルは上書きしません。別のファイル名を指定してください。`,
    unexpected: (why) =>
      `予期しない理由でチェックを完了できませんでした（${why}）。もう一度実行し、続くときはこのメッセージを添えて担当者に連絡してください。`,
  },
  en: {
    noWorkbooks: (paths) => `no .xlsx files in ${paths}: give the files or folders to check`,
    notChecked: {
      old_format: (file) => `${file}: not checked, an old-format workbook (.xls); save it as .xlsx in Excel`,
      macro_enabled: (file) =>
        `${file}: not checked, a macro-enabled workbook (.xlsm); save a copy as .xlsx without macros and check that`,
      binary_format: (file) => `${file}: not checked, a binary workbook (.xlsb); save it as .xlsx`,
      not_a_workbook: (file) => `${file}: not checked, not an Excel workbook (.xlsx)`,
    },
    outputWritten: (file) => `Report written to ${file}.`,
    summaryWritten: (file) => `Summary written to ${file}.`,
    outputFailed: (file, why) =>
      `could not write the report to ${file} (${WRITE_FAILURE_EN[why]}); give --output a file in a folder you can write to. The report is shown above`,
    outputIsInput: (file) =>
      `--output ${file} is one of the files being checked; input files are never overwritten: choose another name`,
    unexpected: (why) =>
      `the check could not finish for an unexpected reason (${why}); run it again, and if it persists, send this message to whoever supports the checker`,
  },
};

const WRITE_FAILURE_JA: Readonly<Record<WriteFailure, string>> = {
  no_permission: "書き込む権限がありません",
  no_folder: "フォルダーがありません",
  is_folder: "同じ名前のフォルダーがあります",
  name_too_long: "名前が長すぎます",
  disk_full: "ディスクの空きがありません",
  other: "書き込みに失敗しました",
};

const WRITE_FAILURE_EN: Readonly<Record<WriteFailure, string>> = {
  no_permission: "no permission to write there",
  no_folder: "the folder does not exist",
  is_folder: "a folder has that name",
  name_too_long: "the name is too long",
  disk_full: "the disk is full",
  other: "the write failed",
};
