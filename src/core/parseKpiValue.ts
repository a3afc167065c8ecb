import { ERAS, ERA_LABEL_PATTERN, yearOfEraNotation } from "./era";
import type { ValueIssue, ValueRefusal } from "./issues";
import type { Result } from "./result";
import { fail, ok } from "./result";
import { foldWidth, isSpaceCode } from "./text";

/** How a value bounds the goal: `以上` a floor, `以下`/`以内` a ceiling, `を維持` a floor to keep. */
export type Qualifier = "none" | "at_least" | "at_most" | "maintain";

/** What a value counts: a level at one time, a count per fiscal year (`年 1 回`), or a running total (`期間中`, `累計`). */
export type Period = "snapshot" | "per_year" | "cumulative";

/** One reading of a 基準値, 目標値, 実績値 or 数値目標 cell. */
export interface KpiValue {
  /** The input as given (numbers as `String(n)`). */
  readonly text: string;
  /** No value was given (`－`, `新規`, empty). Missing is not zero. */
  readonly missing: boolean;
  /**
   * The number with multipliers applied, percentages and ratios as fractions (36.4% → 0.364, 7割 → 0.7);
   * null when missing. Percentage points (`ポイント`) are a unit of their own and are not divided.
   */
  readonly amount: number | null;
  /** Width-normalised unit without its multiplier (`千枚` → `枚`, `千円/人` → `円/人`), or "" when none. */
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly period: Period;
  /** Fiscal year of a year tag (`R4 7,072 ｔ` → 2022): when the value was measured, never the value. */
  readonly yearTag: number | null;
  /** Written as a round figure (`約`, `概ね`, `程度`, `前後`): the number is kept, and known to be approximate. */
  readonly approximate: boolean;
  /** Non-fatal findings, such as a doubled unit (`150万 万PV`). */
  readonly warnings: readonly ValueIssue[];
}

type Draft = { -readonly [K in keyof KpiValue]: KpiValue[K] };

const NO_WARNINGS: readonly ValueIssue[] = Object.freeze([]);

/** Why a part of a cell was not read: said in the issue so the message can explain it. */
type Refusal = {
  code: "value_unreadable" | "value_multiple_numbers" | "value_relative_change";
  part: string;
  reason?: ValueRefusal;
};

// ---------------------------------------------------------------------------------------------
// Patterns. All compiled once; sticky (`y`) patterns are matched at a position with lastIndex.

/**
 * A missing marker at the start of the raw text, optionally after a period word (`年 － 回`).
 * Read before NFKC because NFKC turns `－` into `-`, which is also a minus sign. `ー` (the katakana
 * long mark) and the hyphen/en-dash forms are here because Japanese keyboards produce them for a dash.
 */
const MISSING_RAW = /^\s*(?:(期間中|累計|年間|毎年度?|年)\s*)?(?:[－−―─—‐‑–ー-]|新規|なし|無し)/;
const DIGIT_ANY_WIDTH = /[0-9０-９]/;
const DIGIT = /\d/;
const MAINTAIN_ONLY = /^\s*(?:現状)?維持(?:する)?\s*$/;
/** `81・2%` in press texts: a middle dot between digits is a decimal point. */
const NAKAGURO_DECIMAL = /(\d)・(?=\d)/g;

/**
 * A year tag's year: an era and its year in the one notation of era.ts (`令和4`, `R4`, `H 30`, `平成元`),
 * or `FY2022`. Two groups (label, year), then the fiscal year's. An era year of three digits (`R106`) is no
 * year of a value: the digits would run on into the number.
 */
const ERA_YEAR = String.raw`(?:(${ERA_LABEL_PATTERN})\s*(元|\d{1,2})|FY\s*(\d{4})`;

/** A year tag before the value: `R4`, `令和4年度`, `H30年度末`, `2022年度`, `FY2022`. */
const YEAR_TAG = new RegExp(
  String.raw`${ERA_YEAR}|((?:19|20)\d{2})(?=\s*年))(?![\d.,A-Za-z])\s*(?:年度末|年度|年末|年)?\s*(?:時点|実績|現在)?\s*:?`,
  "y",
);
/** A bracketed year tag before the value, as pairs write each side: `(H26)2,100億円`. */
const YEAR_TAG_BRACKETED = new RegExp(
  String.raw`\(\s*${ERA_YEAR}|((?:19|20)\d{2}))\s*(?:年度末|年度|年末|年)?\s*\)\s*`,
  "y",
);

/**
 * A date inside a note after the value: `29年`, `平成22年度`, `2019`, `R6.3末`, `H27.4月`, `R7.10.1`. The
 * era-less `29年` takes the sheet's era, which a single cell does not know: it is a note without a year.
 */
const NOTE_DATE = new RegExp(
  String.raw`${ERA_YEAR}|((?:19|20)\d{2})|(\d{1,2})(?=\s*年(?!間)))(?![\d,A-Za-z])\s*(?:年度末|年度|年末|年)?(?:\s*[.\/]\s*(\d{1,2})\s*月?(?:\s*[.\/]\s*\d{1,2}\s*日?)?|\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?)?`,
  "y",
);
/** A rank inside a note: `(全国12位)`. */
const NOTE_RANK = /第?\s*\d+\s*位/y;
/** Words inside a note before its date or rank; an era name is left for the date. */
const NOTE_WORDS_BEFORE =
  /(?:(?!令和|平成|昭和)[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・、:※ ])*/uy;
const NOTE_BRACKETS: Readonly<Record<string, string>> = { "(": ")", "[": "]", "【": "】", "〔": "〕" };
/** `※`, `※1`, `注)`, `注1:`: a note mark; what follows it on the line is the note. */
const NOTE_MARK = /\s*(?:※\s*\d{0,2}|注\s*\d{0,2}\s*[):])/y;

/**
 * Words before the number (`充足率`, `期間中`, `年`, `明るい選挙推進大会を実施し、 市民`). Not a unit; only its
 * last word can set the period.
 */
const LABEL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}A-Za-zー・、: ]*/uy;
const LABEL_CUMULATIVE = /(?:期間中|累計)(?:に|で)?[\s:]*$/;
// A bare 年 counts only as a word of its own (`年 1 回`), not as the end of 今年, 前年, 平年.
const LABEL_PER_YEAR =
  /(?:年間|毎年度?|各年度?|(?:^|[^\p{Script=Han}])年度?)(?:に|で|当たり|あたり)?[\s:]*$/u;
