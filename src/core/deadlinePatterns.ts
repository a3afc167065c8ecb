/**
 * The notations a 期間・期限 cell is written in, as patterns over width-normalised text: digits are ASCII,
 * runs of whitespace are one space, and both wave dashes are ～. Every pattern is sticky (y) and runs at a
 * position found by CANDIDATE, so a cell is read in one pass (see test/parserScaling.test.ts).
 */
import { ERAS, ERA_LABEL_PATTERN } from "./era";

export type MonthPart = "whole" | "end" | "early" | "middle" | "late" | "first_half" | "second_half";
/** A part of a fiscal year: the whole, its end, its first month, its midpoint, a half or a quarter. */
export type FiscalPart = "whole" | "end" | "first" | "midpoint" | "h1" | "h2" | 1 | 2 | 3 | 4;

/** Characters where a notation, or something that looks like a broken one, can begin. */
export const CANDIDATE = /[0-9令平昭大明RHSTMrhs年通上中下前後初第随適選今本当来次翌毎各四OoIl〇]/g;

const ERA = `(?<![A-Za-z])(${ERA_LABEL_PATTERN}) ?(元|\\d{1,2})(?!\\d)`;
/** The same year written in the other calendar, in brackets: `(2018)`, `(平成 28 年)`, `(H30)`. */
const ALIAS = `\\( ?(?:(${ERA_LABEL_PATTERN}) ?(元|\\d{1,2})|(\\d{4})) ?(?:年度|年)? ?\\)`;

/**
 * A year: era + year (`令和7`, `R7`, `元`), four digits, or an era-less year before 年 (`26年度`), with the
 * other calendar's year in brackets before its 年 or 年度 (`2023(令和5)年度`, `平成30(2018)年度`).
 * Groups: era label, era year, western, era-less, alias label, alias year, alias western, suffix.
 */
export const YEAR = new RegExp(
  `(?:${ERA}|(?<!\\d)(\\d{4})(?!\\d)|(?<!\\d)(\\d{1,2})(?= ?年(?!間|目)))(?: ?${ALIAS})? ?(年度|年|[./-])`,
  "y",
);
/** The other calendar's year in brackets after 年 or 年度: `2016 年(平成 28 年)`, `平成 32 年 (2020)`. */
export const YEAR_ALIAS = new RegExp(` ?${ALIAS}`, "y");

/**
 * Two years with one 年度 (or none, for era initials and four-digit years): `H25~H28`, `令和6～15年度`,
 * `平成28～令和2年度`, `2020~24年度`, `H23-27`, `平成25、26年度`. Groups: first era label, era year,
 * western, era-less; separator; second era label, era year, western, short; suffix.
 */
export const YEAR_RANGE = new RegExp(
  `(?:${ERA}|(?<!\\d)(\\d{4})|(?<!\\d)(\\d{1,2}))(?![\\d./])` +
    ` ?(～|∼|-|―|、|,) ?` +
    `(?:(?<![A-Za-z])(${ERA_LABEL_PATTERN}) ?(元|\\d{1,2})|(\\d{4})|(\\d{1,2}))(?![\\d./-])` +
    `(?: ?(年度|年))?(?! ?\\d| ?月)`,
  "y",
);

const FISCAL_TAIL =
  "(?:(末日|末|内|中間期|中|当初|初め|始め|初頭|上半期末|上期末|上半期|上期|下半期|下期|(?:前半|後半|前期|後期)(?![一-龯]))|第 ?([1-4一二三四]) ?四半期)";
/** What may follow `…年度`: `末`, `当初`, `上半期`, `第2四半期` (optional). */
export const FISCAL_TAIL_AFTER_YEAR = new RegExp(` ?${FISCAL_TAIL}`, "y");
/**
 * `年度内`, `今年度末`, `来年度`, `前年度`…: a fiscal year named relative to the sheet's. Not the 年度 of
 * a word (`最終年度`, `年度等`): those are labels, read by DUE_WORD and START_WORD or not at all.
 */
