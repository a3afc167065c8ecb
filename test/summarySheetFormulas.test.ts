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
import type { EmptyCellConvention } from "./fakeExcel/evaluateFormulas";
import { valueOf } from "./fakeExcel/evaluateFormulas";
import { FakeExcel } from "./fakeExcel/fakeExcel";
import { statusLabel } from "../src/core/messages/formatIssue";
import { fakeSummary } from "./fakeExcel/fakeSummary";
import { createWorkbookState } from "./fakeExcel/fakeWorkbook";
import type { SheetSpec } from "./fakeExcel/fakeWorkbook";
import { kpiListWithBlanks } from "./fakeExcel/blankCellSheets";
import { goalSheetWithActuals } from "./fakeExcel/goalActualSheets";
import { kpiListWithRevisions } from "./fakeExcel/revisedTargetSheets";
import { goalSheet2, kpiList } from "./fakeExcel/seedSheets";

const AS_OF = "2025-11-21";
const EXAMPLES = fileURLToPath(new URL("../examples", import.meta.url));

/** Excel on the web passes a custom function null for an empty cell, Windows 0 (office-js #4702). */
const PLATFORMS: readonly EmptyCellConvention[] = ["web", "windows"];

async function summarySheet(asOf: string | null, sheets: readonly SheetSpec[] = [goalSheet2(), kpiList()]) {
  const fake = new FakeExcel(createWorkbookState(sheets));
  const settings = { ...DEFAULT_SETTINGS, asOf };
  const built = await buildSummarySheet(fakeSummary(fake), { asOf: asOf ?? AS_OF, settings, locale: "ja" });
  if (!built.ok) throw new Error("not built");
  const row = (r: number, platform: EmptyCellConvention) =>
    ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"].map((c) =>
      valueOf(fake.state, "集計", `${c}${r}`, AS_OF, platform),
    );
  // The per-row area: its title two rows below the summary, its header, then one row per item.
  const perRow = (platform: EmptyCellConvention) => {
    const first = 5 + built.value.entries.length + 4;
    const count = built.value.entries.reduce((n, e) => n + e.summary.items, 0);
    return Array.from({ length: count }, (_, i) =>
      ["A", "B", "C", "D"].map((c) => valueOf(fake.state, "集計", `${c}${first + i}`, AS_OF, platform)),
    );
  };
  return { entries: built.value.entries, row, perRow };
}

describe.each(PLATFORMS)("the 集計 sheet's formulas, empty cells as Excel %s passes them", (platform) => {
  it("show the core's counts for goal 2 and the KPI list on the saved as-of date", async () => {
    const { entries, row } = await summarySheet(AS_OF);
    entries.forEach((entry, i) => {
      const s = entry.summary;
      const grades =
        entry.report.detection.table.layout === "kpi_list"
          ? s.grades.map((g) => g.count)
          : [null, null, null, null];
      expect(row(6 + i, platform)).toEqual([
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

  it("count unreported and blank KPI cells as the core does, never as 0% behind", async () => {
    const { entries, row } = await summarySheet(AS_OF, [kpiListWithBlanks()]);
    const [entry] = entries;
    if (!entry) throw new Error("no entry");
    const s = entry.summary;
    // What the core counts: 8 箇所/12 on track or behind, 9,100/9,000 achieved, the unreported 研修 past its
    // 9月 deadline overdue, and the rest (no actual, no target, nothing at all) without a status or grade.
    expect(s).toMatchObject({ items: 7, overdue: 1, noStatus: 3, ungraded: 4 });
    expect(row(6, platform)).toEqual([
      entry.sheetName,
      s.achieved,
      s.onTrack,
      s.behind,
      s.overdue,
      s.noStatus,
      s.items,
      ...s.grades.map((g) => g.count),
    ]);
  });

  it("count a list with revised targets against the revised ones, as the core does", async () => {
    const { entries, row } = await summarySheet(AS_OF, [kpiListWithRevisions()]);
    const [entry] = entries;
    if (!entry) throw new Error("no entry");
    const s = entry.summary;
    // The revision to another unit (10 件 → 30 人) and the unreported 施設予約 have no status or grade;
    // 135 件 of a target revised to 150 件 is not achieved (it would be against the original 120 件).
    expect(s).toMatchObject({ items: 8, noStatus: 2, ungraded: 2 });
    expect(entry.report.evaluation.rows.find((r) => r.row === 3)?.status).not.toBe("achieved");
    expect(row(6, platform)).toEqual([
      entry.sheetName,
      s.achieved,
      s.onTrack,
      s.behind,
      s.overdue,
      s.noStatus,
      s.items,
      ...s.grades.map((g) => g.count),
    ]);
  });

  it("count goal items with a 実績値 as the check counts them: by rate and grade, overdue still overdue", async () => {
    const sheets = [
      goalSheetWithActuals(1, { "⑥": "(1) 84.3%" }),
      goalSheetWithActuals(5, { "②": "(1) 79点\n(3) 2校" }),
      goalSheetWithActuals(5, { "①": "1件", "②": "(1) 79点\n(2) 60人\n(3) 2校" }),
    ].map((spec, i) => ({ ...spec, name: `${spec.name}${i}` }));
    const { entries, row, perRow } = await summarySheet(AS_OF, sheets);
    // Each sheet's rated rows: goal 1's ⑥, none on the goal 5 sheet still without (2)'s value, ② on the other.
    expect(
      entries.map((e) =>
        e.report.evaluation.rows.filter((r) => r.achievementRate !== null).map((r) => r.row),
      ),
    ).toEqual([[14], [], [10]]);
    entries.forEach((entry, i) => {
      const s = entry.summary;
      expect(s.items - s.ungraded, entry.sheetName).toBe(i === 1 ? 0 : 1);
      expect(row(6 + i, platform)).toEqual([
        entry.sheetName,
        s.achieved,
        s.onTrack,
        s.behind,
        s.overdue,
        s.noStatus,
        s.items,
        ...s.grades.map((g) => g.count),
      ]);
    });
    // Row by row: the per-row status and grade are the check's.
    for (const [sheetName, r, status, grade] of perRow(platform)) {
      const evaluation = entries
        .find((e) => e.sheetName === sheetName)
        ?.report.evaluation.rows.find((e) => e.row === r);
      expect([status, grade], `${String(sheetName)} row ${String(r)}`).toEqual([
        evaluation?.overdue ? "期限超過" : evaluation?.status ? statusLabel(evaluation.status, "ja") : "",
        evaluation?.grade ?? "",
      ]);
    }
  });

  it("judge on TODAY() when no as-of date is saved", async () => {
    const { row } = await summarySheet(null);
    expect(row(2, platform).slice(0, 2)).toEqual(["基準日", 45982]);
  });
});

describe.each(PLATFORMS)("the 集計 sheet's formulas on the sample workbooks (%s)", (platform) => {
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
        valueOf(fake.state, "集計", `${c}${6 + i}`, asOf as IsoDate, platform),
      );
      expect(shown).toEqual([sheetName, s.achieved, s.onTrack, s.behind, s.overdue, s.noStatus, s.items]);
    });
  });
});
