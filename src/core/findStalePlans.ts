import type { IsoDate } from "./calendar";
import { isIsoDate, lastDayOfMonth, toIsoDate } from "./calendar";
import { ERA_LABEL_PATTERN, ERA_YEAR_PATTERN, eraOfLabel, gregorianYear, readEraYear } from "./era";
import { calendarYearOfMonth, DEFAULT_START_MONTH } from "./fiscalYear";
import { splitReportBySubItem } from "./readReport";
import { ForwardMatcher } from "./text";

/** A report statement that still says 予定 (planned) for a month that has passed. */
export interface StalePlan {
  /** Sub-items the statement reports on; null when the report has no markers. */
  readonly subItems: readonly number[] | null;
  /** The month the plan names (the end of a range such as `10～12月`). */
  readonly month: number;
  /** The calendar year of that month (1–3 fall in fiscalYear + 1 unless the text names a year). */
  readonly year: number;
  /** The last day of that month: the plan is stale once the as-of date is after it. */
  readonly plannedBy: IsoDate;
  /** The statement, as written in the report (width-normalised). */
  readonly excerpt: string;
}

// Statements end at 。 or at a break (line breaks become spaces when a cell is flattened), but not at a
// break right after 、・. or , : `開催する予定で、 実施内容の…` and `R7. 10月` continue across it.
const STATEMENT_BREAK = /。|(?<![、・.,])\s+/;

// 予定 as a plan; not 予定者/予定地 (people, places), 予定どおり, or a plan already past (予定していた).
const PLAN = /予定(?!者|地|額|数|どおり|通り|とおり|して(?:い)?た|だった|であった)/g;

const ERA_PREFIX = `(?:(${ERA_LABEL_PATTERN})\\s*(${ERA_YEAR_PATTERN})\\s*[.年]\\s*|(\\d{4})\\s*年\\s*)`;
const END_ERA_PREFIX = ERA_PREFIX;
// A month, optionally with a year (R7.10月, 令和7年10月, 2025年10月) and a range end (10～12月, 8月～9月,
// 5月から8月, R7.9～10月). Groups: 1–3 start year, 4 start month, 5–7 end year, 8 end month.
const MONTH = new RegExp(
  `${ERA_PREFIX}?(?<!\\d)(\\d{1,2})\\s*(?:月\\s*)?(?:(?:～|から)\\s*${END_ERA_PREFIX}?(\\d{1,2})\\s*)?月`,
  "g",
);
// After a month: `以降`, or `から` with no end, make it a start, not a deadline.
const START_ONLY = /^\s*(?:以降|から|より)/;
// Between a month and a later 予定, a completed act or a turn to the future means the month belongs to
// another clause: `10月にパブリックコメントを実施し、今後、市民意見を反映していく予定`.
const CLAUSE_TURN = /した|しました|済|完了|今後|以降|その後|後日|引き続き/;
// A month in brackets right after 予定 is the plan's month: `実施予定(10月)`, `実施予定（10～12月）`.
const BRACKET_AFTER = /\s*[(（]([^()（）]*)[)）]/y;

interface MonthMention {
  readonly start: number;
  readonly end: number;
  readonly month: number;
  readonly year: number;
}

/**
 * Statements in a report that still say 予定 for a month that has passed by `asOf` (the month's last day
 * is before `asOf`). A 予定 without a month cannot be judged and is skipped. Bare months map into the
 * fiscal year: months from `startMonth` on fall in `fiscalYear`, the others in the next calendar year.
 * Throws RangeError for an as-of date that is not `YYYY-MM-DD` or a start month outside 1–12 (bugs in the
 * caller, not in the sheet).
 * @example findStalePlans("(3) 内部監査・ (4) 自己点検を実施予定(10月)", 2025, "2025-11-21")
 * // [{ subItems: [3, 4], month: 10, year: 2025, plannedBy: "2025-10-31", excerpt: "内部監査・ 自己点検を実施予定(10月)" }]
 */
