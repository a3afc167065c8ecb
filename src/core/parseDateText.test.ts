import { describe, expect, it, test } from "vitest";
import { dateOfSerial, isExcelDate, isExcelSerial, parseDateText } from "./parseDateText";

describe("parseDateText", () => {
  test.each([
    ["2025-11-21", "asOf", "2025-11-21"],
    ["R8.3.31", "asOf", "2026-03-31"],
    ["令和8年1月15日", "date", "2026-01-15"],
    ["２０２５年１１月２１日", "asOf", "2025-11-21"],
    ["令和元年5月1日", "asOf", "2019-05-01"],
    ["R8. 3月", "due", "2026-03-31"],
    ["R7. 9月", "start", "2025-09-01"],
    ["9999年12月", "due", "9999-12-31"],
  ] as const)("reads %j as a %s of %s", (text, role, date) => {
    expect(parseDateText(text, role)).toEqual({ ok: true, value: date });
  });

  test.each([
    ["来週", "asOf", "date_unreadable"],
    ["R8. 3月", "asOf", "date_unreadable"],
    ["R7.2.29", "due", "date_impossible"],
    ["2025-13-01", "due", "date_impossible"],
    ["1899-12-31", "date", "date_out_of_range"],
    ["1900年2月", "due", "date_out_of_range"],
    ["", "due", "date_missing"],
  ] as const)("refuses %j as a %s with %s", (text, role, code) => {
    const result = parseDateText(text, role);
    expect(result.ok ? null : result.issues[0]?.code).toBe(code);
  });
});

describe("dateOfSerial", () => {
  it("reads a date cell, dropping the time of day", () => {
    expect(dateOfSerial(46112.75, "due")).toEqual({ ok: true, value: "2026-03-31" });
    expect(dateOfSerial(2_958_465, "due")).toEqual({ ok: true, value: "9999-12-31" });
  });

  test.each([
    [60, "date_out_of_range"],
    [2_958_466, "date_out_of_range"],
    [Number.NaN, "date_unreadable"],
    [Number.POSITIVE_INFINITY, "date_unreadable"],
  ])("refuses %d with %s", (serial, code) => {
    const result = dateOfSerial(serial, "due");
    expect(result.ok ? null : result.issues[0]?.code).toBe(code);
  });
});

describe("isExcelDate and isExcelSerial", () => {
  it("hold Excel's dates, 1900-03-01 to 9999-12-31", () => {
    expect(isExcelDate("1900-03-01")).toBe(true);
    expect(isExcelDate("1900-02-28")).toBe(false);
    expect(isExcelDate("10000-03-31")).toBe(false);
    expect(isExcelSerial(61)).toBe(true);
    expect(isExcelSerial(60)).toBe(false);
    expect(isExcelSerial(2_958_465.9)).toBe(true);
  });
});
