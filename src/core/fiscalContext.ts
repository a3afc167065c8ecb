/**
 * Where the dates of a 期間・期限 cell land: the sheet's fiscal year, and the days a month, a part of a
 * fiscal year or a calendar year covers. Computed once per (fiscal year, start month, plan start), with
 * the readings of that year's cells remembered beside it.
 */
import type { IsoDate } from "./calendar";
import { lastDayOfMonth, toIsoDate } from "./calendar";
import { cacheByText } from "./cacheByText";
import type { FiscalPart, MonthPart } from "./deadlinePatterns";
import { eraOfFiscalYear, gregorianYear } from "./era";
import { calendarYearOfMonth, fiscalYearRange } from "./fiscalYear";

export interface FiscalContext {
  readonly fiscalYear: number;
  readonly startMonth: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** Gregorian year before year 1 of the era the sheet's fiscal year is named in (era-less `26年度`). */
  readonly sheetEraOffset: number;
  /** The fiscal year a plan starts in, for `N年目`; null when the sheet does not say. */
  readonly planStart: number | null;
}

/** The days a notation covers: `5月` → 05-01…05-31, `9月末` → 09-30…09-30. */
export interface Span {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export interface FiscalContextKey {
  readonly fiscalYear: number;
  readonly startMonth: number;
  readonly planStart: number | null;
}

/** A context with its own remembered readings, which it reads with `read`. */
export interface ReadingContext<T> extends FiscalContext {
  readonly read: (text: string) => T;
}

/** Readings kept per fiscal year: a sheet repeats a handful of notations (通年, 年度内) down its rows. */
const READING_CACHE_LIMIT = 2048;
/** Contexts kept: a workbook names a few fiscal years; past this the cache starts afresh. */
const CONTEXT_CACHE_LIMIT = 256;
const contexts = new Map<string, ReadingContext<unknown>>();
let lastContext: ReadingContext<unknown> | null = null;

/**
 * The context of a sheet's fiscal year, with a reader that remembers its readings by cell text (Excel
 * recalculates custom functions often). Readings are shared between calls and must not be mutated.
 * @example contextOf({ fiscalYear: 2025, startMonth: 4, planStart: null }, readCell).end // "2026-03-31"
 */
export function contextOf<T>(
  key: FiscalContextKey,
  readCell: (text: string, context: FiscalContext) => T,
): ReadingContext<T> {
  // Every row of a sheet asks for the same context: the last one is answered without a key to look up.
  const last = lastContext;
  if (
    last !== null &&
    last.fiscalYear === key.fiscalYear &&
    last.startMonth === key.startMonth &&
    last.planStart === key.planStart
  ) {
    return last as ReadingContext<T>;
  }
  const id = `${key.fiscalYear}/${key.startMonth}/${key.planStart ?? ""}`;
  const cached = contexts.get(id);
  if (cached) {
    lastContext = cached;
    return cached as ReadingContext<T>;
  }
  const { start, end } = fiscalYearRange(key.fiscalYear, key.startMonth);
  const fiscal: FiscalContext = {
    ...key,
    start,
    end,
    sheetEraOffset: gregorianYear(eraOfFiscalYear(key.fiscalYear).era, 1) - 1,
  };
  const context: ReadingContext<T> = {
    ...fiscal,
    read: cacheByText((text) => readCell(text, fiscal), READING_CACHE_LIMIT),
  };
  if (contexts.size >= CONTEXT_CACHE_LIMIT) contexts.clear();
  contexts.set(id, context);
  lastContext = context;
  return context;
}

const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, "0"));

/**
 * An ISO date by concatenation: dates are built for every cell, and most years have four digits.
 * @example isoDateOf(2025, 5, 1) // "2025-05-01"
 */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  if (year < 1000 || year > 9999) return toIsoDate({ year, month, day });
  return `${year}-${TWO_DIGITS[month] ?? ""}-${TWO_DIGITS[day] ?? ""}`;
}

/**
 * The days of a month, or of a part of it (上旬 the 1st to the 10th, 末 its last day alone).
 * @example monthSpan(2026, 2, "late") // { from: "2026-02-21", to: "2026-02-28" }
 */
export function monthSpan(year: number, month: number, part: MonthPart): Span {
  const last = lastDayOfMonth(year, month);
  const fromDay =
    part === "end" ? last : part === "middle" ? 11 : part === "late" ? 21 : part === "second_half" ? 16 : 1;
  const toDay = part === "early" ? 10 : part === "middle" ? 20 : part === "first_half" ? 15 : last;
  return { from: isoDateOf(year, month, fromDay), to: isoDateOf(year, month, toDay) };
}

/**
 * The days of a fiscal year, or of a part of it; halves and quarters count from its first month.
 * @example fiscalSpan(2025, "first", context) // { from: "2025-04-01", to: "2025-04-30" } (年度当初)
 */
export function fiscalSpan(fiscalYear: number, part: FiscalPart, context: FiscalContext): Span {
  const { start, end } =
    fiscalYear === context.fiscalYear ? context : fiscalYearRange(fiscalYear, context.startMonth);
  if (part === "whole") return { from: start, to: end };
  if (part === "end") return { from: end, to: end };
  // 上半期 = April…September; 年度当初 its first month; 中間期 the last day of its first half.
  const [firstMonth, months] =
    part === "first"
      ? [0, 1]
      : part === "midpoint" || part === "h1"
        ? [0, 6]
        : part === "h2"
          ? [6, 6]
          : [(part - 1) * 3, 3];
  const from = monthOfFiscalYear(fiscalYear, context.startMonth, firstMonth);
  const to = monthOfFiscalYear(fiscalYear, context.startMonth, firstMonth + months - 1);
  const last = isoDateOf(to.year, to.month, lastDayOfMonth(to.year, to.month));
  return { from: part === "midpoint" ? last : isoDateOf(from.year, from.month, 1), to: last };
}

/**
 * The calendar year a month falls in on this sheet.
 * @example yearOfMonthInFiscalYear(2025, 1, context) // 2026
 */
export function yearOfMonthInFiscalYear(fiscalYear: number, month: number, context: FiscalContext): number {
  return calendarYearOfMonth(fiscalYear, month, context.startMonth);
}

function monthOfFiscalYear(
  fiscalYear: number,
  startMonth: number,
  offset: number,
): { year: number; month: number } {
  const month = ((startMonth - 1 + offset) % 12) + 1;
  return { year: calendarYearOfMonth(fiscalYear, month, startMonth), month };
}

/**
 * A calendar year: 1 January to 31 December, or its last day alone (`年末`).
 * @example calendarSpan(2025, "end") // { from: "2025-12-31", to: "2025-12-31" }
 */
export function calendarSpan(year: number, part: "whole" | "end"): Span {
  const last = isoDateOf(year, 12, 31);
  return { from: part === "end" ? last : isoDateOf(year, 1, 1), to: last };
}