// Per month, per week: a period this reading cannot express, so it refuses rather than guess.
const LABEL_SHORTER_PERIOD =
  /(?:毎月|月間|毎週|週間|毎日|(?:^|[^\p{Script=Han}])[月週日])(?:に|で|当たり|あたり)?[\s:]*$/u;
// `CO2`, `A3`, `第3次`: a digit glued to these is part of a name, not a value. `全91指標` counts a whole set.
const LABEL_NAMES_NUMBER = /(?:[A-Za-z]|第)$/;
const LABEL_COUNTS_ALL = /全$/;
/** `前回より10分短縮`, `前年比105%`: a number compared with another, not a level. */
const LABEL_COMPARED = /(?:より|比|比べ|比較)[\s:]*$/;
/** A round figure: `約8割`, `概ね50人`. */
const LABEL_APPROX = /(?:約|概ね|おおむね|およそ|ほぼ)\s*$/;
const LABEL_AT_LEAST = /少なくとも\s*$/;
const APPROX_ENDS = "約ねそぼ";
const COMPARED_ENDS = "り比べ較";

// ゼロ is a number only as a word of its own (`待機児童ゼロ`, `ゼロを目指す`), not inside a name (`ゼロカーボン`,
// `ゼロ・ウェイスト`, `事故ゼロ運動`).
const NUMBER = /([+\-−△▲])?\s*(?:(\d+(?:,\d+)*)(\.\d+)?|(ゼロ)(?=$|[\s()[\]【】、。!?\u3041-\u3093]))/y;
const UNSIGNED_NUMBER = /(\d+(?:,\d+)*)(\.\d+)?/y;
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const COMMA = /,/g;

/** 兆 億 万 close a group of four digits; 千 and 百 count inside one (`3千250万` = 3,250万). */
const MULTIPLIER = /\s*(兆|億|万|千|百)/y;
const MULTIPLIER_EXPONENT: Readonly<Record<string, number>> = { 兆: 12, 億: 8, 万: 4, 千: 3, 百: 2 };

/** `8割`, `3割5分`, `3割5分2厘`: tenths, hundredths and thousandths. */
const RATIO = /\s*割(?:\s*(\d)\s*分(?:\s*(\d)\s*厘)?)?/y;

/**
 * A unit: a known counter or symbol, then Latin letters (`PV`, `t`, `m2` from `㎡`), katakana
 * (`アカウント`), or one kanji counter (`園`) unless that kanji starts a qualifier or a verb, names a
 * month (`4月` is a date) or a rank (`1位`).
 */
const UNIT_WORDS = [
  ...[
    "箇所",
    "か所",
    "ヵ所",
    "カ所",
    "ヶ所",
    "ケ所",
    "個所",
    "施設",
    "業務",
    "団体",
    "事業所",
    "事業者",
    "事業",
  ],
  ...[
    "世帯",
    "時間",
    "か月",
    "ヶ月",
    "カ月",
    "ヵ月",
    "箇月",
    "パーセント",
    "ポイント",
    "トン",
    "人",
    "名",
    "件",
  ],
  ...[
    "回",
    "枚",
    "円",
    "点",
    "校",
    "社",
    "者",
    "戸",
    "台",
    "本",
    "冊",
    "部",
    "日",
    "年",
    "歳",
    "倍",
    "%",
    "‰",
  ],
];
const UNIT = new RegExp(
  String.raw`\s*(?:(${UNIT_WORDS.join("|")})|((?!(?:UP|up)(?![A-Za-z]))[A-Za-z]+(?:[23](?!\d))?)|((?!アップ|ダウン)[ァ-ヺ][ァ-ヺー]*)|((?!以[上下内]|未満|超|維持|現状|累計|期間|年間|毎|程度|前後|増|減|削減|縮減|低減|向上|改善|上昇|低下|短縮|実施|達成|開催|以|月|位|割|差|全)\p{Script=Han}))`,
  "uy",
);
/** The known unit words by their first character, in UNIT's order: the first that fits is UNIT's match. */
const UNIT_WORDS_BY_FIRST = new Map<number, string[]>();
for (const word of UNIT_WORDS) {
  const words = UNIT_WORDS_BY_FIRST.get(word.charCodeAt(0)) ?? [];
  words.push(word);
  UNIT_WORDS_BY_FIRST.set(word.charCodeAt(0), words);
}
/** The second part of a composite unit: `円/人`, `人/世帯`, `kg/人・日`, `時間・台`. */
const UNIT_PART =
  /\s*(?:(箇所|施設|世帯|事業所|時間|人|件|回|円|台|戸|日|便|校|社|者)|([A-Za-z]+[23]?(?![A-Za-z\d]))|([ァ-ヺ][ァ-ヺー]*)|((?!年|月|週|以|未|超|当|程|前|約)\p{Script=Han}))/uy;
const UNIT_ALIASES: Readonly<Record<string, string>> = {
  か所: "箇所",
  ヵ所: "箇所",
  カ所: "箇所",
  ヶ所: "箇所",
  ケ所: "箇所",
  個所: "箇所",
  // 名 and 人 are the same counter for people; one spelling lets a 人 target match a 6名 actual.
  名: "人",
  トン: "t",
  ヶ月: "か月",
  カ月: "か月",
  ヵ月: "か月",
  箇月: "か月",
  // ㌫ is パーセント after NFKC: one unit for every way of writing a percentage.
  パーセント: "%",
};
/** Per month or per week after a unit (`5件/月`): a period this reading cannot express. */
const PER_SHORTER_PERIOD = /\s*\/\s*(?:月|週)/y;

// 未満 and 超 are strict bounds; a qualifier has no strictness, and at_most/at_least is the nearer
// reading than ignoring them (a target of 5件未満 still points down).
const QUALIFIER = /\s*(以上|以下|以内|未満|超え|超)/y;
const MAINTAIN = /\s*[をの]?\s*(?:現状)?維持(?:する)?/y;
const PERIOD_SUFFIX =
  /\s*(?:(\(累計\)|累計|\(期間中\)|\(期間累計\)|期間中)|(\/\s*年度?|\(年間\)|\(毎年度?\)|毎年度?|年間))/y;
