/**
 * Golden cases for parseKpiValue and parseKpiPair: Japanese inputs beside the reading a person expects,
 * written by hand (never generated from the parser). The tests run every case; a script renders these
 * tables to Markdown so a reviewer can read each change to the readings in a diff.
 *
 * Sources: seed 004 (町長マニフェスト KPI list, every row), seed 000 (重点目標管理シート 数値目標),
 * DOMAIN.md "Value notation" and "Beyond the seeds" (percent words, 割/分, bands, notes, composite units,
 * compound numerals), forms from the corpus of other municipalities' documents (test/corpus), and bad
 * inputs. A refusal may name the part of the cell it could not read (`refusedAt`).
 */
import type { KpiValue, Period, Qualifier } from "../parseKpiValue";

/** What a case expects of one reading. `warnings` lists issue codes. */
export interface ValueReading {
  amount: number | null;
  unit: string;
  missing: boolean;
  qualifier: Qualifier;
  period: Period;
  yearTag: number | null;
  approximate: boolean;
  warnings: string[];
}

/**
 * What a case expects of a failed reading: its issue codes, in order, and where the refusal names the part
 * of the cell it could not read, that part (`parts`, one per issue; "" for an issue that names none).
 */
export interface ExpectedIssues {
  issues: string[];
  parts?: string[];
}

export interface ValueCase {
  readonly input: string;
  readonly note?: string;
  readonly expected: ValueReading | ExpectedIssues;
}

export interface PairCase {
  readonly input: string;
  readonly note?: string;
  readonly expected: { baseline: ValueReading; target: ValueReading } | ExpectedIssues;
}

/** The fields of a KpiValue that the cases compare, so tests and the Markdown renderer show the same thing. */
export function summarizeValue(value: KpiValue): ValueReading {
  return {
    amount: value.amount,
    unit: value.unit,
    missing: value.missing,
    qualifier: value.qualifier,
    period: value.period,
    yearTag: value.yearTag,
    approximate: value.approximate,
    warnings: value.warnings.map((warning) => warning.code),
  };
}

// Shorthands for the tables below: a plain snapshot reading unless `more` says otherwise.
function read(amount: number, unit: string, more: Partial<ValueReading> = {}): ValueReading {
  return {
    amount,
    unit,
    missing: false,
    qualifier: "none",
    period: "snapshot",
    yearTag: null,
    approximate: false,
    warnings: [],
    ...more,
  };
}
function missing(unit: string, more: Partial<ValueReading> = {}): ValueReading {
  return {
    amount: null,
    unit,
    missing: true,
    qualifier: "none",
    period: "snapshot",
    yearTag: null,
    approximate: false,
    warnings: [],
    ...more,
  };
}
function issues(...codes: string[]): ExpectedIssues {
  return { issues: codes };
}
/** One refusal that names the part of the cell it could not read. */
function refusedAt(code: string, part: string): ExpectedIssues {
  return { issues: [code], parts: [part] };
}

