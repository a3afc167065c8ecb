import { eraOfLabel, gregorianYear, readEraYear } from "./era";
import type { ValueIssue } from "./issues";
import type { Result } from "./result";
import { fail, ok } from "./result";

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
  /** The number with multipliers applied, percentages as fractions (36.4% → 0.364); null when missing. */
  readonly amount: number | null;
  /** Width-normalised unit without its multiplier (`千枚` → `枚`), or "" when none. */
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly period: Period;
  /** Fiscal year of a year tag (`R4 7,072 ｔ` → 2022): when the value was measured, never the value. */
  readonly yearTag: number | null;
  /** Non-fatal findings, such as a doubled unit (`150万 万PV`). */
  readonly warnings: readonly ValueIssue[];
}

type Draft = { -readonly [K in keyof KpiValue]: KpiValue[K] };

const NO_WARNINGS: readonly ValueIssue[] = Object.freeze([]);

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

/** A year tag before the value: `R4`, `令和4年度`, `H30年度末`, `2022年度`, `FY2022`. */
const YEAR_TAG =
  /(?:(令和|平成|昭和|令|平|昭)\s*(元|\d{1,2})|([RHS])(元|\d{1,2})|FY\s*(\d{4})|((?:19|20)\d{2})(?=\s*年))(?![\d.,A-Za-z])\s*(?:年度末|年度|年末|年)?\s*(?:時点|実績|現在)?\s*:?/y;

/** A year tag in brackets after the value: `(R4)`, `(令和4年度末時点)`. */
const YEAR_TAG_SUFFIX =
  /\s*\(\s*(?:(令和|平成|昭和|令|平|昭)\s*(元|\d{1,2})|([RHS])(元|\d{1,2})|FY\s*(\d{4})|((?:19|20)\d{2}))\s*(?:年度末|年度|年末|年)?\s*(?:時点|実績|現在)?\s*\)/y;

/**
 * Words before the number (`充足率`, `期間中`, `年`, `明るい選挙推進大会を実施し、 市民`). Not a unit; only its
 * last word can set the period.
 */
const LABEL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}A-Za-zー・、: ]*/uy;
const LABEL_CUMULATIVE = /(?:期間中|累計)(?:に|で)?[\s:]*$/;
// A bare 年 counts only as a word of its own (`年 1 回`), not as the end of 今年, 前年, 平年.
const LABEL_PER_YEAR =
  /(?:年間|毎年度?|各年度?|(?:^|[^\p{Script=Han}])年度?)(?:に|で|当たり|あたり)?[\s:]*$/u;
// Per month, per week, per day: a period this reading cannot express, so it refuses rather than guess.
const LABEL_SHORTER_PERIOD =
  /(?:毎月|月間|毎週|週間|毎日|(?:^|[^\p{Script=Han}])[月週日])(?:に|で|当たり|あたり)?[\s:]*$/u;
// `CO2`, `A3`, `第3次`: a digit glued to these is part of a name, not a value.
const LABEL_NAMES_NUMBER = /(?:[A-Za-z]|第)$/;

const NUMBER = /([+\-−△▲])?\s*(\d+(?:,\d+)*)(\.\d+)?/y;
const UNSIGNED_NUMBER = /(\d+(?:,\d+)*)(\.\d+)?/y;
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const COMMA = /,/g;
const MALFORMED_NUMBER_END = /[.,]\d/y;

const MULTIPLIER = /\s*(百万|千万|億|万|千)/y;
const MULTIPLIER_EXPONENT: Readonly<Record<string, number>> = { 百万: 6, 千万: 7, 億: 8, 万: 4, 千: 3 };

/**
 * A unit: a known counter or symbol, then Latin letters (`PV`, `t`, `m2` from `㎡`), katakana
 * (`アカウント`), or one kanji counter (`園`) unless that kanji starts a qualifier or a verb.
 */
