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