const APPROX_AFTER_WORD = /[\u4e00-\u9fff]{1,2}(?:程度|前後)/y;
const APPROX_SUFFIX = /\s*(?:程度|前後|くらい|ぐらい|ほど)/y;
/** `20%削減`, `5件増`, `17.1%の差`: a change from the baseline, not a level. `以下に削減` (reduce to) is a level. */
const RELATIVE_CHANGE =
  /\s*[をの]?\s*(?:増加|増|減少|減|削減|縮減|低減|短縮|半減|倍増|向上|改善|上昇|低下|アップ|ダウン|UP|up|差|引)/y;
/** `70%台`, `1万人台`, `20%台半ば`: a band says "somewhere in the seventies", not its floor. */
const BAND = /\s*(?:台(?:半ば|前半|後半)?|半ば|前半|後半)/y;

/** A run of words after the value, up to a bracket, a digit or a line's end. */
const WORD_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\u3041-\u309f\u30a0-\u30ff、。 ]+/y;
/** Characters of words that do not change the value (`実施`, `を目指す`, `(見込み)`). */
const WORDS =
  /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆\u3041-\u309f\u30a0-\u30ffA-Za-z、。「」()[\]【】〔〕※:\s]*$/;
/**
 * What must never be left unread in a word span: a digit, a percent or ratio word, a range mark, a band,
 * a comparison or a change (`前年比`, `より`, `増加`; not `に増加`, "increase to", which keeps a level). A
 * span holding one means the cell says more than the reading took from it.
 */
const VALUE_MARKER =
  /(\d)|(%|‰|パーセント|[一二三四五六七八九十数何]割(?!合|引|当)|[~〜～])|(台(?:半ば|前半|後半))|(前年度?比|対前年|前年同期比|^\s*比(?!率)|比べ|比較|より|(?<![にへ])(?:増加|減少|削減|縮減|低減|半減|倍増))/;

// ---------------------------------------------------------------------------------------------

/**
 * Reads a value cell: number, multiplier, unit, qualifier, period, year tag and notes. Missing markers
 * are read on the raw text, before width normalisation. Every part of the cell is accounted for: a part
 * left over that holds a digit, a percent or ratio word, or a band or range marker makes the reading a
 * refusal whose issue names that part (`part`).
 * @example parseKpiValue("R4 6,878 千枚")
 * // { ok: true, value: { amount: 6878000, unit: "枚", yearTag: 2022, missing: false, … } }
 * @example parseKpiValue("約7割") // amount 0.7, unit "%", approximate: true
 * @example parseKpiValue("70%台") // { ok: false, issues: [{ code: "value_unreadable", text: "70%台", part: "70%台", reason: "band" }] }
 */
export function parseKpiValue(
  input: string | number | boolean | null | undefined,
): Result<KpiValue, ValueIssue> {
  if (typeof input === "number") return readNumberCell(input);
  if (input == null) return ok(missingValue("", ""));
  if (typeof input !== "string") return fail({ code: "value_unreadable", text: String(input) });
  return readValueText(input);
}

function readNumberCell(n: number): Result<KpiValue, ValueIssue> {
  const text = String(n);
  if (!Number.isFinite(n)) return fail({ code: "value_unreadable", text });
  return ok({
    text,
    missing: false,
    amount: n,
    unit: "",
    qualifier: "none",
    period: "snapshot",
    yearTag: null,
    approximate: false,
    warnings: NO_WARNINGS,
  });
}

function missingValue(text: string, unit: string): Draft {
  return {
    text,
    missing: true,
    amount: null,
    unit,
    qualifier: "none",
    period: "snapshot",
    yearTag: null,
    approximate: false,
    warnings: NO_WARNINGS,
  };
}

/**
 * The kinds of span a reading consumes the text into. Only `label` (words before the number) and `words`
 * (after it) hold free text, and one that holds a value marker refuses the reading (see unreadPart); every
 * other kind was matched by its own pattern.
 */
type SpanKind =
  "space" | "year_tag" | "label" | "words" | "number" | "unit" | "qualifier" | "period" | "note" | "approx";

/**
 * The text consumed left to right into typed spans. A reading is accepted only when the spans cover the
 * whole text and no words span holds a value marker: that check is the one place a reading is accepted,
 * so no new form can bypass it.
 */
class Spans {
  /**
   * Start and end of each words span, and the part a refusal names (the span, or the whole note around
   * it), in fours; null until the first (most cells have none).
   */
  private words: number[] | null = null;
  pos = 0;
  s = "";

  /**
   * Starts on a new text. One Spans serves every reading (a reading never starts while another is under
   * way), so a cell costs no object of its own.
   */
  begin(s: string): this {
    this.s = s;
    this.pos = 0;
    this.words = null;
    return this;
  }

  /** Consumes the text up to `end` as one span; words inside a note are named by the whole note. */
  take(kind: SpanKind, end: number, nameFrom = this.pos, nameTo = end): void {
    if (end <= this.pos) return;
    // Typed spans were matched by their own patterns; only free words are left to check. A label holds
    // only the characters LABEL allows, so it needs the marker check alone (a negative end marks one).
    if (kind === "words") (this.words ??= []).push(this.pos, end, nameFrom, nameTo);
    else if (kind === "label" && mayHoldMarker(this.s, this.pos, end))
      (this.words ??= []).push(this.pos, -end, nameFrom, nameTo);
    this.pos = end;
  }

  /** The first words span that holds a value marker, or a gap never consumed; null when all is read. */
  unreadPart(): Refusal | null {
    if (this.pos < this.s.length) return { code: "value_unreadable", part: this.s.slice(this.pos).trim() };
    const words = this.words;
    if (words === null) return null;
    for (let i = 0; i < words.length; i += 4) {
      const start = words[i] ?? 0;
      const end = words[i + 1] ?? 0;
      const refusal = refusalOfWords(this.s.slice(start, Math.abs(end)), end < 0);
      if (refusal === null) continue;
      const from = words[i + 2] ?? start;
      const to = words[i + 3] ?? end;
      const named = from !== start || to !== Math.abs(end);
      return named ? { ...refusal, part: this.s.slice(from, to).trim() } : refusal;
    }
    return null;
  }
}

const SPANS = new Spans();

/**
 * Whether label characters from start to end can hold a value marker: LABEL admits no digit, % or range
 * mark, so only パーセント, a kanji numeral's 割 and 台半ば are possible. Scanning for パ 割 台 spares the
 * marker pattern on most labels.
 */
