/**
 * Today on the user's own calendar. Only the edges ask the clock; the pane asks it once when it opens
 * (an as-of date saved in the workbook takes precedence).
 */
import type { ClockPort } from "../app/ports";
import type { IsoDate } from "../core/calendar";
import { toIsoDate } from "../core/calendar";

/**
 * The day a Date falls on in the local time zone, as `YYYY-MM-DD`.
 * @example localIsoDate(new Date(2025, 10, 21, 23, 30)) // "2025-11-21"
 */
export function localIsoDate(date: Date): IsoDate {
  if (Number.isNaN(date.getTime())) throw new RangeError("not a valid Date");
  return toIsoDate({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

export const systemClock: ClockPort = {
  today: () => localIsoDate(new Date()),
};
