import { splitReportBySubItem } from "./readReport";
import { ERA_LABEL_PATTERN, ERA_YEAR_PATTERN } from "./era";
import { ForwardMatcher, isSpaceCode } from "./text";

/** A number in a report that may be the actual for a target, offered for a person to confirm. */
export interface ValueCandidate {
  /** The value; a percentage as a fraction (84.3% → 0.843), multipliers applied (130万 → 1,300,000). */
  readonly amount: number;
  /** The unit as the target writes it (`%`, `人`, `件` …). */
  readonly unit: string;
  /** What the number measures: the target's label when the report's matches it (充足率), else the
   *  report's own word before the number; empty when there is none. */
  readonly label: string;
  /** The phrase around the number in the report (with an as-of note that follows it). */
  readonly excerpt: string;
  /** Sub-items of the report part the number is in; null when the report has no markers. */
  readonly subItems: readonly number[] | null;
  /** The target's sub-item the number is offered for (`(2)` in the report for target `(2)`); null when
   *  the target has no sub-items. */
  readonly subItem: number | null;
  /** The sentence of the report the number came from, as written. */
  readonly text: string;
  /** The achievement the number would give against the target it is offered for; null when the target
   *  names no number (`受診率向上`) or cannot be judged. */
  readonly achievementRate: number | null;
}

// Units a 数値目標 counts in, longest first so that `課室` wins over `課` and `km` over `m`. 千/万/億 before a
// unit are multipliers (`6,878 千枚`), not units. Latin units must not run into a word (`5th`).
const UNITS =
  "ポイント 事業所 事業者 チーム 施設 業務 団体 会場 課室 部局 世帯 箇所 か所 カ所 ヶ所 ケ所 時間 講座 作品 トン % ‰ 人 名 件 回 校 点 社 戸 台 本 冊 枚 円 棟 基 組 園 個 課 PV kg km ha t m".split(
    " ",
  );
// Counters that mean the same thing, so a target in 人 finds a report in 名.
const UNIT_KEY: Readonly<Record<string, string>> = {
  名: "人",
  か所: "箇所",
  カ所: "箇所",
  ヶ所: "箇所",
  ケ所: "箇所",
  トン: "t",
  "‰": "%",
};
const MULTIPLIER: Readonly<Record<string, number>> = { 千: 3, 万: 4, 億: 8 };

const UNIT_PATTERN = UNITS.map((u) => u.replace(/[%‰]/g, "\\$&")).join("|");
// A number with its unit: `1,012人`, `84.3%`, `130 万PV`, `6,878 千枚`, `1万2600人`, `△5件`. Not after a
// digit, a point or a letter (`R7`, `Ver.2.0`), nor after 万/億 (the tail of `1万2600`).
const AMOUNT = new RegExp(
  `(?<![\\d.,A-Za-z万億])([△▲])?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?` +
    `(?:\\s*(億|万|千)(?:\\s*(\\d{1,4})(?![\\d,.]))?)?\\s*(${UNIT_PATTERN})(?![A-Za-z])`,
  "g",
);

// Dates, as-of notes and ordinals, blanked before numbers are read so that `7月28日`, `(R7.10.1時点)`,
// `R7.9～10月`, `令和4年度`, `第2回` never become values.
const NOT_VALUES = new RegExp(
  [
    // The lookahead finds 時点 in one pass over the brackets; `[^()]*時点[^()]*` would rescan the rest of
    // the text from every 時点 in an unclosed bracket.
    "[(（](?=[^()（）]*時点)[^()（）]*[)）]",
    `(?:${ERA_LABEL_PATTERN})\\s*(?:${ERA_YEAR_PATTERN})\\s*(?:[.．/]\\s*\\d{1,2}(?:\\s*[.．/]\\s*\\d{1,2})?|年度?|[.．])`,
    "\\d{4}\\s*(?:年度?|[/.-]\\s*\\d{1,2}(?:\\s*[/.-]\\s*\\d{1,2})?)",
    "\\d{1,2}\\s*[～-]\\s*(?=\\d{1,2}\\s*月)",
    "\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?",
    "\\d{1,2}\\s*時(?!間)(?:\\s*\\d{1,2}\\s*分)?",
    "\\d{1,2}:\\d{2}",
    "第\\s*\\d+",
  ].join("|"),
  "g",
);