function mayHoldMarker(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x30d1 || c === 0x5272 || c === 0x53f0) return true;
  }
  return false;
}

/** Why a span of free words cannot be left unread, or null when it does not change the value. */
function refusalOfWords(words: string, isLabel: boolean): Refusal | null {
  const marker = VALUE_MARKER.exec(words);
  if (marker === null && isLabel) return null;
  const part = words.trim();
  if (part === "") return null;
  if (marker) {
    if (marker[1] !== undefined) return { code: "value_multiple_numbers", part };
    if (marker[3] !== undefined) return { code: "value_unreadable", part, reason: "band" };
    if (marker[4] !== undefined) return { code: "value_relative_change", part };
    return { code: "value_unreadable", part };
  }
  return WORDS.test(part) ? null : { code: "value_unreadable", part };
}

/** The refusal as an issue; `part` is left out when the part is the whole cell, which `text` already names. */
function refuse(text: string, s: string, refusal: Refusal): Result<KpiValue, ValueIssue> {
  const { code, part, reason } = refusal;
  const named = part !== "" && part !== s.trim();
  // Built field by field rather than spread: a column of refused values makes thousands of these.
  const issue: { code: Refusal["code"]; text: string; part?: string; reason?: ValueRefusal } = { code, text };
  if (named) issue.part = part;
  if (reason !== undefined) issue.reason = reason;
  return fail(issue);
}

function normalizeValueText(text: string): string {
  // Most cells (`111 件`, `36.4 ％`) fold without NFKC; a folded text has no ・ (U+30FB is not let through).
  const folded = foldWidth(text);
  if (folded !== null) return folded;
  const s = text.normalize("NFKC");
  return s.includes("・") ? s.replace(NAKAGURO_DECIMAL, "$1.") : s;
}

function readValueText(text: string): Result<KpiValue, ValueIssue> {
  const first = firstNonSpace(text);
  if (first < 0) return ok(missingValue(text, ""));
  // Most cells start with a digit; only the others can be a missing marker.
  if (!isDigitCode(text.charCodeAt(first))) {
    const missing = readMissing(text);
    if (missing) return ok(missing);
  }

  const s = normalizeValueText(text);
  const spans = SPANS.begin(s);
  const draft: Draft = {
    text,
    missing: false,
    amount: null,
    unit: "",
    qualifier: "none",
    period: "snapshot",
    yearTag: null,
    approximate: false,
    warnings: NO_WARNINGS,
  };

  // --- a year tag before the value
  let pos = skipSpaces(s, 0);
  spans.take("space", pos);
  if (mayStartYearTag(s.charCodeAt(pos))) {
    const pattern = s.charCodeAt(pos) === 0x28 ? YEAR_TAG_BRACKETED : YEAR_TAG;
    pattern.lastIndex = pos;
    const tag = pattern.exec(s);
    if (tag) {
      draft.yearTag = yearOfTag(tag);
      pos = pattern.lastIndex;
      spans.take("year_tag", pos);
    }
  }

  // --- words before the number
  const labelStart = pos;
  let label = "";
  if (!isDigitCode(s.charCodeAt(pos))) {
    LABEL.lastIndex = pos;
    label = LABEL.test(s) ? s.slice(pos, LABEL.lastIndex) : "";
    // `待機児童ゼロ`: the label's last word is the number.
    const zero = label.indexOf("ゼロ");
    if (zero >= 0 && isZeroWordEnd(label, zero + 2)) label = label.slice(0, zero);
    if (label !== "") {
      pos = labelStart + label.length;
      // The label's last word decides; a regex runs only when the last character can end that word.
      const last = lastWordCode(label);
      const approx = APPROX_ENDS.includes(last) ? LABEL_APPROX.exec(label) : null;
      if (approx) {
        draft.approximate = true;
        label = label.slice(0, approx.index);
      }
      spans.take("label", labelStart + label.length);
      spans.take("approx", pos);
      if (LABEL_SHORTER_PERIOD.test(label)) {
        return refuse(text, s, { code: "value_unreadable", part: label.trim(), reason: "shorter_period" });
      }
      if (COMPARED_ENDS.includes(last) && LABEL_COMPARED.test(label))
        return refuse(text, s, { code: "value_relative_change", part: label.trim() });
      if (LABEL_CUMULATIVE.test(label)) draft.period = "cumulative";
      else if (LABEL_PER_YEAR.test(label)) draft.period = "per_year";
      if (last === "も" && LABEL_AT_LEAST.test(label)) draft.qualifier = "at_least";
    }
  }

  // --- the number
  const numberStart = skipSpaces(s, pos);
  // Most numbers start with a digit: scanned here without a match or substrings. A sign, ゼロ or anything
  // else is read by NUMBER. The digits run from digitsStart to end, their integer part to integerEnd.
  let sign: string | undefined;
  let zero = false;
  let digitsStart = skipRegexSpaces(s, pos);
  let integerEnd: number;
  let end: number;
  if (isAsciiDigit(s.charCodeAt(digitsStart))) {
    integerEnd = endOfInteger(s, digitsStart);
    end = endOfFraction(s, integerEnd);
  } else {
    NUMBER.lastIndex = pos;
    const number = NUMBER.exec(s);
    if (!number) {
      // `維持` alone: keep the baseline. There is no number of its own, so the value is missing.
      if (draft.yearTag === null && MAINTAIN_ONLY.test(s)) {
        const maintain = missingValue(text, "");
        maintain.qualifier = "maintain";
        return ok(maintain);
      }
      // The words before the number are not a label (`(1) …`, `（定員1,850人）充足率90%`): say whether
      // there was more than one number, since that is the likelier fix for the person reading it.
      const rest = s.slice(pos).trim();
      return countNumbers(s, pos) >= 2
        ? refuse(text, s, { code: "value_multiple_numbers", part: rest })
        : refuse(text, s, { code: "value_unreadable", part: rest });
    }
    sign = number[1];
    end = NUMBER.lastIndex;
    zero = number[4] !== undefined;
    digitsStart = end - (zero ? 0 : (number[2] ?? "").length + (number[3] ?? "").length);
    integerEnd = digitsStart + (number[2] ?? "").length;
  }
  if (label !== "" && sign === undefined) {
    if (LABEL_NAMES_NUMBER.test(label)) return refuse(text, s, { code: "value_unreadable", part: "" });
    if (LABEL_COUNTS_ALL.test(label)) {
      return refuse(text, s, {
        code: "value_unreadable",
        part: s.slice(labelStart, end).trim(),
        reason: "count_of_all",
      });
    }
  }
  pos = end;
  // A written plus sign says "more than before" (`+20%`): a change, not a level.
  if (sign === "+")
    return refuse(text, s, { code: "value_relative_change", part: s.slice(numberStart).trim() });
  const negative = sign !== undefined;

  // Most cells hold one plain number; only a multiplier after it makes a compound of several terms.
  /** The digits as text, made only for a compound or a ratio; a plain number is scaled where it stands. */
  let digits: string | null = null;
  /** The first character after the number and its spaces. */
  let next = 0;
  let terms: Term[] | null = null;
  if (!zero) {
    if (!isGrouped(s, digitsStart, integerEnd) || isMalformedEnd(s, pos))
      return refuse(text, s, { code: "value_unreadable", part: "" });
    next = s.charCodeAt(skipSpaces(s, pos));
    if (isMultiplierCode(next)) {
      const compound = readCompound(s, pos, digitsOf(s, digitsStart, end), draft);
      if (compound === null) return refuse(text, s, { code: "value_unreadable", part: "" });
      terms = compound.terms;
      pos = compound.end;
    }
  }

  // --- ratio words: 割, 分, 厘 (only after a plain number)
  let shift = 0;
  if (terms === null && next === 0x5272) {
    RATIO.lastIndex = pos;
    const ratio = RATIO.exec(s);
    if (ratio) {
      const bu = ratio[1];
      const rin = ratio[2];
      if (bu !== undefined && end > integerEnd)
        return refuse(text, s, { code: "value_unreadable", part: "" });
      digits = digitsOf(s, digitsStart, end) + (bu ?? "") + (rin ?? "");
      shift = rin !== undefined ? -3 : bu !== undefined ? -2 : -1;
      draft.unit = "%";
      pos = RATIO.lastIndex;
    }
  }
  spans.take("number", pos);

  const tail = readTail(s, pos, draft, true, spans, numberStart);
  if (tail !== null) return refuse(text, s, tail);
  const unread = spans.unreadPart();
  if (unread !== null) return refuse(text, s, unread);

  if (shift === 0) shift = draft.unit === "%" ? -2 : draft.unit === "‰" ? -3 : 0;
  let amount = 0;
  if (terms !== null) for (const term of terms) amount += scaleDigits(term.digits, term.exponent + shift);
  else if (digits !== null) amount = scaleDigits(digits, shift);
  else if (!zero) amount = scale(s, digitsStart, end, shift);
  // `△0` is zero: a -0 would print as 0 yet fail Object.is and toEqual against 0.
  draft.amount = negative && amount !== 0 ? -amount : amount;
  return ok(draft);
}

