/**
 * Scans one sub-item's text for deadline notations and turns them into dues: a date, a range (its start
 * and its end), a start alone (`以降`, `から`, `着手`), a start with a length (`令和6年度から4年間`), or no
 * fixed due (`随時`, `毎年度`). Prose between notations (`選挙期日`, `作成・`) is left alone; text that looks
 * like a date but cannot be read is an issue naming it.
 */
import type { IsoDate } from "./calendar";
import * as P from "./deadlinePatterns";
import type { FiscalContext } from "./fiscalContext";
import { calendarSpan, fiscalSpan } from "./fiscalContext";
import type { Anchor, Scan, Term } from "./deadlineTerm";
import { isAsciiDigitCode, readMonth } from "./deadlineTerm";
import { readDayOnlyAt, readTermAt } from "./readDeadlineTerm";
import type { Due } from "./resolveDue";
import type { Issue } from "./result";
import { isSpaceCode } from "./text";

type Span = Extract<Term, { kind: "span" }>;

/** A due read from `begin` to `end`, with its start when it is a range. */
interface DueRange {
  readonly begin: number;
  readonly start: IsoDate | null;
  readonly due: IsoDate;
  readonly end: number;
}

/** Where the scan of one segment puts what it reads. */
interface Found {
  readonly dues: Due[];
  readonly issues: Issue[];
  /** `(R7.10.1時点)`: dates of values, used only when the segment names no other date. */
  readonly asOf: Due[];
}

/**
 * Scans one sub-item's text, appending what it reads to `dues` and what it cannot read to `issues`.
 * @example scanSegment("7月以降", context, dues, issues) // dues: [{ kind: "start_only", start: "2025-07-01" }]
 */
export function scanSegment(text: string, context: FiscalContext, dues: Due[], issues: Issue[]): void {
  const scan: Scan = { text, context, yearBase: null };
  const found: Found = { dues, issues, asOf: [] };
  let anchor: Anchor | null = null;
  let at = 0;
  while (at < text.length) {
    P.CANDIDATE.lastIndex = at;
    const candidate = P.CANDIDATE.exec(text);
    if (candidate === null) break;
    const begin = candidate.index;
    const first = readFirst(scan, begin, anchor);
    if (first === null) {
      at = skipUnread(scan, begin, issues);
      continue;
    }
    if (!first.ok) {
      issues.push(first.issue);
      at = first.end;
      continue;
    }
    if (first.kind !== "span") {
      const continuous = first.kind === "continuous";
      dues.push({
        kind: first.kind,
        start: continuous ? context.start : null,
        due: continuous ? context.end : null,
        source: text.slice(begin, first.end),
        beyondFiscalYear: false,
      });
      at = first.end;
      continue;
    }
    // A bare month after a dated month follows on from it (`平成28年3月作成・11月確定`: November 2016).
    if (first.dated && (first.unit === "month" || first.unit === "day")) anchor = anchorOf(first.to);
    at = readAfterTerm(scan, begin, first, found);
  }
  if (dues.length === 0) dues.push(...found.asOf);
}

/** The notation at `begin`: a short month range's start (`10～12月`), or any notation. */
function readFirst(scan: Scan, begin: number, anchor: Anchor | null): Term | null {
  if (!isAsciiDigitCode(scan.text.charCodeAt(begin))) return readTermAt(scan, begin, anchor);
  P.SHORT_MONTH_RANGE.lastIndex = begin;
  const shortRange = P.SHORT_MONTH_RANGE.exec(scan.text);
  if (shortRange === null) return readTermAt(scan, begin, anchor);
  // `10` of `10～12月` is a month: the range's end gives it its 月.
  const digits = shortRange[1] ?? "";
  const end = begin + digits.length;
  return readMonth(scan, { begin, end, month: Number(digits), year: null, part: "whole", day: null, anchor });
}

