import type { IsoDate } from "../core/calendar";
import { toExcelSerial, toIsoDate } from "../core/calendar";

/**
 * Today in the user's own calendar, as Excel's TODAY() gives it. This edge is the only place the custom
 * functions read the clock: the core takes the as-of date as an argument.
 * @example todayIso() // "2025-11-21" on 21 November 2025, local time
 */
export function todayIso(): IsoDate {
  const now = new Date();
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/**
 * Today as an Excel date serial.
 * @example todaySerial() // 46347 on 21 November 2025
 */
export function todaySerial(): number {
  return toExcelSerial(todayIso());
}
