/**
 * Builds the sample workbooks in examples/ from the two seed documents (../shared/seeds), the sheets our
 * users fill in. Run `npx tsx scripts/build-examples.ts`; the output is byte-for-byte the same each time
 * (fixed workbook dates and zip timestamps), so a regenerated file only shows in a diff when it changed.
 *
 * - 重点目標管理シート_令和7年度_総務部等.xlsx (seed 000): one worksheet per priority goal, laid out as the
 *   original: the title block, the table (① … with 取組項目, 期間・期限, 数値目標, 中間報告, 期末報告) and
 *   特記事項. Every text is the seed's, typos included (`充実にに向けた`, `パートナリーシップ`). The seed
 *   is Excel flattened with tabs, so a cell followed by empty cells was a merged area; each sheet keeps
 *   its own grid (8, 9 or 11 columns; on sheet 4 the 中間報告 and 期末報告 are adjacent, as in the seed).
 *   The SDGs cell of goal 2 came through the export as `<div>` markup: it holds the lines as plain text.
 * - マニフェストKPI一覧_R7-R10.xlsx (seed 004): the KPI list as a table, with an R7実績 column of
 *   illustrative values so the checker has something to show. How the flattened lines split into
 *   columns is explained above KPI_LINES.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import type { GoalSheet, Span } from "./seedGoalSheets";
import { GOAL_SHEETS, GOAL_SHEET_TITLE } from "./seedGoalSheets";

// An output folder may be given (the test that keeps examples/ in step with this script uses one).
const EXAMPLES = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "examples"));
const GOAL_SHEETS_FILE = "重点目標管理シート_令和7年度_総務部等.xlsx";
const KPI_LIST_FILE = "マニフェストKPI一覧_R7-R10.xlsx";

/** The day the samples stand for (the 中間報告 read in DOMAIN.md); also every zip entry's timestamp. */
const FIXED_DATE = new Date(Date.UTC(2025, 10, 21));
const AUTHOR = "kpi-sheet-addin examples";

// ---------------------------------------------------------------------------------------------------
// Look

const FONT_NAME = "游ゴシック";
/** family 3 and charset 128 (Shift_JIS) are what Excel writes for its Japanese fonts. */
const BODY_FONT: Partial<ExcelJS.Font> = { name: FONT_NAME, family: 3, charset: 128, size: 10 };
const BOLD_FONT: Partial<ExcelJS.Font> = { ...BODY_FONT, bold: true };
const TITLE_FONT: Partial<ExcelJS.Font> = { ...BODY_FONT, size: 14, bold: true };
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF595959" } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const LABEL_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const TEXT_ALIGNMENT: Partial<ExcelJS.Alignment> = { vertical: "top", horizontal: "left", wrapText: true };
const CENTERED: Partial<ExcelJS.Alignment> = { vertical: "middle", horizontal: "center", wrapText: true };

/** Points per wrapped line of 10 pt 游ゴシック, and the padding above and below. */
const LINE_HEIGHT = 14.5;
const ROW_PADDING = 5;
const MAX_ROW_HEIGHT = 409; // Excel's limit

type CellStyle = "label" | "header" | "text" | "centered" | "value";

function styleCell(cell: ExcelJS.Cell, style: CellStyle): void {
  cell.font = style === "label" || style === "header" ? BOLD_FONT : BODY_FONT;
  cell.border = BOX;
  cell.alignment = style === "text" ? TEXT_ALIGNMENT : CENTERED;
  if (style === "label") cell.fill = LABEL_FILL;
  if (style === "header") cell.fill = HEADER_FILL;
}

/**
 * Lines a text takes when wrapped in a width of `columns` Excel column units. Excel does not grow a row
 * to fit wrapped text when it opens a file (and never for merged cells), so heights are set here:
 * a full-width character is about two units wide, a half-width one about one.
 */
