import { afterEach, beforeEach, describe, expect, it, test, vi } from "vitest";
import { createCustomFunctionsStandIn } from "./customFunctionsStandIn";
import { FormulaError } from "./formulaError";
import {
  isOmitted,
  readAmount,
  readDateIso,
  readDateSerial,
  readDone,
  readFiscalYear,
  isLeftEmpty,
  readStartMonth,
  readSubItem,
  readTargetArgument,
} from "./readArguments";

beforeEach(() => {
  vi.stubGlobal("CustomFunctions", createCustomFunctionsStandIn());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function issueOf(call: () => unknown): FormulaError {
  try {
    call();
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw error;
  }
  throw new Error("expected a FormulaError");
}

describe("isOmitted", () => {
  test.each([
    [undefined, true],
    [null, true],
    ["", true],
    [0, false],
    [false, false],
    [" ", false],
  ])("%j → %s", (input, omitted) => {
    expect(isOmitted(input)).toBe(omitted);
  });
});

describe("readAmount", () => {
  it("returns a number as it is", () => {
    expect(readAmount(1557, "actual")).toBe(1557);
  });

  test.each([
    ["baseline", "baseline_missing"],
    ["target", "target_missing"],
    ["actual", "actual_missing"],
    ["value", "value_empty"],
  ] as const)("says the %s is missing with %s", (side, code) => {
    expect(issueOf(() => readAmount("－", side)).issue.code).toBe(code);
  });

  it("names the side of a value it cannot read", () => {
    expect(issueOf(() => readAmount("未定", "target")).issue).toEqual({
      code: "value_unreadable",
      text: "未定",
      side: "target",
    });
  });
});

describe("readDateIso", () => {
  test.each([
    ["2025-11-21", "asOf", "2025-11-21"],
    ["2025/11/21", "asOf", "2025-11-21"],
    ["２０２５年１１月２１日", "asOf", "2025-11-21"],
    ["R7.11.21", "asOf", "2025-11-21"],
    ["R7. 11. 21", "asOf", "2025-11-21"],
    ["令和7年11月21日", "asOf", "2025-11-21"],
    ["令和元年5月1日", "asOf", "2019-05-01"],
    ["平成31年4月30日", "asOf", "2019-04-30"],
    ["H33.3.31", "due", "2021-03-31"],
    // a month is a span: its last day for a due date, its first for a start
    ["R8. 3月", "due", "2026-03-31"],
    ["2026年2月", "due", "2026-02-28"],
    ["R7. 9月", "start", "2025-09-01"],
    ["R7.10", "date", "2025-10-01"],
    [46112, "due", "2026-03-31"],
    [46112.75, "due", "2026-03-31"],
    ["9999年12月", "due", "9999-12-31"],
    [2_958_465, "due", "9999-12-31"],
  ] as const)("reads %j as a %s of %s", (input, role, iso) => {
    expect(readDateIso(input, role)).toBe(iso);
  });

  test.each([
    ["R8. 3月", "asOf", "date_unreadable", "invalidValue"],
    ["来週", "asOf", "date_unreadable", "invalidValue"],
    ["2025-11-21 10:00", "asOf", "date_unreadable", "invalidValue"],
    ["R7.2.29", "due", "date_impossible", "invalidValue"],
    ["2025-13-01", "due", "date_impossible", "invalidValue"],
    // days Excel cannot hold: a text says so with #VALUE! (its message shows), a number with #NUM!
    ["1899-12-31", "date", "date_out_of_range", "invalidValue"],
    ["1900年2月", "due", "date_out_of_range", "invalidValue"],
    ["R0.5.1", "due", "date_unreadable", "invalidValue"],
    [60, "due", "date_out_of_range", "invalidNumber"],
    [3_000_000, "due", "date_out_of_range", "invalidNumber"],
    [Number.NaN, "due", "date_unreadable", "invalidNumber"],
    ["", "start", "date_missing", "notAvailable"],
    ["  ", "due", "date_missing", "notAvailable"],
    [null, "date", "date_missing", "notAvailable"],
    [true, "due", "date_unreadable", "invalidValue"],
  ] as const)("refuses %j as a %s with %s (%s)", (input, role, code, kind) => {
    const error = issueOf(() => readDateIso(input, role));
    expect(error.issue.code).toBe(code);
    expect(error.kind).toBe(kind);
  });
});

describe("readDateSerial", () => {
  it("drops the time of day from a date cell and reads text dates", () => {
    expect(readDateSerial(46112.9, "due")).toBe(46112);
    expect(readDateSerial("R8.3.31", "due")).toBe(46112);
  });

  it("refuses a serial before 1900-03-01, where Excel's serials are ambiguous", () => {
    expect(issueOf(() => readDateSerial(59, "asOf")).kind).toBe("invalidNumber");
  });
});

describe("isLeftEmpty", () => {
  test.each([
    [undefined, true],
    [null, true],
    ["", true],
    [0, true],
    [" ", false],
    [1, false],
    [false, false],
  ])("reads %j as left empty: %s", (input, empty) => {
    expect(isLeftEmpty(input)).toBe(empty);
  });
});

describe("readDone", () => {
  test.each([
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ["TRUE", true],
    [" false ", false],
    ["完了", true],
    ["達成", true],
    ["済", true],
    ["(1) 令和7年5月20日に適正に執行した。", true],
    ["未完了", false],
    ["実施中", false],
    ["自己点検を実施予定(10月)", false],
    ["", false],
    [null, false],
    [undefined, false],
  ])("reads %j as %s", (input, done) => {
    expect(readDone(input)).toBe(done);
  });
});

describe("readFiscalYear", () => {
  test.each([
    [2025, 2025],
    ["2025", 2025],
    ["令和7年度", 2025],
    ["R7", 2025],
    ["ＦＹ２０２５", 2025],
    ["平成31年度", 2019],
  ])("reads %j as %d", (input, year) => {
    expect(readFiscalYear(input)).toBe(year);
  });

  test.each([[2025.5], [45000], ["来年度"], [""], [null], [true]])("refuses %j", (input) => {
    expect(issueOf(() => readFiscalYear(input)).issue.code).toBe("fiscal_year_unreadable");
  });
});

describe("readSubItem", () => {
  test.each([
    [undefined, null],
    ["", null],
    // an empty cell in Excel for Windows (OfficeDev/office-js #4702)
    [0, null],
    [1, 1],
    ["2", 2],
    ["(3)", 3],
    ["（４）", 4],
    ["⑸", 5],
  ])("reads %j as %j", (input, n) => {
    expect(readSubItem(input)).toBe(n);
  });

  test.each([
    [-1, "invalidNumber"],
    [-1, "invalidNumber"],
    [1.5, "invalidNumber"],
    ["x", "invalidValue"],
    ["(0)", "invalidValue"],
    [true, "invalidValue"],
  ])("refuses %j with %s", (input, kind) => {
    expect(issueOf(() => readSubItem(input)).kind).toBe(kind);
  });
});

describe("readStartMonth", () => {
  test.each([
    [undefined, 4],
    [null, 4],
    [0, 4],
    [1, 1],
    [12, 12],
    ["4月", 4],
    ["１０", 10],
  ])("reads %j as %d", (input, month) => {
    expect(readStartMonth(input)).toBe(month);
  });

  test.each([
    [-1, "invalidNumber"],
    [13, "invalidNumber"],
    [4.5, "invalidNumber"],
    ["十月", "invalidValue"],
    ["13月", "invalidValue"],
  ])("refuses %j with %s", (input, kind) => {
    const error = issueOf(() => readStartMonth(input));
    expect(error.issue.code).toBe("start_month_invalid");
    expect(error.kind).toBe(kind);
  });
});

describe("readTargetArgument", () => {
  it("gives the revised target of a cell that holds both, and a plain target as it is", () => {
    expect(readTargetArgument("120件（見直し後 150件）")).toMatchObject({ amount: 150, unit: "件" });
    expect(readTargetArgument("120 件")).toMatchObject({ amount: 120, unit: "件" });
    expect(readTargetArgument(120)).toMatchObject({ amount: 120 });
  });

  test.each([
    ["120件（見直し後 150人）", "target_revision_unit_changed", "invalidValue"],
    ["120件（150件）", "value_multiple_numbers", "invalidValue"],
    [true, "value_unreadable", "invalidValue"],
  ] as const)("stops on %j with %s", (input, code, kind) => {
    const error = issueOf(() => readTargetArgument(input));
    expect(error.issue.code).toBe(code);
    expect(error.kind).toBe(kind);
  });
});
