/**
 * Reads one notation of a 期間・期限 cell at a given place: a year with what follows it (`令和7年度末`,
 * `R7. 10月`, `2016 年(平成 28 年)2 月`), two years (`H25~H28`), a month (`9月末`), a period word (`上半期`,
 * `年度当初`) or a keyword (`通年`, `随時`, `毎年度`). Ranges and starts are the scanner's (scanDeadline).
 */
import { isValidDate } from "./calendar";
import * as P from "./deadlinePatterns";
import { ERAS, yearOfEraNotation } from "./era";
import type { FiscalContext, Span } from "./fiscalContext";
import { calendarSpan, fiscalSpan, isoDateOf, monthSpan, yearOfMonthInFiscalYear } from "./fiscalContext";
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

/** How far (in years) from the sheet's fiscal year an era-less year is read without doubt. */
const SHORT_YEAR_REACH = 10;

/** Reads one notation starting exactly at `at`, or null when none starts there. */
export function readTermAt(scan: Scan, at: number, anchor: Anchor | null): Term | null {
  const { text, context } = scan;
  const code = text.charCodeAt(at);
  if (isDigitCode(code) || isEraInitial(code)) {
    const range = readYearRange(scan, at);
    if (range !== null) return range;
    P.YEAR.lastIndex = at;
    const year = P.YEAR.exec(text);
    if (year !== null) {
      const term = readAfterYear(scan, at, year);
      if (term !== null) return term;
    }
    if (!isDigitCode(code)) return null;
    P.PLAN_YEAR.lastIndex = at;
    const planYear = P.PLAN_YEAR.exec(text);
    if (planYear !== null) return readPlanYear(scan, at, Number(planYear[1]), P.PLAN_YEAR.lastIndex);
    P.MONTH_DAY.lastIndex = at;
    const monthDay = P.MONTH_DAY.exec(text);
    if (monthDay !== null) {
      const day = Number(monthDay[2]);
      return readMonth(scan, at, P.MONTH_DAY.lastIndex, Number(monthDay[1]), null, "whole", day, anchor);
    }
    P.MONTH_BARE.lastIndex = at;
    const month = P.MONTH_BARE.exec(text);
    if (month === null) return null;
    const part = P.monthPartOf(month[3]);
    return readMonth(scan, at, P.MONTH_BARE.lastIndex, Number(month[1]), null, part, dayOf(month[2]), anchor);
  }

  P.NEXT_CALENDAR_YEAR.lastIndex = at;
  if (P.NEXT_CALENDAR_YEAR.test(text)) {
    // 翌 11月 after 9月: November of the next year; 翌年11月 alone: of the year after the sheet's.
    const year = (anchor?.year ?? context.fiscalYear) + 1;
    const term = monthAfterYear(scan, at, P.NEXT_CALENDAR_YEAR.lastIndex, year, null);
    if (term !== null) return term;
  }

  P.FISCAL_WORD.lastIndex = at;
  const fiscalWord = P.FISCAL_WORD.exec(text);
  if (fiscalWord !== null) {
    const fiscalYear =
      context.fiscalYear + (fiscalWord[1] === undefined ? 0 : (P.RELATIVE_YEARS[fiscalWord[1]] ?? 0));
    const end = P.FISCAL_WORD.lastIndex;
    const part = P.fiscalPartOf(fiscalWord[2], fiscalWord[3]);
    if (part === "whole" && fiscalWord[2] === undefined) {
      const month = monthAfterYear(scan, at, end, null, fiscalYear);
      if (month !== null) return month;
    }
    return span(
      fiscalSpan(fiscalYear, part, context),
      end,
      part === "whole" ? "fiscal_year" : "period",
      false,
    );
  }

  P.KEYWORD.lastIndex = at;
  const keyword = P.KEYWORD.exec(text);
  if (keyword === null) return null;
  const end = P.KEYWORD.lastIndex;
  if (keyword[1] !== undefined) return { ok: true, kind: "continuous", end };
  if (keyword[6] !== undefined) return { ok: true, kind: "no_fixed_due", end };
  if (keyword[7] !== undefined) {
    // 毎年度, 毎月, 四半期ごと recur: no one date is the due, and the day in each period goes with them.
    P.RECURRING_TAIL.lastIndex = end;
    P.RECURRING_TAIL.test(text);
    return { ok: true, kind: "no_fixed_due", end: P.RECURRING_TAIL.lastIndex };
  }
  if (keyword[2] !== undefined) {
    // 年末 is the end of the calendar year the fiscal year starts in (31 December 2025 on an FY2025 sheet).
    const december = yearOfMonthInFiscalYear(context.fiscalYear, 12, context);
    return span(calendarSpan(december, keyword[2] === "年末" ? "end" : "whole"), end, "period", false);
  }
  const part = P.fiscalPartOf(keyword[3] ?? keyword[4], keyword[5]);
  return span(fiscalSpan(context.fiscalYear, part, context), end, "period", false);
}

