/**
 * Reads a 期間・期限 cell into due dates. A due date is the last day by which the work must be done;
 * month precision means the month's last day, and a bare month is placed inside the sheet's fiscal year
 * (`1月` on an FY2025 sheet is January 2026).
 *
 * The reader scans each sub-item's text for date notations and leaves everything else alone: cells carry
 * labels and prose (`選挙期日`, `任期満了日前30日以内に実施する。`) that are not deadlines. Text that looks
 * like a date but cannot be read (`R7.1O月`, `R7.2.30`, `13月`) fails the whole cell: a guessed due date
 * would make an item look on time, or overdue, when it is neither.
 */

import type { IsoDate } from "./calendar";
import { isValidDate, lastDayOfMonth, toIsoDate } from "./calendar";
import { ERAS, ERA_LABEL_PATTERN, eraOfFiscalYear, gregorianYear } from "./era";
import { DEFAULT_START_MONTH, calendarYearOfMonth, fiscalYearRange } from "./fiscalYear";
import type { Issue, Result } from "./result";
import { fail, ok } from "./result";
import { MAX_CACHED_TEXT_LENGTH } from "./cacheByText";
import type { SubItemSegment } from "./splitBySubItem";
import { splitBySubItem } from "./splitBySubItem";
import { isSpaceCode, normalizeWidth } from "./text";

/**
 * - `date`: a due date.
 * - `continuous`: 通年, work that goes on all year: due at the fiscal year's end, never overdue before it.
 * - `no_fixed_due`: 随時, 適宜, 選挙時: no date, and none is invented.
 * - `start_only`: `…から` alone: a start, not a deadline.
 */
export type DueKind = "date" | "continuous" | "no_fixed_due" | "start_only";

export interface Due {
  readonly kind: DueKind;
  /** First day of a range (`R7. 5月～R8. 1月` → 2025-05-01), of `…から`, or of the fiscal year for 通年. */
  readonly start: IsoDate | null;
  /** The last day by which the work must be done; null for no_fixed_due and start_only. */
  readonly due: IsoDate | null;
  /** The fragment of the width-normalised text this was read from. */
  readonly source: string;
  /** The due date is after the fiscal year's last day: kept as written, and flagged. */
  readonly beyondFiscalYear: boolean;
}

export interface DueEntry {
  /** Sub-items these dues are for; null when the text has no (n) markers (the dues apply to the whole item). */
  readonly subItems: readonly number[] | null;
  /** `(1)5月、1月` gives two dues for sub-item 1. */
  readonly dues: readonly Due[];
}

export interface DeadlineReading {
  /** The cell's text as given; each due's `source` is a fragment of its width-normalised form. */
  readonly text: string;
  readonly fiscalYear: number;
  readonly entries: readonly DueEntry[];
  /** Things worth telling the user that do not stop the reading (a due beyond the fiscal year). */
  readonly warnings: readonly Issue[];
}

export interface ResolveDueOptions {
  /** The month the fiscal year starts in; 4 (April) unless a sheet says otherwise. */
  readonly startMonth?: number;
}

/** What the reader needs to know about the sheet's fiscal year, computed once per (year, start month). */
interface FiscalContext {
  readonly fiscalYear: number;
  readonly startMonth: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** Gregorian year before year 1 of the era the sheet's fiscal year is named in (era-less `26年度`). */
  readonly sheetEraOffset: number;
  /** Recent readings for this fiscal year, by cell text. */
  readonly readings: Map<string, Result<DeadlineReading>>;
}

/** A notation read at one place in the text, before it becomes a Due. */
type Term =
  | {
      readonly ok: true;
      readonly kind: "span";
      /** First and last day the notation covers: `5月` → 05-01…05-31, `9月末` → 09-30…09-30. */
      readonly from: IsoDate;
      readonly to: IsoDate;
      readonly end: number;
    }
  | { readonly ok: true; readonly kind: "continuous" | "no_fixed_due"; readonly end: number }
  | { readonly ok: false; readonly issue: Issue; readonly end: number };

