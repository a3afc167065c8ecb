/**
 * What reading a notation gives (a Term), the state of a scan over one sub-item's text, and the month
 * every notation that ends in a month or a day comes down to.
 */
import { isValidDate } from "./calendar";
import type * as P from "./deadlinePatterns";
import type { FiscalContext, Span } from "./fiscalContext";
import { isoDateOf, monthSpan, yearOfMonthInFiscalYear } from "./fiscalContext";
import type { DeadlineRefusal } from "./issues";
import type { Issue } from "./result";

/** What a notation's days are: a day, a month, a fiscal or calendar year, or a part of a fiscal year. */
export type TermUnit = "day" | "month" | "fiscal_year" | "calendar_year" | "period";

export type Term =
  | (Span & {
      readonly ok: true;
      readonly kind: "span";
      readonly end: number;
      readonly unit: TermUnit;
      /** The notation gave its own year (`R7. 5月`), so a bare month after it follows on from it. */
      readonly dated: boolean;
      /** Two years in one notation (`H25~H28`): `from` is the start of a range. */
      readonly range?: true;
    })
  | { readonly ok: true; readonly kind: "continuous" | "no_fixed_due"; readonly end: number }
  | { readonly ok: false; readonly issue: Issue; readonly end: number };

/** A year and month that a later month without its own year is read after (`10～12月`, `5月、翌 1月`). */
export interface Anchor {
  readonly year: number;
  readonly month: number;
}

/** One sub-item's text as it is scanned. */
export interface Scan {
  readonly text: string;
  readonly context: FiscalContext;
  /** The Gregorian year before year 1 for an era-less year, set by the last year written before it. */
  yearBase: number | null;
}

/** A month as written: where it is in the text, and its year, day or part when it gives them. */
export interface MonthNotation {
  readonly begin: number;
  readonly end: number;
  readonly month: number;
  /** The calendar year; null to place the month in the sheet's fiscal year or after the anchor. */
  readonly year: number | null;
  readonly part: P.MonthPart;
  readonly day: number | null;
  readonly anchor: Anchor | null;
}

/**
 * A month (with a day or a part of the month). Without a year the month is placed in the sheet's fiscal
 * year, or, after an anchor, at the first such month from the anchor on.
 * @example readMonth(scanOf("1月", 2025), { begin: 0, end: 2, month: 1, year: null, part: "whole", day: null, anchor: null })
 * // { ok: true, kind: "span", from: "2026-01-01", to: "2026-01-31", unit: "month", dated: false, end: 2 }
 */
export function readMonth(scan: Scan, notation: MonthNotation): Term {
  const { begin, end, month, year, part, day, anchor } = notation;
  const { context } = scan;
  const calendarYear =
    year ??
    (anchor !== null
      ? month >= anchor.month
        ? anchor.year
        : anchor.year + 1
      : yearOfMonthInFiscalYear(context.fiscalYear, month, context));
  if (month < 1 || month > 12 || (day !== null && !isValidDate(calendarYear, month, day))) {
    return impossible(scan.text, begin, end);
  }
  if (day !== null) {
    const date = isoDateOf(calendarYear, month, day);
    return span({ from: date, to: date }, { end, unit: "day", dated: year !== null });
  }
  return span(monthSpan(calendarYear, month, part), { end, unit: "month", dated: year !== null });
}

/** How a span was written: where it ends in the text, what its days are, and whether it gave its year. */
export interface SpanNotation {
  readonly end: number;
  readonly unit: TermUnit;
  readonly dated: boolean;
  readonly range?: boolean;
}

/**
 * A read notation covering `days`.
 * @example span({ from: "2025-09-30", to: "2025-09-30" }, { end: 3, unit: "month", dated: false }).ok // true
 */
export function span(days: Span, notation: SpanNotation): Term {
  const { end, unit, dated, range } = notation;
  const term = { ok: true, kind: "span", from: days.from, to: days.to, end, unit, dated } as const;
  return range === true ? { ...term, range: true } : term;
}

/**
 * A notation that names no day (`2月30日`, `13月`, `令和0年`): `date_impossible`, with the fragment.
 * @example impossible("2月30日", 0, 5).ok // false
 */
export function impossible(text: string, begin: number, end: number): Term {
  return { ok: false, issue: { code: "date_impossible", source: text.slice(begin, end) }, end };
}

/**
 * A notation that is refused for a known reason (`short_year_ambiguous`, `approximate`, …).
 * @example unreadable(scanOf("2020年頃"), 0, 6, "approximate") // issue: deadline_unreadable, source "2020年頃"
 */
export function unreadable(scan: Scan, begin: number, end: number, reason: DeadlineRefusal): Term {
  return {
    ok: false,
    issue: { code: "deadline_unreadable", source: scan.text.slice(begin, end), reason },
    end,
  };
}

/** A day's digits as a number, or null when the notation gave no day. @example dayOf("20") // 20 */
export function dayOf(digits: string | undefined): number | null {
  return digits === undefined ? null : Number(digits);
}

/** Whether a UTF-16 code is an ASCII digit. @example isAsciiDigitCode("7".charCodeAt(0)) // true */
export function isAsciiDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}
