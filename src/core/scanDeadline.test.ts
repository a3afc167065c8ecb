import { describe, expect, it, test } from "vitest";
import { contextOf } from "./fiscalContext";
import type { Due } from "./resolveDue";
import type { Issue } from "./result";
import { scanSegment } from "./scanDeadline";

function scan(text: string, fiscalYear = 2025): { dues: Due[]; issues: Issue[] } {
  const context = contextOf({ fiscalYear, startMonth: 4, planStart: null }, () => null);
  const dues: Due[] = [];
  const issues: Issue[] = [];
  scanSegment(text, context, dues, issues);
  return { dues, issues };
}

describe("scanSegment", () => {
  test.each([
    ["7月以降", "2025-07-01", "7月以降"],
    ["6月実施設計着手", "2025-06-01", "6月実施設計着手"],
    ["R8年度から", "2026-04-01", "R8年度から"],
    ["令和8年度を初年度", "2026-04-01", "令和8年度を初年度"],
    ["12月13日(金曜日)午後7時30分から", "2025-12-13", "12月13日(金曜日)午後7時30分から"],
    ["8月25日(金)19:00～", "2025-08-25", "8月25日(金)19:00～"],
  ])("reads %j as a start only, with its source", (text, start, source) => {
    expect(scan(text)).toEqual({
      dues: [{ kind: "start_only", start, due: null, source, beyondFiscalYear: false }],
      issues: [],
    });
  });

  it("reads a start and a length as a range, flagged past the fiscal year", () => {
    expect(scan("令和6年度から4年間").dues).toEqual([
      {
        kind: "date",
        start: "2024-04-01",
        due: "2028-03-31",
        source: "令和6年度から4年間",
        beyondFiscalYear: true,
      },
    ]);
  });

  it("takes an as-of date (時点) only when the text gives no other date", () => {
    expect(scan("(R7.10.1時点)").dues.map((due) => due.due)).toEqual(["2025-10-01"]);
    expect(scan("年度末 (R7.10.1時点)").dues.map((due) => due.due)).toEqual(["2026-03-31"]);
  });

  test.each([
    ["2020年頃から", "2020年頃", "approximate"],
    ["7月～8月頃", "7月～8月頃", "approximate"],
    ["24～25年度", "24～25年度", "short_year_ambiguous"],
    ["2017(平成28)年度", "2017(平成28)年度", "years_disagree"],
    ["平成29年度から平成31年度までの5年間", "平成29年度から平成31年度までの5年間", "range_length_disagrees"],
    ["5月から3年間", "5月から3年間", "length_without_start_year"],
    ["2年目", "2年目", "plan_start_unknown"],
    ["R8.1月～R7.5月", "R8.1月～R7.5月", "range_reversed"],
  ])("refuses %j, naming %j and why", (text, source, reason) => {
    expect(scan(text).issues).toEqual([{ code: "deadline_unreadable", source, reason }]);
  });

  it("reads nothing from text without a notation", () => {
    expect(scan("")).toEqual({ dues: [], issues: [] });
    expect(scan("任期満了日")).toEqual({ dues: [], issues: [] });
  });
});