type MonthPart = "whole" | "end" | "early" | "middle" | "late";
type FiscalPart = "whole" | "end" | "h1" | "h2" | 1 | 2 | 3 | 4;

/** A year and month that a range's end without its own year is read after (`10～12月`, `5月から8月まで`). */
interface Anchor {
  readonly year: number;
  readonly month: number;
}

// Patterns run on width-normalised text: digits are ASCII, runs of whitespace are one space, and both
// wave dashes are ～. Every pattern is sticky (y) and runs at a position found by CANDIDATE.

/** Characters where a notation, or something that looks like a broken one, can begin. */
const CANDIDATE = /[0-9令平昭RHSrhs年通上中下初第随適選今本当来次翌OoIl〇]/g;

/** A year: era + year (`令和7`, `R7`, `元`), four digits, or an era-less year before 年 (`26年度`). */
const YEAR = new RegExp(
  `(?:(?<![A-Za-z])(${ERA_LABEL_PATTERN}) ?(元|\\d{1,2})(?!\\d)|(?<!\\d)(\\d{4})(?!\\d)|(?<!\\d)(\\d{1,2})(?= ?年)) ?(年度|年|[./-])`,
  "y",
);
const FISCAL_TAIL = "(?:(末日|末|内|中|上半期|上期|下半期|下期)|第 ?([1-4一二三四]) ?四半期)";
/** What may follow `…年度`: `末`, `上半期`, `第2四半期` (optional). */
const FISCAL_TAIL_AFTER_YEAR = new RegExp(` ?${FISCAL_TAIL}`, "y");
/** `年度内`, `今年度末`, `来年度`…: a fiscal year named relative to the sheet's. */
const FISCAL_WORD = new RegExp(`(今|本|当|来|次|翌)?年度(?: ?${FISCAL_TAIL})?`, "y");
const MONTH_TAIL = "(?: ?(?:(\\d{1,2}) ?日|(末日|末|上旬|初旬|中旬|下旬|中|内)))?";
/** `5月`, `8月30日`, `9月末`, `10月下旬` with no year of its own. */
const MONTH_BARE = new RegExp(`(?<!\\d)(\\d{1,2}) ?月${MONTH_TAIL}`, "y");
/** The month after a year: `令和7年5月20日`, `R7. 10月`. */
const MONTH_AFTER_YEAR = new RegExp(` ?(\\d{1,2}) ?月${MONTH_TAIL}`, "y");
/** `R7.5.20`, `2025/5/20`: month and day in figures after the year (not `R7.4-5月`, a month range). */
const NUMERIC_DAY = / ?(\d{1,2}) ?[./-] ?(\d{1,2})(?!\d)(?! ?月)/y;
/** `3/31`: month and day as Excel shows a date typed without its year. */
const MONTH_DAY = /(?<![\d/.])(\d{1,2}) ?\/ ?(\d{1,2})(?![\d/])/y;
/** `R7.9` in `R7.9～10月`: a month in figures; a letter or digit after it means the text is garbled. */
const NUMERIC_MONTH = / ?(\d{1,2})(?![\d./A-Za-z〇])/y;
/** `令和7年末`, `令和7年内`: the end of a calendar year. */
const CALENDAR_TAIL = / ?(末日|末|内|中)/y;
const KEYWORD =
  /(通年)|(年末|年内)|(上半期|上期)|(下半期|下期)|第 ?([1-4一二三四]) ?四半期|(随時|適宜|選挙時)/y;
/** `10～12月`: a month range whose start has no 月 of its own. */
const SHORT_MONTH_RANGE = /(?<!\d)(\d{1,2}) ?～ ?(?=\d{1,2} ?月)/y;
/** Between the ends of a range, or after a start alone (`5月から`). */
const RANGE_SEPARATOR = / ?(～|から|より|-|―|—) ?/y;
const UNTIL = / ?(?:まで|迄)/y;
/** `20日` in `5月10日～20日`. */
const DAY_ONLY = /(\d{1,2}) ?日/y;
/** `(R7.10.1時点)` dates a value; it is not a deadline. */
const AS_OF = / ?時点/y;
/**
 * Looks like a date but did not read as one: an era with a year (`R7.1O月`) or without one (`令和年度`),
 * a number before 月 or 年,
 * a letter that stands in for a digit (`1O月`, `l0日`), or a part of a notation left on its own (`下旬`).
 */
