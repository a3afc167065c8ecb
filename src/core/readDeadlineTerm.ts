/**
 * Reads one notation of a 期間・期限 cell at a given place: a year with what follows it (`令和7年度末`,
 * `R7. 10月`, `2016 年(平成 28 年)2 月`), two years (`H25~H28`), a month (`9月末`), a period word (`上半期`,
 * `年度当初`) or a keyword (`通年`, `随時`, `毎年度`). Ranges and starts are the scanner's (scanDeadline).
 */
import * as P from "./deadlinePatterns";
import type { Anchor, Scan, Term } from "./deadlineTerm";
import { dayOf, isAsciiDigitCode, readMonth, span } from "./deadlineTerm";
import { ERAS } from "./era";
import { calendarSpan, fiscalSpan, yearOfMonthInFiscalYear } from "./fiscalContext";
import { monthAfterYear, readAfterYear, readPlanYear, readYearRange } from "./readDeadlineYear";

/**
 * Reads one notation starting exactly at `at`, or null when none starts there.
 * @example readTermAt(scanOf("年度当初"), 0, null) // span 2025-04-01 … 2025-04-30 on an FY2025 sheet
 */
export function readTermAt(scan: Scan, at: number, anchor: Anchor | null): Term | null {
  const { text, context } = scan;
  const code = text.charCodeAt(at);
  if (isAsciiDigitCode(code) || isEraInitial(code)) {
    const range = readYearRange(scan, at);
    if (range !== null) return range;
    P.YEAR.lastIndex = at;
    const year = P.YEAR.exec(text);
    if (year !== null) {
      const term = readAfterYear(scan, at, year);
      if (term !== null) return term;
    }
    if (!isAsciiDigitCode(code)) return null;
    P.PLAN_YEAR.lastIndex = at;
    const planYear = P.PLAN_YEAR.exec(text);
    if (planYear !== null) return readPlanYear(scan, at, Number(planYear[1]), P.PLAN_YEAR.lastIndex);
    P.MONTH_DAY.lastIndex = at;
    const monthDay = P.MONTH_DAY.exec(text);
    if (monthDay !== null) {
      const day = Number(monthDay[2]);
      return readMonth(scan, {
        begin: at,
        end: P.MONTH_DAY.lastIndex,
        month: Number(monthDay[1]),
        year: null,
        part: "whole",
        day,
        anchor,
      });
    }
    P.MONTH_BARE.lastIndex = at;
    const month = P.MONTH_BARE.exec(text);
    if (month === null) return null;
    const part = P.monthPartOf(month[3]);
    return readMonth(scan, {
      begin: at,
      end: P.MONTH_BARE.lastIndex,
      month: Number(month[1]),
      year: null,
      part,
      day: dayOf(month[2]),
      anchor,
    });
  }

  P.NEXT_CALENDAR_YEAR.lastIndex = at;
  if (P.NEXT_CALENDAR_YEAR.test(text)) {
    // 翌 11月 after 9月: November of the next year; 翌年11月 alone: of the year after the sheet's.
    const year = (anchor?.year ?? context.fiscalYear) + 1;
    const term = monthAfterYear(scan, { at, from: P.NEXT_CALENDAR_YEAR.lastIndex, year, fiscalYear: null });
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
      const month = monthAfterYear(scan, { at, from: end, year: null, fiscalYear });
      if (month !== null) return month;
    }
    return span(fiscalSpan(fiscalYear, part, context), {
      end,
      unit: part === "whole" ? "fiscal_year" : "period",
      dated: false,
    });
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
    return span(calendarSpan(december, keyword[2] === "年末" ? "end" : "whole"), {
      end,
      unit: "period",
      dated: false,
    });
  }
  const part = P.fiscalPartOf(keyword[3] ?? keyword[4], keyword[5]);
  return span(fiscalSpan(context.fiscalYear, part, context), { end, unit: "period", dated: false });
}

/**
 * `20日` after `5月10日～`: a day in the month the range starts in.
 * @example readDayOnlyAt(scanOf("20日"), 0, { year: 2025, month: 5 }) // span 2025-05-20
 */
export function readDayOnlyAt(scan: Scan, at: number, anchor: Anchor): Term | null {
  P.DAY_ONLY.lastIndex = at;
  const day = P.DAY_ONLY.exec(scan.text);
  if (day === null) return null;
  return readMonth(scan, {
    begin: at,
    end: P.DAY_ONLY.lastIndex,
    month: anchor.month,
    year: anchor.year,
    part: "whole",
    day: Number(day[1]),
    anchor: null,
  });
}

/** Characters an era label can start with (令和, R, 大正, …): only there can a year with an era begin. */
const ERA_INITIALS = new Set(ERAS.flatMap((era) => era.labels.map((label) => label.charCodeAt(0))));

function isEraInitial(code: number): boolean {
  return ERA_INITIALS.has(code);
}