/** One part of a compound numeral: digits × 10^exponent. */
interface Term {
  digits: string;
  exponent: number;
}

/**
 * Reads the multipliers after a number: `130万`, `1億2000万`, `3千250万` (千 and 百 count inside a group
 * of four digits that 万, 億 or 兆 closes), `12億 340万5千円` (a space only before a group that has its
 * own multiplier), `3,437百万円`. Returns the terms and where they end, or null when the multipliers are
 * out of order (`1万2600万`). `150万 万PV` reads the doubled multiplier once and warns.
 */
function readCompound(
  s: string,
  start: number,
  firstDigits: string,
  draft: Draft,
): { terms: Term[]; end: number } | null {
  const terms: Term[] = [];
  /** Terms of the open group: their exponents grow by the big multiplier that closes the group. */
  let group: Term[] = [];
  let lastBig = Number.POSITIVE_INFINITY;
  let lastSmall = Number.POSITIVE_INFINITY;
  let digits: string | null = firstDigits;
  let pos = start;
  for (;;) {
    MULTIPLIER.lastIndex = pos;
    const multiplier = MULTIPLIER.exec(s);
    if (!multiplier) break;
    const word = multiplier[1] ?? "";
    const exponent = MULTIPLIER_EXPONENT[word] ?? 0;
    if (exponent >= 4) {
      if (exponent >= lastBig) return null; // 1万2600万
      if (digits !== null) group.push({ digits, exponent: 0 });
      for (const term of group) terms.push({ digits: term.digits, exponent: term.exponent + exponent });
      group = [];
      lastBig = exponent;
      lastSmall = Number.POSITIVE_INFINITY;
    } else {
      if (digits === null || exponent >= lastSmall || exponent >= lastBig) return null;
      group.push({ digits, exponent });
      lastSmall = exponent;
    }
    pos = MULTIPLIER.lastIndex;
    digits = null;

    // The next group: glued digits (`1万2600`), or after a space only digits with a multiplier of their
    // own (`12億 340万`); `1万 2600` is two numbers and is left for the tail to refuse.
    UNSIGNED_NUMBER.lastIndex = pos;
    let next = UNSIGNED_NUMBER.exec(s);
    if (!next) {
      const after = skipSpaces(s, pos);
      if (after > pos) {
        UNSIGNED_NUMBER.lastIndex = after;
        next = UNSIGNED_NUMBER.exec(s);
        if (next && !isMultiplierCode(s.charCodeAt(UNSIGNED_NUMBER.lastIndex))) next = null;
      }
    }
    if (next) {
      digits = readDigits(next[1] ?? "", next[2]);
      pos = UNSIGNED_NUMBER.lastIndex;
      if (digits === null || isMalformedEnd(s, pos)) return null;
      continue;
    }
    MULTIPLIER.lastIndex = pos;
    const again = MULTIPLIER.exec(s);
    if (!again) break;
    const againWord = again[1] ?? "";
    // 千 or 百 closed by 万 or 億 glued to it: `5千万`, `3,437百万`.
    if (exponent < 4 && again[0].length === againWord.length && (MULTIPLIER_EXPONENT[againWord] ?? 0) >= 4) {
      continue;
    }
    // `150万 万PV`: the multiplier written twice. Read it once and say so.
    if (exponent >= 4 && againWord === word) {
      draft.warnings = [{ code: "value_doubled_unit", text: draft.text, unit: word }];
      pos = MULTIPLIER.lastIndex;
      break;
    }
    return null; // 5万 千円
  }
  if (digits !== null) group.push({ digits, exponent: 0 });
  // 千 or 百 with no 万 after it counts ones (`5千円`).
  for (const term of group) terms.push(term);
  return { terms, end: pos };
}