const DATE_LIKE = new RegExp(
  [
    `(?<![A-Za-z])(?:${ERA_LABEL_PATTERN}) ?(?:元|\\d)`,
    "(?:令和|平成|昭和) ?年",
    // At most four digits: every digit of a run is a candidate, and `\d+` would rescan the run from each
    // (quadratic in a cell of digits). The last four digits of a longer run still match, and the
    // fragment shown is the whole run either way.
    "\\d{1,4} ?月",
    "\\d{1,4} ?年(?!間)",
    "[OoIl〇] ?[\\d月日]",
    "\\d ?[OoIl〇](?![A-Za-z])",
    "\\d{1,4} ?/ ?\\d",
    "上旬|中旬|下旬|初旬",
    "第 ?\\S{1,2} ?四半期",
  ].join("|"),
  "y",
);
const NOT_SPACE_AFTER = /\S*/y;

const ERA_FIRST_YEAR = new Map<string, number>(
  ERAS.flatMap((era) => era.labels.map((label) => [label, era.firstYear] as const)),
);
const KANJI_QUARTER: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4 };
const MONTH_PARTS: Readonly<Record<string, MonthPart>> = {
  末日: "end",
  末: "end",
  上旬: "early",
  初旬: "early",
  中旬: "middle",
  下旬: "late",
  中: "whole",
  内: "whole",
};
const FISCAL_PARTS: Readonly<Record<string, FiscalPart>> = {
  末日: "end",
  末: "end",
  内: "whole",
  中: "whole",
  上半期: "h1",
  上期: "h1",
  下半期: "h2",
  下期: "h2",
};
/** 来年度 and its synonyms name the fiscal year after the sheet's. */
const NEXT_YEAR_WORDS = new Set(["来", "次", "翌"]);

/**
 * The end of a sub-item range past (99) (`(1)～(100)`, `(1)～(99999)`), left at the start of a segment's
 * text because a marker has at most two digits (see splitBySubItem): such a range is refused, not read.
 */
const RANGE_END_BEYOND_CAP = /^[～-] ?\(\d{3,}\)/;
/** An opening parenthesis, half or full width, or ⑴…⒇ (NFKC makes them (1)): without one, no (n) marker. */
const MARKER_OPEN = /[(（\u2474-\u2487]/;
/** Characters an era label can start with (令和, R, …): only there can a year with an era begin. */
const ERA_INITIALS = new Set(ERAS.flatMap((era) => era.labels.map((label) => label.charCodeAt(0))));
/** Zero-padded day numbers, so that building an ISO date is a concatenation. */
const DAY_TEXT: readonly string[] = Array.from({ length: 32 }, (_, day) => String(day).padStart(2, "0"));

const contextCache = new Map<number, FiscalContext>();
const READING_CACHE_LIMIT = 2048;
/** `YYYY-MM-` and the last day of each month met so far: dates are built per cell, months repeat. */
const MONTH_CACHE_LIMIT = 4096;
const monthCache = new Map<number, MonthInfo>();

interface MonthInfo {
  readonly prefix: string;
  readonly lastDay: number;
}

/**
 * Reads the due dates of a 期間・期限 cell for a sheet of the given fiscal year, one entry per sub-item group.
 * @example resolveDue("(1)5月、1月 (2)(3)年度内 (4)通年", 2025)
 * // ok: entries [{ subItems: [1], dues: 2025-05-31, 2026-01-31 }, { subItems: [2, 3], dues: 2026-03-31 },
 * //              { subItems: [4], dues: continuous until 2026-03-31 }]
 */
export function resolveDue(
  text: string | null | undefined,
  fiscalYear: number,
  options?: ResolveDueOptions,
): Result<DeadlineReading> {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 1900 || fiscalYear > 2200) {
    return fail({ code: "fiscal_year_unreadable", text: String(fiscalYear) });
  }
  if (text == null || text.trim() === "") return fail({ code: "deadline_empty" });
  const context = fiscalContextOf(fiscalYear, options?.startMonth ?? DEFAULT_START_MONTH);
  // Long texts are read each time: V8 hashes them by length alone (see MAX_CACHED_TEXT_LENGTH).
  if (text.length > MAX_CACHED_TEXT_LENGTH) return readCell(text, context);
  const cached = context.readings.get(text);
  if (cached !== undefined) return cached;
  const result = readCell(text, context);
  // A sheet repeats a handful of notations (通年, 年度内) down thousands of rows, and Excel recalculates
  // custom functions often: remember recent cells. Clearing when full keeps the bound without LRU upkeep.
  // Readings are therefore shared between calls; their types are readonly, and callers must not mutate
  // them (freezing them would cost more than reading the cell).
  if (context.readings.size >= READING_CACHE_LIMIT) context.readings.clear();
  context.readings.set(text, result);
  return result;
}

