/**
 * Reads a year and what follows it: `令和7年度末`, `R7. 10月`, `2023(令和5)年度`, `2016 年(平成 28 年)2 月`,
 * two years sharing one 年度 (`H25~H28`, `令和6～15年度`), and `N年目` of a plan. Era years count on past
 * the era's end; an era-less year is read in the era or century of the year written before it.
 */
import * as P from "./deadlinePatterns";
import type { Scan, Term } from "./deadlineTerm";
import { dayOf, impossible, readMonth, span, unreadable } from "./deadlineTerm";
import { yearOfEraNotation } from "./era";
import { calendarSpan, fiscalSpan, yearOfMonthInFiscalYear } from "./fiscalContext";

/** The groups of a year as written: era label and year, a western year, or an era-less year. */
interface YearNotation {
  readonly label?: string | undefined;
  readonly eraYear?: string | undefined;
  readonly western?: string | undefined;
  readonly eraless?: string | undefined;
}

/** Where a month may follow a year (`at` the notation's start, `from` after the year), and whose year. */
interface MonthPlace {
  readonly at: number;
  readonly from: number;
  /** A calendar year the month is in, */
  readonly year?: number | null;
  /** or a fiscal year the month is placed in (`28年度5月`). */
  readonly fiscalYear?: number | null;
}

/** How far (in years) from the sheet's fiscal year an era-less year is read without doubt. */
const SHORT_YEAR_REACH = 10;

/**
 * Two years sharing one 年度: `H25~H28`, `令和6～15年度`, `2020~24年度`, `平成25、26年度`; null when none is at `at`.
 * @example readYearRange(scanOf("令和6～15年度"), 0) // span 2024-04-01 … 2034-03-31, a range
 */
export function readYearRange(scan: Scan, at: number): Term | null {
  P.YEAR_RANGE.lastIndex = at;
  const m = P.YEAR_RANGE.exec(scan.text);
  if (m === null) return null;
  const [, label, eraYear, western, eraless, separator, label2, eraYear2, western2, short2, suffix] = m;
  const end = P.YEAR_RANGE.lastIndex;
  const listed = separator === "、" || separator === ",";
  // Without 年 or 年度, two era years or two four-digit years name fiscal years (計画期間 `H25~H28`); an
  // era-less pair, a list or an abbreviated western end needs the 年度 to be read at all.
  if (
    suffix === undefined &&
    (eraless !== undefined || listed || (western !== undefined && short2 !== undefined))
  )
    return null;
  const first = yearOf(scan, { label, eraYear, western, eraless });
  if (first === null) {
    return eraless === undefined
      ? impossible(scan.text, at, end)
      : unreadable(scan, at, end, "short_year_ambiguous");
  }
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
  } else second = yearOf(scan, { label: label2, eraYear: eraYear2, western: western2 });
  if (second === null) return unreadable(scan, at, end, "short_year_ambiguous");
  if (second < first) return unreadable(scan, at, end, "range_reversed");
  const days =
    suffix === "年"
      ? { from: calendarSpan(first, "whole").from, to: calendarSpan(second, "whole").to }
      : {
          from: fiscalSpan(first, "whole", scan.context).from,
          to: fiscalSpan(second, "whole", scan.context).to,
        };
  return span(days, {
    end,
    unit: suffix === "年" ? "calendar_year" : "fiscal_year",
    dated: true,
    range: true,
  });
}

/**
 * Reads what follows a year (the YEAR match at `at`): `年度末`, `年5月20日`, `.10月`, `.5.20`, `年末`,
 * `(平成 28 年)2 月`; null when nothing a year can carry follows it.
 * @example readAfterYear(scanOf("2016 年(平成 28 年)2 月"), 0, yearMatch) // span 2016-02-01 … 2016-02-29
 */
