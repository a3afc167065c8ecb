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

/** A cell of a row as the seed has it: its text (null: left empty) and how many columns it spans. */
type Span = readonly [text: string | null, columns: number];

interface GoalSheet {
  /** Worksheet name: the goal's number and a short name (≤ 31 characters, none of []:*?/\). */
  readonly name: string;
  /** Widths of columns A… ; the count is the seed's tab grid for this sheet. */
  readonly columnWidths: readonly number[];
  /** Sheet 3 of the seed has a row holding a lone space between the title and the block. */
  readonly strayRow?: string;
  /** 重点目標 … 目的・効果: label and value cells alternate. */
  readonly block: readonly (readonly Span[])[];
  /** Columns spanned by the table's cells: item, 取組項目, 期間・期限, 数値目標, 中間報告, 期末報告. */
  readonly tableSpans: readonly number[];
  /** The header texts for those cells; the item column has no header. */
  readonly header: readonly (string | null)[];
  /** ① … rows: item, 取組項目, 期間・期限, 数値目標, 中間報告 (期末報告 is empty, as in the seed). */
  readonly items: readonly (readonly (string | null)[])[];
  /** The 特記事項 row. */
  readonly notes: readonly Span[];
}

const GOAL_SHEET_TITLE = "令和7年度 重点目標管理シート";
const EIGHT_COLUMNS = [11, 38, 16, 32, 34, 14, 26, 12];
const NINE_COLUMNS = [11, 38, 16, 32, 34, 12, 14, 12, 10];
const ELEVEN_COLUMNS = [11, 38, 16, 32, 40, 16, 8, 8, 10, 6, 6];

