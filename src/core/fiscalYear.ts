import type { IsoDate } from "./calendar";
import { lastDayOfMonth, parseIsoDate, toIsoDate } from "./calendar";
import { ERA_NOTATION_PATTERN, yearOfEraNotation } from "./era";
import type { Result } from "./result";
import { fail, ok } from "./result";
import { normalizeWidth } from "./text";

/** The month a fiscal year starts in; 4 (April) for Japanese local government (地方自治法 208条). */
export const DEFAULT_START_MONTH = 4;

/**
 * The fiscal year a day falls in, named by the calendar year it starts in.
 * @example fiscalYearOf("2026-01-15") // 2025 (令和7年度)
 */
export function fiscalYearOf(date: IsoDate, startMonth: number = DEFAULT_START_MONTH): number {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`not an ISO date: ${date}`);
  assertStartMonth(startMonth);
  return parsed.month >= startMonth ? parsed.year : parsed.year - 1;
}

/**
 * The first and last day of a fiscal year.
 * @example fiscalYearRange(2025) // { start: "2025-04-01", end: "2026-03-31" }
 */
export function fiscalYearRange(
  fiscalYear: number,
  startMonth: number = DEFAULT_START_MONTH,
): { start: IsoDate; end: IsoDate } {
  assertStartMonth(startMonth);
  const start = toIsoDate({ year: fiscalYear, month: startMonth, day: 1 });
  const endMonth = startMonth === 1 ? 12 : startMonth - 1;
  const endYear = startMonth === 1 ? fiscalYear : fiscalYear + 1;
  const end = toIsoDate({ year: endYear, month: endMonth, day: lastDayOfMonth(endYear, endMonth) });
  return { start, end };
}

/**
 * The calendar year a bare month (`1月`) falls in on a sheet for `fiscalYear`.
 * @example calendarYearOfMonth(2025, 1) // 2026
 */
export function calendarYearOfMonth(
  fiscalYear: number,
  month: number,
  startMonth: number = DEFAULT_START_MONTH,
): number {
  return month >= startMonth ? fiscalYear : fiscalYear + 1;
}

function assertStartMonth(startMonth: number): void {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`fiscal-year start month must be 1–12, got ${startMonth}`);
  }
}

const ERA_FY = new RegExp(`^${ERA_NOTATION_PATTERN}\\s*(?:年度?)?$`);
const ERA_FY_IN_TEXT = new RegExp(`${ERA_NOTATION_PATTERN}\\s*年度`);

/**
 * Reads a fiscal year as a person gives it: `2025`, `2025年度`, `FY2025`, `令和7年度`, `R7`, `令和元年度`.
 * @example parseFiscalYear("令和7年度") // { ok: true, value: 2025 }
 */
export function parseFiscalYear(input: string | number | null | undefined): Result<number> {
  if (typeof input === "number") {
    return Number.isInteger(input) && input >= 1900 && input <= 2200
      ? ok(input)
      : fail({ code: "fiscal_year_unreadable", text: String(input) });
  }
  if (input == null || input.trim() === "") return fail({ code: "fiscal_year_unreadable", text: "" });
  const text = normalizeWidth(input).replace(/\s+/g, "");
  const western = /^(?:FY)?(\d{4})(?:年度?)?$/i.exec(text);
  if (western) return parseFiscalYear(Number(western[1]));
  const era = ERA_FY.exec(text);
  const year = era ? yearOfEraNotation(era[1] ?? "", era[2] ?? "") : null;
  if (year !== null) return ok(year);
  return fail({ code: "fiscal_year_unreadable", text: input });
}

/**
 * Finds the fiscal year a sheet is for in its title text (`令和7年度 重点目標管理シート`), or null.
 * @example findFiscalYearInText("令和7年度 重点目標管理シート") // 2025
 */
export function findFiscalYearInText(text: string): number | null {
  const normalized = normalizeWidth(text);
  const era = ERA_FY_IN_TEXT.exec(normalized);
  const year = era ? yearOfEraNotation(era[1] ?? "", era[2] ?? "") : null;
  if (year !== null) return year;
  const western = /(20\d{2})\s*年度/.exec(normalized);
  return western ? Number(western[1]) : null;
}