export function readAfterYear(scan: Scan, at: number, year: RegExpExecArray): Term | null {
  const { text, context } = scan;
  const [, label, eraYear, western, eraless, aliasLabel, aliasYear, aliasWestern, suffix] = year;
  let end = P.YEAR.lastIndex;
  const afterAnotherYear = scan.yearBase !== null;
  const gregorian = yearOf(scan, { label, eraYear, western, eraless });
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
      return span(fiscalSpan(gregorian, part, context), {
        end: P.FISCAL_TAIL_AFTER_YEAR.lastIndex,
        unit: "period",
        dated: true,
      });
    }
    // `28年度5月下旬`: a month of that fiscal year.
    return (
      monthAfterYear(scan, { at, from: end, year: null, fiscalYear: gregorian }) ??
      span(fiscalSpan(gregorian, "whole", context), { end, unit: "fiscal_year", dated: true })
    );
  }

  const month = monthAfterYear(scan, { at, from: end, year: gregorian, fiscalYear: null });
  if (month !== null) return month;

  if (suffix === "年") {
    P.CALENDAR_TAIL.lastIndex = end;
    const tail = P.CALENDAR_TAIL.exec(text);
    if (tail !== null) {
      const part = tail[1] === "末" || tail[1] === "末日" ? "end" : "whole";
      return span(calendarSpan(gregorian, part), {
        end: P.CALENDAR_TAIL.lastIndex,
        unit: "calendar_year",
        dated: true,
      });
    }
    // `3年` alone is more often a duration than a year; a year with its era stands alone, and an era-less
    // one after another year (`平成28年～30年`) is in that year's era.
    return eraless === undefined || afterAnotherYear
      ? span(calendarSpan(gregorian, "whole"), { end, unit: "calendar_year", dated: true })
      : null;
  }

  P.NUMERIC_DAY.lastIndex = end;
  const numericDay = P.NUMERIC_DAY.exec(text);
  if (numericDay !== null) {
    const [month, day] = [Number(numericDay[1]), Number(numericDay[2])];
    return readMonth(scan, {
      begin: at,
      end: P.NUMERIC_DAY.lastIndex,
      month,
      year: gregorian,
      part: "whole",
      day,
      anchor: null,
    });
  }
  P.NUMERIC_MONTH.lastIndex = end;
  const numericMonth = P.NUMERIC_MONTH.exec(text);
  if (numericMonth === null) return null;
  return readMonth(scan, {
    begin: at,
    end: P.NUMERIC_MONTH.lastIndex,
    month: Number(numericMonth[1]),
    year: gregorian,
    part: "whole",
    day: null,
    anchor: null,
  });
}

/**
 * `5月20日` after a calendar year, or `5月` of a fiscal year; null when no month follows.
 * @example monthAfterYear(scanOf("28年度5月下旬"), { at: 0, from: 4, fiscalYear: 2016 }) // 2016-05-21 … 2016-05-31
 */
export function monthAfterYear(scan: Scan, place: MonthPlace): Term | null {
  const { at, from, year = null, fiscalYear = null } = place;
  P.MONTH_AFTER_YEAR.lastIndex = from;
  const month = P.MONTH_AFTER_YEAR.exec(scan.text);
  if (month === null) return null;
  const n = Number(month[1]);
  const calendarYear =
    year ?? yearOfMonthInFiscalYear(fiscalYear ?? scan.context.fiscalYear, n, scan.context);
  const part = P.monthPartOf(month[3]);
  return readMonth(scan, {
    begin: at,
    end: P.MONTH_AFTER_YEAR.lastIndex,
    month: n,
    year: calendarYear,
    part,
    day: dayOf(month[2]),
    anchor: null,
  });
}

/**
 * `2年目`: the plan's second fiscal year, when the sheet gives the plan's start; refused without it.
 * @example readPlanYear(scanOf("2年目", { planStart: 2025 }), 0, 2, 3) // span 2026-04-01 … 2027-03-31
 */
export function readPlanYear(scan: Scan, at: number, n: number, end: number): Term {
  const start = scan.context.planStart;
  if (start === null || n < 1) return unreadable(scan, at, end, "plan_start_unknown");
  return span(fiscalSpan(start + n - 1, "whole", scan.context), { end, unit: "fiscal_year", dated: true });
}

/**
 * The Gregorian year a year notation names; null when an era-less year could be either the sheet's era
 * or the century (`24年度` on a 2023 sheet: 令和24 = 2042, or 2024?) and nothing before it says which.
 */
function yearOf(scan: Scan, notation: YearNotation): number | null {
  const { label, eraYear, western, eraless } = notation;
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