export const VALUE_CASES: readonly ValueCase[] = [
  // --- plain counts and separators
  { input: "111 件", expected: read(111, "件") },
  { input: "1,557 人", expected: read(1557, "人") },
  { input: "１，５５７人", note: "full width", expected: read(1557, "人") },
  { input: "0 施設", expected: read(0, "施設") },
  { input: "5 箇所", expected: read(5, "箇所") },
  { input: "3か所", note: "か所 is written 箇所", expected: read(3, "箇所") },
  { input: "6名", note: "名 and 人 are one counter", expected: read(6, "人") },
  { input: "12 業務", expected: read(12, "業務") },
  { input: "0.5", expected: read(0.5, "") },
  { input: "5園", note: "an unlisted one-kanji counter", expected: read(5, "園") },
  { input: "50アカウント作成", note: "a katakana unit, then a verb", expected: read(50, "アカウント") },
  // --- multipliers
  { input: "130 万PV", expected: read(1_300_000, "PV") },
  { input: "6,878 千枚", expected: read(6_878_000, "枚") },
  { input: "1,500千円", expected: read(1_500_000, "円") },
  { input: "2億", expected: read(200_000_000, "") },
  { input: "1万2600回", expected: read(12_600, "回") },
  { input: "1億2000万円", expected: read(120_000_000, "円") },
  { input: "1.5万", expected: read(15_000, "") },
  // --- percent and per mille, as fractions
  { input: "36.4 ％", expected: read(0.364, "%") },
  { input: "３６．４ ％", note: "full width", expected: read(0.364, "%") },
  { input: "50.0 ％", expected: read(0.5, "%") },
  { input: "5‰", expected: read(0.005, "‰") },
  { input: "充足率90%", note: "seed 000 数値目標: the label is not a unit", expected: read(0.9, "%") },
  // --- signs
  { input: "△5", note: "公会計の負号", expected: read(-5, "") },
  { input: "▲5", expected: read(-5, "") },
  { input: "△5%", expected: read(-0.05, "%") },
  { input: "-5", expected: read(-5, "") },
  {
    input: "－5件",
    note: "a full-width minus before a number is a sign, not a missing marker",
    expected: read(-5, "件"),
  },
  {
    input: "+5",
    note: "a written plus sign: more than before, a change",
    expected: issues("value_relative_change"),
  },
  // --- units in full width
  { input: "7,072 ｔ", expected: read(7072, "t") },
  { input: "5㌧", note: "NFKC makes ㌧ トン", expected: read(5, "t") },
  // --- year tags are not values
  { input: "R4 7,072 ｔ", expected: read(7072, "t", { yearTag: 2022 }) },
  { input: "R4 6,878 千枚", expected: read(6_878_000, "枚", { yearTag: 2022 }) },
  { input: "令和4年度 7,072t", expected: read(7072, "t", { yearTag: 2022 }) },
  { input: "令和４年度末　７，０７２ｔ", expected: read(7072, "t", { yearTag: 2022 }) },
  { input: "H30 5件", expected: read(5, "件", { yearTag: 2018 }) },
  { input: "2022年度 100件", expected: read(100, "件", { yearTag: 2022 }) },
  {
    input: "100件（令和4年度末時点）",
    note: "a year tag after the value",
    expected: read(100, "件", { yearTag: 2022 }),
  },
  // --- qualifiers
  { input: "50件以上", expected: read(50, "件", { qualifier: "at_least" }) },
  { input: "10件以下", expected: read(10, "件", { qualifier: "at_most" }) },
  { input: "10件以内", expected: read(10, "件", { qualifier: "at_most" }) },
  { input: "81%を維持", expected: read(0.81, "%", { qualifier: "maintain" }) },
  {
    input: "維持",
    note: "keep the baseline: no number of its own",
    expected: missing("", { qualifier: "maintain" }),
  },
  { input: "現状維持", expected: missing("", { qualifier: "maintain" }) },
  {
    input: "4,352t以下に削減",
    note: "reduce to: a level",
    expected: read(4352, "t", { qualifier: "at_most" }),
  },
  // --- periods
  { input: "年 1 回", expected: read(1, "回", { period: "per_year" }) },
  {
    input: "年 1 回実施",
    note: "a trailing verb does not change the value",
    expected: read(1, "回", { period: "per_year" }),
  },
  { input: "年間５人", expected: read(5, "人", { period: "per_year" }) },
  { input: "年に2回以上", expected: read(2, "回", { period: "per_year", qualifier: "at_least" }) },
  { input: "2回/年", expected: read(2, "回", { period: "per_year" }) },
  { input: "期間中 5 件", expected: read(5, "件", { period: "cumulative" }) },
  { input: "期間中 30 人", expected: read(30, "人", { period: "cumulative" }) },
  { input: "100人(累計)", expected: read(100, "人", { period: "cumulative" }) },
  { input: "100人（累計）", expected: read(100, "人", { period: "cumulative" }) },
  { input: "累計100人", expected: read(100, "人", { period: "cumulative" }) },
  { input: "今年 5件", note: "今年 names a year, not a frequency", expected: read(5, "件") },
  // --- seed 000 数値目標 text (after splitting by sub-item)
  {
    input: "市内小・中・高校等に依頼し、 20点以上の作品を募る。",
    expected: read(20, "点", { qualifier: "at_least" }),
  },
  {
    input: "明るい選挙推進大会を実施し、 市民50人以上の参加を促す。",
    expected: read(50, "人", { qualifier: "at_least" }),
  },
  { input: "15校以上への貸出を実施。", expected: read(15, "校", { qualifier: "at_least" }) },
  { input: "地権者4名からの用地買収。", expected: read(4, "人") },
  // --- missing (read before NFKC)
  { input: "－", expected: missing("") },
  { input: "−", expected: missing("") },
  { input: "―", expected: missing("") },
  { input: "─", expected: missing("") },
  { input: "—", expected: missing("") },
  { input: "-", expected: missing("") },
  { input: "ー", note: "the katakana long mark typed for a dash", expected: missing("") },
  { input: "", expected: missing("") },
  { input: "　", note: "an ideographic space", expected: missing("") },
  { input: "新規", expected: missing("") },
  { input: "なし", expected: missing("") },
  { input: "－ 人", note: "missing, with its unit", expected: missing("人") },
  { input: "－ 回", expected: missing("回") },
  { input: "年 － 回", expected: missing("回", { period: "per_year" }) },
  // --- typos that still read, with a warning
  {
    input: "150万 万PV",
    note: "seed 004: the multiplier written twice",
    expected: read(1_500_000, "PV", { warnings: ["value_doubled_unit"] }),
  },
  { input: "5件件", expected: read(5, "件", { warnings: ["value_doubled_unit"] }) },
  // --- percent words and ratios
  { input: "5パーセント", expected: read(0.05, "%") },
  { input: "12.5パーセント以上", expected: read(0.125, "%", { qualifier: "at_least" }) },
  { input: "30㌫", note: "the one-character パーセント", expected: read(0.3, "%") },
  { input: "8割", note: "割 is tenths", expected: read(0.8, "%") },
  { input: "約7割", expected: read(0.7, "%", { approximate: true }) },
  { input: "3割5分", note: "分 after 割 is hundredths", expected: read(0.35, "%") },
  { input: "3割5分2厘", expected: read(0.352, "%") },
  { input: "10割", expected: read(1, "%") },
  {
    input: "2.2ポイント",
    note: "percentage points: a unit of their own, never a fraction of 100",
    expected: read(2.2, "ポイント"),
  },
  { input: "81・2%", note: "a middle dot as decimal point (press texts)", expected: read(0.812, "%") },
  { input: "18・0%", expected: read(0.18, "%") },
  // --- approximations keep the number
  { input: "約50人", expected: read(50, "人", { approximate: true }) },
  { input: "概ね100件", expected: read(100, "件", { approximate: true }) },
  { input: "おおむね90%", expected: read(0.9, "%", { approximate: true }) },
  { input: "50人程度", expected: read(50, "人", { approximate: true }) },
  { input: "300人前後", expected: read(300, "人", { approximate: true }) },
  { input: "30団体程度", expected: read(30, "団体", { approximate: true }) },
  {
    input: "年間約50万回",
    note: "the period word before 約 still counts",
    expected: read(500_000, "回", { period: "per_year", approximate: true }),
  },
  // --- notes after the value do not change it
  { input: "81.0%(29年)", note: "an era-less year: a note", expected: read(0.81, "%") },
  { input: "974人（28年度）", expected: read(974, "人") },
  { input: "13件(2020)", expected: read(13, "件", { yearTag: 2020 }) },
  {
    input: "100件実施\n(平成22年度)",
    note: "words between the value and its note",
    expected: read(100, "件", { yearTag: 2010 }),
  },
  { input: "1.56\n(全国16位)", note: "a rank note on the next line", expected: read(1.56, "") },
  { input: "62.5%(全国12位)", expected: read(0.625, "%") },
  { input: "100件(※)", expected: read(100, "件") },
  { input: "100件※1", expected: read(100, "件") },
  {
    input: "3品\n※単年実績",
    note: "※単年実績: one year's figure",
    expected: read(3, "品", { period: "per_year" }),
  },
  { input: "120人 注)年度途中の数値", expected: read(120, "人") },
  { input: "1,230人(見込み)", expected: read(1230, "人") },
  { input: "45.3%(速報値)", expected: read(0.453, "%") },
  { input: "2,100人（暫定値）", expected: read(2100, "人") },
  {
    input: "84.3%(R6.3末時点)",
    note: "as of March 2024: FY2023",
    expected: read(0.843, "%", { yearTag: 2023 }),
  },
  {
    input: "3品\n(平成22年度)\n※単年実績",
    note: "value, year note and note mark on three lines",
    expected: read(3, "品", { yearTag: 2010, period: "per_year" }),
  },
  { input: "375,293 人(H28 中核市の平均値)", expected: read(375_293, "人", { yearTag: 2016 }) },
  // --- composite units
  { input: "1,378円/人", expected: read(1378, "円/人") },
  { input: "7,153千円/人", expected: read(7_153_000, "円/人") },
  { input: "350人/日", note: "per day is a rate, a unit", expected: read(350, "人/日") },
  { input: "12,000円/㎡", expected: read(12_000, "円/m2") },
  { input: "0.8kg/人・日", expected: read(0.8, "kg/人・日") },
  { input: "3.1人/世帯", expected: read(3.1, "人/世帯") },
  { input: "690時間・台", expected: read(690, "時間・台") },
  { input: "41人/年", expected: read(41, "人", { period: "per_year" }) },
  // --- compound numerals
  { input: "12億 340万5千円", expected: read(1_203_405_000, "円") },
  { input: "3千250万円", note: "千 inside the 万 group", expected: read(32_500_000, "円") },
  { input: "2億396万円", expected: read(203_960_000, "円") },
  { input: "3,437百万円", expected: read(3_437_000_000, "円") },
  { input: "5千万円", expected: read(50_000_000, "円") },
  { input: "95万9千人", expected: read(959_000, "人") },
  { input: "待機児童ゼロ", expected: read(0, "") },
  { input: "ゼロ", expected: read(0, "") },
  { input: "待機児童ゼロを目指す", expected: read(0, "") },
  // --- year tags in brackets before the value, as pairs write them
  { input: "(H26)2,100億円", expected: read(210_000_000_000, "円", { yearTag: 2014 }) },
  { input: "少なくとも1回", expected: read(1, "回", { qualifier: "at_least" }) },
  { input: "100人に増加", note: "increase to: a level", expected: read(100, "人") },
  // --- bad input
  { input: "未定", expected: issues("value_unreadable") },
  { input: "調整中", expected: issues("value_unreadable") },
  { input: "abc", expected: issues("value_unreadable") },
  {
    input: "部局横断的なチームによる検討会議を開催する。",
    note: "a qualitative target",
    expected: issues("value_unreadable"),
  },
  { input: "3 人 5 人", expected: issues("value_multiple_numbers") },
  {
    input: "消防団員の確保（定員1,850人）充足率90%",
    note: "seed 000: a capacity beside the target; do not choose",
    expected: issues("value_multiple_numbers"),
  },
  {
    input: "84.3%(R7.10.1時点)",
    note: "an as-of date: measured in FY2025, not a second number",
    expected: read(0.843, "%", { yearTag: 2025 }),
  },
  { input: "1万 2600", expected: issues("value_multiple_numbers") },
  {
    input: "20%削減",
    note: "a change from the baseline, not a level",
    expected: issues("value_relative_change"),
  },
  { input: "5件増", expected: issues("value_relative_change") },
  { input: "5%以上向上", expected: issues("value_relative_change") },
  {
    input: "月2回",
    note: "per month: a period a value cannot express",
    expected: issues("value_unreadable"),
  },
  { input: "毎月1回", expected: issues("value_unreadable") },
  { input: "1O0件", note: "letter O for a zero", expected: issues("value_unreadable") },
  { input: "12,34件", note: "misplaced separator", expected: issues("value_unreadable") },
  { input: "1.2.3", expected: issues("value_unreadable") },
  { input: "CO2排出量", note: "a digit inside a name", expected: issues("value_unreadable") },
  { input: "第3次計画", expected: issues("value_unreadable") },
  { input: "(1) 職員向け操作研修の定期実施", expected: issues("value_unreadable") },
  { input: "R4", note: "a year tag alone", expected: issues("value_unreadable") },
  { input: "令和4年度", expected: issues("value_unreadable") },
  { input: "1万2600万", expected: issues("value_unreadable") },
  { input: "5万 千円", expected: issues("value_unreadable") },
  { input: "100件?", expected: issues("value_unreadable") },
  { input: "5ç¸", note: "mojibake", expected: issues("value_unreadable") },
  { input: "△", expected: issues("value_unreadable") },
  // --- never a silent wrong number: the part not read is named
  { input: "70%台", note: "a band, not its floor", expected: issues("value_unreadable") },
  { input: "20%台半ば", expected: issues("value_unreadable") },
  { input: "1万人台", expected: issues("value_unreadable") },
  { input: "現状値を維持(44%台)", expected: refusedAt("value_unreadable", "(44%台)") },
  { input: "全国1位(2026 年)", note: "a rank", expected: refusedAt("value_unreadable", "1位") },
  { input: "30位以内", expected: refusedAt("value_unreadable", "30位") },
  { input: "目標値・1位", expected: refusedAt("value_unreadable", "1位") },
  {
    input: "全91指標で目標達成",
    note: "全N counts a whole set",
    expected: refusedAt("value_unreadable", "全91"),
  },
  { input: "17.1%の差", note: "a difference", expected: issues("value_relative_change") },
  { input: "3件の差", expected: issues("value_relative_change") },
  { input: "前回より10分短縮", expected: refusedAt("value_relative_change", "前回より") },
  { input: "前年比105%", expected: refusedAt("value_relative_change", "前年比") },
  { input: "+20%", expected: issues("value_relative_change") },
  { input: "2.2ポイント減少", expected: issues("value_relative_change") },
  { input: "令和6年4月", note: "a date, not a quantity", expected: refusedAt("value_unreadable", "4月") },
  { input: "5件/月", note: "per month", expected: refusedAt("value_unreadable", "/月") },
  { input: "3人/週", expected: refusedAt("value_unreadable", "/週") },
  {
    input: "690時間・台(目標達成率:38%)",
    note: "a bracket holding another number",
    expected: refusedAt("value_multiple_numbers", "(目標達成率:38%)"),
  },
  {
    input: "4\n(21)",
    note: "a bracketed number is not a year note",
    expected: refusedAt("value_multiple_numbers", "(21)"),
  },
  {
    input: "44.2% 34市町村 全国41位(2022年)",
    expected: refusedAt("value_multiple_numbers", "34市町村 全国41位(2022年)"),
  },
  {
    input: "100件(※2020年は推計)",
    note: "a note about a year, not a second value",
    expected: read(100, "件"),
  },
  { input: "50%(約7割)", expected: refusedAt("value_multiple_numbers", "(約7割)") },
  {
    input: "100人(5年間)",
    note: "a length of time is not a year note",
    expected: refusedAt("value_multiple_numbers", "(5年間)"),
  },
  { input: "100人～150人", note: "a range", expected: refusedAt("value_unreadable", "~150人") },
  { input: "3割5人", expected: refusedAt("value_multiple_numbers", "5人") },
  { input: "ゼロカーボン", expected: issues("value_unreadable") },
  { input: "ゼロ・ウェイスト宣言", note: "ゼロ inside a name", expected: issues("value_unreadable") },
  { input: "事故ゼロ運動", expected: issues("value_unreadable") },
  {
    input: "100%(前年比)",
    note: "a comparison in a note",
    expected: refusedAt("value_relative_change", "(前年比)"),
  },
  { input: "3割引", expected: issues("value_relative_change") },
  {
    input: "120%(R4比)",
    note: "compared with R4: a change",
    expected: refusedAt("value_relative_change", "(R4比)"),
  },
  { input: "100人を半減", expected: issues("value_relative_change") },
  {
    input: "100件(前年度から増加)",
    expected: refusedAt("value_relative_change", "(前年度から増加)"),
  },
  {
    input: "27. 9%",
    note: "a broken decimal is not guessed",
    expected: refusedAt("value_multiple_numbers", ". 9%"),
  },
];

