import { describe, expect, it, test } from "vitest";
import {
  addDays,
  daysBetween,
  fromExcelSerial,
  isIsoDate,
  isValidDate,
  lastDayOfMonth,
  parseIsoDate,
  toExcelSerial,
  toIsoDate,
} from "./calendar";

describe("isValidDate", () => {
  test.each([
    [2025, 5, 20, true],
    [2024, 2, 29, true],
    [2025, 2, 29, false],
    [2025, 13, 1, false],
    [2025, 4, 31, false],
    [2025, 0, 1, false],
    [2025.5, 1, 1, false],
  ])("%d-%d-%d is %s", (y, m, d, expected) => {
    expect(isValidDate(y, m, d)).toBe(expected);
  });
});

describe("lastDayOfMonth", () => {
  test.each([
    [2026, 2, 28],
    [2028, 2, 29],
    [2025, 9, 30],
    [2025, 12, 31],
  ])("%d-%d ends on the %d", (y, m, d) => {
    expect(lastDayOfMonth(y, m)).toBe(d);
  });
});

describe("toIsoDate / parseIsoDate", () => {
  it("round-trips a day", () => {
    expect(toIsoDate({ year: 2026, month: 3, day: 31 })).toBe("2026-03-31");
    expect(parseIsoDate("2026-03-31")).toEqual({ year: 2026, month: 3, day: 31 });
  });

  test.each(["2026-3-31", "2026-02-30", "R8.3.31", "", "2026-03-31T00:00"])("refuses %j", (text) => {
    expect(parseIsoDate(text)).toBeNull();
    expect(isIsoDate(text)).toBe(false);
  });
});

describe("daysBetween / addDays", () => {
  it("counts days across the fiscal year without time-zone drift", () => {
    expect(daysBetween("2025-04-01", "2026-03-31")).toBe(364);
    expect(daysBetween("2026-03-31", "2025-04-01")).toBe(-364);
    expect(addDays("2026-03-31", 1)).toBe("2026-04-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
  });

  it("throws on a malformed date, which is a caller's bug", () => {
    expect(() => daysBetween("2025/04/01", "2026-03-31")).toThrow(RangeError);
    expect(() => addDays("yesterday", 1)).toThrow(RangeError);
  });
});

describe("toExcelSerial / fromExcelSerial", () => {
  test.each([
    ["2026-03-31", 46112],
    ["2025-04-01", 45748],
    ["1900-03-01", 61],
  ])("%s is serial %d", (date, serial) => {
    expect(toExcelSerial(date)).toBe(serial);
    expect(fromExcelSerial(serial)).toBe(date);
  });

  it("drops the time of day", () => {
    expect(fromExcelSerial(46112.75)).toBe("2026-03-31");
  });

  test.each([Number.NaN, Number.POSITIVE_INFINITY, 60, -1])("refuses serial %d", (serial) => {
    expect(fromExcelSerial(serial)).toBeNull();
  });
});