function isMultiplierCode(c: number): boolean {
  // 兆 億 万 千 百
  return c === 0x5146 || c === 0x5104 || c === 0x4e07 || c === 0x5343 || c === 0x767e;
}

/**
 * `－`, `－ 人`, `年 － 回`, `新規`: a missing value, perhaps with its unit. Returns null when the text
 * goes on with a number (`-5` is minus five) or with something that is not a unit.
 */
function readMissing(text: string): Draft | null {
  const marker = MISSING_RAW.exec(text);
  if (!marker) return null;
  const rest = text.slice(marker[0].length);
  if (DIGIT_ANY_WIDTH.test(rest)) return null;
  const draft = missingValue(text, "");
  if (marker[1] !== undefined) draft.period = periodOfWord(marker[1]);
  if (rest.trim() === "") return draft;
  const s = rest.normalize("NFKC");
  MULTIPLIER.lastIndex = 0;
  const pos = MULTIPLIER.exec(s) ? MULTIPLIER.lastIndex : 0;
  const spans = SPANS.begin(s);
  spans.take("number", pos);
  return readTail(s, pos, draft, false, spans, 0) === null && spans.unreadPart() === null ? draft : null;
}

/**
 * Reads what follows the number: unit, doubled unit, qualifiers, period, notes (`(29年)`, `(全国12位)`,
 * `※1`, `(見込み)`) and words that do not change the value. Fills the draft and the spans; returns a
 * refusal when the rest says the number is not a level (a change, a band, a rank). One-kanji counters are
 * taken only after a number (`5園`), not after a missing marker (`新規開設`).
 */
function readTail(
  s: string,
  start: number,
  draft: Draft,
  afterNumber: boolean,
  spans: Spans,
  valueStart: number,
): Refusal | null {
  let pos = start;
  if (draft.unit === "") {
    // A known word (`件`, `箇所`) is what UNIT would match first: looked up without the pattern.
    const at = skipRegexSpaces(s, pos);
    let token = unitWordAt(s, at);
    let isWord = token !== null;
    let isLatin = false;
    if (token !== null) {
      pos = at + token.length;
    } else if (isAsciiLetter(s.charCodeAt(at))) {
      // A Latin word can match only UNIT's Latin group, read here without the pattern.
      const end = endOfLatinUnit(s, at);
      if (end > at) {
        token = s.slice(at, end);
        isLatin = true;
        pos = end;
      }
    } else {
      UNIT.lastIndex = pos;
      const unit = UNIT.exec(s);
      if (unit && (afterNumber || unit[4] === undefined)) {
        token = unit[1] ?? unit[2] ?? unit[3] ?? unit[4] ?? "";
        isWord = unit[1] !== undefined;
        isLatin = unit[2] !== undefined;
        pos = UNIT.lastIndex;
      }
    }
    if (token !== null) {
      // A Latin word glued to another digit is garbled (`1O0件`), not a unit.
      if (isLatin && isAsciiDigit(s.charCodeAt(pos))) return { code: "value_unreadable", part: "" };
      // Only known words have another spelling.
      draft.unit = isWord ? (UNIT_ALIASES[token] ?? token) : token;
      const next = skipSpaces(s, pos);
      if (s.startsWith(token, next)) {
        draft.warnings = [
          ...draft.warnings,
          { code: "value_doubled_unit", text: draft.text, unit: draft.unit },
        ];
        pos = next + token.length;
      } else if (draft.unit !== "%" && draft.unit !== "‰" && mayJoinUnit(s, pos)) {
        pos = readCompositeUnit(s, pos, draft);
      }
    }
  }
  spans.take("unit", pos);

  pos = skipSpaces(s, pos);
  if (pos >= s.length) {
    spans.take("space", pos);
    return null;
  }
  // Checked by first character: these patterns would otherwise run on every cell.
  const next = s.charCodeAt(pos);
  if (next === 0x53f0 || next === 0x534a || next === 0x524d || next === 0x5f8c) {
    BAND.lastIndex = pos;
    if (draft.unit !== "" && BAND.test(s)) {
      return { code: "value_unreadable", part: s.slice(valueStart, BAND.lastIndex).trim(), reason: "band" };
    }
  } else if (next === 0x6708 && draft.unit === "" && afterNumber) {
    // `令和6年4月`: a month is a date, not a quantity.
    return { code: "value_unreadable", part: s.slice(valueStart, pos + 1).trim() };
  } else if (next === 0x4f4d) {
    return { code: "value_unreadable", part: s.slice(valueStart, pos + 1).trim(), reason: "rank" };
  } else if (next === 0x2f) {
    PER_SHORTER_PERIOD.lastIndex = pos;
    if (PER_SHORTER_PERIOD.test(s)) {
      return {
        code: "value_unreadable",
        part: s.slice(pos, PER_SHORTER_PERIOD.lastIndex).trim(),
        reason: "shorter_period",
      };
    }
  }

  RELATIVE_CHANGE.lastIndex = pos;
  if (RELATIVE_CHANGE.test(s)) return { code: "value_relative_change", part: s.slice(valueStart).trim() };

  for (;;) {
    QUALIFIER.lastIndex = pos;
    const qualifier = QUALIFIER.exec(s);
    if (qualifier) {
      const word = qualifier[1];
      draft.qualifier = word === "以上" || word === "超" || word === "超え" ? "at_least" : "at_most";
      pos = QUALIFIER.lastIndex;
      spans.take("qualifier", pos);
      // `5%以上向上` is an improvement by at least 5 points, still a change.
      RELATIVE_CHANGE.lastIndex = pos;
      if (RELATIVE_CHANGE.test(s)) return { code: "value_relative_change", part: s.slice(valueStart).trim() };
      continue;
    }
    MAINTAIN.lastIndex = pos;
    if (MAINTAIN.test(s)) {
      // `以上を維持` keeps a floor: maintain says that more precisely than at_least.
      draft.qualifier = "maintain";
      pos = MAINTAIN.lastIndex;
      spans.take("qualifier", pos);
      continue;
    }
    PERIOD_SUFFIX.lastIndex = pos;
    const period = PERIOD_SUFFIX.exec(s);
    if (period) {
      draft.period = period[1] !== undefined ? "cumulative" : "per_year";
      pos = PERIOD_SUFFIX.lastIndex;
      spans.take("period", pos);
      continue;
    }
    APPROX_SUFFIX.lastIndex = pos;
    if (APPROX_SUFFIX.test(s)) {
      draft.approximate = true;
      pos = APPROX_SUFFIX.lastIndex;
      spans.take("approx", pos);
      continue;
    }
    const note = readNote(s, pos, draft, spans);
    if (note === "refused") break; // left to the words check, which names it
    if (note > pos) {
      pos = note;
      continue;
    }
    // Words between the value and a note (`10組織\n(平成22年度)`): taken as words, checked like all words.
    WORD_RUN.lastIndex = pos;
    if (WORD_RUN.test(s) && WORD_RUN.lastIndex < s.length) {
      spans.take("words", WORD_RUN.lastIndex);
      pos = WORD_RUN.lastIndex;
      const after = readNote(s, pos, draft, spans);
      if (after !== "refused" && after > pos) {
        pos = after;
        continue;
      }
    }
    break;
  }
  // `30都市程度`: a round figure even when the unit's last kanji was left among the words.
  APPROX_AFTER_WORD.lastIndex = pos;
  if (APPROX_AFTER_WORD.test(s)) draft.approximate = true;
  spans.take("words", s.length);
  return null;
}

