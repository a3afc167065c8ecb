import { achievementRate } from "./achievement";
import { cacheByText } from "./cacheByText";
import type { Direction } from "./direction";
import { inferDirection } from "./direction";
import { ERA_LABEL_PATTERN, ERA_YEAR_PATTERN } from "./era";
import type { KpiValue } from "./parseKpiValue";
import { parseKpiValue } from "./parseKpiValue";
import { splitReportBySubItem } from "./readReport";
import { ForwardMatcher, isSpaceCode } from "./text";

/** A number in a report that may be the actual for a target, offered for a person to confirm. */
export interface ValueCandidate {
  /** The value; a percentage as a fraction (84.3% → 0.843), multipliers applied (130万 → 1,300,000). */
  readonly amount: number;
  /** The unit as the target writes it (`%`, `人`, `件` …). */
  readonly unit: string;
  /** What the number measures: the target's label when the report's matches it (充足率), else the
   *  report's own word before the number; `計` for a sum of counts; empty when there is none. */
  readonly label: string;
  /** The phrase around the number in the report (with an as-of note that follows it). */
  readonly excerpt: string;
  /** Sub-items of the report part the number is in; null when the report has no markers. */
  readonly subItems: readonly number[] | null;
  /** The target's sub-item the number is offered for (`(2)` in the report for target `(2)`, the one
   *  numeric sub-item for a report without markers); null when the target has no sub-items, or when
   *  the number could answer several of them. */
  readonly subItem: number | null;
  /** The sentence of the report the number came from (width-normalised), at most about 80 characters:
   *  a longer sentence gives the phrase between the commas around the number. */
  readonly text: string;
  /** The achievement the number would give against the target value of its sub-item (achievementRate,
   *  the one rule); null when the target names no number (`受診率向上`) or the number could answer
   *  several target values. */
  readonly achievementRate: number | null;
  /** For a sum of counts listed in one sentence (`小学校76点、中学校3点` → 79), the counts added; empty
   *  for a number written in the report. */
  readonly parts: readonly number[];
}

/** One numeric value a 数値目標 names, with its sub-item: what a 実績値 is judged against. */
export interface NumericTarget {
  /** The sub-item the value belongs to; null when the 数値目標 has no markers. */
  readonly subItem: number | null;
  /** The value as parseKpiValue reads it (`20点以上` → 20 点, at least). */
  readonly target: KpiValue;
  /** Which way the value is meant to move (its qualifier, then the target's wording). */
  readonly direction: Direction;
  /** The word before the number in the target (充足率); empty when there is none. */
  readonly label: string;
  /** The target's text for the sub-item, whose wording (削減, 超過勤務) gives the direction as a KPI's name does. */
  readonly name: string;
}