function wrappedLines(text: string, columns: number): number {
  const perLine = Math.max(1, columns - 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let units = 0;
    for (const ch of paragraph) units += (ch.codePointAt(0) ?? 0) > 0xff ? 2 : 1;
    lines += Math.max(1, Math.ceil(units / perLine));
  }
  return lines;
}

function rowHeight(lines: number, minimum = 0): number {
  return Math.min(MAX_ROW_HEIGHT, Math.max(minimum, lines * LINE_HEIGHT + ROW_PADDING));
}

function sumWidths(widths: readonly number[], from: number, span: number): number {
  let total = 0;
  for (let i = from; i < from + span; i++) total += widths[i] ?? 0;
  return total;
}

function setUpSheet(worksheet: ExcelJS.Worksheet, widths: readonly number[]): void {
  worksheet.columns = widths.map((width) => ({ width }));
  worksheet.pageSetup = {
    paperSize: 9, // A4
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
  };
}

// ---------------------------------------------------------------------------------------------------
// 重点目標管理シート (seed 000)

/** Writes spans into a row from column A; the width must come out as the sheet's, or the data is wrong. */
function writeSpans(
  worksheet: ExcelJS.Worksheet,
  rowNumber: number,
  spans: readonly Span[],
  widths: readonly number[],
  styleOf: (index: number) => CellStyle,
): number {
  let column = 1;
  let lines = 1;
  spans.forEach(([text, span], index) => {
    const style = styleOf(index);
    for (let c = column; c < column + span; c++) styleCell(worksheet.getCell(rowNumber, c), style);
    if (span > 1) worksheet.mergeCells(rowNumber, column, rowNumber, column + span - 1);
    if (text !== null) {
      worksheet.getCell(rowNumber, column).value = text;
      lines = Math.max(lines, wrappedLines(text, sumWidths(widths, column - 1, span)));
    }
    column += span;
  });
  if (column - 1 !== widths.length) {
    throw new Error(
      `row ${rowNumber} of ${worksheet.name} spans ${column - 1} columns, not ${widths.length}`,
    );
  }
  return lines;
}

function addGoalSheet(workbook: ExcelJS.Workbook, sheet: GoalSheet): void {
  const widths = sheet.columnWidths;
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ showGridLines: false }] });
  setUpSheet(worksheet, widths);

  const title = worksheet.getCell(1, 1);
  title.value = GOAL_SHEET_TITLE;
  title.font = TITLE_FONT;
  title.alignment = { vertical: "middle", horizontal: "center" };
  worksheet.mergeCells(1, 1, 1, widths.length);
  worksheet.getRow(1).height = 26;
  let rowNumber = 3;
  if (sheet.strayRow !== undefined) {
    worksheet.getCell(rowNumber, 1).value = sheet.strayRow;
    rowNumber++;
  }

  for (const spans of sheet.block) {
    const lines = writeSpans(worksheet, rowNumber, spans, widths, (i) => (i % 2 === 0 ? "label" : "text"));
    worksheet.getRow(rowNumber).height = rowHeight(lines, 30);
    rowNumber++;
  }

  const tableRow = (texts: readonly (string | null)[], styleOf: (index: number) => CellStyle): void => {
    const spans = sheet.tableSpans.map((span, i): Span => [texts[i] ?? null, span]);
    const lines = writeSpans(worksheet, rowNumber, spans, widths, styleOf);
    worksheet.getRow(rowNumber).height = rowHeight(lines, 30);
    rowNumber++;
  };
  tableRow(sheet.header, () => "header");
  for (const item of sheet.items) tableRow(item, (i) => (i === 0 ? "centered" : "text"));

  const lines = writeSpans(worksheet, rowNumber, sheet.notes, widths, (i) => (i === 0 ? "label" : "text"));
  // Users write their 特記事項 under the prompt: leave them room.
  worksheet.getRow(rowNumber).height = rowHeight(lines, 60);
}

// ---------------------------------------------------------------------------------------------------
// マニフェストKPI一覧 (seed 004)

