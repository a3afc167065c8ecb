/**
 * Dates a person types or Excel holds, read once for every edge: a date cell (an Excel serial) or a date
 * written as text (`2025-11-21`, `R8.3.31`, `令和8年1月15日`, `R8. 3月`). Every date is checked against the
 * range Excel's 1900 date system can hold, so no edge carries a day Excel cannot show.
 */
import type { IsoDate } from "./calendar";
import { fromExcelSerial, isValidDate, lastDayOfMonth, toIsoDate } from "./calendar";
import { ERA_LABEL_PATTERN, eraOfLabel, gregorianYear, readEraYear } from "./era";
import type { Issue, Result } from "./result";
import { fail, ok } from "./result";
import { normalizeWidth } from "./text";

/** Which date an issue is about, for its message (期限, 基準日, 開始日, 日付). */
export type DateRole = "due" | "asOf" | "start" | "date";

/**
 * The first and last day Excel's 1900 date system holds without ambiguity. Its years run 1900–9999
 * (ECMA-376 Part 4, DATE and YEAR: out of range is #NUM!), so the last serial, 2958465, is 9999-12-31;
 * serials before 1900-03-01 are off by one, as Excel counts a 1900-02-29 that never was.
 */
export const FIRST_EXCEL_DATE: IsoDate = "1900-03-01";
export const LAST_EXCEL_DATE: IsoDate = "9999-12-31";
const FIRST_SERIAL = 61;
const LAST_SERIAL = 2_958_465;

/**
 * Whether a number is a date cell Excel can hold (1900-03-01 … 9999-12-31, a time of day included).
 * @example isExcelSerial(46112.5) // true
 */
export function isExcelSerial(serial: number): boolean {
  return serial >= FIRST_SERIAL && serial < LAST_SERIAL + 1;
}

/**
 * Whether Excel can hold the day: 1900-03-01 … 9999-12-31. A date past 9999 (the due of `9999年度末` is
 * 10000-03-31) has no serial, and its ISO text would no longer compare correctly with others.
 * @example isExcelDate("10000-03-31") // false
 */
export function isExcelDate(date: IsoDate): boolean {
  return date.length === 10 && date >= FIRST_EXCEL_DATE && date <= LAST_EXCEL_DATE;
}

/**
 * The day of a date cell (an Excel serial; a time of day in the fraction is dropped), or
 * `date_out_of_range` for a number outside Excel's dates.
 * @example dateOfSerial(46112, "due") // { ok: true, value: "2026-03-31" }
 * @example dateOfSerial(5, "due") // { ok: false, issues: [{ code: "date_out_of_range", role: "due", text: "5" }] }
 */
export function dateOfSerial(serial: number, role: DateRole): Result<IsoDate> {
  if (!Number.isFinite(serial)) return fail(unreadable(String(serial), role));
  const date = isExcelSerial(serial) ? fromExcelSerial(serial) : null;
  return date === null ? fail({ code: "date_out_of_range", role, text: String(serial) }) : ok(date);
}

// Read after width normalisation with spaces removed (`R7. 10月` → `R7.10月`): `2025-11-21`, `2025/11/21`,
// `2025年11月21日`, `R7.11.21`, `令和7年11月21日`, and month precision (`R8. 3月`, `2026年3月`, `2026-03`).
const DAY_TAIL = "(?:月(?:(\\d{1,2})日)?|[./-](\\d{1,2})日?)?";
const WESTERN_DATE = new RegExp(`^(\\d{4})(?:年|[./-])(\\d{1,2})${DAY_TAIL}$`);
const ERA_DATE = new RegExp(`^(${ERA_LABEL_PATTERN})(元|\\d{1,2})(?:年|[./-])(\\d{1,2})${DAY_TAIL}$`);
const SPACES = / /g;

interface TextDate {
  readonly year: number;
  readonly month: number;
  /** null for month precision (`R8. 3月`). */
  readonly day: number | null;
}

/**
 * A date typed as text. A month without a day is a span: a due date is its last day, a start or a date to
 * place in a fiscal year its first; an as-of date needs its day. Impossible days (`R7.2.30`) are refused,
 * never moved to the next real one, and so are days Excel cannot hold (before 1900-03-01, after 9999).
 * @example parseDateText("R8. 3月", "due") // { ok: true, value: "2026-03-31" }
 * @example parseDateText("令和8年1月15日", "date") // { ok: true, value: "2026-01-15" }
 * @example parseDateText("来週", "asOf") // { ok: false, issues: [{ code: "date_unreadable", role: "asOf", text: "来週" }] }
 */
export function parseDateText(text: string, role: DateRole): Result<IsoDate> {
  if (text.trim() === "") return fail({ code: "date_missing", role });
  const date = matchDateText(normalizeWidth(text).replace(SPACES, ""));
  if (date === null) return fail(unreadable(text, role));
  const { year, month, day } = date;
  if (month < 1 || month > 12) return fail({ code: "date_impossible", text });
  if (day !== null && !isValidDate(year, month, day)) return fail({ code: "date_impossible", text });
  // "As of March" names no day to judge on.
  if (day === null && role === "asOf") return fail(unreadable(text, role));
  const iso = toIsoDate({
    year,
    month,
    day: day ?? (role === "due" ? lastDayOfMonth(year, month) : 1),
  });
  if (!isExcelDate(iso)) return fail({ code: "date_out_of_range", role, text });
  return ok(iso);
}

function unreadable(text: string, role: DateRole): Issue {
  return { code: "date_unreadable", role, text };
}

function matchDateText(s: string): TextDate | null {
  const western = WESTERN_DATE.exec(s);
  if (western)
    return { year: Number(western[1]), month: Number(western[2]), day: dayOf(western[3] ?? western[4]) };
  const era = ERA_DATE.exec(s);
  if (!era) return null;
  const name = eraOfLabel(era[1] ?? "");
  const eraYear = readEraYear(era[2] ?? "");
  if (!name || eraYear === null || eraYear < 1) return null;
  return { year: gregorianYear(name, eraYear), month: Number(era[3]), day: dayOf(era[4] ?? era[5]) };
}

function dayOf(digits: string | undefined): number | null {
  return digits === undefined ? null : Number(digits);
}