// Units a 数値目標 counts in, longest first so that `課室` wins over `課` and `km` over `m`. 千/万/億 before a
// unit are multipliers (`6,878 千枚`), not units. Latin units must not run into a word (`5th`).
const UNITS =
  "ポイント 事業所 事業者 チーム 施設 業務 団体 会場 課室 部局 世帯 箇所 か所 カ所 ヶ所 ケ所 時間 講座 作品 店舗 トン % ‰ 人 名 件 回 校 点 社 戸 台 本 冊 枚 円 棟 基 組 園 個 課 PV kg km ha t m".split(
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
// A total stated as such (`合計1,012人`, `総勢15名`, `計54`): a careful reader takes it before a part.
const TOTAL_WORD = /(?:合計|総計|累計|総勢|延べ|計)(?:約|およそ)?$/;
// A number whose label says it is a capacity, a goal, a plan or an earlier year is never the actual.
const NOT_ACTUAL_LABEL = /定員|定数|上限|下限|目標|予定|計画|見込|前年|昨年|前回|基準|当初/;
// The target restated in the report: `当初目標の「70万人」`, `目標値は50人`, `1万2600回の目標に対し`.
const GOAL_BEFORE = /(?:目標|計画)[値数]?(?:の|は|を|で|が|:)?\s*[「『(（]?\s*$/;
const GOAL_BEFORE_REACH = 8;
const GOAL_AFTER = /\s*[」』)）]?\s*(?:の|を|という)?\s*(?:目標|計画)/y;
// `523人(H28年度末)→730人`: the number before an arrow is the earlier value, not the actual.
const BEFORE_ARROW = /\s*(?:[(（][^()（）]{0,24}[)）])?\s*(?:→|⇒|->)/y;
// `2.1%増`, `3件の差`: a change or a difference, not a level.
const CHANGE_AFTER = /\s*(?:増|減|上昇|低下|アップ|ダウン|の?差)/y;
// 以上 after a target's number makes it a floor, 以下 a ceiling (parseKpiValue reads which).
const QUALIFIER_AFTER = /\s*(?:以上|以下|以内|未満|超|を?維持)/y;
// A rate a target names without a number (`健康診断の受診率向上`) still says the actual is a percentage.
const RATE_WORD = /[\u3400-\u9fff\u3005\u30a0-\u30ff]{0,10}(?:率|割合)/g;
// Most reports hold no number at all; skip them before splitting and width normalisation.
const ANY_DIGIT = /[0-9０-９]/;
// Where a report phrase starts and ends, for the excerpt: whitespace and these, by character code (no
// one-character string per step).
const PHRASE_BREAK_CODES = new Set([..."、。,【】「」『』"].map((c) => c.charCodeAt(0)));
// Where a sentence ends (after NFKC: `！` is `!`); a point is not one, since numbers have them.
const SENTENCE_END_CODES = new Set([..."。!?\n"].map((c) => c.charCodeAt(0)));
// Where a long sentence is cut to the phrase around the number.
const CLAUSE_BREAK_CODES = new Set([..."、,"].map((c) => c.charCodeAt(0)));
const NOTE_AFTER = /\s*[(（][^()（）]*[)）]/y;
// Between the counts of a list that add up (`小学校76点、中学校3点`): only list marks and spaces.
const LIST_GAP = /^[\s、,・]*$/;
// Rates and differences are never added: 84.3% and 60% of two groups are not 144.3% of anything.
const NOT_ADDED_UNITS: ReadonlySet<string> = new Set(["%", "ポイント"]);
// How far an excerpt reaches back before the label for the start of its phrase: a phrase is a few
// words, and text without any break must not make every excerpt (and the time to find it) as long as
// the report.
const EXCERPT_REACH = 40;
// How far the sentence of a number is looked for on either side, and the longest sentence given whole.
const SENTENCE_REACH = 80;
const MAX_SENTENCE = 80;
const CLAUSE_REACH = 40;
// A target naming more values than this is a list, not a target a report's number can be matched to:
// no candidates are offered (matching would cost report numbers × target values).
const MAX_TARGET_SPECS = 32;
/** Sub-item numbers run from 0 to 99 (two digits, see splitBySubItem). */
const SUB_ITEM_NUMBERS = 100;
const NO_PARTS: readonly number[] = Object.freeze([]);

interface Amount {
  readonly index: number;
  readonly end: number;
  /** Where the label starts (the number's index when it has none). */
  readonly labelStart: number;
  readonly amount: number;
  readonly unit: string;
  readonly unitKey: string;
  readonly label: string;
  readonly excerpt: string;
  /** Stated as a total (合計, 累計, 総勢, 計). */
  readonly total: boolean;
}

interface TargetSpec {
  readonly subItems: readonly number[] | null;
  readonly unit: string;
  readonly unitKey: string;
  readonly label: string;
  /** The target's value; null for a rate named without a number (受診率向上) or a value not read. */
  readonly value: KpiValue | null;
  readonly direction: Direction;
  /** The text of the target part the value is in. */
  readonly name: string;
}

/** A candidate being ranked: the candidate with what orders it. */
interface Ranked {
  readonly candidate: ValueCandidate;
  readonly labelled: boolean;
  readonly total: boolean;
  readonly order: number;
}

/**
 * Numbers in a report that may be the actual for a numeric target (数値目標), matched by unit and, where
 * both name one, by label, for a person to confirm, preferred first. Works per sub-item when the texts
 * have markers: a number in `(2)` is offered for target `(2)` only.
 *
 * Never offered: capacities (定員1,850人), dates (7月28日), as-of notes ((R7.10.1時点)), sub-item markers,
 * changes (2.1%増, 3件の差), earlier values (`523人→730人`), counts in another unit than the target's, and the
 * target restated in the report (`目標50人に対し`, `1万2600回の目標に対し`).
 *
 * Preferred first, within a report part: a number labelled like the target (充足率 for 充足率), then a
 * total stated as such (合計, 累計, 計, 総勢) or the sum of counts listed in one sentence (`小学校76点、
 * 中学校3点` → 79点, its parts after it), then the rest in the order written. One number is offered once per
 * sub-item. A target that names more than 32 different values is a list, not a target: it gets no
 * candidates. An excerpt reaches at most 40 characters before the number's label.
 * @example findValueCandidates("(1) 学生団員は総勢15名【充足率84.3%】", "(1) 消防団員の確保（定員1,850人）充足率90%")
 * // [{ amount: 0.843, unit: "%", label: "充足率", subItem: 1, text: "学生団員は総勢15名【充足率84.3%】",
 * //    achievementRate: 0.9366…, excerpt: "充足率84.3%", subItems: [1], parts: [] }]
 */
export function findValueCandidates(
  report: string | null | undefined,
  numericTarget: string | null | undefined,
): readonly ValueCandidate[] {
  if (report == null || numericTarget == null || !ANY_DIGIT.test(report) || numericTarget === "") return [];
  const specs = readTargetSpecsOnce(numericTarget);
  if (specs === null || specs.length === 0) return [];

  const candidates: ValueCandidate[] = [];
  const named = new Uint8Array(SUB_ITEM_NUMBERS);
  for (const segment of splitReportBySubItem(report)) {
    named.fill(0);
    for (const n of segment.subItems ?? []) named[n] = 1;
    const applicable = specs.filter((spec) => appliesTo(spec.subItems, segment.subItems, named));
    if (applicable.length === 0) continue;
    const ranked: Ranked[] = [];
    // The counts of a list being added up: same target value, one sentence, only list marks between.
    let run: { spec: TargetSpec | null; items: Amount[]; sentence: string; candidates: Ranked[] } | null =
      null;
    const closeRun = (): void => {
      if (run !== null && run.items.length >= 2) ranked.push(sumOf(run, segment.subItems, named));
      run = null;
    };
    for (const found of readAmounts(segment.text)) {
      const match = chooseSpec(applicable, found);
      if (match === null) continue;
      const { spec, labelled } = match;
      const text = sentenceAround(segment.text, found.labelStart, found.end);
      const candidate: ValueCandidate = {
        amount: found.amount,
        unit: (spec ?? match.any).unit,
        label: labelled ? (spec ?? match.any).label : found.label,
        excerpt: found.excerpt,
        subItems: segment.subItems,
        subItem: spec === null ? match.subItem : subItemOf(spec, named),
        text,
        achievementRate: spec === null ? null : rateOf(spec, found.amount),
        parts: NO_PARTS,
      };
      const entry: Ranked = { candidate, labelled, total: found.total, order: ranked.length };
      ranked.push(entry);

      const listable = !labelled && !found.total && found.label !== "" && !NOT_ADDED_UNITS.has(found.unitKey);
      const previous = run?.items[run.items.length - 1];
      const continues =
        run !== null &&
        listable &&
        previous !== undefined &&
        run.spec === spec &&
        run.sentence === text &&
        previous.unitKey === found.unitKey &&
        LIST_GAP.test(segment.text.slice(previous.end, found.labelStart));
      if (continues && run !== null) {
        run.items.push(found);
        run.candidates.push(entry);
      } else {
        closeRun();
        if (listable) run = { spec, items: [found], sentence: text, candidates: [entry] };
      }
    }
    closeRun();
    candidates.push(...preferred(ranked));
  }
  return candidates;
}

/**
 * The numeric values a 数値目標 names, one a sub-item (a sub-item naming several values gives each): what
 * an 実績値 column is judged against. Capacities (定員1,850人), dates and rates named without a number
 * (受診率向上) are not values.
 * @example readNumericTargets("(1) 消防団員の確保（定員1,850人）充足率90% (2) 消防団員へ周知")
 * // [{ subItem: 1, target: { amount: 0.9, unit: "%", … }, direction: "increase", label: "充足率" }]
 */
export function readNumericTargets(numericTarget: string | null | undefined): readonly NumericTarget[] {
  if (numericTarget == null || !ANY_DIGIT.test(numericTarget)) return [];
  const specs = readTargetSpecsOnce(numericTarget) ?? [];
  const targets: NumericTarget[] = [];
  for (const spec of specs) {
    if (spec.value === null) continue;
    const subItems = spec.subItems ?? [null];
    for (const subItem of subItems)
      targets.push({
        subItem,
        target: spec.value,
        direction: spec.direction,
        label: spec.label,
        name: spec.name,
      });
  }
  return targets;
}

/**
 * The target value a report's number answers: among the target parts that apply, those in its unit, and
 * of them those whose label matches the number's. One such value gives `spec`; several give `spec: null`
 * with the sub-item they share (or null when they are of different sub-items), so no rate is offered.
 */
function chooseSpec(
  applicable: readonly TargetSpec[],
  found: Amount,
): { spec: TargetSpec | null; any: TargetSpec; labelled: boolean; subItem: number | null } | null {
  let first: TargetSpec | null = null;
  let count = 0;
  let labelledFirst: TargetSpec | null = null;
  let labelledCount = 0;
  for (const spec of applicable) {
    if (spec.unitKey !== found.unitKey) continue;
    first ??= spec;
    count++;
    if (labelsMatch(spec.label, found.label)) {
      labelledFirst ??= spec;
      labelledCount++;
    }
  }
  if (first === null) return null;
  const labelled = labelledFirst !== null;
  const chosen = labelledFirst ?? first;
  const ties = labelled ? labelledCount : count;
  if (ties === 1) return { spec: chosen, any: chosen, labelled, subItem: null };
  // Several target values in the unit: the sub-item when they all belong to the same one.
  const same = applicable.every(
    (spec) =>
      spec.unitKey !== found.unitKey ||
      (labelled && !labelsMatch(spec.label, found.label)) ||
      sameSubItems(spec.subItems, chosen.subItems),
  );
  const subItem = same ? (chosen.subItems?.[0] ?? null) : null;
  return { spec: null, any: chosen, labelled, subItem };
}

function sameSubItems(a: readonly number[] | null, b: readonly number[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

/** The target's sub-item a report part speaks for: the first of the spec's that the part names. */
function subItemOf(spec: TargetSpec, named: Uint8Array): number | null {
  if (spec.subItems === null) return null;
  return spec.subItems.find((n) => named[n] === 1) ?? spec.subItems[0] ?? null;
}

/** The achievement an amount would give against a target value, by the one rule; null without one. */
function rateOf(spec: TargetSpec, amount: number): number | null {
  if (spec.value === null || spec.value.amount === null) return null;
  const rate = achievementRate(spec.value.amount, amount, spec.direction);
  return rate.ok && Number.isFinite(rate.value) ? rate.value : null;
}

/** The sum of the counts listed in one sentence, offered as one candidate ranked as a stated total. */
function sumOf(
  run: { spec: TargetSpec | null; items: Amount[]; sentence: string; candidates: Ranked[] },
  subItems: readonly number[] | null,
  named: Uint8Array,
): Ranked {
  const parts = run.items.map((item) => item.amount);
  // Added as decimals would be: 0.1 + 0.2 must not become 0.30000000000000004.
  const amount = Number(parts.reduce((sum, part) => sum + part, 0).toPrecision(12));
  const first = run.candidates[0]?.candidate;
  const candidate: ValueCandidate = {
    amount,
    unit: first?.unit ?? "",
    label: "計",
    excerpt: run.candidates.map((c) => c.candidate.excerpt).join("、"),
    subItems,
    subItem: run.spec === null ? (first?.subItem ?? null) : subItemOf(run.spec, named),
    text: run.sentence,
    achievementRate: run.spec === null ? null : rateOf(run.spec, amount),
    parts,
  };
  // Placed where its first part was written, before its parts.
  return { candidate, labelled: false, total: true, order: (run.candidates[0]?.order ?? 0) - 0.5 };
}

/** Ranked: labelled like the target, then totals, then as written; one number once per sub-item. */
function preferred(ranked: readonly Ranked[]): ValueCandidate[] {
  const sorted = [...ranked].sort(
    (a, b) =>
      Number(b.labelled) - Number(a.labelled) || Number(b.total) - Number(a.total) || a.order - b.order,
  );
  const offered: ValueCandidate[] = [];
  // Keyed by sub-item and amount: a report of thousands of different counts stays linear.
  const seen = new Set<string>();
  for (const { candidate } of sorted) {
    const key = `${candidate.subItem ?? ""}\u0000${candidate.amount}`;
    if (seen.has(key)) continue;
    seen.add(key);
    offered.push(candidate);
  }
  return offered;
}

/**
 * What a target asks for: each unit it counts in (not its capacities), the label before it and the value;
 * null when it names more than MAX_TARGET_SPECS of them.
 */
function readTargetSpecs(target: string): readonly TargetSpec[] | null {
  const specs: TargetSpec[] = [];
  for (const segment of splitReportBySubItem(target)) {
    const amounts = readAmounts(segment.text);
    // A value already asked for in this part of the target, by unit, label and amount (the separator
    // cannot occur in a unit): `10件又は20件` asks for two, `年2回 … 年2回` for one.
    const seen = new Set<string>();
    for (const found of amounts) {
      const key = `${found.unitKey}\u0000${found.label}\u0000${found.amount}`;
      if (seen.has(key)) continue;
      seen.add(key);
      QUALIFIER_AFTER.lastIndex = found.end;
      const qualifier = QUALIFIER_AFTER.exec(segment.text)?.[0] ?? "";
      const read = parseKpiValue(`${segment.text.slice(found.index, found.end)}${qualifier}`);
      const value = read.ok && read.value.amount !== null ? read.value : null;
      specs.push({
        subItems: segment.subItems,
        unit: found.unit,
        unitKey: found.unitKey,
        label: found.label,
        value,
        direction: value === null ? "increase" : inferDirection(value, segment.text),
        name: segment.text,
      });
      if (specs.length > MAX_TARGET_SPECS) return null;
    }
    if (amounts.length > 0) continue;
    for (const rate of segment.text.matchAll(RATE_WORD)) {
      specs.push({
        subItems: segment.subItems,
        unit: "%",
        unitKey: "%",
        label: rate[0],
        value: null,
        direction: "increase",
        name: segment.text,
      });
      if (specs.length > MAX_TARGET_SPECS) return null;
    }
  }
  return specs;
}

// A row's 数値目標 is read for its candidates and for its 実績値; a sheet copied between departments
// repeats it. Read once (the specs are never changed after reading).
const readTargetSpecsOnce = cacheByText(readTargetSpecs, 256);

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
    const raw = readRawLabelBefore(masked, index);
    const label = raw.replace(LABEL_NOISE, "");
    if (NOT_ACTUAL_LABEL.test(raw) || brackets.insideCapacityNote(index)) continue;
    if (GOAL_BEFORE.test(masked.slice(Math.max(0, index - GOAL_BEFORE_REACH), index))) continue;
    GOAL_AFTER.lastIndex = end;
    if (GOAL_AFTER.test(masked)) continue;
    CHANGE_AFTER.lastIndex = end;
    if (CHANGE_AFTER.test(masked)) continue;
    BEFORE_ARROW.lastIndex = end;
    if (BEFORE_ARROW.test(masked)) continue;
    const labelStart = index - (raw === "" ? 0 : labelLengthBefore(masked, index));
    found.push({
      index,
      end,
      labelStart,
      amount: toAmount(m[1], m[2] ?? "0", m[3], m[4], m[5], unit),
      unit,
      unitKey: UNIT_KEY[unit] ?? unit,
      label,
      excerpt: excerptAround(text, index - label.length, end),
      total: TOTAL_WORD.test(raw),
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

/** The word right before a number, with 約/合計 in front of it (trimmed). */
function readRawLabelBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - LABEL_REACH), index);
  return (LABEL_BEFORE.exec(before)?.[0] ?? "").trim();
}

/** How many characters the label before a number takes, with the space between them. */
function labelLengthBefore(text: string, index: number): number {
  const before = text.slice(Math.max(0, index - LABEL_REACH), index);
  return LABEL_BEFORE.exec(before)?.[0].length ?? 0;
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

/**
 * The sentence of the number between start and end: from the last 。 (or line break) before it to the
 * next one after it, each looked for at most SENTENCE_REACH characters away. A sentence longer than
 * MAX_SENTENCE is cut to the phrase between the commas around the number (with a note after it), each at
 * most CLAUSE_REACH away, so that the time stays proportional to the number of values, not the text.
 */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  const back = Math.max(0, start - SENTENCE_REACH);
  while (from > back && !SENTENCE_END_CODES.has(text.charCodeAt(from - 1))) from -= 1;
  let to = end;
  const ahead = Math.min(text.length, end + SENTENCE_REACH);
  while (to < ahead && !SENTENCE_END_CODES.has(text.charCodeAt(to))) to += 1;
  if (to < text.length && text.charCodeAt(to) === 0x3002) to += 1; // keep the 。
  if (to - from <= MAX_SENTENCE) return text.slice(from, to).trim();

  let clauseFrom = start;
  const clauseBack = Math.max(from, start - CLAUSE_REACH);
  while (clauseFrom > clauseBack && !CLAUSE_BREAK_CODES.has(text.charCodeAt(clauseFrom - 1))) clauseFrom -= 1;
  NOTE_AFTER.lastIndex = end;
  let clauseTo = end + (NOTE_AFTER.exec(text)?.[0].length ?? 0);
  const clauseAhead = Math.min(to, clauseTo + CLAUSE_REACH);
  while (clauseTo < clauseAhead && !CLAUSE_BREAK_CODES.has(text.charCodeAt(clauseTo))) clauseTo += 1;
  return text.slice(clauseFrom, clauseTo).trim();
}