function readCell(text: string, context: FiscalContext): Result<DeadlineReading> {
  const entries: DueEntry[] = [];
  const warnings: Issue[] = [];
  const issues: Issue[] = [];
  for (const segment of segmentsOf(text)) {
    const beyondCap = segment.subItems === null ? null : RANGE_END_BEYOND_CAP.exec(segment.text);
    if (beyondCap !== null) {
      // `(1)～(100)`: a range past (99), the most a sub-item marker can name. Reading `(1)` alone would
      // drop the rest of the range without a word.
      const opening = segment.subItems?.[segment.subItems.length - 1] ?? "";
      issues.push({
        code: "deadline_unreadable",
        source: `(${opening})${beyondCap[0].trim()}`,
        reason: "sub_item_range_too_long",
      });
      continue;
    }
    const dues: Due[] = [];
    readSegment(segment.text, context, dues, issues);
    if (dues.length === 0) {
      // A sub-item whose text holds no deadline is worth a word; text before the first marker is a label.
      if (segment.subItems !== null) {
        warnings.push({
          code: "deadline_unreadable",
          ...subItemParams(segment.subItems),
          source: segment.text,
        });
      }
      continue;
    }
    entries.push({ subItems: segment.subItems, dues });
    for (const due of dues) {
      if (!due.beyondFiscalYear) continue;
      warnings.push({
        code: "deadline_beyond_fiscal_year",
        due: due.due,
        fiscalYearEnd: context.end,
        source: due.source,
        ...subItemParams(segment.subItems),
      });
    }
  }
  if (issues.length > 0) return fail(...issues.map((issue) => ({ ...issue, text })));
  if (entries.length === 0) return fail({ code: "deadline_unreadable", text });
  return ok({ text, fiscalYear: context.fiscalYear, entries, warnings });
}

/**
 * The dues that apply to sub-item n: the entries naming n, else the entries without markers.
 * @example duesForSubItem(reading("(1)8月30日 (2)通年"), 1) // [{ kind: "date", due: "2025-08-30", … }]
 */
export function duesForSubItem(reading: DeadlineReading, subItem: number): readonly Due[] {
  const named: Due[] = [];
  const unmarked: Due[] = [];
  for (const entry of reading.entries) {
    if (entry.subItems === null) unmarked.push(...entry.dues);
    else if (entry.subItems.includes(subItem)) named.push(...entry.dues);
  }
  return named.length > 0 ? named : unmarked;
}

/**
 * The latest due date in the reading (or of sub-item n); null when no due has a date (随時 only).
 * @example lastDue(reading("(1)5月、1月 (2)(3)年度内"), 1) // "2026-01-31"
 */
export function lastDue(reading: DeadlineReading, subItem?: number): IsoDate | null {
  const dues =
    subItem === undefined ? reading.entries.flatMap((entry) => entry.dues) : duesForSubItem(reading, subItem);
  let latest: IsoDate | null = null;
  for (const due of dues) if (due.due !== null && (latest === null || due.due > latest)) latest = due.due;
  return latest;
}