export const PAIR_CASES: readonly PairCase[] = [
  // --- seed 004, every row, as printed
  { input: "111 件 ⇒ 120 件", expected: { baseline: read(111, "件"), target: read(120, "件") } },
  { input: "5 箇所 ⇒ 12 箇所", expected: { baseline: read(5, "箇所"), target: read(12, "箇所") } },
  { input: "0 施設 ⇒ 12 施設", expected: { baseline: read(0, "施設"), target: read(12, "施設") } },
  { input: "12 業務 ⇒ 15 業務", expected: { baseline: read(12, "業務"), target: read(15, "業務") } },
  { input: "11 件 ⇒ 19 件", expected: { baseline: read(11, "件"), target: read(19, "件") } },
  { input: "5 件 ⇒ 13 件", expected: { baseline: read(5, "件"), target: read(13, "件") } },
  {
    input: "R4 7,072 ｔ ⇒ 4,352 ｔ",
    note: "a reduction; the baseline was measured in R4",
    expected: { baseline: read(7072, "t", { yearTag: 2022 }), target: read(4352, "t") },
  },
  {
    input: "R4 6,878 千枚 ⇒ 4,322 千枚",
    expected: { baseline: read(6_878_000, "枚", { yearTag: 2022 }), target: read(4_322_000, "枚") },
  },
  { input: "3 人 ⇒ 5 人", expected: { baseline: read(3, "人"), target: read(5, "人") } },
  {
    input: "期間中 5 件 ⇒ 期間中 10 件",
    expected: {
      baseline: read(5, "件", { period: "cumulative" }),
      target: read(10, "件", { period: "cumulative" }),
    },
  },
  {
    input: "15 人 ⇒ 期間中 30 人",
    note: "snapshot baseline, cumulative target",
    expected: { baseline: read(15, "人"), target: read(30, "人", { period: "cumulative" }) },
  },
  { input: "36.4 ％ ⇒ 50.0 ％", expected: { baseline: read(0.364, "%"), target: read(0.5, "%") } },
  { input: "1,557 人 ⇒ 1,800 人", expected: { baseline: read(1557, "人"), target: read(1800, "人") } },
  { input: "27.5 ％ ⇒ 37.5 ％", expected: { baseline: read(0.275, "%"), target: read(0.375, "%") } },
  {
    input: "130 万PV ⇒ 150万 万PV",
    note: "the target's multiplier is doubled: read once, warn",
    expected: {
      baseline: read(1_300_000, "PV"),
      target: read(1_500_000, "PV", { warnings: ["value_doubled_unit"] }),
    },
  },
  { input: "7,159 人 ⇒ 9,000 人", expected: { baseline: read(7159, "人"), target: read(9000, "人") } },
  { input: "666 人 ⇒ 750 人", expected: { baseline: read(666, "人"), target: read(750, "人") } },
  { input: "1,917 人 ⇒ 3,000 人", expected: { baseline: read(1917, "人"), target: read(3000, "人") } },
  {
    input: "－ 人 ⇒ 1,000 人",
    note: "no baseline",
    expected: { baseline: missing("人"), target: read(1000, "人") },
  },
  {
    input: "年 1 回 ⇒ 年 2 回",
    expected: {
      baseline: read(1, "回", { period: "per_year" }),
      target: read(2, "回", { period: "per_year" }),
    },
  },
  { input: "59 件 ⇒ 100 件", expected: { baseline: read(59, "件"), target: read(100, "件") } },
  {
    input: "期間中 1 回 ⇒ 期間中 1 回",
    note: "baseline equals target",
    expected: {
      baseline: read(1, "回", { period: "cumulative" }),
      target: read(1, "回", { period: "cumulative" }),
    },
  },
  {
    input: "－ 回 ⇒ 年 1 回実施",
    expected: { baseline: missing("回"), target: read(1, "回", { period: "per_year" }) },
  },
  { input: "21.3 ％ ⇒ 40.0 ％", expected: { baseline: read(0.213, "%"), target: read(0.4, "%") } },
  { input: "16.5 ％ ⇒ 20.0 ％", expected: { baseline: read(0.165, "%"), target: read(0.2, "%") } },
  // --- other arrows
  { input: "111 件 → 120 件", expected: { baseline: read(111, "件"), target: read(120, "件") } },
  { input: "111 件 => 120 件", expected: { baseline: read(111, "件"), target: read(120, "件") } },
  {
    input: "111件－＞120件",
    note: "full-width ->",
    expected: { baseline: read(111, "件"), target: read(120, "件") },
  },
  { input: "111件 ➡ 120件", expected: { baseline: read(111, "件"), target: read(120, "件") } },
  {
    input: "- -> 5人",
    note: "a hyphen as the missing baseline",
    expected: { baseline: missing(""), target: read(5, "人") },
  },
  // --- other shapes
  {
    input: "83.1% ⇒ 維持",
    expected: { baseline: read(0.831, "%"), target: missing("", { qualifier: "maintain" }) },
  },
  {
    input: "⇒ 120 件",
    note: "an empty baseline is missing",
    expected: { baseline: missing(""), target: read(120, "件") },
  },
  // --- labels, brackets and year tags around the pair
  {
    input: "③ 利用率：41% → 45%",
    note: "an item marker and a label before the pair",
    expected: { baseline: read(0.41, "%"), target: read(0.45, "%") },
  },
  {
    input: "① 新規就農者数:1.4人/年 → 4組/年",
    expected: {
      baseline: read(1.4, "人", { period: "per_year" }),
      target: read(4, "組", { period: "per_year" }),
    },
  },
  {
    input: "(H26)2,100億円 → (H32)2,250億円",
    note: "a bracketed year tag on each side",
    expected: {
      baseline: read(210_000_000_000, "円", { yearTag: 2014 }),
      target: read(225_000_000_000, "円", { yearTag: 2020 }),
    },
  },
  {
    input: "(7,153千円/人→7,612千円/人)",
    note: "a pair inside brackets",
    expected: { baseline: read(7_153_000, "円/人"), target: read(7_612_000, "円/人") },
  },
  {
    input: "新規雇用者数: ― → 50人",
    note: "― as the missing baseline",
    expected: { baseline: missing(""), target: read(50, "人") },
  },
  {
    input: "－ → 10件",
    expected: { baseline: missing(""), target: read(10, "件") },
  },
  {
    input: "施設数:21施設(H27.4月)→27施設(H30.2月末)",
    note: "as-of dates after each side",
    expected: {
      baseline: read(21, "施設", { yearTag: 2015 }),
      target: read(27, "施設", { yearTag: 2017 }),
    },
  },
  {
    input: "約7割 ⇒ 8割",
    expected: { baseline: read(0.7, "%", { approximate: true }), target: read(0.8, "%") },
  },
  {
    input: "期間中: 5件 ⇒ 10件",
    note: "a period word before the colon stays with the value",
    expected: { baseline: read(5, "件", { period: "cumulative" }), target: read(10, "件") },
  },
  { input: "70%台 ⇒ 80%", note: "a band on one side", expected: issues("value_unreadable") },
  // --- bad input
  { input: "111 件", note: "no arrow", expected: issues("pair_unreadable") },
  { input: "", expected: issues("pair_unreadable") },
  { input: "1 ⇒ 2 ⇒ 3", note: "two arrows", expected: issues("pair_unreadable") },
  { input: "未定 ⇒ 120 件", expected: issues("value_unreadable") },
  { input: "111 件 ⇒ 3 人 5 人", expected: issues("value_multiple_numbers") },
  {
    input: "未定 ⇒ 調整中",
    note: "both sides fail: both are reported",
    expected: issues("value_unreadable", "value_unreadable"),
  },
];
