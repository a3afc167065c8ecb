import { describe, expect, it, test } from "vitest";
import { DEADLINE_CASES } from "./golden/deadlineCases";
import type { DeadlineReading } from "./resolveDue";
import { duesForSubItem, resolveDue } from "./resolveDue";
import type { Result } from "./result";

/** The reading without `source` and warning parameters, in the golden cases' shape. */
function shapeOf(result: Result<DeadlineReading>): unknown {
  if (!result.ok) return { issues: result.issues.map((issue) => issue.code) };
  return {
    entries: result.value.entries.map((entry) => ({
      subItems: entry.subItems,
      dues: entry.dues.map(({ kind, start, due, beyondFiscalYear }) => ({
        kind,
        start,
        due,
        beyondFiscalYear,
      })),
    })),
    warnings: result.value.warnings.map((warning) => warning.code),
  };
}

function readingOf(text: string, fiscalYear = 2025): DeadlineReading {
  const result = resolveDue(text, fiscalYear);
  if (!result.ok) throw new Error(`expected a reading of ${text}: ${JSON.stringify(result.issues)}`);
  return result.value;
}

describe("resolveDue", () => {
  test.each(DEADLINE_CASES.map((c) => [c.input, c.fiscalYear, c] as const))(
    "reads %j on an FY%i sheet as the golden case says",
    (input, fiscalYear, golden) => {
      expect(shapeOf(resolveDue(input, fiscalYear, { planStart: golden.planStart }))).toEqual(
        golden.expected,
      );
    },
  );

  it("keeps the fragment each due was read from", () => {
    const reading = readingOf("(1) 5月から8月まで  (2) 年末  (3) 随時");
    expect(reading.entries.map((entry) => entry.dues.map((due) => due.source))).toEqual([
      ["5月から8月まで"],
      ["年末"],
      ["随時"],
    ]);
    expect(readingOf("Ｒ７．１０月").entries[0]?.dues[0]?.source).toBe("R7.10月");
  });

  it("flags a due after the fiscal year with its sub-item, keeping the date", () => {
    const reading = readingOf("選挙期日 (1) 令和7年5月20日 (3) 令和8年4月8日");
    expect(reading.warnings).toEqual([
      {
        code: "deadline_beyond_fiscal_year",
        due: "2026-04-08",
        fiscalYearEnd: "2026-03-31",
        source: "令和8年4月8日",
        subItem: 3,
      },
    ]);
  });

  it("names the unreadable fragment and the cell when a date is garbled", () => {
    expect(resolveDue("(1) 5月 (2) R7.1O月まで", 2025)).toEqual({
      ok: false,
      issues: [{ code: "deadline_unreadable", source: "R7.1O月まで", text: "(1) 5月 (2) R7.1O月まで" }],
    });
    expect(resolveDue("R7.2.30", 2025)).toEqual({
      ok: false,
      issues: [{ code: "date_impossible", source: "R7.2.30", text: "R7.2.30" }],
    });
  });

  test.each([
    [null, "deadline_empty"],
    [undefined, "deadline_empty"],
    ["", "deadline_empty"],
    ["未定", "deadline_unreadable"],
  ])("fails on %j with %s", (input, code) => {
    const result = resolveDue(input, 2025);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe(code);
  });

  test.each([Number.NaN, 2025.5, 0, 99999])("fails on the fiscal year %d", (fiscalYear) => {
    expect(resolveDue("年度末", fiscalYear)).toEqual({
      ok: false,
      issues: [{ code: "fiscal_year_unreadable", text: String(fiscalYear) }],
    });
  });

  test.each([
    ["年度末", "2025-12-31"],
    ["上半期", "2025-06-30"],
    ["第4四半期", "2025-12-31"],
    ["1月", "2025-01-31"],
    ["通年", "2025-12-31"],
  ])("reads %j on a sheet whose fiscal year starts in January as due %s", (input, due) => {
    const result = resolveDue(input, 2025, { startMonth: 1 });
    expect(result.ok && result.value.entries[0]?.dues[0]?.due).toBe(due);
  });

  it("fails on a plan start that is not a fiscal year", () => {
    expect(resolveDue("2年目", 2025, { planStart: 2025.5 })).toEqual({
      ok: false,
      issues: [{ code: "fiscal_year_unreadable", text: "2025.5" }],
    });
  });

  test.each([
    ["1年目", 2025, "2026-03-31"],
    ["3年目", 2024, "2027-03-31"],
  ])("counts %j from the plan's first fiscal year FY%i", (text, planStart, due) => {
    const result = resolveDue(text, 2025, { planStart });
    expect(result.ok && result.value.entries[0]?.dues[0]?.due).toBe(due);
  });

  it("throws on a start month that is not a month, a bug in the caller", () => {
    expect(() => resolveDue("年度末", 2025, { startMonth: 13 })).toThrow(RangeError);
  });

  it("gives the same reading on every call (readings are remembered per fiscal year)", () => {
    const first = resolveDue("(1)5月、1月 (2)(3)年度内", 2025);
    expect(resolveDue("(1)5月、1月 (2)(3)年度内", 2025)).toEqual(first);
    expect(shapeOf(resolveDue("(1)5月、1月 (2)(3)年度内", 2026))).not.toEqual(shapeOf(first));
  });
});