// The word right before a number (kanji, katakana, Latin), at most this long.
const LABEL_BEFORE = /[\u3400-\u9fff\u3005\u30a0-\u30ffA-Za-z]{1,12}\s?$/;
const LABEL_REACH = 13;
// Approximation and totals in front of a number say nothing about what it measures.
const LABEL_NOISE = /(?:約|計|合計|総勢|累計|およそ)+$/;
// A number whose label says it is a capacity, a goal, a plan or an earlier year is never the actual.
const NOT_ACTUAL_LABEL = /定員|定数|上限|下限|目標|予定|計画|見込|前年|昨年|前回|基準|当初/;
// `2.1%増`: a change, not a level.
const CHANGE_AFTER = /\s*(?:増|減|上昇|低下|アップ|ダウン)/y;
// A rate a target names without a number (`健康診断の受診率向上`) still says the actual is a percentage.
const RATE_WORD = /[\u3400-\u9fff\u3005\u30a0-\u30ff]{0,10}(?:率|割合)/g;
// Most reports hold no number at all; skip them before splitting and width normalisation.
const ANY_DIGIT = /[0-9０-９]/;
// Where a report phrase starts and ends, for the excerpt: whitespace and these, by character code (no
// one-character string per step).
const PHRASE_BREAK_CODES = new Set([..."、。,【】「」『』"].map((c) => c.charCodeAt(0)));
const NOTE_AFTER = /\s*[(（][^()（）]*[)）]/y;
// How far an excerpt reaches back before the label for the start of its phrase: a phrase is a few
// words, and text without any break must not make every excerpt (and the time to find it) as long as
// the report.
const EXCERPT_REACH = 40;
// A target naming more values than this is a list, not a target a report's number can be matched to:
// no candidates are offered (matching would cost report numbers × target values).
const MAX_TARGET_SPECS = 32;
/** Sub-item numbers run from 0 to 99 (two digits, see splitBySubItem). */
const SUB_ITEM_NUMBERS = 100;

interface Amount {
  readonly index: number;
  readonly amount: number;
  readonly unit: string;
  readonly unitKey: string;
  readonly label: string;
  readonly excerpt: string;
}

interface TargetSpec {
  readonly subItems: readonly number[] | null;
  readonly unit: string;
  readonly unitKey: string;
  readonly label: string;
}

/**
 * Numbers in a report that may be the actual for a numeric target (数値目標), matched by unit and, where
 * both name one, by label, for a person to confirm. Works per sub-item when the texts have markers.
 * Capacities (定員1,850人), dates (7月28日), as-of notes ((R7.10.1時点)) and sub-item markers are never
 * offered. When some numbers of a report part match the target's label, only those are offered. A target
 * that names more than 32 different values is a list, not a target: it gets no candidates. An excerpt
 * reaches at most 40 characters before the number's label.
 * @example findValueCandidates("(1) 学生団員は総勢15名【充足率84.3%】", "(1) 消防団員の確保（定員1,850人）充足率90%")
 * // [{ amount: 0.843, unit: "%", label: "充足率", excerpt: "充足率84.3%", subItems: [1] }]
 */