const GOAL_SHEETS: readonly GoalSheet[] = [
  {
    name: "1 防災力",
    columnWidths: EIGHT_COLUMNS,
    block: [
      [
        ["重点目標", 2],
        ["地域一体による防災力の向上と災害対応力の強化", 2],
        ["部局名", 1],
        ["市長直轄", 1],
        ["優先順位", 1],
        ["1 位", 1],
      ],
      [
        ["総合計画における位置付け", 2],
        [
          "第2編 安全・安心な快適環境のまちづくり 第2章 良好、快適な生活環境の形成 第7節 地域防災力の向上と災害対応能力の強化",
          2,
        ],
        ["上田再構築プラン Ver.2.0「もっと、前へ」における位置付け", 1],
        ["5 DXやGX等の革新的技術でSDGsを推進、人と自然が調和した活力あるまちをつくる", 3],
      ],
      [
        ["第四次上田市行財政改革大綱・アクションプログラムにおける位置付け", 2],
        [
          "(1) 将来を見据えた新たな行政サービスへの改革 ア ICTの活用による行政サービスの向上と業務の効率化",
          6,
        ],
      ],
      [
        ["現況・課題", 1],
        [
          "上田市は、公助における災害対応力の強化に向けてICTの活用による市役所の情報収集配信体制の強化に加え、市民への情報伝達手段の多様化・多重化及び避難所環境の充実にに向けた備蓄品の充足など、頻発化・激甚化する災害に即応し、安全・安心で住みよい上田市を目指すために、自助・共助・公助のそれぞれが担う役割の明確化と連携体制の構築に向けて、防災講座や研修会など防災知識と意識の普及啓発に取組むとともに、自主防災組織に対する助成制度を活用した防災用資器材の購入を促進し、地域防災力の向上と防災体制基盤の強化を推進しています。しかし、少子高齢化による地域の防災人材の確保が困難な状況において、持続可能な地域防災力を維持していくためには、地域の共助の中核を担う自主防災組織と、地域の防災力の中核を担う消防団との連携が重要であり、両者による平時からの連携を踏まえた統一的な新たな施策の展開や、防災人材の育成と確保など、将来を見据えた持続可能な地域防災体制の構築に向けた取組が必要不可欠となります。",
          7,
        ],
      ],
      [
        ["目的・効果", 1],
        [
          "① 市災害対策本部の対応力の強化として、職員への定期的なシステム訓練及び各部の運営研修会を実施し、災害対応能力の向上を図ります。 ② 災害時情報伝達手段同報系システムの構築による、伝達手段の多重化・多様化を推進します。 ③ 自助・共助を主体とした重点地区型の「上田市防災訓練」の実施に向けて、訓練内容の充実による効果的な訓練を実施します。 ④ 避難所での多様なニーズに応じた防災用備蓄品の充実を図るとともに、大規模地震に備えた井戸水などの地域資源の新たな活用への検討を進めます。 ⑤ 自主防災アドバイザー等連絡協議会を主体として、防災人材の育成と確保に向けて取組みを進めます。 ⑥ 地域防災力の中核となる消防団員の機能強化及び確保に向けた取組を推進します。",
          3,
        ],
        ["該当するSDGsの目標", 1],
        [" ", 3],
      ],
    ],
    tableSpans: [1, 1, 1, 1, 2, 2],
    header: [
      null,
      "取組項目及び方法・手段（何をどのように）",
      "期間・期限（いつ・いつまでに）",
      "数値目標（どの水準まで）",
      "中間報告（目標に対する進捗状況・進捗度）及び（中間報告の時点で取組項目に対する方法・手段の見直しを行った点）",
      "期末報告（目標に対する達成状況・達成度）",
    ],
    items: [
      [
        "①",
        "○ 危機管理防災体制の強化 (1) 総合防災情報システムの効率的な運用 ・ 災害発生時に迅速かつ的確な情報の収集と提供を行うための、操作研修・訓練の継続的な実施  (2) システム機能の充実・強化 ・ 総合防災情報システム活用性及び連携システム（防災ポータルサイト）の利便性向上に向けた調査研究  (3) 災害対策本部各対策部の職員研修会の実施  (4) 災害情報伝達システム構築に向けた検討 ・ 情報伝達手段の多重化・多様化を推進するための伝達手段の拡充に向けた調査研究",
        "(1)5月、1月 (2)(3)年度内 (4)通年",
        "(1) 職員向け操作研修の定期実施及び、訓練内容の拡充  (2) システムの操作性向上のための機能追加及び、ポータルサイトの利便性向上のための調査・研究  (3) 本部情報収集班及び連絡員対象職員への研修会を実施 (4) 伝達手段の多重化に向けた、官民連携による新たな手段及び手法の検討",
        "(1) 危機管理防災担当者操作訓練 2回 全職員向けシステム操作訓練 1回 各地域危機管理担当、避難所開設担当職員への周知・操作説明 2回 (2) 総合防災情報システムと、「避難所受付システム」が連携可能か、確認・調査中  (3) 7月28日に連絡員会議を実施。災害時連絡網を更新し、非常伝達訓練時に連絡員の訓練を追加し対応 (4) 通信放送業者との、災害時の情報伝達手段の確保等を規定した災害時応援協定締結の検討",
      ],
      [
        "②",
        "○ 災害時情報伝達手段同報系システムの構築 (1) 真田デジタル化推進事業を活用した防災DXの推進",
        "(1)通年",
        "(1) 運用実績の検証と、運用拡充に向けた庁内調整体制への調査・研究",
        "(1) 真田デジタル化推進事業「キクもん」の担当者による関連部署職員への研修会の実施、有線放送廃止に伴う代替案としての対応検討",
      ],
      [
        "③",
        "○ 自助・共助による重点地区型防災訓練の実施 (1) 地域と連携した市防災訓練（重点地域型）の実施 (2) 自主防災組織が主体的に行う訓練に対する助言・指導及び資器材の貸与及び提供",
        "(1)8月30日 (2)通年",
        "(1) 市民、自治会、関係団体を主体とした重点地域型の訓練を実施 (2) 効果的な訓練に向けた内容及び実施方法等への助言指導",
        "(1) 8月30日に防災訓練を実施し、関係機関20団体の協力を得て、5会場で合計1,012人参加 (2) 訓練実施に向けた指導及び資器材を提供（備蓄食料等）",
      ],
      [
        "④",
        "○ 災害備蓄品の充実と地域資源の活用 (1) 良好な避難所環境に向けた備蓄品の充足 (2) 災害に備えた水源確保対策として、地域内井戸水の新たな活用について検討",
        "通年",
        "(1) 備蓄計画の見直しによる多様なニーズに応じた備蓄品の充足 (2) 市内井戸の調査と国のガイドラインに即した活用方針の策定",
        "(1) 令和4年度に策定した備蓄計画を時点修正等し、庁内にて共有可能な資器材を調査し、共有した。 (2) 令和8年4月施行に向け、災害時協力井戸の登録に関する要綱の策定及び周知するための看板等を検討",
      ],
      [
        "⑤",
        "○ 防災人材確保に向けた調査研究 (1) 自主防災アドバイザー等連絡協議会を中心とした防災人材の育成と確保に向けた調査研究",
        "通年",
        "(1) 防災人材の育成に向けた防災研修会実施内容の検討",
        "(1) 自主防災アドバイザーによる講座対応等制度を調整中",
      ],
      [
        "⑥",
        "○ 消防団機能の強化と消防団員の確保 (1) 消防団活動の市民及び学生等への周知及び理解による消防団員の確保、加入促進 (2) 消防団員等応援事業などの実施による消防団員の福利厚生の実施 (3) 機能別団員の拡充と運用方法の検討 (4) 団員機能強化として、準中型自動車免許等取得制度の活用 (5) 消防団員負担軽減に向けた調査研究",
        "通年",
        "(1) 消防団員の確保（定員1,850人）充足率90% (2) 消防団員へ周知、利用促進  (3) 機能別団員の活用方法の統一化 (4) 消防車両の運転に必要な準中型自動車免許等取得制度の運用 (5) 各種会議及び式典など負担軽減に向けた体制への検討",
        "(1) 今年度新たに6名の学生が入団し、学生団員は総勢15名 新たな入団促進事業を推進【充足率84.3%】 (2) 福利厚生の実施化を図るため、今年度から新規4施設を追加し、家族での利用を促進 (3) 自治センター班用に防火服の整備を進めている。 (4) 現時点で4名分交付決定。交付予定者7名なので、更なる制度活用のため周知対応 (5) 消防操法・ラッパ吹奏大会での式典を簡略化。消防団会議も試行的にリモート開催。更なる負担軽減を推進",
      ],
    ],
    notes: [
      ["特記事項", 1],
      ["○市民参加・協働の推進、市民満足度の向上を考慮した点", 3],
      ["○取組による効果・残された課題", 4],
    ],
  },
  {
    name: "2 行財政改革",
    columnWidths: NINE_COLUMNS,
    block: [
      [
        ["重点目標", 2],
        ["新たな行財政改革大綱及び公共施設等総合管理計画の策定と内部統制制度の構築", 2],
        ["部局名", 1],
        ["総務部等", 2],
        ["優先順位", 1],
        ["2位", 1],
      ],
      [
        ["総合計画における位置付け", 2],
        [
          "第1編 市民が主役のまちづくり 第3章 地方分権にふさわしい行財政経営 第1節 行財政改革の推進と住民サービスの充実",
          2,
        ],
        ["上田再構築プラン Ver.2.0「もっと、前へ」における位置付け", 1],
        [null, 4],
      ],
      [
        ["第四次上田市行財政改革大綱・アクションプログラムにおける位置付け", 2],
        [
          "(1) 将来を見据えた新たな行政サービスへの改革 (2) 健全で持続可能な財政基盤への改革 (3) 時代に即した行政運営への改革",
          7,
        ],
      ],
      [
        ["現況・課題", 1],
        [
          "① 第四次行財政改革大綱の推進期間が令和7年度をもって終了することから、令和8年度からスタートする第三次総合計画の取組も踏まえ、新たな行政需要に的確に対応するための次期大綱及び大綱に基づく具体的な行動計画であるアクションプログラムを策定し、継続的な行財政改革への取組を図る必要があります。 ② 現行の公共施設マネジメント基本方針の対象期間が令和7年度をもって終了することから、新たに公共施設等総合管理計画を策定し、当該計画に基づいた施設運営を行うとともに総量の削減、統廃合による施設の集約化・複合化、耐震化、長寿命化、民間活力導入等の公共施設マネジメントを取り組む必要があります。 ③ 指定管理施設における管理運営問題に関連し、市のチェック体制など内部統制の確立を指摘した監査意見や、執行機関における内部統制の実効性を高めるため、内部統制の基本方針の策定とその体制整備を計画的に進めることを求めた決算特別委員会からの附帯意見を踏まえ、内部統制制度の導入に向けて、組織や制度について検討していく必要があります。",
          8,
        ],
      ],
      [
        ["目的・効果", 1],
        [
          "① 「第三次上田市総合計画」でまちづくりの基本となる施策を定める一方、新たに策定する「第五次行財政改革大綱」において、行政経営の方向性を明確化するための基本方針を定め、継続的な発展及び住民サービスの更なる充実を目指します。 ② 公共施設について、全市的な計画に基づく建替えや改修等の更新、長寿命化、再配置等を行うことにより、財政負担の平準化とともに、限られた財源の有効を図ります。 ③ 住民が安心して暮らし、必要な行政サービスを確実に受けられるよう、それらを阻害する恐れのある事務処理上の要因(リスク)をあらかじめ想定し、その発予防するルールを策定、継続した取組を行う体制を構築します。",
          3,
        ],
        ["該当するSDGsの目標", 1],
        [
          "7 エネルギーをみんなにそしてクリーンに\n8 働きがいも経済成長も\n11 住み続けられるまちづくりを\n12 つくる責任 つかう責任\n16 平和と公正をすべての人に\n17 パートナリーシップで目標を達成しよう",
          4,
        ],
      ],
    ],
    tableSpans: [1, 1, 1, 1, 2, 3],
    header: [
      null,
      "取組項目及び方法・手段（何をどのように）",
      "期間・期限（いつ・いつまでに）",
      "数値目標（どの水準まで）",
      "中間報告（目標に対する進捗状況・進捗度）及び（中間報告の時点で取組項目に対する方法・手段の見直しを行った点）",
      "期末報告（目標に対する達成状況・達成度）",
    ],
    items: [
      [
        "①",
        "○ 第五次行財政改革大綱及びアクションプログラムの策定 (1) 大綱の策定方針の検討・協議 (2) 行財政改革推進委員会への諮問・審議・策定 (3) アクションプログラムの策定",
        "(1) R7. 4月 (2) R7. 5月～R8. 1月 (3) R8. 3月",
        "(1)～(3) 継続的な行財政改革を推進するための基本的な指針となる大綱及び行財政改革大綱の改革方針を具現化するための目標値、期限など具体的な取組事項を盛り込んだアクションプログラムを策定する。",
        "(1)～(3) 第五次大綱の策定について、5月に行財政改革推進委員会に諮問。12月に答申予定 大綱(案)を行政管理課で作成し、行財政改革推進委員会及び庁内策定幹事会において審議中 10月にパブリックコメントを実施し、今後、市民意見を反映していく予定 今後、改定後の大綱に基づくアクションプログラムを並行して策定する予定",
      ],
      [
        "②",
        "○ 公共施設等総合管理計画及び最適化方針の策定 (1) 計画策定に向けた検討・協議 (2) 行財政改革推進委員会への諮問・審議・策定 (3) 公共施設最適化方針の策定",
        "(1) R7. 4月 (2) R7. 5月～R8. 1月 (3) R8. 3月",
        "(1)～(2) 公共施設のあり方を検討するための基本的な考え方や取組みの方針等、今後の公共施設マネジメントの指針となる計画を策定する。  (3) 公共施設の削減目標を達成するため、施設統廃合するための基本方針を策定する。",
        "(1)～(2) 総合管理計画の策定について、5月に行財政改革推進委員会に諮問。12月に答申予定 計画(案)を行政管理課で作成し、行財政改革推進委員会及び庁内検討会議において審議中  (3) 10月にパブリックコメントを実施し、今後、市民意見を反映していく予定 今後、改定後の計画に基づく個別施設計画を並行して策定する予定",
      ],
      [
        "③",
        "○ 上田市版内部統制制度の構築 (1) 庁内検討会議の開催 (2) 内部統制制度の構築 (3) 制度運用に係る研修",
        "(1) R7. 10月 (2) R8. 3月 (3) R8. 3月",
        "(1) 部局横断的なチームによる検討会議を開催する。 (2)～(3) 上田市版内部統制制度を構築し、制度周知を図る。",
        "(2) 11月に県内先進自治体の視察、日弁連と制度の整備・運用についての意見交換を実施予定 (3) 制度を構築し運用に係る庁内研修を実施予定",
      ],
      [
        "④",
        "○ カスハラ対応マニュアルの策定及び不当要求マニュアル見直し (1) 庁内検討会議等の開催 (2) カスタマーハラスメント対応マニュアル策定 (3) 制度運用に係る研修",
        "(1) R7. 10月 (2) R8. 3月 (3) R8. 3月",
        "(1) 部局横断的なチームによる検討会議を開催する。 (2)～(3) 現在の不当要求マニュアルを見直すとともにカスタマーハラスメント対応マニュアルを策定し周知する。",
        "(2) 上半期は他自治体の情報収集のみにとどまり、具体的な施策検討には至っていない (3) 収集した情報をもとに、対応マニュアル策定に向けて準備を進める",
      ],
      [
        "⑤",
        "○ 市役所北駐車場の整備 (1) 土地収用法の事業手続き  (2) 駐車場拡張のための用地買収",
        "(1) R7. 10月  (2) R7. 12月",
        "(1) 県の事業認定、税務署協議。  (2) 地権者4名からの用地買収。",
        "(1) 9月末に県へ事業認定申請書を提出 県との事前協議及び当初からの一部計画変更（選管備品用倉庫の取りやめ）により時間を要した)",
      ],
    ],
    notes: [
      ["特記事項", 1],
      ["○市民参加・協働の推進、市民満足度の向上を考慮した点", 3],
      ["○取組による効果・残された課題", 5],
    ],
  },
  {
    name: "3 人材",
    columnWidths: NINE_COLUMNS,
    strayRow: " ",
    block: [
      [
        ["重点目標", 2],
        ["人材の確保・育成と職員が能力を発揮できる職場環境づくり", 2],
        ["部局名", 1],
        ["総務部等", 2],
        ["優先順位", 1],
        ["3位", 1],
      ],
      [
        ["総合計画における位置付け", 2],
        [
          "第1編 市民が主役のまちづくり 第3章 地方分権にふさわしい行財政経営 第1節 行財政改革の推進と住民サービスの充実",
          2,
        ],
        ["上田再構築プラン Ver.2.0「もっと、前へ」における位置付け", 1],
        [null, 4],
      ],
      [
        ["第四次上田市行財政改革大綱・アクションプログラムにおける位置付け", 2],
        ["(3)時代に即した行政運営への改革 ア行政組織の適正化 イ人材の確保・育成と職員の意識改革", 7],
      ],
      [
        ["現況・課題", 1],
        [
          "① 生産年齢人口の減少に伴う構造的な労働力不足の中、複雑化・多様化する行政需要に迅速かつ的確に対応できるよう、有為な人材の確保・育成に努める必要があります。また、職員一人ひとりが心身ともに健康でその能力を十分に発揮できるよう、職員の仕事と家庭生活の両立支援や多様な人材が活躍できる職場環境の整備を推進するとともに、職場全体で適切な勤務時間の管理や安全・快適な職場環境づくり、健康の保持増進を図る必要があります。 ② 定年延長制度の実施に伴い、制度が完成する令和14年度にかけて高齢期職員を中心に職員数の増加が見込まれることから、職員の年齢構成や行政需要を考慮しながら効率的な行政運営に資する適正な人員配置に努めるとともに、文書事務の適正な運用・管理により、さらなる事務の効率化を推進する必要があります。 ③ 職員一人ひとりが全体の奉仕者であることを自覚し、職務の遂行に当たっては服務規律を遵守するとともに、市民の立場に立ち、市民の満足度が高く効率的で質の高い行政の実施に努めていく必要があります。",
          8,
        ],
      ],
      [
        ["目的・効果", 1],
        [
          "構造的な労働力不足の中、新規学卒者をはじめとする職員の採用に注力するなど、必要な人材の確保を図るとともに、人材育成基本計画に基づく効果的な人材育成の推進や、職員が成長と成果を反映できる評価制度の運用、知識と経験を有する高齢期職員の活用等により、将来にわたる行政機能の維持・向上を目指します。また、適切な勤務時間の管理や、仕事と生活の両立支援、効果的なメンタルヘルス対策等により、すべての職員が能力を発揮でき、意欲的に働き続けられる職場環境づくりを進めるとともに、職員の法務能力向上と文書事務の適正な運用・管理により服務規律を確保し、市民から信頼される行政を実現します。",
          3,
        ],
        ["該当するSDGsの目標", 1],
        [null, 4],
      ],
    ],
    tableSpans: [1, 1, 1, 1, 2, 3],
    header: [
      null,
      "取組項目及び方法・手段（何をどのように）",
      "期間・期限（いつ・いつまでに）",
      "数値目標（どの水準まで）",
      "中間報告（目標に対する進捗状況・進捗度）及び（中間報告の時点で取組項目に対する方法・手段の見直しを行った点）",
      "期末報告（目標に対する達成状況・達成度）",
    ],
    items: [
      [
        "①",
        "○効果的な人材育成と働き方改革の推進 (1) 計画的な研修及びキャリア形成に向けた支援の実施 (2) 職員の意欲を引き出す新たな人事制度の検討  (3) 仕事と生活の両立支援と超過勤務の縮減に向けた取組 (4) 人事評価制度の定着に向けた取組 (5) 健康診断の受診率向上及びメンタル不調者等への支援の推進 (6) 勤怠管理システムによる勤務時間の適正な管理",
        "(1)(2)(3)(4)(5)(6)年度内",
        "(1) 職員研修計画に基づく研修の実施 キャリア面談の実施 (2) 庁内公募制度の導入に向けた検討 (3) 適切な勤務時間の管理、休暇取得の推進 (4) 人事評価研修の実施 (5) 健康診断の受診率向上、受診勧奨相談体制の強化、産業医等面談勧奨の実施 (6) 勤怠管理システムの導入範囲拡大",
        "(1) 職員研修計画に基づき、順次研修を実施 (2) 庁内公募制度の事例調査・研究を行った。 (3) ワーク・ライフ・バランス推進月間の実施(8月) 時間外上限時間超過に係る要因分析の実施(9月) (4) 人事評価研修・自己評価研修の実施(5月) (5) 健診受診率84.8%(R7.10.1時点)、ヘルスクリーニング未受診者へ個別健診受診勧奨(R7.9～10月) 新規採用職員全員との個別面談(産業カウンセラー・保健師、R7.8月～9月)、管理監督者向けラインケア研修(R7.10月) (6) 全庁での運用に先駆け5月から総務部・秘書課・危機管理防災課・交流文化芸術センター・上田市立美術館で試験運用を実施。10月以降順次範囲を拡大",
      ],
      [
        "②",
        "○多様な人材の確保 (1) 年齢構成の平準化を図るための新規採用の実施と専門的知識・技術を有する人材の確保 (2) 多様な人材が活躍する職場の実現 (3) 定年引上げに伴う高齢期職員の活用 (4) 会計年度任用職員の適切な任用",
        "(1)(2)(3)(4)年度内",
        "(1) 職員採用による優秀な人材の確保 (2) 障がい者活躍推進計画等に基づく障がい者の計画的な採用 (3) 60歳職員の意向を踏まえた適材適所による配置 (4) 総務省の会計年度任用職員制度に係る事務処理マニュアル等を踏まえた適切な処遇の確保",
        "(1) 定員管理計画を踏まえた適正な職員数の確保に向け大卒程度(土木・建築)の早期募集をはじめ、職種ごとに職員採用試験を実施 (2) 障がい者枠で新規採用された会計年度任用職員のフォローを適宜実施 (3) 対象職員の意向調査及び面談を実施(7月) (4) 子の看護休暇の見直し、療養休暇を有給化(4月)",
      ],
      [
        "③",
        "○的確な例規整備等の実施と職員の法務能力の向上 (1) 的確な例規整備等の実施 (2) 職員の法の意識（法令遵守等）並びに法務能力の向上",
        "(1)(2)年度内",
        "(1) 的確な例規の制定改廃 (2) 職員の法務能力の底上げ。職員研修の一環として顧問弁護士による法制執務研修開催",
        "(1) 上半期、条例12、規則17、その他25の計54の例規を整備 (2) 後期新規採用職員研修において基礎法務研修を実施",
      ],
      [
        "④",
        "○文書事務全般の適正な運用 (1) 文書管理システムの適正な運用、保存文書の適切な管理及びファイリングルールの徹底、電子決裁の推進 (2) 保存期限が到来した文書の適切な廃棄又は公文書館への移管、歴史公文書の選別基準の周知・徹底",
        "(1)(2)年度内",
        "(1) 文書担当者会議等の開催、Web21等での周知  (2) 職員に対する選別基準の周知・徹底、適切な文書選別の実施",
        "(1) 文書担当者説明会を開催し、ルールを徹底(5月)  (2) 文書担当者説明会を開催し文書の移管・廃棄作業の注意事項や選別基準の周知を行い、円滑な実施に努めた。",
      ],
    ],
    notes: [
      ["特記事項", 1],
      ["○市民参加・協働の推進、市民満足度の向上を考慮した点", 3],
      ["○取組による効果・残された課題", 5],
    ],
  },
  {
    name: "4 ICT",
    columnWidths: ELEVEN_COLUMNS,
    block: [
      [
        ["重点目標", 2],
        ["ICT利用拡大による市民サービスの向上と業務効率化の推進", 3],
        ["部局名", 1],
        ["総務部等", 2],
        ["優先順位", 1],
        ["4 位", 2],
      ],
      [
        ["総合計画における位置付け", 2],
        [
          "第1編 市民が主役のまちづくり 第3章 地方分権にふさわしい行財政経営 第1節 行財政改革の推進と住民サービスの充実",
          3,
        ],
        ["上田再構築プラン Ver.2.0「もっと、前へ」における位置付け", 1],
        ["5 DXやGX等の革新的技術でSDGsを推進、人と自然が調和した活力あるまちをつくる", 5],
      ],
      [
        ["第四次上田市行財政改革大綱・アクションプログラムにおける位置付け", 2],
        [
          "(1) 将来を見据えた新たな行政サービスへの改革     ア ICTの活用による行政サービスの向上と業務の効率化 (2) 時代に即した行政運営への改革     ウ 仕事のやり方の見直し",
          9,
        ],
      ],
      [
        ["現況・課題", 1],
        [
          "① 「地方公共団体情報システムの標準化に関する法律」において、標準化対象の20業務について、令和7年度末までに地方公共団体に対して標準仕様に準拠したシステムの利用が義務付けられ、国が構築するクラウド（ガバメントクラウド）を活用すること等が定められています。 ② 今後予想される労働力人口減少への対応や、デジタル化を前提とした社会環境の変化に合わせた市民サービスの提供と質の向上を図るため、先端技術の活用と変革（DX）が求められています。 ③ マイナポータルに代表される行政オンラインサービスの提供拡大に伴い、個人情報等の重要な情報資産を守るためのセキュリティ対策や、年々複雑化するシステムを安定して運用することが必要となっています。",
          10,
        ],
      ],
      [
        ["目的・効果", 1],
        [
          "① 自治体システム標準化・共通化や行政手続のオンライン化などに対応し、DXを一層推進します。 ② AI/RPAといった先端技術の利活用により、市民サービスの向上と業務の効率化・高度化を推進します。 ③ 情報セキュリティのPDCAサイクルを実施することにより、セキュリティ対策の継続的な改善を図ります。",
          4,
        ],
        ["該当するSDGsの目標", 1],
        [null, 5],
      ],
    ],
    tableSpans: [1, 1, 1, 1, 1, 6],
    header: [
      null,
      "取組項目及び方法・手段（何をどのように）",
      "期間・期限（いつ・いつまでに）",
      "数値目標（どの水準まで）",
      "中間報告（目標に対する進捗状況・進捗度）及び（中間報告の時点で取組項目に対する方法・手段の見直しを行った点）",
      "期末報告（目標に対する達成状況・達成度）",
    ],
    items: [
      [
        "①",
        "○ ICTの更なる業務活用 (1) 行政手続のオンライン化の促進 (2) 生成AI及びRPAの普及  (3) 職員パソコンのモバイル化の推進 (4) 統合型GISによる地図と台帳の一体的管理や庁内地図情報の共有化による業務効率化の推進",
        "(1) 通年 (2) 通年  (3) 通年 (4) 通年",
        "(1) オンライン申請手続の増加 (2) RAG（検索拡張生成AI）の導入 RPA利用の研究・利用場面の拡大 AI・RPA利用職員の増加 (3) 出先機関の職員PC整備完了 (4) 利用職員の増加 オープンデータ等を用いた地図の充実化",
        "(1) 施設予約システム、電子契約等の導入を支援 (2) RAGを構築し、AIの回答精度の検証を開始 RPA対応業務について検討 AI新規アカウントを50作成し、庁内約73%の課室で利用 (3) モバイル化推進に向け、端末配置を出先機関と調整中 (4) 航空写真更新を行い、庁内展開を進めている。 外部データを利用できるようシステムベンダーと調整を進めている。",
      ],
      [
        "②",
        "○ 地方公共団体情報システム標準化への取組 (1) 自治体システム標準化・共通化の推進",
        "(1) 通年",
        "(1) 標準化システムへの計画的な移行",
        "(1) 8月に税系システムを標準準拠システムへ移行 標準化予定の他システムとの連携調整を実施（健康管理、戸籍、就学、生活保護）",
      ],
      [
        "③",
        "○ 情報セキュリティの確保 (1) サイバー攻撃への対応  (2) セキュリティ研修、訓練の実施 (3) セキュリティ内部監査及び自己点検の実施 (4) マイナンバー制度の適切な運用",
        "(1) 通年  (2) 年度内 (3) 年度内 (4) 通年",
        "(1) 安定した各業務システムの運用、クライアントOSの計画的な更新 (2) セキュリティ研修の実施 (3) セキュリティ監査の実施 (4) 内部監査と職員研修の実施",
        "(1) サイバー攻撃の被害はなく、システムの安定稼働を維持 (2) e-learningを活用し研修を実施予定（10～12月） (3) マイナンバー・情報セキュリティに係る内部監査・ (4) 自己点検を実施予定(10月)",
      ],
      [
        "④",
        "○ DX推進への取組 (1) 先端技術の活用による業務効率化の推進",
        "(1) 通年",
        "(1) ビジネスチャット実証実験の拡大（産業振興部、上下水道局他）",
        "(1) 産業振興部、上下水道局への展開を完了 追加として会計課、財産活用課、税務課、収納管理課に展開(11部局59課室に展開済)",
      ],
    ],
    notes: [
      ["特記事項", 1],
      ["○市民参加・協働の推進、市民満足度の向上を考慮した点", 3],
      ["○取組による効果・残された課題", 7],
    ],
  },
  {
    name: "5 選挙",
    columnWidths: EIGHT_COLUMNS,
    block: [
      [
        ["重点目標", 2],
        ["公正かつ適正な選挙の管理執行と １０代の投票率向上に向けた施策の検討", 2],
        ["部局名", 1],
        ["選挙管理委員会事務局", 1],
        ["優先順位", 1],
        ["５位", 1],
      ],
      [
        ["総合計画における 位置付け", 2],
        ["第 編 第 章 第 節", 2],
        ["上田再構築プラン Ver.2.0「もっと、前へ」に おける位置付け", 1],
        [null, 3],
      ],
      [
        ["第四次上田市行財政改革大綱・アクションプログラムにおける位置付け", 2],
        [null, 6],
      ],
      [
        ["現況・課題", 2],
        [
          "① 令和7年度は任期満了に伴う選挙として浦里財産区議会議員一般選挙、参議院議員通常選挙及び上田市長選挙及び上田市議会議員一般選挙が予定されているため、誤りなく適正に選挙を管理執行することが求められている。 ② 投票率については、高校を卒業した18歳から20歳代前半の投票率の低さは顕著であり、不在者投票制度の周知などの選挙啓発、小学生、中学生及び高校生等への主権者教育の推進が投票率の向上を目指すにあたり重要となる。 ③ 東庁舎の改修工事に伴い、東庁舎で保管していた書類、物品は一時保管場所に移転したが、恒久的な保管場所の確保が課題である。",
          6,
        ],
      ],
      [
        ["目的・効果", 2],
        [
          "① 選挙を法令に基づき公正かつ適正に管理執行することにより、透明性の高いきれいな選挙を実現する。 ② 明るい選挙推進活動や選挙啓発を通して、選挙が政治に参加する最大の機会であることを伝えていくとともに、政治への関心を高めることにより、投票率の向上が期待できる。また、主権者教育や学生に対する投票事務従事者の募集により、若年層の選挙への関心を高める。",
          3,
        ],
        ["該当する SDGsの目標", 1],
        [null, 2],
      ],
    ],
    tableSpans: [1, 1, 1, 1, 2, 2],
    header: [
      null,
      "取組項目及び方法・手段（何をどのように）",
      "期間・期限 （いつ・いつまでに）",
      "数値目標（どの水準まで）",
      "中間報告 （目標に対する進捗状況・進捗度）及び （中間報告の時点で取組項目に対する方法・手段の見直しを行った点）",
      "期末報告（目標に対する達成状況・達成度）",
    ],
    items: [
      [
        "①",
        "○ 公正かつ適正な選挙の管理執行  令和7年度に予定されている次の選挙を、 公職選挙法等の法令に基づき公正に執行する。 (1) 上田市浦里財産区議会議員一般選挙 (2) 参議院議員通常選挙 (3) 上田市長選挙 (4) 上田市議会議員一般選挙",
        "任期満了日前30日以内に 実施する。  選挙期日 (1) 令和7年5月20日 任期満了日 (2) 令和7年7月28日 (3) 令和8年4月8日 (4) 令和8年4月8日",
        "今年度実施する選挙を、法令に基づき公正かつ適正に管理執行する。",
        "(1) 令和7年5月20日に適正に執行した。  (2) 令和7年7月20日に適正に執行した。  (3) (4) 3月の執行に向けて準備を進めた。",
      ],
      [
        "②",
        "○ 選挙啓発の強化 (1) 選挙啓発ポスターの募集を実施 （若年層の選挙に対する関心を高めるため。） (2) 市民を対象とした「明るい選挙推進大会」 を実施（明るい選挙の実現、投票率の向上 を目指し実施する。） (3) 小中学校等への選挙物品の貸し出しを実施 （生徒会役員選挙等に、選挙物品を活用して もらい、意識の高揚を図る。） (4) 小中高校への出前講座の実施  (5) 投票事務へ大学生等の登用を促す。",
        "(1) 5月から8月まで  (2) 年末  (3) 随時  (4) 随時  (5) 選挙時",
        "(1) 市内小・中・高校等に依頼し、 20点以上の作品を募る。 (2) 明るい選挙推進大会を実施し、 市民50人以上の参加を促す。 (3) 15校以上への貸出を実施。  (4) 小・中・高校からの要請に基づ き、選挙制度及び主権者教育等 についての出前講座を行う。 (5) 市内大学等の学生に投票事務従 事者の募集を行う。",
        "(1) 市内小・中・高校等に依頼し、次のとおり応募があった。 小学校76点、中学校3点、高校なし。  (2) 12月に明るい選挙推進大会を開催する予定で、 実施内容の検討、参加者との調整を進めた。  (3) 高校2校への貸出を実施  (4) 高校1校において、県と合同で実施  (5) 7月に執行した参議院議員通常選挙において、 大学、専門学校計6校で募集を行い、6名が投票 事務に従事。",
      ],
      [
        "③",
        "○ 投票率の向上に向けた新たな施策の検討 (1) 投票機会の拡大に向けた移動期日前投票所の検討  (2) 職員の効率的な配置につながる投票所の見直しの検討",
        "(1) 年度末まで  (2) 年度末まで",
        "(1) 7月の参議院議員通常選挙において、移動期日前投票所を試行開設し、本実施に向け課題を洗い出す。 (2) 見直しの対象となる投票所の検討",
        "(1) 7月に執行した参議院議員通常選挙において、 上田染谷丘高校に移動期日前投票所を試行開設した。  (2) 参議院議員通常選挙の結果を分析し、見直し基準を検討",
      ],
      [
        "④",
        "○ 東庁舎工事に伴う新たな選挙執行体制の構築 ・東庁舎の選挙物品の移転先確保",
        "年度末まで",
        "恒久的な移転先となる倉庫の建設に向け、建設場所、規模、機能等を決定。",
        "・倉庫の建設に向け、規模、機能等を検討。 ・市が民間企業から新たに建物を譲り受けることになったため、当該建物において倉庫新設と同等の機能を確保することができないか検討。",
      ],
    ],
    notes: [
      ["特記事項", 1],
      ["○市民参加・協働の推進、市民満足度の向上を考慮した点", 3],
      ["○取組による効果・残された課題", 4],
    ],
  },
];

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
