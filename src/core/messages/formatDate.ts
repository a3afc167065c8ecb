import type { IsoDate } from "../calendar";
import { parseIsoDate } from "../calendar";
import type { Locale } from "./types";

/**
 * A date as a person reads it in their language: 2025年4月30日, or 2025-04-30 in English (unambiguous
 * across the US and UK orders). Anything that is not an ISO date is returned as given.
 * @example formatDate("2025-04-30", "ja") // "2025年4月30日"
 */
export function formatDate(
  date: IsoDate | string | number | boolean | null | undefined,
  locale: Locale,
): string {
  if (typeof date !== "string") return date == null ? "" : String(date);
  const parsed = parseIsoDate(date);
  if (!parsed || locale === "en") return date;
  return `${parsed.year}年${parsed.month}月${parsed.day}日`;
}

/**
 * A fiscal year as a person names it: 令和7年度 (令和元年度 for 2019, a western year before 令和) in
 * Japanese, FY2025 in English.
 * @example formatFiscalYear(2025, "ja") // "令和7年度"
 */
export function formatFiscalYear(fiscalYear: number, locale: Locale): string {
  if (locale === "en") return `FY${fiscalYear}`;
  const reiwa = fiscalYear - 2018;
  return reiwa >= 1 ? `令和${reiwa === 1 ? "元" : reiwa}年度` : `${fiscalYear}年度`;
}