const UNIT =
  /\s*(?:(箇所|か所|ヵ所|カ所|ヶ所|ケ所|個所|施設|業務|団体|事業所|事業者|事業|世帯|時間|か月|ヶ月|カ月|ヵ月|箇月|ポイント|トン|人|名|件|回|枚|円|点|校|社|者|戸|台|本|冊|部|日|年|歳|倍|%|‰)|((?!(?:UP|up)(?![A-Za-z]))[A-Za-z]+(?:[23](?!\d))?)|((?!アップ|ダウン)[ァ-ヺ][ァ-ヺー]*)|((?!以[上下内]|未満|超|維持|現状|累計|期間|年間|毎|程度|前後|増|減|削減|縮減|低減|向上|改善|上昇|低下|実施|達成|開催|以)\p{Script=Han}))/uy;
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
};

// 未満 and 超 are strict bounds; a qualifier has no strictness, and at_most/at_least is the nearer
// reading than ignoring them (a target of 5件未満 still points down).
const QUALIFIER = /\s*(以上|以下|以内|未満|超え|超)/y;
const MAINTAIN = /\s*[をの]?\s*(?:現状)?維持(?:する)?/y;
const PERIOD_SUFFIX =
  /\s*(?:(\(累計\)|累計|\(期間中\)|\(期間累計\)|期間中)|(\/\s*年度?|\(年間\)|\(毎年度?\)|毎年度?|年間))/y;
/** `20%削減`, `5件増`: a change from the baseline, not a level. `以下に削減` (reduce to) is a level. */
const RELATIVE_CHANGE =
  /\s*[をの]?\s*(?:増加|増|減少|減|削減|縮減|低減|向上|改善|上昇|低下|アップ|ダウン|UP|up)/y;
/** Words after the value that do not change it (`実施`, `を目指す`, `(見込み)`). */
const TOLERATED_TRAILER = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・、。「」() ]*$/u;

// ---------------------------------------------------------------------------------------------