export function findValueCandidates(
  report: string | null | undefined,
  numericTarget: string | null | undefined,
): readonly ValueCandidate[] {
  if (report == null || numericTarget == null || !ANY_DIGIT.test(report) || numericTarget === "") return [];
  const specs = readTargetSpecs(numericTarget);
  if (specs === null || specs.length === 0) return [];

  const candidates: ValueCandidate[] = [];
  const named = new Uint8Array(SUB_ITEM_NUMBERS);
  for (const segment of splitReportBySubItem(report)) {
    named.fill(0);
    for (const n of segment.subItems ?? []) named[n] = 1;
    const applicable = specs.filter((spec) => appliesTo(spec.subItems, segment.subItems, named));
    if (applicable.length === 0) continue;
    const matched: ValueCandidate[] = [];
    const unlabelled: ValueCandidate[] = [];
    for (const found of readAmounts(segment.text)) {
      let best: { spec: TargetSpec; labelled: boolean } | null = null;
      for (const spec of applicable) {
        if (spec.unitKey !== found.unitKey) continue;
        const labelled = labelsMatch(spec.label, found.label);
        if (best === null || (labelled && !best.labelled)) best = { spec, labelled };
      }
      if (best === null) continue;
      const candidate: ValueCandidate = {
        amount: found.amount,
        unit: best.spec.unit,
        label: best.labelled ? best.spec.label : found.label,
        excerpt: found.excerpt,
        subItems: segment.subItems,
        subItem: best.spec.subItems?.[0] ?? null,
        text: found.excerpt,
        achievementRate: null,
      };
      (best.labelled ? matched : unlabelled).push(candidate);
    }
    candidates.push(...(matched.length > 0 ? matched : unlabelled));
  }
  return candidates;
}

/**
 * What a target asks for: each unit it counts in (not its capacities) and the label before it; null when
 * it names more than MAX_TARGET_SPECS of them.
 */