/** Text that is no notation: an issue when it looks like a date, else skipped. */
function skipUnread(scan: Scan, begin: number, issues: Issue[]): number {
  P.DATE_LIKE.lastIndex = begin;
  if (P.DATE_LIKE.exec(scan.text) === null) return begin + 1;
  const fragment = fragmentAround(scan.text, begin);
  issues.push({ code: "deadline_unreadable", source: fragment.source });
  return fragment.end;
}

/** What follows a date decides what it is: a due, an as-of date, a start, or a range's start. */
function readAfterTerm(scan: Scan, begin: number, first: Span, found: Found): number {
  const { text } = scan;
  let term = first;
  let end = first.end;
  if (term.unit === "period") {
    // `年度中間期(9月末)`: the date in brackets says exactly which day the period word means.
    const inner = bracketed(scan, end);
    if (inner !== null) [term, end] = [inner, inner.end];
  }
  end = afterDay(term, text, end);
  const source = (to: number): string => text.slice(begin, to).trim();

  if (matches(P.APPROXIMATE, text, end)) return approximate(source(P.APPROXIMATE.lastIndex), found);
  if (matches(P.AS_OF, text, end)) {
    found.asOf.push(dateDue(term.range ? term.from : null, term.to, source(P.AS_OF.lastIndex), scan.context));
    return P.AS_OF.lastIndex;
  }
  if (matches(P.DUE_WORD, text, end)) end = P.DUE_WORD.lastIndex;
  else if (matches(P.START_WORD, text, end)) {
    return startOnly(term.from, source(P.START_WORD.lastIndex), P.START_WORD.lastIndex, found);
  }

  P.RANGE_SEPARATOR.lastIndex = end;
  const separator = P.RANGE_SEPARATOR.exec(text);
  if (separator === null || term.range)
    return pushRange(scan, found, { begin, start: term.range ? term.from : null, due: term.to, end });
  const afterSeparator = P.RANGE_SEPARATOR.lastIndex;
  const anchor = anchorOf(term.from);
  const second = readTermAt(scan, afterSeparator, anchor) ?? readDayOnlyAt(scan, afterSeparator, anchor);
  if (second?.ok === false) {
    found.issues.push(second.issue);
    return second.end;
  }
  if (second?.kind === "span") {
    const secondEnd = afterDay(second, text, second.end);
    if (matches(P.APPROXIMATE, text, secondEnd)) return approximate(source(P.APPROXIMATE.lastIndex), found);
    if (second.to < term.from) {
      found.issues.push({ code: "deadline_unreadable", source: source(secondEnd), reason: "range_reversed" });
      return secondEnd;
    }
    return pushRange(scan, found, { begin, start: term.from, due: second.to, end: secondEnd });
  }
  const tag = separator[1] ?? "";
  P.YEARS_LONG.lastIndex = afterSeparator;
  const length = tag === "から" ? P.YEARS_LONG.exec(text) : null;
  if (length !== null) return readLength(scan, found, { begin, term, years: Number(length[1]) });
  if (P.START_SEPARATORS.has(tag)) return startOnly(term.from, source(afterSeparator), afterSeparator, found);
  return pushRange(scan, found, { begin, start: null, due: term.to, end });
}

/** `令和6年度から4年間`: a start and a length in years give the due. */
function readLength(scan: Scan, found: Found, length: { begin: number; term: Span; years: number }): number {
  const { begin, term, years } = length;
  const end = P.YEARS_LONG.lastIndex;
  const source = scan.text.slice(begin, end);
  const startYear = Number(term.from.slice(0, 4));
  if (years < 1 || (term.unit !== "fiscal_year" && term.unit !== "calendar_year")) {
    found.issues.push({ code: "deadline_unreadable", source, reason: "length_without_start_year" });
    return end;
  }
  const due =
    term.unit === "fiscal_year"
      ? fiscalSpan(fiscalYearStarting(term.from, scan.context) + years - 1, "whole", scan.context).to
      : calendarSpan(startYear + years - 1, "whole").to;
  found.dues.push(dateDue(term.from, due, source, scan.context));
  return end;
}