export const FISCAL_WORD = new RegExp(
  `(?:(今|本|当|来|次|翌|前)|(?<![終初始標準画各毎同該]))年度(?!等|別|比|ごと|毎)(?: ?${FISCAL_TAIL})?`,
  "y",
);
const MONTH_TAIL = "(?: ?(?:(\\d{1,2}) ?日|(末日|末|上旬|初旬|中旬|下旬|前半|後半|中|内)))?";
/** `5月`, `8月30日`, `9月末`, `10月下旬` with no year of its own. */
export const MONTH_BARE = new RegExp(`(?<!\\d)(\\d{1,2}) ?月${MONTH_TAIL}`, "y");
/** The month after a year: `令和7年5月20日`, `R7. 10月`, `28年度5月下旬`. */
export const MONTH_AFTER_YEAR = new RegExp(` ?(\\d{1,2}) ?月${MONTH_TAIL}`, "y");
/** `R7.5.20`, `2025/5/20`: month and day in figures after the year (not `R7.4-5月`, a month range). */
export const NUMERIC_DAY = / ?(\d{1,2}) ?[./-] ?(\d{1,2})(?!\d)(?! ?月)/y;
/** `3/31`: month and day as Excel shows a date typed without its year. */
export const MONTH_DAY = /(?<![\d/.])(\d{1,2}) ?\/ ?(\d{1,2})(?![\d/])/y;
/** `R7.9` in `R7.9～10月`: a month in figures; a letter or digit after it means the text is garbled. */
export const NUMERIC_MONTH = / ?(\d{1,2})(?![\d./A-Za-z〇])/y;
/** `令和7年末`, `令和7年内`: the end of a calendar year. */
export const CALENDAR_TAIL = / ?(末日|末|内|中)/y;
/** `翌 11月`, `翌年11月`: a month of the calendar year after the one in force. */
export const NEXT_CALENDAR_YEAR = /翌(?:年)? ?(?=\d{1,2} ?月)/y;
/** Groups: 通年, 年末/年内, first half, second half, quarter, no fixed due, recurring. */
export const KEYWORD = new RegExp(
  [
    "(通年)",
    "(年末|年内)",
    // Not right after 年 or 月: `10月後半` is the month's second half, `令和7年後半` the calendar year's.
    "(?<![年月])(上半期末|上期末|上半期|上期|前半|前期)(?![一-龯])",
    "(?<![年月])(下半期|下期|後半|後期)(?![一-龯])",
    "第 ?([1-4一二三四]) ?四半期",
    "(随時|適宜|選挙時)",
    "(毎年度|毎年|毎月|毎週|毎日|毎四半期|四半期ごと|四半期毎|年度ごと|年度毎|各年度)",
  ].join("|"),
  "y",
);
/** What a recurring word may name within each period (`毎年4月`, `毎月末`, `(毎年度実施)`): read with it. */
export const RECURRING_TAIL = / ?(?:\d{1,2} ?月(?: ?\d{1,2} ?日|末|上旬|中旬|下旬)?|\d{1,2} ?日|末|実施)?/y;
/** `N年目` of a plan: a fiscal year counted from the plan's first. */
export const PLAN_YEAR = /(?<!\d)(\d{1,2}) ?年目/y;
/** `10～12月`: a month range whose start has no 月 of its own. */
export const SHORT_MONTH_RANGE = /(?<!\d)(\d{1,2}) ?～ ?(?=\d{1,2} ?月)/y;
/** Between the ends of a range, or after a start alone (`5月から`, `(平成20年度∼)`). */
export const RANGE_SEPARATOR = / ?(～|∼|から|より|-|―|—) ?/y;
/** Separators that, with nothing after them, leave a start. */
export const START_SEPARATORS: ReadonlySet<string> = new Set(["～", "∼", "から", "より"]);
/** After a date, words that make it a start: `以降`, `実施設計着手`, `を初年度`, `開始`. */
export const START_WORD =
  / ?(?:以降|以後|(?:を|から)? ?(?:初年度|開始年度)|[^\d、,。()・ ]{0,8}?(?:着手|開始))/y;
