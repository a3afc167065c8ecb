import { describe, expect, it, test } from "vitest";
import { goalFile, kpiFile, unreadableFile } from "../../test/collectedFiles";
import { asText, freeTableName, planCollectSheet } from "./planCollectSheet";

describe("planCollectSheet", () => {
  it("stacks the summary table over the findings table with a row between, never overlapping", () => {
    const plan = planCollectSheet([goalFile("総務課.xlsx"), unreadableFile("財政課.xls")], {
      locale: "ja",
      asOf: "2025-11-21",
      tableNames: [],
    });
    expect(plan.tables).toEqual([
      { name: "取りまとめ_集計", address: "A4:K7" },
      { name: "取りまとめ_指摘", address: "A10:E12" },
    ]);
    expect(plan.cells[1]?.[0]).toBe("基準日 2025年11月21日・2ファイル（読めなかったファイル 1）");
    expect(plan.cells[8]?.[0]).toBe("指摘一覧（2件）");
    expect(plan.cells.every((row) => row.length === 11)).toBe(true);
    expect(plan.bold).toEqual(["A1", "A9"]);
  });

  it("writes the headers unique and not empty, in English when asked", () => {
    const plan = planCollectSheet([goalFile("a.xlsx")], { locale: "en", asOf: "2025-11-21", tableNames: [] });
    const summary = plan.cells[3] ?? [];
    const findings = plan.cells[8]?.slice(0, 5) ?? [];
    for (const headers of [summary, findings]) {
      expect(new Set(headers).size).toBe(headers.length);
      expect(headers.every((h) => typeof h === "string" && h !== "")).toBe(true);
    }
    expect(findings).toEqual(["File", "Sheet", "Cell", "Severity", "Finding"]);
    expect(plan.tables.map((t) => t.name)).toEqual(["Collected_Summary", "Collected_Findings"]);
  });

  it("takes table names no table of the workbook has, case aside", () => {
    const plan = planCollectSheet([goalFile("a.xlsx")], {
      locale: "ja",
      asOf: "2025-11-21",
      tableNames: ["取りまとめ_集計", "取りまとめ_指摘", "取りまとめ_指摘2"],
    });
    expect(plan.tables.map((t) => t.name)).toEqual(["取りまとめ_集計2", "取りまとめ_指摘3"]);
  });

  it("says there are no findings instead of an empty table", () => {
    const plan = planCollectSheet([kpiFile("a.xlsx")], { locale: "ja", asOf: "2025-11-21", tableNames: [] });
    expect(plan.tables).toEqual([{ name: "取りまとめ_集計", address: "A4:K5" }]);
    expect(plan.cells.at(-1)?.[0]).toBe("指摘はありません。");
  });

  it("keeps a body row in the summary table for no file at all", () => {
    const plan = planCollectSheet([], { locale: "ja", asOf: "2025-11-21", tableNames: [] });
    expect(plan.tables).toEqual([{ name: "取りまとめ_集計", address: "A4:K5" }]);
  });

  it("writes a file name that looks like a formula as text", () => {
    const plan = planCollectSheet([kpiFile("=HYPERLINK(1).xlsx")], {
      locale: "ja",
      asOf: "2025-11-21",
      tableNames: [],
    });
    expect(plan.cells[4]?.[0]).toBe("'=HYPERLINK(1).xlsx");
  });
});

describe("asText", () => {
  test.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+81", "'+81"],
    ["-", "'-"],
    ["@user", "'@user"],
    ["総務課.xlsx", "総務課.xlsx"],
    ["", ""],
  ])("%s → %s", (input, output) => {
    expect(asText(input)).toBe(output);
  });
});

describe("freeTableName", () => {
  test.each([
    ["取りまとめ_指摘", [], "取りまとめ_指摘"],
    ["取りまとめ_指摘", ["取りまとめ_指摘"], "取りまとめ_指摘2"],
    ["Collected_Summary", ["collected_summary", "COLLECTED_SUMMARY2"], "Collected_Summary3"],
  ] as const)("%s among %j → %s", (wanted, taken, free) => {
    expect(freeTableName(wanted, taken)).toBe(free);
  });
});
