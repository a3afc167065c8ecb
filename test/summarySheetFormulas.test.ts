/**
 * What Excel would show on the 集計 sheet, with the add-in's own KPI functions evaluating its formulas
 * over the seed sheets, against what the core counts for the task pane and the command-line checker.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, test } from "vitest";
import { readWorkbook } from "../src/cli/readWorkbook";
import type { IsoDate } from "../src/core/calendar";
import { buildSummarySheet } from "../src/app/buildSummarySheet";
import { DEFAULT_SETTINGS } from "../src/app/settings";
import { valueOf } from "./fakeExcel/evaluateFormulas";
import { FakeExcel } from "./fakeExcel/fakeExcel";
import { fakeSummary } from "./fakeExcel/fakeSummary";
import { createWorkbookState } from "./fakeExcel/fakeWorkbook";
import { goalSheet2, kpiList } from "./fakeExcel/seedSheets";

const AS_OF = "2025-11-21";
const EXAMPLES = fileURLToPath(new URL("../examples", import.meta.url));

async function summarySheet(asOf: string | null) {
  const fake = new FakeExcel(createWorkbookState([goalSheet2(), kpiList()]));
  const settings = { ...DEFAULT_SETTINGS, asOf };
  const built = await buildSummarySheet(fakeSummary(fake), { asOf: asOf ?? AS_OF, settings, locale: "ja" });
  if (!built.ok) throw new Error("not built");
  const row = (r: number) =>
    ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"].map((c) =>
      valueOf(fake.state, "集計", `${c}${r}`, AS_OF),
    );
  return { entries: built.value.entries, row };
}

describe("the 集計 sheet's formulas", () => {
  it("show the core's counts for goal 2 and the KPI list on the saved as-of date", async () => {
    const { entries, row } = await summarySheet(AS_OF);
    entries.forEach((entry, i) => {
      const s = entry.summary;
      const grades =
        entry.report.detection.table.layout === "kpi_list"
          ? s.grades.map((g) => g.count)
          : [null, null, null, null];
      expect(row(6 + i)).toEqual([
        entry.sheetName,
        s.achieved,
        s.onTrack,
        s.behind,
        s.overdue,
        s.noStatus,
        s.items,
        ...grades,
      ]);
    });
  });

  it("judge on TODAY() when no as-of date is saved", async () => {
    const { row } = await summarySheet(null);
    expect(row(2).slice(0, 2)).toEqual(["基準日", 45982]);
  });
});

describe("the 集計 sheet's formulas on the sample workbooks", () => {
  test.each([
    ["重点目標管理シート_令和7年度_総務部等.xlsx", "2025-11-21"],
    ["重点目標管理シート_令和7年度_総務部等.xlsx", "2026-04-15"],
    ["マニフェストKPI一覧_R7-R10.xlsx", "2025-11-21"],
    ["マニフェストKPI一覧_R7-R10.xlsx", "2029-04-15"],
  ])("show the core's counts for %s on %s", async (file, asOf) => {
    const read = await readWorkbook(path.join(EXAMPLES, file));
    if (!read.ok) throw new Error("unreadable");
    const specs = read.value.sheets.map((grid) => ({
      name: grid.name,
      values: grid.values,
      firstRow: grid.firstRow,
      firstColumn: grid.firstColumn,
    }));
    const fake = new FakeExcel(createWorkbookState(specs));
    const settings = { ...DEFAULT_SETTINGS, asOf: asOf as IsoDate };
    const built = await buildSummarySheet(fakeSummary(fake), {
      asOf: asOf as IsoDate,
      settings,
      locale: "ja",
    });
    if (!built.ok) throw new Error("not built");
    built.value.entries.forEach(({ sheetName, summary: s }, i) => {
      const shown = ["A", "B", "C", "D", "E", "F", "G"].map((c) =>
        valueOf(fake.state, "集計", `${c}${6 + i}`, asOf as IsoDate),
      );
      expect(shown).toEqual([sheetName, s.achieved, s.onTrack, s.behind, s.overdue, s.noStatus, s.items]);
    });
  });
});