function readTargetSpecs(target: string): TargetSpec[] | null {
  const specs: TargetSpec[] = [];
  for (const segment of splitReportBySubItem(target)) {
    const amounts = readAmounts(segment.text);
    // A unit and label already asked for in this part of the target (the key cannot occur in a unit).
    const seen = new Set<string>();
    for (const found of amounts) {
      const key = `${found.unitKey}\u0000${found.label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      specs.push({
        subItems: segment.subItems,
        unit: found.unit,
        unitKey: found.unitKey,
        label: found.label,
      });
      if (specs.length > MAX_TARGET_SPECS) return null;
    }
    if (amounts.length > 0) continue;
    for (const rate of segment.text.matchAll(RATE_WORD)) {
      specs.push({ subItems: segment.subItems, unit: "%", unitKey: "%", label: rate[0] });
      if (specs.length > MAX_TARGET_SPECS) return null;
    }
  }
  return specs;
}

/** Whether a target part applies to a report part; `named` flags the report part's sub-items. */
function appliesTo(
  targetItems: readonly number[] | null,
  reportItems: readonly number[] | null,
  named: Uint8Array,
): boolean {
  if (targetItems === null || reportItems === null) return true;
  return targetItems.some((n) => named[n] === 1);
}

/** `受診率` matches `健診受診率`; an empty label matches nothing. */
function labelsMatch(target: string, report: string): boolean {
  if (target === "" || report === "") return false;
  return report.includes(target) || target.includes(report);
}

/** Every value with a unit in a width-normalised text, dates and as-of notes blanked out first. */
function readAmounts(text: string): Amount[] {
  const masked = blankOut(text, NOT_VALUES);
  const found: Amount[] = [];
  const brackets = new BracketTracker(masked);
  for (const m of masked.matchAll(AMOUNT)) {
    const index = m.index;
    const unit = m[6] ?? "";
    const end = index + m[0].length;
    const label = readLabelBefore(masked, index);
    if (NOT_ACTUAL_LABEL.test(label) || brackets.insideCapacityNote(index)) continue;
    CHANGE_AFTER.lastIndex = end;
    if (CHANGE_AFTER.test(masked)) continue;
    found.push({
      index,
      amount: toAmount(m[1], m[2] ?? "0", m[3], m[4], m[5], unit),
      unit,
      unitKey: UNIT_KEY[unit] ?? unit,
      label,
      excerpt: excerptAround(text, index - label.length, end),
    });
  }
  return found;
}

/**
 * The text with every match of a global pattern replaced by as many spaces, so that positions stay those
 * of the text. Written into one buffer: a replacement string per match (`text.replace(pattern, fn)`) makes
 * thousands of small strings in a long cell, and collecting them grows faster than the text.
 */
function blankOut(text: string, pattern: RegExp): string {
  let codes: Uint16Array | null = null;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    if (end === match.index) {
      pattern.lastIndex++;
      continue;
    }
    if (codes === null) {
      codes = new Uint16Array(text.length);
      for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
    }
    codes.fill(0x20, match.index, end);
  }
  if (codes === null) return text;
  const chunks: string[] = [];
  for (let i = 0; i < codes.length; i += BLANK_CHUNK) {
    chunks.push(String.fromCharCode(...codes.subarray(i, i + BLANK_CHUNK)));
  }
  return chunks.join("");
}
/** Characters turned back into a string at a time (each is an argument of String.fromCharCode). */
const BLANK_CHUNK = 8192;

/** The word right before a number, without 約/合計 in front of it. */
function readLabelBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - LABEL_REACH), index);
  return (LABEL_BEFORE.exec(before)?.[0] ?? "").trim().replace(LABEL_NOISE, "");
}

/**
 * `（定員 1,850人）`: whether a number sits in brackets that hold a capacity word before it. Asked for
 * numbers from left to right, it walks the text once: it remembers the last bracket opened and closed so
 * far, and finds the first capacity word after that opening with a ForwardMatcher.
 */
class BracketTracker {
  private scanned = 0;
  private open = -1;
  private close = -1;
  private readonly words: ForwardMatcher;

  constructor(private readonly text: string) {
    this.words = new ForwardMatcher(NOT_ACTUAL_LABEL, text);
  }

  insideCapacityNote(index: number): boolean {
    for (; this.scanned <= index && this.scanned < this.text.length; this.scanned++) {
      const c = this.text.charCodeAt(this.scanned);
      if (c === 0x28 || c === 0xff08) this.open = this.scanned;
      else if (c === 0x29 || c === 0xff09) this.close = this.scanned;
    }
    if (this.open < 0 || this.close > this.open) return false;
    // Every capacity word is two characters long, so the first one after the bracket is also the first
    // to end: the number is in a capacity note when that word ends before it.
    const word = this.words.firstFrom(this.open + 1);
    return word !== null && word.end <= index;
  }
}

function toAmount(
  sign: string | undefined,
  whole: string,
  fraction: string | undefined,
  multiplier: string | undefined,
  tail: string | undefined,
  unit: string,
): number {
  // Built as a decimal string with an exponent so that 84.3% is exactly 0.843, not 0.8430000000000001.
  let exponent = multiplier === undefined ? 0 : (MULTIPLIER[multiplier] ?? 0);
  if (unit === "%") exponent -= 2;
  if (unit === "‰") exponent -= 3;
  const mantissa = `${whole.replace(/,/g, "")}${fraction === undefined ? "" : `.${fraction}`}`;
  let amount = Number(`${mantissa}e${exponent}`);
  if (tail !== undefined) amount += Number(`${tail}e${exponent - (MULTIPLIER[multiplier ?? ""] ?? 0)}`);
  return sign === undefined ? amount : -amount;
}

function isPhraseBreak(code: number): boolean {
  return PHRASE_BREAK_CODES.has(code) || isSpaceCode(code);
}

/** The phrase from the label to the unit, plus a bracketed note right after it (`(R7.10.1時点)`). */
function excerptAround(text: string, start: number, end: number): string {
  let from = Math.max(0, start);
  const reach = Math.max(0, from - EXCERPT_REACH);
  while (from > reach && !isPhraseBreak(text.charCodeAt(from - 1))) from -= 1;
  NOTE_AFTER.lastIndex = end;
  const note = NOTE_AFTER.exec(text);
  const to = end + (note?.[0].length ?? 0);
  return text.slice(from, to).trim();
}