/**
 * Reads a value cell: number, multiplier, unit, qualifier, period and year tag. Missing markers are
 * read on the raw text, before width normalisation.
 * @example parseKpiValue("R4 6,878 千枚")
 * // { ok: true, value: { amount: 6878000, unit: "枚", yearTag: 2022, missing: false, … } }
 * @example parseKpiValue("36.4 ％") // amount 0.364, unit "%"
 * @example parseKpiValue("未定") // { ok: false, issues: [{ code: "value_unreadable", text: "未定" }] }
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
    warnings: NO_WARNINGS,
  };
}

function readValueText(text: string): Result<KpiValue, ValueIssue> {
  const first = firstNonSpace(text);
  if (first < 0) return ok(missingValue(text, ""));
  // Most cells start with a digit; only the others can be a missing marker.
  if (!isDigitCode(text.charCodeAt(first))) {
    const missing = readMissing(text);
    if (missing) return ok(missing);
  }

  const s = isNfkcStable(text) ? text : text.normalize("NFKC");
  const draft: Draft = {
    text,
    missing: false,
    amount: null,
    unit: "",
    qualifier: "none",
    period: "snapshot",
    yearTag: null,
    warnings: NO_WARNINGS,
  };

  let pos = skipSpaces(s, 0);
  if (mayStartYearTag(s.charCodeAt(pos))) {
    YEAR_TAG.lastIndex = pos;
    const tag = YEAR_TAG.exec(s);
    if (tag) {
      draft.yearTag = yearOfTag(tag);
      pos = YEAR_TAG.lastIndex;
    }
  }

  let label = "";
  if (!isDigitCode(s.charCodeAt(pos))) {
    LABEL.lastIndex = pos;
    label = LABEL.exec(s)?.[0] ?? "";
    if (label !== "") {
      pos = LABEL.lastIndex;
      if (LABEL_SHORTER_PERIOD.test(label)) return unreadable(text);
      if (LABEL_CUMULATIVE.test(label)) draft.period = "cumulative";
      else if (LABEL_PER_YEAR.test(label)) draft.period = "per_year";
    }
  }

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
    return countNumbers(s, pos) >= 2 ? fail({ code: "value_multiple_numbers", text }) : unreadable(text);
  }
  if (label !== "" && number[1] === undefined && LABEL_NAMES_NUMBER.test(label)) return unreadable(text);
  pos = NUMBER.lastIndex;
  const negative = number[1] !== undefined && number[1] !== "+";
  let digits = readDigits(number[2] ?? "", number[3]);
  if (digits === null || isMalformedEnd(s, pos)) return unreadable(text);

  // Multipliers, and compounds such as 1万2600 or 1億2000万 (each multiplier smaller than the one before).
  let exponent = 0;
  let previousExponent = Number.POSITIVE_INFINITY;
  let parts: { digits: string; exponent: number }[] | null = null;
  for (;;) {
    MULTIPLIER.lastIndex = pos;
    const multiplier = MULTIPLIER.exec(s);
    if (!multiplier) break;
    const word = multiplier[1] ?? "";
    exponent = MULTIPLIER_EXPONENT[word] ?? 0;
    pos = MULTIPLIER.lastIndex;
    if (exponent >= previousExponent) return unreadable(text); // 1万2600万
    previousExponent = exponent;
    UNSIGNED_NUMBER.lastIndex = pos;
    const next = UNSIGNED_NUMBER.exec(s);
    if (!next) {
      // `150万 万PV`: the multiplier written twice. Read it once and say so.
      MULTIPLIER.lastIndex = pos;
      const again = MULTIPLIER.exec(s);
      if (again) {
        if (again[1] !== word) return unreadable(text);
        draft.warnings = [{ code: "value_doubled_unit", text, unit: word }];
        pos = MULTIPLIER.lastIndex;
      }
      break;
    }
    const nextDigits = readDigits(next[1] ?? "", next[2]);
    pos = UNSIGNED_NUMBER.lastIndex;
    if (nextDigits === null || isMalformedEnd(s, pos)) return unreadable(text);
    (parts ??= []).push({ digits, exponent });
    digits = nextDigits;
    exponent = 0;
  }

  const tail = readTail(s, pos, draft, true);
  if (tail !== null) return fail({ code: tail, text });

  const shift = draft.unit === "%" ? -2 : draft.unit === "‰" ? -3 : 0;
  let amount = scale(digits, exponent + shift);
  if (parts) for (const part of parts) amount += scale(part.digits, part.exponent + shift);
  // `△0` is zero: a -0 would print as 0 yet fail Object.is and toEqual against 0.
  draft.amount = negative && amount !== 0 ? -amount : amount;
  return ok(draft);
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
  return readTail(s, pos, draft, false) === null ? draft : null;
}

/**
 * Reads what follows the number: unit, doubled unit, qualifiers, period and year-tag suffixes, and
 * words that do not change the value. Fills the draft; returns the issue code when the rest cannot be
 * read. One-kanji counters are taken only after a number (`5園`), not after a missing marker (`新規開設`).
 */