/** Two years sharing one 年度: `H25~H28`, `令和6～15年度`, `2020~24年度`, `平成25、26年度`. */
function readYearRange(scan: Scan, at: number): Term | null {
  P.YEAR_RANGE.lastIndex = at;
  const m = P.YEAR_RANGE.exec(scan.text);
  if (m === null) return null;
  const [, label, eraYear, western, eraless, separator, label2, eraYear2, western2, short2, suffix] = m;
  const end = P.YEAR_RANGE.lastIndex;
  const listed = separator === "、" || separator === ",";
  // Without 年 or 年度, only era initials and four-digit years name fiscal years (計画期間 `H25~H28`).
  if (
    suffix === undefined &&
    (eraless !== undefined || listed || (western !== undefined && short2 !== undefined))
  )
    return null;
  const first = yearOf(scan, label, eraYear, western, eraless);
  if (first === null) return unreadable(scan, at, end, "short_year_ambiguous");
  let second: number | null;
  if (short2 !== undefined) {
    // The second year abbreviated: in the first's era (H23-27) or century (2020~24年度).
    const base =
      western !== undefined
        ? first - (first % 100)
        : eraless !== undefined
          ? first - Number(eraless)
          : first - yearInEra(eraYear);
    second = base + Number(short2);
  } else second = yearOf(scan, label2, eraYear2, western2, undefined);
  if (second === null) return unreadable(scan, at, end, "short_year_ambiguous");
  if (second < first) return unreadable(scan, at, end, "range_reversed");
  const days =
    suffix === "年"
      ? { from: calendarSpan(first, "whole").from, to: calendarSpan(second, "whole").to }
      : {
          from: fiscalSpan(first, "whole", scan.context).from,
          to: fiscalSpan(second, "whole", scan.context).to,
        };
  return span(days, end, suffix === "年" ? "calendar_year" : "fiscal_year", true, true);
}