export function findStalePlans(
  text: string | null | undefined,
  fiscalYear: number,
  asOf: IsoDate,
  startMonth: number = DEFAULT_START_MONTH,
): readonly StalePlan[] {
  if (!isIsoDate(asOf)) throw new RangeError(`not an ISO date: ${asOf}`);
  if (!Number.isInteger(fiscalYear))
    throw new RangeError(`fiscal year must be an integer, got ${fiscalYear}`);
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`fiscal-year start month must be 1–12, got ${startMonth}`);
  }
  if (text == null || !text.includes("予定")) return [];

  const found: StalePlan[] = [];
  for (const segment of splitReportBySubItem(text)) {
    for (const statement of segment.text.split(STATEMENT_BREAK)) {
      if (!statement.includes("予定")) continue;
      const months = findMonths(statement, fiscalYear, startMonth);
      const seen = new Set<string>();
      // Plans come in order, so the months before each are a prefix that only grows: one pass over both.
      let monthsBefore = 0;
      const turns = new ForwardMatcher(CLAUSE_TURN, statement);
      const excerpt = statement.trim();
      for (const plan of statement.matchAll(PLAN)) {
        const at = plan.index;
        while (monthsBefore < months.length && (months[monthsBefore]?.end ?? 0) <= at) monthsBefore++;
        const before = monthsBefore > 0 ? (months[monthsBefore - 1] ?? null) : null;
        const mention = monthOfPlan(
          statement,
          at + plan[0].length,
          at,
          before,
          turns,
          fiscalYear,
          startMonth,
        );
        if (mention === null) continue;
        const plannedBy = toIsoDate({
          year: mention.year,
          month: mention.month,
          day: lastDayOfMonth(mention.year, mention.month),
        });
        const key = `${mention.year}-${mention.month}`;
        if (plannedBy >= asOf || seen.has(key)) continue;
        seen.add(key);
        found.push({
          subItems: segment.subItems,
          month: mention.month,
          year: mention.year,
          plannedBy,
          excerpt,
        });
      }
    }
  }
  return found;
}

/**
 * The month a 予定 at [planStart, planEnd) names: in brackets right after it, else `before`, the nearest
 * month that ends before it.
 */
function monthOfPlan(
  statement: string,
  planEnd: number,
  planStart: number,
  before: MonthMention | null,
  turns: ForwardMatcher,
  fiscalYear: number,
  startMonth: number,
): MonthMention | null {
  BRACKET_AFTER.lastIndex = planEnd;
  const bracket = BRACKET_AFTER.exec(statement);
  if (bracket) {
    const inside = findMonths(bracket[1] ?? "", fiscalYear, startMonth);
    const last = inside[inside.length - 1];
    if (last !== undefined) return last;
  }
  if (before === null) return null;
  // A turn between the month and the plan: the first one after the month ends before the plan starts
  // (no turn word holds a shorter one that ends sooner).
  const turn = turns.firstFrom(before.end);
  return turn !== null && turn.end <= planStart ? null : before;
}

function findMonths(text: string, fiscalYear: number, startMonth: number): MonthMention[] {
  const mentions: MonthMention[] = [];
  for (const m of text.matchAll(MONTH)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const hasEnd = m[8] !== undefined;
    // `10月から実施予定` starts in October; it sets no month by which the plan is due.
    if (!hasEnd && START_ONLY.test(text.slice(end))) continue;
    const firstMonth = Number(m[4]);
    const month = hasEnd ? Number(m[8]) : firstMonth;
    if (month < 1 || month > 12 || firstMonth < 1 || firstMonth > 12) continue;
    const startYear = explicitYear(m[1], m[2], m[3]);
    let year = explicitYear(m[5], m[6], m[7]);
    if (year === null && startYear !== null) year = month < firstMonth ? startYear + 1 : startYear;
    if (year === null) year = calendarYearOfMonth(fiscalYear, month, startMonth);
    mentions.push({ start, end, month, year });
  }
  return mentions;
}

function explicitYear(
  era: string | undefined,
  eraYear: string | undefined,
  western: string | undefined,
): number | null {
  if (western !== undefined) return Number(western);
  if (era === undefined || eraYear === undefined) return null;
  const name = eraOfLabel(era);
  const year = readEraYear(eraYear);
  return name !== null && year !== null ? gregorianYear(name, year) : null;
}