function readTail(
  s: string,
  start: number,
  draft: Draft,
  afterNumber: boolean,
): "value_unreadable" | "value_multiple_numbers" | "value_relative_change" | null {
  let pos = start;
  UNIT.lastIndex = pos;
  const unit = UNIT.exec(s);
  if (unit && (afterNumber || unit[4] === undefined)) {
    const token = unit[1] ?? unit[2] ?? unit[3] ?? unit[4] ?? "";
    pos = UNIT.lastIndex;
    // A Latin word glued to another digit is garbled (`1O0件`), not a unit.
    if (unit[2] !== undefined && DIGIT.test(s.charAt(pos))) return "value_unreadable";
    draft.unit = UNIT_ALIASES[token] ?? token;
    const next = skipSpaces(s, pos);
    if (s.startsWith(token, next)) {
      draft.warnings = [
        ...draft.warnings,
        { code: "value_doubled_unit", text: draft.text, unit: draft.unit },
      ];
      pos = next + token.length;
    }
  }

  pos = skipSpaces(s, pos);
  if (pos >= s.length) return null;
  RELATIVE_CHANGE.lastIndex = pos;
  if (RELATIVE_CHANGE.test(s)) return "value_relative_change";

  for (;;) {
    QUALIFIER.lastIndex = pos;
    const qualifier = QUALIFIER.exec(s);
    if (qualifier) {
      const word = qualifier[1];
      draft.qualifier = word === "以上" || word === "超" || word === "超え" ? "at_least" : "at_most";
      pos = QUALIFIER.lastIndex;
      // `5%以上向上` is an improvement by at least 5 points, still a change.
      RELATIVE_CHANGE.lastIndex = pos;
      if (RELATIVE_CHANGE.test(s)) return "value_relative_change";
      continue;
    }
    MAINTAIN.lastIndex = pos;
    if (MAINTAIN.test(s)) {
      // `以上を維持` keeps a floor: maintain says that more precisely than at_least.
      draft.qualifier = "maintain";
      pos = MAINTAIN.lastIndex;
      continue;
    }
    PERIOD_SUFFIX.lastIndex = pos;
    const period = PERIOD_SUFFIX.exec(s);
    if (period) {
      draft.period = period[1] !== undefined ? "cumulative" : "per_year";
      pos = PERIOD_SUFFIX.lastIndex;
      continue;
    }
    YEAR_TAG_SUFFIX.lastIndex = pos;
    const tag = YEAR_TAG_SUFFIX.exec(s);
    if (tag) {
      draft.yearTag ??= yearOfTag(tag);
      pos = YEAR_TAG_SUFFIX.lastIndex;
      continue;
    }
    break;
  }

  pos = skipSpaces(s, pos);
  if (pos >= s.length) return null;
  const rest = pos === 0 ? s : s.slice(pos);
  if (DIGIT.test(rest)) return "value_multiple_numbers";
  return TOLERATED_TRAILER.test(rest) ? null : "value_unreadable";
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

function unreadable(text: string): Result<KpiValue, ValueIssue> {
  return fail({ code: "value_unreadable", text });
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

function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Only 令 平 昭 R H S F 1 2 can start a year tag; checking saves a regex on most cells. */
function mayStartYearTag(c: number): boolean {
  return (
    c === 0x4ee4 ||
    c === 0x5e73 ||
    c === 0x662d ||
    c === 0x52 ||
    c === 0x48 ||
    c === 0x53 ||
    c === 0x46 ||
    c === 0x31 ||
    c === 0x32
  );
}

/**
 * True when NFKC cannot change the text: ASCII, kanji, hiragana, katakana and ー. Skipping the
 * normalisation for these (most cells: `111 件`) halves the cost of a reading; full-width digits, ｔ, ％
 * and U+3000 still go through NFKC.
 */
function isNfkcStable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0) continue;
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (c >= 0x3041 && c <= 0x3096) continue;
    if ((c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc) continue;
    return false;
  }
  return true;
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

/** `1.2.3`, `1,557,0`: a number that goes on after it should have ended. */
function isMalformedEnd(s: string, pos: number): boolean {
  MALFORMED_NUMBER_END.lastIndex = pos;
  return MALFORMED_NUMBER_END.test(s);
}

/**
 * digits × 10^exponent, computed by the number parser so that `36.4` at −2 is exactly the double
 * nearest 0.364 (as Excel stores 36.4%), with no rounding error from a division.
 */
function scale(digits: string, exponent: number): number {
  return exponent === 0 ? Number(digits) : Number(`${digits}e${exponent}`);
}

function yearOfTag(tag: RegExpExecArray): number | null {
  const label = tag[1] ?? tag[3];
  const eraYear = tag[2] ?? tag[4];
  if (label !== undefined && eraYear !== undefined) {
    const era = eraOfLabel(label);
    const year = readEraYear(eraYear);
    return era && year !== null && year >= 1 ? gregorianYear(era, year) : null;
  }
  const western = tag[5] ?? tag[6];
  return western === undefined ? null : Number(western);
}

function periodOfWord(word: string): Period {
  return word === "期間中" || word === "累計" ? "cumulative" : "per_year";
}
