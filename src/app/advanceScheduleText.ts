/**
 * 次年度へ繰越 for the schedule: the years written inside 期間・期限 move on with the sheet, so next year's
 * copy is not overdue on its first day. `(1) R7. 4月 (2) R7. 5月～R8. 1月 (3) R8. 3月` in a 令和7年度 sheet
 * becomes `(1) R8. 4月 (2) R8. 5月～R9. 1月 (3) R9. 3月`; `令和7年5月20日` → `令和8年5月20日`; `2025年度` →
 * `2026年度`. Only what falls within the sheet's fiscal year moves (R8. 3月 is still 令和7年度); a year
 * outside it (任期満了日 令和8年4月8日, a plan period R7～10年度), a year without its month (令和8年) and a
 * day next year does not have (2月29日) are left as written and named, for the user to look at.
 */
import {
  ERA_LABEL_PATTERN,
  ERA_YEAR_PATTERN,
  eraOfFiscalYear,
  eraOfLabel,
  yearOfEraNotation,
} from "../core/era";

export interface ScheduleAdvanced {
  /** The text with every year of the fiscal year moved on by one, digits in the width they were written. */
  readonly text: string;
  /** How many years were moved on. */
  readonly advanced: number;
  /** The parts that name a year but were left as written, as they stand in the text. */
  readonly leftAsWritten: readonly string[];
}

const DIGIT = "[0-9０-９]";
const SPACE = "[\\s　]*";
const SEPARATOR = "[.．/／]";
const RANGE = "[~～〜\\-－ー]";

/**
 * A year as schedules write it: an era (令和7, R７, 令和元) or a western year (2025), then what says which
 * kind of year it is: 年度, a month (年10月, `. 10月`, `.10.1`, `/10`), 年 alone, or nothing.
 */
const YEAR_MENTION = new RegExp(
  `(?<![0-9０-９])` +
    `(?:(?<era>${ERA_LABEL_PATTERN})${SPACE}(?<eraYear>${ERA_YEAR_PATTERN})|(?<western>${DIGIT}{4}))` +
    `(?![0-9０-９])` +
    `(?:${SPACE}(?<fy>年度)` +
    `|(?:${SPACE}年${SPACE}|${SPACE}${SEPARATOR}${SPACE})(?<month>${DIGIT}{1,2})(?![0-9０-９])` +
    `(?:${SPACE}月(?:${SPACE}(?<dayKanji>${DIGIT}{1,2})${SPACE}日)?|${SPACE}${SEPARATOR}${SPACE}(?<day>${DIGIT}{1,2})(?![0-9０-９]))?` +
    `|${SPACE}(?<calendarYear>年)(?![度0-9０-９])` +
    `)?` +
    `(?<range>${SPACE}${RANGE}${SPACE}(?<rangeEnd>${DIGIT}{1,4})${SPACE}年度?)?`,
  "gu",
);

const FULL_DIGITS = "０１２３４５６７８９";

function digitValue(text: string): number {
  let value = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    value = value * 10 + (code >= 0xff10 ? code - 0xff10 : code - 0x30);
  }
  return value;
}

/** A number in the width its sample was written in: full-width stays full-width. */
function digitsLike(sample: string, value: number): string {
  const text = String(value);
  return /[０-９]/.test(sample) ? [...text].map((d) => FULL_DIGITS[Number(d)] ?? d).join("") : text;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The schedule text with the sheet's fiscal year moved on by one, and what was left as written.
 * @example advanceScheduleText("(1) R7. 4月 (2) R7. 5月～R8. 1月 (3) R8. 3月", 2025)
 * // { text: "(1) R8. 4月 (2) R8. 5月～R9. 1月 (3) R9. 3月", advanced: 4, leftAsWritten: [] }
 * @example advanceScheduleText("(3) 令和8年4月8日", 2025)
 * // { text: "(3) 令和8年4月8日", advanced: 0, leftAsWritten: ["令和8年4月8日"] }
 */
export function advanceScheduleText(text: string, fiscalYear: number, startMonth = 4): ScheduleAdvanced {
  let advanced = 0;
  const leftAsWritten: string[] = [];
  const out = text.replace(YEAR_MENTION, (mention: string, ...args: unknown[]) => {
    const groups = args[args.length - 1] as Record<string, string | undefined>;
    const { era, eraYear, western, fy, month, day, dayKanji, calendarYear, range } = groups;
    const eraName = era === undefined ? null : eraOfLabel(era);
    const yearDigits = eraYear ?? western ?? "";
    const eraGregorian = era === undefined || eraYear === undefined ? null : yearOfEraNotation(era, eraYear);
    if (era !== undefined && (eraName === null || eraGregorian === null)) return mention;
    const year = eraGregorian ?? digitValue(yearDigits);
    // A bare four-digit number with nothing after it is an amount, not a year.
    if (western !== undefined && fy === undefined && month === undefined && calendarYear === undefined)
      return mention;
    const leave = (): string => {
      leftAsWritten.push(mention.trim());
      return mention;
    };
    // A range to a year written short (R7～10年度) is a plan of several years, not this year's schedule.
    if (range !== undefined) return leave();
    if (calendarYear !== undefined) return leave();
    const monthNumber = month === undefined ? undefined : digitValue(month);
    const inYear =
      monthNumber === undefined
        ? year === fiscalYear
        : (monthNumber >= startMonth ? year : year - 1) === fiscalYear &&
          monthNumber >= 1 &&
          monthNumber <= 12;
    if (!inYear) return leave();
    const dayDigits = day ?? dayKanji;
    if (
      monthNumber !== undefined &&
      dayDigits !== undefined &&
      digitValue(dayDigits) > daysInMonth(year + 1, monthNumber)
    )
      return leave();
    const next = year + 1;
    let replacement: string;
    if (eraName !== null && era !== undefined) {
      const { era: nextEra, eraYear: nextEraYear } = eraOfFiscalYear(next);
      if (nextEra !== eraName) return leave();
      const at = mention.indexOf(yearDigits, era.length);
      replacement =
        mention.slice(0, at) + digitsLike(yearDigits, nextEraYear) + mention.slice(at + yearDigits.length);
    } else {
      const at = mention.indexOf(yearDigits);
      replacement =
        mention.slice(0, at) + digitsLike(yearDigits, next) + mention.slice(at + yearDigits.length);
    }
    advanced++;
    return replacement;
  });
  return { text: out, advanced, leftAsWritten };
}