const KPI_TITLE = "第２期上野町長マニフェスト（R７～10年度）に関連する具体的な取組などの一覧";
const KPI_NOTES_ABOVE = [
  "【注１】目標値は、第３次総合振興計画（令和８年度～）の策定後に見直す可能性があります。",
  "【注２】第３次総合振興計画（令和８年度～）の策定後に、重点項目ごとにＫＧＩ※４を設定する予定です。",
];
const KPI_NOTES_BELOW = [
  "※１\u3000基準値の列に記載の「期間中」とは令和３年度～６年度の４年間を指します。",
  "※２\u3000目標値の列に記載の「期間中」とは令和７年度～１０年度の４年間を指します。",
  "※３\u3000ＫＰＩ：Key Performance Indicator（キー パフォーマンス インジケーター）の略で「重要業績評価指標」と訳されます。目標達成に向けたプロセスや行動の進捗状況を定量的に評価する指標のことです。",
  "簡単にいえば、「ちゃんと目標に近づいているかどうかを数値で見える化するものです。",
  "※４\u3000ＫＧＩ：Key Goal Indicator（キー ゴール インジケーター）の略で「重要目標達成指標」と訳されます。プロジェクトなどにおける最終的な目標を評価する指標のことです。",
  "簡単にいえば、最終的な目標（ゴール）が達成されたかどうかを数値で見える化するものです。",
];
const ILLUSTRATIVE_NOTE =
  "（注）R7実績は説明用の架空の値です。チェッカーの表示例として作成したもので、実際の実績ではありません。";
const KPI_HEADER = [
  "重点項目",
  "推進項目",
  "推進事項",
  "推進事項達成に向けた具体的な取組内容",
  "推進項目のＫＰＩ\u3000※３",
  "基準値\u3000※1",
  "目標値\u3000※2",
  "R7実績",
];
/** The header's second row: the as-of year under the three value columns. */
const KPI_HEADER_YEARS = ["R6年度末", "R10年度末", "R7年度"];
/** The seed's label of 重点項目 Ⅴ (a tall merged cell, so the export put it after the table, line break included). */
const KEY_ITEM = "Ⅴ\n行政ＤＸと行財政改革の\n断行";
const KPI_COLUMN_WIDTHS = [14, 18, 24, 32, 32, 14, 14, 12];

/** In the first three columns of KPI_LINES: the merged cell above continues over this row. */
const DITTO = "〃";

/**
 * The seed's lines, one row each: 推進項目, 推進事項, 取組内容, KPI, 基準値, 目標値, R7実績.
 *
 * How the flattened lines were split. The export wrote each row's cells left to right and a merged cell
 * only in its first row, so a line's texts are right-aligned onto the columns: with values, the last
 * text is the KPI, the one before it the 取組内容, then the 推進事項, then the 推進項目; without values the
 * last text is the 取組内容. Columns a line does not reach continue the merged cell above (〃 here).
 * - 推進項目 are the five words that open a group: ＤＸの推進, ＳＤＧｓ（持続可能な開発目標）の推進, 人財育成,
 *   住民サービス, 女性の活躍. They are parallel, so all five sit under the one 重点項目 the seed has:
 *   Ⅴ 行政ＤＸと行財政改革の断行 (the `Ⅴ` that opens the first line is its number).
 * - In the ＳＤＧｓ group the lines carry one text fewer: `行政事務におけるＳＤＧｓの推進`,
 *   `町内企業等におけるＳＤＧｓの推進` and `カーボンニュートラルの促進` are parallel topics (like ＥＳＧ経営の推進,
 *   which the seed gives as 推進事項 + 取組内容), so each is the 推進事項 and also its 取組内容.
 * - `行政事務におけるＣＯ２排出量` is both the KPI of the カーボンニュートラル line and the text before the
 *   コピー用紙 KPI on the next line; by the rule it is that line's 取組内容, kept as the seed has it.
 * - Values keep the seed's text with its unit (`R4 7,072 ｔ`, `－ 人`, `150万 万PV` with its doubled unit).
 * - R7実績 is made up (see ILLUSTRATIVE_NOTE): most KPIs part-way to the target, 施設予約 achieved,
 *   多言語配信 not yet entered, 行かない窓口 in 回 where the target is in 件, CO2 and paper on the way down.
 */