/** The known unit word at a position, as UNIT's first group would match it, or null. */
function unitWordAt(s: string, pos: number): string | null {
  const words = UNIT_WORDS_BY_FIRST.get(s.charCodeAt(pos));
  if (words === undefined) return null;
  for (const word of words) if (s.startsWith(word, pos)) return word;
  return null;
}

/**
 * Where UNIT's Latin group ends from a letter at `start` (`PV`, `t`, `m2`), or `start` when it does not
 * match: the word `UP` or `up` alone is a change, not a unit.
 */
function endOfLatinUnit(s: string, start: number): number {
  let end = start;
  while (isAsciiLetter(s.charCodeAt(end))) end++;
  if (end - start === 2 && (s.startsWith("UP", start) || s.startsWith("up", start))) return start;
  const c = s.charCodeAt(end);
  return (c === 0x32 || c === 0x33) && !isAsciiDigit(s.charCodeAt(end + 1)) ? end + 1 : end;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Whether a slash (`/人`) or a glued middle dot (`・台`) follows a unit. */
function mayJoinUnit(s: string, pos: number): boolean {
  return s.charCodeAt(pos) === 0x30fb || s.charCodeAt(skipSpaces(s, pos)) === 0x2f;
}

/** After a unit, `/人`, `/世帯`, `/日` or `・台` make it composite: `円/人`, `kg/人・日`, `時間・台`. */
function readCompositeUnit(s: string, start: number, draft: Draft): number {
  let pos = start;
  let unit = draft.unit;
  let divided = false;
  for (;;) {
    const c = s.charCodeAt(skipSpaces(s, pos));
    const slash = c === 0x2f;
    if (!slash && s.charCodeAt(pos) !== 0x30fb) break; // ・ only glued
    if (slash && divided) break;
    const at = slash ? skipSpaces(s, pos) + 1 : pos + 1;
    UNIT_PART.lastIndex = at;
    const part = UNIT_PART.exec(s);
    if (!part) break;
    const token = part[1] ?? part[2] ?? part[3] ?? part[4] ?? "";
    unit += `${slash ? "/" : "・"}${token}`;
    divided ||= slash;
    pos = UNIT_PART.lastIndex;
  }
  draft.unit = unit;
  return pos;
}

/**
 * A note after the value: brackets holding words and at most one date or rank (`(29年)`, `(全国12位)`,
 * `(R6.3末時点)`, `(見込み)`), or a note mark with the rest of its line (`※1`, `※単年実績`, `注)`). Returns
 * where it ends (its words are checked like every other words span), the same position when there is
 * none, or "refused" when brackets hold something else (`(定員1,850人)`).
 */
function readNote(s: string, start: number, draft: Draft, spans: Spans): number | "refused" {
  const pos = skipSpaces(s, start);
  const close = NOTE_BRACKETS[s.charAt(pos)];
  if (close !== undefined) {
    const end = s.indexOf(close, pos + 1);
    if (end < 0) return "refused";
    let at = pos + 1;
    NOTE_WORDS_BEFORE.lastIndex = at;
    if (NOTE_WORDS_BEFORE.exec(s)) at = NOTE_WORDS_BEFORE.lastIndex;
    const wordsBefore = s.slice(pos + 1, at);
    NOTE_DATE.lastIndex = at;
    const date = NOTE_DATE.exec(s);
    let consumed = at;
    if (date && NOTE_DATE.lastIndex <= end) {
      if (wordsBefore.trim() === "") draft.yearTag ??= fiscalYearOfNoteDate(date);
      consumed = NOTE_DATE.lastIndex;
    } else {
      NOTE_RANK.lastIndex = at;
      if (NOTE_RANK.test(s) && NOTE_RANK.lastIndex <= end) consumed = NOTE_RANK.lastIndex;
    }
    if (consumed === at && DIGIT.test(s.slice(at, end))) return "refused";
    spans.take("words", pos + 1);
    spans.take("words", at, pos, end + 1);
    spans.take("note", consumed);
    spans.take("words", end + 1, pos, end + 1);
    return end + 1;
  }
  NOTE_MARK.lastIndex = start;
  if (NOTE_MARK.test(s)) {
    spans.take("note", NOTE_MARK.lastIndex);
    const line = s.indexOf("\n", NOTE_MARK.lastIndex);
    const end = line < 0 ? s.length : line;
    // `※単年実績`: the figure is one year's, not a running total.
    if (draft.period === "snapshot" && s.startsWith("単年", skipSpaces(s, NOTE_MARK.lastIndex))) {
      draft.period = "per_year";
    }
    spans.take("words", end);
    return end;
  }
  return start;
}

/** The fiscal year of a date in a note: `R6.3末` is March 2024, in FY2023; null for an era-less year. */
function fiscalYearOfNoteDate(date: RegExpExecArray): number | null {
  if (date[5] !== undefined) return null;
  const year = yearOfTag(date);
  if (year === null) return null;
  const month = Number(date[6] ?? date[7] ?? 4);
  return month >= 1 && month <= 3 ? year - 1 : year;
}

function countNumbers(s: string, from: number): number {
  let count = 0;
  let inNumber = false;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39;
    // 1,850 and 84.3 are one number each.
    const joiner: boolean = inNumber && (c === 0x2c || c === 0x2e) && isAsciiDigit(s.charCodeAt(i + 1));
    if (digit && !inNumber) count++;
    inNumber = digit || joiner;
  }
  return count;
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Skips spaces in normalised text, where NFKC has made every space (U+3000, U+00A0) an ASCII one. */
function skipSpaces(s: string, pos: number): number {
  let i = pos;
  while (i < s.length && s.charCodeAt(i) <= 0x20) i++;
  return i;
}

/** Index of the first non-space character of raw text, or -1 when it is blank. */
function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c !== 0x3000 && c !== 0xa0 && c !== 0xfeff) return i;
  }
  return -1;
}