/** `を最終年度`, `を目標年度`: the year is the due; the words are read with it. */
export const DUE_WORD = / ?(?:を|が)? ?(?:最終年度|目標年度)/y;
/** A length after a start: `から4年間`, `から4ヵ年`, `からの5年間`. */
export const YEARS_LONG = / ?(?:の ?)?(\d{1,2}) ?(?:年間|ヵ年|か年|カ年|ヶ年|ケ年|箇年)/y;
/** `までの 24 年間` after a range: its length, which must agree with the range. */
export const RANGE_LENGTH = / ?(?:まで|迄)の ?(\d{1,3}) ?年間/y;
export const UNTIL = / ?(?:まで|迄)/y;
/** `(金曜日)`, `(火)`, `午後7時30分`, `19:00`: a weekday and a time of day beside a date. */
export const WEEKDAY = / ?\((?:[月火水木金土日](?:曜日?)?|祝)(?: ?・ ?祝)?\)/y;
export const CLOCK_TIME = / ?(?:(?:午前|午後) ?)?\d{1,2} ?(?:時(?: ?\d{1,2} ?分)?|:\d{2})/y;
/** `20日` in `5月10日～20日`. */
export const DAY_ONLY = /(\d{1,2}) ?日/y;
/** `(R7.10.1時点)` dates a value; it is a deadline only where nothing else in the cell is. */
export const AS_OF = / ?時点/y;
/** `2020年頃`: an approximate date, which no due date can stand for. */
export const APPROXIMATE = / ?(?:頃|ごろ)/y;
/** `年度中間期(9月末)`: a date in brackets after a period word, which names the period's date exactly. */
export const OPEN_BRACKET = / ?\( ?/y;
export const CLOSE_BRACKET = / ?\)/y;
/**
 * Looks like a date but did not read as one: an era with a year (`R7.1O月`) or without one (`令和年度`),
 * a number before 月 or 年,
 * a letter that stands in for a digit (`1O月`, `l0日`), or a part of a notation left on its own (`下旬`).
 */
export const DATE_LIKE = new RegExp(
  [
    `(?<![A-Za-z])(?:${ERA_LABEL_PATTERN}) ?(?:元|\\d)`,
    `(?:${ERAS.map((era) => era.written[0]).join("|")}) ?年`,
    // At most four digits: every digit of a run is a candidate, and `\d+` would rescan the run from each
    // (quadratic in a cell of digits). The last four digits of a longer run still match, and the
    // fragment shown is the whole run either way.
    "\\d{1,4} ?月",
    "\\d{1,4} ?年(?!間|目)",
    "[OoIl〇] ?[\\d月日]",
    "\\d ?[OoIl〇](?![A-Za-z])",
    "\\d{1,4} ?/ ?\\d",
    "上旬|中旬|下旬|初旬",
    "第 ?\\S{1,2} ?四半期",
  ].join("|"),
  "y",
);
export const NOT_SPACE_AFTER = /\S*/y;

export const KANJI_QUARTER: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4 };
export const MONTH_PARTS: Readonly<Record<string, MonthPart>> = {
  末日: "end",
  末: "end",
  上旬: "early",
  初旬: "early",
  中旬: "middle",
  下旬: "late",
  前半: "first_half",
  後半: "second_half",
  中: "whole",
  内: "whole",
};
export const FISCAL_PARTS: Readonly<Record<string, FiscalPart>> = {
  末日: "end",
  末: "end",
  内: "whole",
  中: "whole",
  当初: "first",
  初め: "first",
  始め: "first",
  初頭: "first",
  中間期: "midpoint",
  上半期末: "midpoint",
  上期末: "midpoint",
  上半期: "h1",
  上期: "h1",
  前半: "h1",
  前期: "h1",
  下半期: "h2",
  下期: "h2",
  後半: "h2",
  後期: "h2",
};
/** Fiscal years named relative to the sheet's: 来年度 and its synonyms the next, 前年度 the one before. */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = { 来: 1, 次: 1, 翌: 1, 前: -1 };

/**
 * The end of a sub-item range past (99) (`(1)～(100)`, `(1)～(99999)`), left at the start of a segment's
 * text because a marker has at most two digits (see splitBySubItem): such a range is refused, not read.
 */
export const RANGE_END_BEYOND_CAP = /^[～-] ?\(\d{3,}\)/;
/** An opening parenthesis, half or full width, or ⑴…⒇ (NFKC makes them (1)): without one, no (n) marker. */
export const MARKER_OPEN = /[(（\u2474-\u2487]/;

/** The part of a month a word names. @example monthPartOf("下旬") // "late" */
export function monthPartOf(word: string | undefined): MonthPart {
  return word === undefined ? "whole" : (MONTH_PARTS[word] ?? "whole");
}

/** The part of a fiscal year a word or quarter names. @example fiscalPartOf(undefined, "三") // 3 */
export function fiscalPartOf(word: string | undefined, quarter: string | undefined): FiscalPart {
  if (quarter !== undefined) {
    const n = KANJI_QUARTER[quarter] ?? Number(quarter);
    return n === 1 || n === 2 || n === 3 || n === 4 ? n : "whole";
  }
  return word === undefined ? "whole" : (FISCAL_PARTS[word] ?? "whole");
}