/** A due (with its start when it is a range), and `まで`/`までの N 年間` after it, checked. */
function pushRange(scan: Scan, found: Found, range: DueRange): number {
  const { begin, start, due, end: from } = range;
  const { text } = scan;
  if (start !== null && matches(P.RANGE_LENGTH, text, from)) {
    // `平成 29(2017)年度から平成 52(2040)年度までの 24 年間`: the length must be the range's.
    P.RANGE_LENGTH.lastIndex = from;
    const years = Number(P.RANGE_LENGTH.exec(text)?.[1] ?? 0);
    const end = P.RANGE_LENGTH.lastIndex;
    if (years * 12 !== monthsBetween(start, due)) {
      found.issues.push({
        code: "deadline_unreadable",
        source: text.slice(begin, end),
        reason: "range_length_disagrees",
      });
      return end;
    }
    found.dues.push(dateDue(start, due, text.slice(begin, end), scan.context));
    return end;
  }
  const end = matches(P.UNTIL, text, from) ? P.UNTIL.lastIndex : from;
  found.dues.push(dateDue(start, due, text.slice(begin, end), scan.context));
  return end;
}

/** After a day, its weekday and a time of day (`12月13日(金曜日)午後7時30分`) go with it. */
function afterDay(term: Span, text: string, end: number): number {
  return term.unit === "day" ? skip(P.CLOCK_TIME, text, skip(P.WEEKDAY, text, end)) : end;
}

/** `2020年頃`, `7月～8月頃`: no due date stands for an approximate one. */
function approximate(source: string, found: Found): number {
  found.issues.push({ code: "deadline_unreadable", source, reason: "approximate" });
  return P.APPROXIMATE.lastIndex;
}

function startOnly(start: IsoDate, source: string, end: number, found: Found): number {
  found.dues.push({ kind: "start_only", start, due: null, source, beyondFiscalYear: false });
  return end;
}

/** A date in brackets right after `from`, with the bracket closed after it; null otherwise. */
function bracketed(scan: Scan, from: number): Span | null {
  if (!matches(P.OPEN_BRACKET, scan.text, from)) return null;
  const inner = readTermAt(scan, P.OPEN_BRACKET.lastIndex, null);
  if (inner === null || !inner.ok || inner.kind !== "span" || !matches(P.CLOSE_BRACKET, scan.text, inner.end))
    return null;
  return { ...inner, end: P.CLOSE_BRACKET.lastIndex };
}

function dateDue(start: IsoDate | null, due: IsoDate, source: string, context: FiscalContext): Due {
  return { kind: "date", start, due, source, beyondFiscalYear: due > context.end };
}

/** The fiscal year a fiscal-year span starting on `from` is. */
function fiscalYearStarting(from: IsoDate, context: FiscalContext): number {
  const year = Number(from.slice(0, 4));
  return Number(from.slice(5, 7)) >= context.startMonth ? year : year - 1;
}

function monthsBetween(from: IsoDate, to: IsoDate): number {
  const months = (date: IsoDate): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
  return months(to) - months(from) + 1;
}

function anchorOf(date: IsoDate): Anchor {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

/** Whether a sticky pattern matches at `at` (its lastIndex is then the end of the match). */
function matches(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** The end of a sticky pattern's match at `at`, or `at` when it does not match. */
function skip(pattern: RegExp, text: string, at: number): number {
  return matches(pattern, text, at) ? pattern.lastIndex : at;
}

/** The run of non-space text around a position, to show the user what could not be read. */
function fragmentAround(text: string, at: number): { source: string; end: number } {
  // Walks back by hand: a regex anchored at the end (`\S*$`) is tried from every position before it.
  let from = at;
  while (from > 0 && !isSpaceCode(text.charCodeAt(from - 1))) from--;
  P.NOT_SPACE_AFTER.lastIndex = at;
  const after = P.NOT_SPACE_AFTER.exec(text)?.[0] ?? "";
  return { source: text.slice(from, at) + after, end: at + Math.max(after.length, 1) };
}