/** Most cells have no (n) marker (`通年`, `年度末まで`): they need no splitting, only width normalisation. */
function segmentsOf(text: string): readonly SubItemSegment[] {
  if (!MARKER_OPEN.test(text)) {
    const normalized = normalizeWidth(text);
    return normalized === "" ? [] : [{ subItems: null, text: normalized }];
  }
  return splitBySubItem(text);
}

function fiscalContextOf(fiscalYear: number, startMonth: number): FiscalContext {
  const key = fiscalYear * 16 + startMonth;
  const cached = contextCache.get(key);
  if (cached) return cached;
  const { start, end } = fiscalYearRange(fiscalYear, startMonth);
  const sheetEra = eraOfFiscalYear(fiscalYear);
  const context: FiscalContext = {
    fiscalYear,
    startMonth,
    start,
    end,
    sheetEraOffset: gregorianYear(sheetEra.era, 1) - 1,
    readings: new Map(),
  };
  contextCache.set(key, context);
  return context;
}

function subItemParams(subItems: readonly number[] | null): Record<string, number | string> {
  if (subItems === null || subItems.length === 0) return {};
  const first = subItems[0] ?? 0;
  return subItems.length === 1 ? { subItem: first } : { subItem: first, subItems: subItems.join(",") };
}

/** Scans one sub-item's text, appending what it reads to `dues` and what it cannot read to `issues`. */
function readSegment(text: string, context: FiscalContext, dues: Due[], issues: Issue[]): void {
  let at = 0;
  while (at < text.length) {
    CANDIDATE.lastIndex = at;
    const candidate = CANDIDATE.exec(text);
    if (candidate === null) return;
    const begin = candidate.index;

    let first: Term | null;
    let afterFirst: number;
    let shortRange: RegExpExecArray | null = null;
    if (isAsciiDigitCode(text.charCodeAt(begin))) {
      SHORT_MONTH_RANGE.lastIndex = begin;
      shortRange = SHORT_MONTH_RANGE.exec(text);
    }
    if (shortRange !== null) {
      afterFirst = begin + (shortRange[1]?.length ?? 0);
      first = readMonth(text, begin, afterFirst, Number(shortRange[1]), null, "whole", null, context, null);
    } else {
      first = readTermAt(text, begin, context, null);
      afterFirst = first?.end ?? begin;
    }

    if (first === null) {
      DATE_LIKE.lastIndex = begin;
      if (DATE_LIKE.exec(text) !== null) {
        const fragment = fragmentAround(text, begin);
        issues.push({ code: "deadline_unreadable", source: fragment.source });
        at = fragment.end;
      } else {
        at = begin + 1;
      }
      continue;
    }
    if (!first.ok) {
      issues.push(first.issue);
      at = first.end;
      continue;
    }
    if (first.kind !== "span") {
      dues.push({
        kind: first.kind,
        start: first.kind === "continuous" ? context.start : null,
        due: first.kind === "continuous" ? context.end : null,
        source: text.slice(begin, first.end),
        beyondFiscalYear: false,
      });
      at = first.end;
      continue;
    }

    AS_OF.lastIndex = afterFirst;
    if (AS_OF.test(text)) {
      at = AS_OF.lastIndex;
      continue;
    }

    RANGE_SEPARATOR.lastIndex = afterFirst;
    const separator = RANGE_SEPARATOR.exec(text);
    if (separator !== null) {
      const anchor = anchorOf(first.from);
      const afterSeparator = RANGE_SEPARATOR.lastIndex;
      const second =
        readTermAt(text, afterSeparator, context, anchor) ?? readDayOnlyAt(text, afterSeparator, anchor);
      if (second !== null) {
        if (!second.ok) {
          issues.push(second.issue);
          at = second.end;
          continue;
        }
        if (second.kind === "span") {
          const end = untilEnd(text, second.end);
          const source = text.slice(begin, end);
          if (second.to < first.from) {
            issues.push({ code: "deadline_unreadable", source, reason: "range_reversed" });
          } else {
            dues.push(dateDue(first.from, second.to, source, context));
          }
          at = end;
          continue;
        }
      }
      if (separator[1] === "～" || separator[1] === "から" || separator[1] === "より") {
        dues.push({
          kind: "start_only",
          start: first.from,
          due: null,
          source: text.slice(begin, RANGE_SEPARATOR.lastIndex).trimEnd(),
          beyondFiscalYear: false,
        });
        at = afterSeparator;
        continue;
      }
    }
    const end = untilEnd(text, first.end);
    dues.push(dateDue(null, first.to, text.slice(begin, end), context));
    at = end;
  }
}

function isAsciiDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function monthInfoOf(year: number, month: number): MonthInfo {
  const key = year * 16 + month;
  const cached = monthCache.get(key);
  if (cached) return cached;
  const info: MonthInfo = {
    prefix: toIsoDate({ year, month, day: 1 }).slice(0, 8),
    lastDay: lastDayOfMonth(year, month),
  };
  if (monthCache.size >= MONTH_CACHE_LIMIT) monthCache.clear();
  monthCache.set(key, info);
  return info;
}

function isoDateOf(info: MonthInfo, day: number): IsoDate {
  return info.prefix + (DAY_TEXT[day] ?? String(day));
}

function dateDue(start: IsoDate | null, due: IsoDate, source: string, context: FiscalContext): Due {
  return { kind: "date", start, due, source, beyondFiscalYear: due > context.end };
}

function untilEnd(text: string, from: number): number {
  UNTIL.lastIndex = from;
  return UNTIL.test(text) ? UNTIL.lastIndex : from;
}

function anchorOf(date: IsoDate): Anchor {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

/** The run of non-space text around a position, to show the user what could not be read. */
function fragmentAround(text: string, at: number): { source: string; end: number } {
  // Walks back by hand: a regex anchored at the end (`\S*$`) is tried from every position before it.
  let from = at;
  while (from > 0 && !isSpaceCode(text.charCodeAt(from - 1))) from--;
  NOT_SPACE_AFTER.lastIndex = at;
  const after = NOT_SPACE_AFTER.exec(text)?.[0] ?? "";
  return { source: text.slice(from, at) + after, end: at + Math.max(after.length, 1) };
}

/** Reads one notation starting exactly at `at`, or null when none starts there. */
function readTermAt(text: string, at: number, context: FiscalContext, anchor: Anchor | null): Term | null {
  const code = text.charCodeAt(at);
  const digit = isAsciiDigitCode(code);
  if (digit || ERA_INITIALS.has(code)) {
    YEAR.lastIndex = at;
    const year = YEAR.exec(text);
    if (year !== null) {
      const term = readAfterYear(text, at, year, context);
      if (term !== null) return term;
    }
    if (!digit) return null;
    MONTH_DAY.lastIndex = at;
    const monthDay = MONTH_DAY.exec(text);
    if (monthDay !== null) {
      const end = MONTH_DAY.lastIndex;
      return readMonth(
        text,
        at,
        end,
        Number(monthDay[1]),
        null,
        "whole",
        Number(monthDay[2]),
        context,
        anchor,
      );
    }
    MONTH_BARE.lastIndex = at;
    const month = MONTH_BARE.exec(text);
    if (month === null) return null;
    const end = MONTH_BARE.lastIndex;
    return readMonth(
      text,
      at,
      end,
      Number(month[1]),
      null,
      monthPartOf(month[3]),
      dayOf(month[2]),
      context,
      anchor,
    );
  }

  FISCAL_WORD.lastIndex = at;
  const fiscalWord = FISCAL_WORD.exec(text);
  if (fiscalWord !== null) {
    const fiscalYear =
      context.fiscalYear + (fiscalWord[1] !== undefined && NEXT_YEAR_WORDS.has(fiscalWord[1]) ? 1 : 0);
    return fiscalSpan(fiscalYear, fiscalPartOf(fiscalWord[2], fiscalWord[3]), context, FISCAL_WORD.lastIndex);
  }

  KEYWORD.lastIndex = at;
  const keyword = KEYWORD.exec(text);
  if (keyword !== null) {
    const end = KEYWORD.lastIndex;
    if (keyword[1] !== undefined) return { ok: true, kind: "continuous", end };
    if (keyword[6] !== undefined) return { ok: true, kind: "no_fixed_due", end };
    if (keyword[2] !== undefined) {
      // 年末 is the end of the calendar year the fiscal year starts in (31 December 2025 on an FY2025 sheet).
      const december = calendarYearOfMonth(context.fiscalYear, 12, context.startMonth);
      return calendarSpan(december, keyword[2] === "年末" ? "end" : "whole", end);
    }
    const part = fiscalPartOf(keyword[3] ?? keyword[4], keyword[5]);
    return fiscalSpan(context.fiscalYear, part, context, end);
  }
  return null;
}

/** Reads what follows a year: `年度末`, `年5月20日`, `.10月`, `.5.20`, `年末`. */
function readAfterYear(text: string, at: number, year: RegExpExecArray, context: FiscalContext): Term | null {
  const [, eraLabel, eraYear, western, eraless, suffix] = year;
  const afterYear = YEAR.lastIndex;
  let gregorian: number;
  if (eraLabel !== undefined) {
    const yearInEra = eraYear === "元" ? 1 : Number(eraYear);
    if (yearInEra < 1) return impossible(text, at, afterYear);
    // Era years by arithmetic: 平成33年度 never existed, and means FY2021.
    gregorian = (ERA_FIRST_YEAR.get(eraLabel) ?? 0) - 1 + yearInEra;
  } else if (western !== undefined) {
    gregorian = Number(western);
  } else {
    const yearInEra = Number(eraless);
    if (yearInEra < 1) return impossible(text, at, afterYear);
    // An era-less year (26年度末) is in the era of the sheet's own fiscal year.
    gregorian = context.sheetEraOffset + yearInEra;
  }

  if (suffix === "年度") {
    FISCAL_TAIL_AFTER_YEAR.lastIndex = afterYear;
    const tail = FISCAL_TAIL_AFTER_YEAR.exec(text);
    if (tail === null) return fiscalSpan(gregorian, "whole", context, afterYear);
    return fiscalSpan(gregorian, fiscalPartOf(tail[1], tail[2]), context, FISCAL_TAIL_AFTER_YEAR.lastIndex);
  }

  MONTH_AFTER_YEAR.lastIndex = afterYear;
  const month = MONTH_AFTER_YEAR.exec(text);
  if (month !== null) {
    const end = MONTH_AFTER_YEAR.lastIndex;
    return readMonth(
      text,
      at,
      end,
      Number(month[1]),
      gregorian,
      monthPartOf(month[3]),
      dayOf(month[2]),
      context,
      null,
    );
  }

  if (suffix === "年") {
    CALENDAR_TAIL.lastIndex = afterYear;
    const tail = CALENDAR_TAIL.exec(text);
    if (tail !== null)
      return calendarSpan(
        gregorian,
        tail[1] === "末" || tail[1] === "末日" ? "end" : "whole",
        CALENDAR_TAIL.lastIndex,
      );
    // `3年` alone is more often a duration than a year; only a year with its era stands alone.
    return eraless === undefined ? calendarSpan(gregorian, "whole", afterYear) : null;
  }

  NUMERIC_DAY.lastIndex = afterYear;
  const numericDay = NUMERIC_DAY.exec(text);
  if (numericDay !== null) {
    const end = NUMERIC_DAY.lastIndex;
    return readMonth(
      text,
      at,
      end,
      Number(numericDay[1]),
      gregorian,
      "whole",
      Number(numericDay[2]),
      context,
      null,
    );
  }
  NUMERIC_MONTH.lastIndex = afterYear;
  const numericMonth = NUMERIC_MONTH.exec(text);
  if (numericMonth !== null) {
    const end = NUMERIC_MONTH.lastIndex;
    return readMonth(text, at, end, Number(numericMonth[1]), gregorian, "whole", null, context, null);
  }
  return null;
}

/** `20日` after `5月10日～`: a day in the month the range starts in. */
function readDayOnlyAt(text: string, at: number, anchor: Anchor): Term | null {
  DAY_ONLY.lastIndex = at;
  const day = DAY_ONLY.exec(text);
  if (day === null) return null;
  const end = DAY_ONLY.lastIndex;
  return readMonth(text, at, end, anchor.month, anchor.year, "whole", Number(day[1]), null, null);
}

/**
 * A month (with a day or a part of the month). Without a year the month is placed in the sheet's fiscal
 * year, or, at the end of a range, at the first such month from the range's start on.
 */
function readMonth(
  text: string,
  begin: number,
  end: number,
  month: number,
  year: number | null,
  part: MonthPart,
  day: number | null,
  context: FiscalContext | null,
  anchor: Anchor | null,
): Term {
  let calendarYear: number;
  if (year !== null) calendarYear = year;
  else if (anchor !== null) calendarYear = month >= anchor.month ? anchor.year : anchor.year + 1;
  else if (context !== null)
    calendarYear = calendarYearOfMonth(context.fiscalYear, month, context.startMonth);
  else calendarYear = 0;
  if (month < 1 || month > 12 || (day !== null && !isValidDate(calendarYear, month, day))) {
    return impossible(text, begin, end);
  }
  const info = monthInfoOf(calendarYear, month);
  if (day !== null) {
    const date = isoDateOf(info, day);
    return { ok: true, kind: "span", from: date, to: date, end };
  }
  const last = info.lastDay;
  const fromDay = part === "end" ? last : part === "middle" ? 11 : part === "late" ? 21 : 1;
  const toDay = part === "early" ? 10 : part === "middle" ? 20 : last;
  return { ok: true, kind: "span", from: isoDateOf(info, fromDay), to: isoDateOf(info, toDay), end };
}

function fiscalSpan(fiscalYear: number, part: FiscalPart, context: FiscalContext, end: number): Term {
  const { start, end: last } =
    fiscalYear === context.fiscalYear ? context : fiscalYearRange(fiscalYear, context.startMonth);
  if (part === "whole") return { ok: true, kind: "span", from: start, to: last, end };
  if (part === "end") return { ok: true, kind: "span", from: last, to: last, end };
  // Halves and quarters count months from the fiscal year's first month (上半期 = April…September).
  const [firstMonth, months] = part === "h1" ? [0, 6] : part === "h2" ? [6, 6] : [(part - 1) * 3, 3];
  const from = monthOfFiscalYear(fiscalYear, context.startMonth, firstMonth);
  const to = monthOfFiscalYear(fiscalYear, context.startMonth, firstMonth + months - 1);
  const toInfo = monthInfoOf(to.year, to.month);
  return {
    ok: true,
    kind: "span",
    from: isoDateOf(monthInfoOf(from.year, from.month), 1),
    to: isoDateOf(toInfo, toInfo.lastDay),
    end,
  };
}

function monthOfFiscalYear(fiscalYear: number, startMonth: number, offset: number): Anchor {
  const month = ((startMonth - 1 + offset) % 12) + 1;
  return { year: calendarYearOfMonth(fiscalYear, month, startMonth), month };
}

function calendarSpan(year: number, part: "whole" | "end", end: number): Term {
  const last = toIsoDate({ year, month: 12, day: 31 });
  return {
    ok: true,
    kind: "span",
    from: part === "end" ? last : toIsoDate({ year, month: 1, day: 1 }),
    to: last,
    end,
  };
}

function impossible(text: string, begin: number, end: number): Term {
  return { ok: false, issue: { code: "date_impossible", source: text.slice(begin, end) }, end };
}

function monthPartOf(word: string | undefined): MonthPart {
  return word === undefined ? "whole" : (MONTH_PARTS[word] ?? "whole");
}

function dayOf(digits: string | undefined): number | null {
  return digits === undefined ? null : Number(digits);
}

function fiscalPartOf(word: string | undefined, quarter: string | undefined): FiscalPart {
  if (quarter !== undefined) {
    const n = KANJI_QUARTER[quarter] ?? Number(quarter);
    return n === 1 || n === 2 || n === 3 || n === 4 ? n : "whole";
  }
  return word === undefined ? "whole" : (FISCAL_PARTS[word] ?? "whole");
}