/** The last character of a label that is not a space or colon, or "". */
function lastWordCode(label: string): string {
  let i = label.length - 1;
  while (i >= 0 && (label.charCodeAt(i) <= 0x20 || label.charCodeAt(i) === 0x3a)) i--;
  return i < 0 ? "" : label.charAt(i);
}

/** Whether ゼロ ending at `end` of a label is a word of its own: NUMBER reads it from there. */
function isZeroWordEnd(label: string, end: number): boolean {
  const c = label.charCodeAt(end);
  return Number.isNaN(c) || c <= 0x20 || (c >= 0x3041 && c <= 0x3093) || c === 0x3001 || c === 0x3002;
}

function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** The characters a year tag can start with: `(`, an era label's first, `F` of FY, `1` or `2` of 19xx/20xx. */
const YEAR_TAG_STARTS = new Set(
  ["(", "F", "1", "2", ...ERAS.flatMap((e) => e.labels)].map((label) => label.charCodeAt(0)),
);

/** Only a few characters can start a year tag; checking saves a regex on most cells. */
function mayStartYearTag(c: number): boolean {
  return YEAR_TAG_STARTS.has(c);
}

/** Digits without thousands separators, or null when the separators are misplaced (`12,34`). */
function readDigits(integer: string, fraction: string | undefined): string | null {
  let digits = integer;
  if (integer.includes(",")) {
    if (!GROUPED.test(integer)) return null;
    digits = integer.replace(COMMA, "");
  }
  return fraction === undefined ? digits : digits + fraction;
}

/** Where `\d+(?:,\d+)*` from a digit at `start` ends. */
function endOfInteger(s: string, start: number): number {
  let i = start;
  for (;;) {
    while (isAsciiDigit(s.charCodeAt(i))) i++;
    if (s.charCodeAt(i) !== 0x2c || !isAsciiDigit(s.charCodeAt(i + 1))) return i;
    i++;
  }
}

/** Where `(?:\.\d+)?` from `start` ends. */
function endOfFraction(s: string, start: number): number {
  if (s.charCodeAt(start) !== 0x2e || !isAsciiDigit(s.charCodeAt(start + 1))) return start;
  let i = start + 1;
  while (isAsciiDigit(s.charCodeAt(i))) i++;
  return i;
}

/** Whether the integer digits from start to end, read by endOfInteger, group by thousands if at all (GROUPED). */
function isGrouped(s: string, start: number, end: number): boolean {
  let group = 0;
  let first = true;
  for (let i = start; i < end; i++) {
    if (s.charCodeAt(i) !== 0x2c) {
      group++;
      continue;
    }
    if (first ? group > 3 : group !== 3) return false;
    first = false;
    group = 0;
  }
  return first || group === 3;
}

/** The digits of a number without thousands separators: `1,234.5` → `1234.5`. */
function digitsOf(s: string, start: number, end: number): string {
  const digits = s.slice(start, end);
  return digits.includes(",") ? digits.replace(COMMA, "") : digits;
}

/** `1.2.3`, `1,557,0`: a number that goes on after it should have ended. */
function isMalformedEnd(s: string, pos: number): boolean {
  const c = s.charCodeAt(pos);
  return (c === 0x2e || c === 0x2c) && isAsciiDigit(s.charCodeAt(pos + 1));
}

/** Skips what a regex's `\s` matches (spaces, tabs, line ends and the Unicode spaces). */
function skipRegexSpaces(s: string, pos: number): number {
  let i = pos;
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  return i;
}

/** 10^0 … 10^22: the powers of ten a double holds exactly. */
const POWERS_OF_TEN: readonly number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/**
 * The number written from start to end (digits, `,` separators, one `.`) × 10^exponent, exactly the
 * double nearest that decimal (`36.4` at −2 is the double nearest 0.364, as Excel stores 36.4%), with no
 * rounding error from a division done after a rounding. Up to 15 significant digits the digits make an
 * exact integer, and with a power of ten up to 10^22 (also exact) one multiplication or division rounds
 * once, to the nearest double, as the number parser does; longer numbers go to the parser.
 */
function scale(text: string, start: number, end: number, exponent: number): number {
  let mantissa = 0;
  let significant = 0;
  let fraction = 0;
  let inFraction = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) inFraction = true;
    else if (c !== 0x2c) {
      mantissa = mantissa * 10 + (c - 0x30);
      if (mantissa !== 0) significant++;
      if (inFraction) fraction++;
    }
  }
  const power = exponent - fraction;
  if (significant <= 15 && power >= -22 && power <= 22) {
    return power < 0 ? mantissa / (POWERS_OF_TEN[-power] ?? 1) : mantissa * (POWERS_OF_TEN[power] ?? 1);
  }
  const digits = digitsOf(text, start, end);
  return exponent === 0 ? Number(digits) : Number(`${digits}e${exponent}`);
}

function scaleDigits(digits: string, exponent: number): number {
  return scale(digits, 0, digits.length, exponent);
}

function yearOfTag(tag: RegExpExecArray): number | null {
  const label = tag[1];
  const eraYear = tag[2];
  if (label !== undefined && eraYear !== undefined) return yearOfEraNotation(label, eraYear);
  const western = tag[3] ?? tag[4];
  return western === undefined ? null : Number(western);
}

function periodOfWord(word: string): Period {
  return word === "期間中" || word === "累計" ? "cumulative" : "per_year";
}