/** Reads what follows a year: `年度末`, `年5月20日`, `.10月`, `.5.20`, `年末`, `(平成 28 年)2 月`. */
function readAfterYear(scan: Scan, at: number, year: RegExpExecArray): Term | null {
  const { text, context } = scan;
  const [, label, eraYear, western, eraless, aliasLabel, aliasYear, aliasWestern, suffix] = year;
  let end = P.YEAR.lastIndex;
  const afterAnotherYear = scan.yearBase !== null;
  const gregorian = yearOf(scan, label, eraYear, western, eraless);
  if (gregorian === null) {
    return eraless !== undefined && Number(eraless) >= 1
      ? unreadable(scan, at, end, "short_year_ambiguous")
      : impossible(text, at, end);
  }
  let alias = aliasYearOf(aliasLabel, aliasYear, aliasWestern);
  if (alias === null && (suffix === "年" || suffix === "年度")) {
    P.YEAR_ALIAS.lastIndex = end;
    const after = P.YEAR_ALIAS.exec(text);
    if (after !== null) {
      alias = aliasYearOf(after[1], after[2], after[3]);
      end = P.YEAR_ALIAS.lastIndex;
    }
  }
  // `2016 年(平成 28 年)`: both calendars must name the same year, or neither is believed.
  if (alias !== null && alias !== gregorian) return unreadable(scan, at, end, "years_disagree");

  if (suffix === "年度") {
    P.FISCAL_TAIL_AFTER_YEAR.lastIndex = end;
    const tail = P.FISCAL_TAIL_AFTER_YEAR.exec(text);
    if (tail !== null) {
      const part = P.fiscalPartOf(tail[1], tail[2]);
      return span(fiscalSpan(gregorian, part, context), P.FISCAL_TAIL_AFTER_YEAR.lastIndex, "period", true);
    }
    // `28年度5月下旬`: a month of that fiscal year.
    return (
      monthAfterYear(scan, at, end, null, gregorian) ??
      span(fiscalSpan(gregorian, "whole", context), end, "fiscal_year", true)
    );
  }

  const month = monthAfterYear(scan, at, end, gregorian, null);
  if (month !== null) return month;

  if (suffix === "年") {
    P.CALENDAR_TAIL.lastIndex = end;
    const tail = P.CALENDAR_TAIL.exec(text);
    if (tail !== null) {
      const part = tail[1] === "末" || tail[1] === "末日" ? "end" : "whole";
      return span(calendarSpan(gregorian, part), P.CALENDAR_TAIL.lastIndex, "calendar_year", true);
    }
    // `3年` alone is more often a duration than a year; a year with its era stands alone, and an era-less
    // one after another year (`平成28年～30年`) is in that year's era.
    return eraless === undefined || afterAnotherYear
      ? span(calendarSpan(gregorian, "whole"), end, "calendar_year", true)
      : null;
  }

  P.NUMERIC_DAY.lastIndex = end;
  const numericDay = P.NUMERIC_DAY.exec(text);
  if (numericDay !== null) {
    const [month, day] = [Number(numericDay[1]), Number(numericDay[2])];
    return readMonth(scan, at, P.NUMERIC_DAY.lastIndex, month, gregorian, "whole", day, null);
  }
  P.NUMERIC_MONTH.lastIndex = end;
  const numericMonth = P.NUMERIC_MONTH.exec(text);
  if (numericMonth === null) return null;
  return readMonth(
    scan,
    at,
    P.NUMERIC_MONTH.lastIndex,
    Number(numericMonth[1]),
    gregorian,
    "whole",
    null,
    null,
  );
}

/** `5月20日` after a calendar year, or `5月` of a fiscal year; null when no month follows. */
function monthAfterYear(
  scan: Scan,
  at: number,
  from: number,
  year: number | null,
  fiscalYear: number | null,
): Term | null {
  P.MONTH_AFTER_YEAR.lastIndex = from;
  const month = P.MONTH_AFTER_YEAR.exec(scan.text);
  if (month === null) return null;
  const n = Number(month[1]);
  const calendarYear =
    year ?? yearOfMonthInFiscalYear(fiscalYear ?? scan.context.fiscalYear, n, scan.context);
  const part = P.monthPartOf(month[3]);
  return readMonth(scan, at, P.MONTH_AFTER_YEAR.lastIndex, n, calendarYear, part, dayOf(month[2]), null);
}

/** `2年目`: the plan's second fiscal year, when the sheet gives the plan's start. */
function readPlanYear(scan: Scan, at: number, n: number, end: number): Term {
  const start = scan.context.planStart;
  if (start === null || n < 1) return unreadable(scan, at, end, "plan_start_unknown");
  return span(fiscalSpan(start + n - 1, "whole", scan.context), end, "fiscal_year", true);
}