// prettier-ignore
const KPI_LINES: readonly (readonly (string | null)[])[] = [
  ["ＤＸの推進", "ＤＸ活用による行政サービスの充実", "各種行政手続きにおけるＤＸの推進", "行かない窓口での手続き申請件数", "111 件", "120 件", "118 回"],
  [DITTO, DITTO, "各種手数料等のキャッシュレス決済拡充", "キャッシュレス決済可能窓口数", "5 箇所", "12 箇所", "8 箇所"],
  [DITTO, DITTO, "公共施設予約のオンライン化", "施設予約システム対応施設数", "0 施設", "12 施設", "12 施設"],
  [DITTO, "ＩＣＴ活用による業務の効率化", "ＤＸ推進計画に基づく業務範囲の拡大", "ＡＩ・ＲＰＡ活用業務数", "12 業務", "15 業務", "13 業務"],
  [DITTO, DITTO, "電子決裁の導入（文書・財務システム）", null, null, null, null],
  [DITTO, DITTO, "生成ＡＩの活用検討", null, null, null, null],
  ["ＳＤＧｓ（持続可能な開発目標）の推進", "行政事務におけるＳＤＧｓの推進", "行政事務におけるＳＤＧｓの推進", "県ＳＤＧｓ登録事業者数", "11 件", "19 件", "14 件"],
  [DITTO, "町内企業等におけるＳＤＧｓの推進", "町内企業等におけるＳＤＧｓの推進", "ＳＤＧｓ宣言事業者数", "5 件", "13 件", "7 件"],
  [DITTO, "カーボンニュートラルの促進", "カーボンニュートラルの促進", "行政事務におけるＣＯ２排出量", "R4 7,072 ｔ", "4,352 ｔ", "5,900 ｔ"],
  [DITTO, DITTO, "行政事務におけるＣＯ２排出量", "業務で使用するコピー用紙等使用量", "R4 6,878 千枚", "4,322 千枚", "5,950 千枚"],
  [DITTO, "ＥＳＧ経営の推進", "ＥＳＧを実践する企業の好事例を発信", null, null, null, null],
  ["人財育成", "職員の人財育成と専門性の向上", "体系的な研修制度の整備", "人事交流派遣職員数（年間５人）", "3 人", "5 人", "4 人"],
  [DITTO, DITTO, "ＯＪＴの充実", "自主研修受講件数", "期間中 5 件", "期間中 10 件", "3 件"],
  [DITTO, DITTO, "自己啓発支援の充実", null, null, null, null],
  [DITTO, DITTO, "デジタル・ＤＸに対応したスキル強化", "庁舎内デジタル推進員の配置", "15 人", "期間中 30 人", "20 人"],
  [DITTO, "職員の働き方改革", "職員の育児休暇の促進", "男性の育児休暇取得率", "36.4 ％", "50.0 ％", "41.0 ％"],
  [DITTO, DITTO, "業務におけるＩＣＴ・ＤＸの活用", null, null, null, null],
  [DITTO, DITTO, "職員の意識改革・研修", "職員研修の受講人数", "1,557 人", "1,800 人", "1,620 人"],
  [DITTO, DITTO, "人財マネジメント基本方針の実践", "一般職員の年次有給休暇消化率", "27.5 ％", "37.5 ％", "30.2 ％"],
  [DITTO, DITTO, "計画的な休暇取得の促進", null, null, null, null],
  ["住民サービス", "情報発信の充実・強化", "町ホームページでの情報発信の強化", "町ホームページのアクセス数", "130 万PV", "150万 万PV", "136 万PV"],
  [DITTO, DITTO, "各年代セグメントに応じた情報発信", "町公式LINE登録者数", "7,159 人", "9,000 人", "7,840 人"],
  [DITTO, DITTO, DITTO, "町公式Facebook登録者数", "666 人", "750 人", "690 人"],
  [DITTO, DITTO, DITTO, "町公式Instagramフォロワー数", "1,917 人", "3,000 人", "2,240 人"],
  [DITTO, DITTO, DITTO, "町公式Xフォロワー数", "－ 人", "1,000 人", "420 人"],
  [DITTO, DITTO, "パブリックコメントの実施", null, null, null, null],
  [DITTO, DITTO, "職員の広報スキル向上", "広報研修会等の実施回数", "年 1 回", "年 2 回", "年 1 回"],
  [DITTO, DITTO, "在住外国人への情報発信", "多言語配信サービスのダウンロード件数", "59 件", "100 件", null],
  [DITTO, DITTO, "電子回覧版アプリの導入検討", null, null, null, null],
  [DITTO, "住民目線による行政サービス", "アンケートやＳＮＳを活用した広聴機能の強化", null, null, null, null],
  [DITTO, DITTO, "地域座談会の開催", "全地区を対象とした地域座談会の実施", "期間中 1 回", "期間中 1 回", "0 回"],
  [DITTO, DITTO, "町政モニター制度の導入の検討", "町政モニター実施件数", "－ 回", "年 1 回実施", "0 回"],
  ["女性の活躍", "各種行政委員会への女性登用", "各種審議会・委員会等への女性登用の促進", "女性委員等の登用率", "21.3 ％", "40.0 ％", "24.8 ％"],
  [DITTO, DITTO, "各種行政委員会における公募方式の積極的導入", null, null, null, null],
  [DITTO, "女性管理職の積極登用", "女性管理職の登用促進", "女性管理職（係長以上）の割合", "16.5 ％", "20.0 ％", "17.9 ％"],
];