describe("duesForSubItem", () => {
  const reading = readingOf("(1)5月、1月 (2)(3)年度内 (4)通年");

  test.each([
    [1, ["2025-05-31", "2026-01-31"]],
    [3, ["2026-03-31"]],
    [4, ["2026-03-31"]],
  ])("returns the dues of sub-item %i", (subItem, dues) => {
    expect(duesForSubItem(reading, subItem).map((due) => due.due)).toEqual(dues);
  });

  it("falls back to the dues without markers when no entry names the sub-item", () => {
    expect(duesForSubItem(readingOf("通年"), 5).map((due) => due.kind)).toEqual(["continuous"]);
    expect(duesForSubItem(readingOf("年度内 (1) 5月"), 2).map((due) => due.due)).toEqual(["2026-03-31"]);
  });

  test.each([9, 0, -1, Number.NaN])(
    "returns nothing for sub-item %d, which the cell does not have",
    (subItem) => {
      expect(duesForSubItem(reading, subItem)).toEqual([]);
    },
  );
});

describe("resolveDue on long and crafted cells", () => {
  test.each([
    ["(1)～(100) 年度内", "(1)～(100)"],
    ["（１）～（９９９９９）年度内", "(1)～(99999)"],
    ["(2) 5月 (3)-(120) 通年", "(3)-(120)"],
  ])("refuses %j, naming the range past (99) it cannot read", (input, source) => {
    const result = resolveDue(input, 2025);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: "deadline_unreadable", source, reason: "sub_item_range_too_long" }),
    );
  });

  it("reads a range up to (99), listing each sub-item once however often the cell repeats it", () => {
    const cell = `${"(1)～(99)".repeat(3000)} 年度内`;
    const reading = readingOf(cell);
    expect(reading.entries).toHaveLength(1);
    expect(reading.entries[0]?.subItems).toEqual(Array.from({ length: 99 }, (_, i) => i + 1));
    expect(duesForSubItem(reading, 50).map((due) => due.due)).toEqual(["2026-03-31"]);
  });

  it("reads a long cell afresh each time instead of keeping it (V8 hashes long strings by length)", () => {
    const long = `${"x".repeat(5000)} 年度内`;
    const first = resolveDue(long, 2025);
    const second = resolveDue(long, 2025);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(resolveDue("年度内", 2025)).toBe(resolveDue("年度内", 2025));
  });

  it("shows the whole run of text around a date it cannot read, after a long word", () => {
    const result = resolveDue(`${"x".repeat(20_000)} R7.1O月`, 2025);
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: "deadline_unreadable", source: "R7.1O月" })],
    });
  });
});