/** `20日` after `5月10日～`: a day in the month the range starts in. */
export function readDayOnlyAt(scan: Scan, at: number, anchor: Anchor): Term | null {
  P.DAY_ONLY.lastIndex = at;
  const day = P.DAY_ONLY.exec(scan.text);
  if (day === null) return null;
  return readMonth(scan, at, P.DAY_ONLY.lastIndex, anchor.month, anchor.year, "whole", Number(day[1]), null);
}

/**
 * A month (with a day or a part of the month). Without a year the month is placed in the sheet's fiscal
 * year, or, after an anchor, at the first such month from the anchor on.
 */
function readMonth(
  scan: Scan,
  begin: number,
  end: number,
  month: number,
  year: number | null,
  part: P.MonthPart,
  day: number | null,
  anchor: Anchor | null,
): Term {
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
    return span({ from: date, to: date }, end, "day", year !== null);
  }
  return span(monthSpan(calendarYear, month, part), end, "month", year !== null);
}

/**
 * The Gregorian year a year notation names; null when an era-less year could be either the sheet's era
 * or the century (`24年度` on a 2023 sheet: 令和24 = 2042, or 2024?) and nothing before it says which.
 */
function yearOf(
  scan: Scan,
  label: string | undefined,
  eraYear: string | undefined,
  western: string | undefined,
  eraless: string | undefined,
): number | null {
  if (label !== undefined && eraYear !== undefined) {
    // Era years by arithmetic: 平成33年度 never existed, and means FY2021.
    const year = yearOfEraNotation(label, eraYear);
    if (year !== null) scan.yearBase = year - yearInEra(eraYear);
    return year;
  }
  if (western !== undefined) {
    const year = Number(western);
    scan.yearBase = year - (year % 100);
    return year;
  }
  const n = Number(eraless);
  if (!(n >= 1)) return null;
  if (scan.yearBase !== null) return scan.yearBase + n;
  // An era-less year (26年度末) is in the era of the sheet's own fiscal year, unless that lands far from
  // the sheet while the same digits as a western year land near it: then the text must say which.
  const { fiscalYear, sheetEraOffset } = scan.context;
  const inEra = sheetEraOffset + n;
  if (Math.abs(inEra - fiscalYear) <= SHORT_YEAR_REACH) return inEra;
  const inCentury = fiscalYear - (fiscalYear % 100) + n;
  return Math.abs(inCentury - fiscalYear) <= SHORT_YEAR_REACH ? null : inEra;
}

function yearInEra(digits: string | undefined): number {
  return digits === "元" ? 1 : Number(digits);
}

function aliasYearOf(
  label: string | undefined,
  eraYear: string | undefined,
  western: string | undefined,
): number | null {
  if (label !== undefined && eraYear !== undefined) return yearOfEraNotation(label, eraYear) ?? -1;
  return western === undefined ? null : Number(western);
}

function span(days: Span, end: number, unit: TermUnit, dated: boolean, range = false): Term {
  const term = { ok: true, kind: "span", from: days.from, to: days.to, end, unit, dated } as const;
  return range ? { ...term, range: true } : term;
}

export function impossible(text: string, begin: number, end: number): Term {
  return { ok: false, issue: { code: "date_impossible", source: text.slice(begin, end) }, end };
}

function unreadable(scan: Scan, begin: number, end: number, reason: string): Term {
  return {
    ok: false,
    issue: { code: "deadline_unreadable", source: scan.text.slice(begin, end), reason },
    end,
  };
}

function dayOf(digits: string | undefined): number | null {
  return digits === undefined ? null : Number(digits);
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Characters an era label can start with (令和, R, 大正, …): only there can a year with an era begin. */
const ERA_INITIALS = new Set(ERAS.flatMap((era) => era.labels.map((label) => label.charCodeAt(0))));

function isEraInitial(code: number): boolean {
  return ERA_INITIALS.has(code);
}