/** A note across the table's width. */
function addNoteRow(worksheet: ExcelJS.Worksheet, rowNumber: number, text: string, width: number): void {
  const cell = worksheet.getCell(rowNumber, 1);
  cell.value = text;
  cell.font = BODY_FONT;
  cell.alignment = { vertical: "top", horizontal: "left", wrapText: true };
  worksheet.mergeCells(rowNumber, 1, rowNumber, width);
  worksheet.getRow(rowNumber).height = rowHeight(wrappedLines(text, sumWidths(KPI_COLUMN_WIDTHS, 0, width)));
}

function addKpiList(workbook: ExcelJS.Workbook): void {
  const width = KPI_HEADER.length;
  const headerRow = 6;
  const firstDataRow = headerRow + 2;
  const worksheet = workbook.addWorksheet("KPI一覧", {
    views: [{ state: "frozen", ySplit: firstDataRow - 1, showGridLines: false }],
  });
  setUpSheet(worksheet, KPI_COLUMN_WIDTHS);
  worksheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow + 1}`;

  const title = worksheet.getCell(1, 1);
  title.value = KPI_TITLE;
  title.font = TITLE_FONT;
  title.alignment = { vertical: "middle", horizontal: "left" };
  worksheet.mergeCells(1, 1, 1, width);
  worksheet.getRow(1).height = 26;
  KPI_NOTES_ABOVE.forEach((note, i) => addNoteRow(worksheet, 3 + i, note, width));

  // Two header rows: the names (merged down where there is no year below), then the years of the values.
  KPI_HEADER.forEach((text, i) => {
    const column = i + 1;
    const year = KPI_HEADER_YEARS[i - (width - KPI_HEADER_YEARS.length)];
    styleCell(worksheet.getCell(headerRow, column), "header");
    styleCell(worksheet.getCell(headerRow + 1, column), "header");
    worksheet.getCell(headerRow, column).value = text;
    if (year === undefined) worksheet.mergeCells(headerRow, column, headerRow + 1, column);
    else worksheet.getCell(headerRow + 1, column).value = year;
  });
  worksheet.getCell(headerRow, width).note = "R7実績は説明用の架空の値です。";
  worksheet.getRow(headerRow).height = rowHeight(2);

  // Rows; merged runs in the first three text columns are closed when a new value starts or at the end.
  const runStart = [firstDataRow, firstDataRow, firstDataRow];
  const closeRun = (index: number, lastRow: number): void => {
    const start = runStart[index] ?? lastRow;
    if (lastRow > start) worksheet.mergeCells(start, index + 2, lastRow, index + 2);
  };
  KPI_LINES.forEach((line, offset) => {
    const rowNumber = firstDataRow + offset;
    styleCell(worksheet.getCell(rowNumber, 1), "centered");
    let lines = 1;
    let continues = true;
    line.forEach((text, i) => {
      const column = i + 2;
      const cell = worksheet.getCell(rowNumber, column);
      styleCell(cell, i < 4 ? "text" : "value");
      if (i < 3 && text === DITTO) {
        if (!continues || offset === 0) throw new Error(`KPI line ${offset + 1}: 〃 under a new cell`);
        return;
      }
      if (i < 3) {
        if (offset > 0) closeRun(i, rowNumber - 1);
        runStart[i] = rowNumber;
        continues = false;
      }
      if (text === null) return;
      cell.value = text;
      lines = Math.max(lines, wrappedLines(text, KPI_COLUMN_WIDTHS[column - 1] ?? 10));
    });
    worksheet.getRow(rowNumber).height = rowHeight(lines, 20);
  });
  const lastDataRow = firstDataRow + KPI_LINES.length - 1;
  for (let i = 0; i < 3; i++) closeRun(i, lastDataRow);
  worksheet.getCell(firstDataRow, 1).value = KEY_ITEM;
  worksheet.mergeCells(firstDataRow, 1, lastDataRow, 1);

  let rowNumber = lastDataRow + 2;
  for (const note of KPI_NOTES_BELOW) addNoteRow(worksheet, rowNumber++, note, width);
  addNoteRow(worksheet, rowNumber + 1, ILLUSTRATIVE_NOTE, width);
}

// ---------------------------------------------------------------------------------------------------
// Writing

/** 2025-11-21 00:00 as a zip entry's MS-DOS date and time. */
const DOS_DATE =
  ((FIXED_DATE.getUTCFullYear() - 1980) << 9) |
  ((FIXED_DATE.getUTCMonth() + 1) << 5) |
  FIXED_DATE.getUTCDate();
const DOS_TIME = 0;

/**
 * JSZip stamps every entry with the time it was written, so two runs differ in those bytes alone.
 * Overwrites the date and time in each central-directory entry and its local header.
 */
function stampZipEntries(zip: Buffer): void {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("no end of central directory in the written workbook");
  const entries = zip.readUInt16LE(eocd + 10);
  let entry = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(entry) !== 0x02014b50) throw new Error(`bad central directory entry at ${entry}`);
    zip.writeUInt16LE(DOS_TIME, entry + 12);
    zip.writeUInt16LE(DOS_DATE, entry + 14);
    const local = zip.readUInt32LE(entry + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header at ${local}`);
    zip.writeUInt16LE(DOS_TIME, local + 10);
    zip.writeUInt16LE(DOS_DATE, local + 12);
    entry += 46 + zip.readUInt16LE(entry + 28) + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
  }
}

function newWorkbook(title: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = AUTHOR;
  workbook.lastModifiedBy = AUTHOR;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.title = title;
  return workbook;
}

async function save(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const zip = Buffer.from(await workbook.xlsx.writeBuffer());
  stampZipEntries(zip);
  await writeFile(path.join(EXAMPLES, file), zip);
  console.log(`wrote ${path.join(EXAMPLES, file)}`);
}

async function main(): Promise<void> {
  await mkdir(EXAMPLES, { recursive: true });

  const goals = newWorkbook(GOAL_SHEET_TITLE);
  for (const sheet of GOAL_SHEETS) addGoalSheet(goals, sheet);
  await save(goals, GOAL_SHEETS_FILE);

  const kpis = newWorkbook(KPI_TITLE);
  addKpiList(kpis);
  await save(kpis, KPI_LIST_FILE);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
