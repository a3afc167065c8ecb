/**
 * What Excel would show in the computed columns (達成率, 進捗率, 評価, 状況; 期限, 期限超過), with the
 * add-in's own KPI functions evaluating them, under both ways an empty cell reaches a custom function:
 * null on the web, 0 on Windows (office-js #4702). An unfilled 実績値 shows blank, never 0%, D or 遅れ.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { addComputedColumns } from "../src/app/addComputedColumns";
import { DEFAULT_SETTINGS } from "../src/app/settings";
import type { IsoDate } from "../src/core/calendar";
import { toExcelSerial } from "../src/core/calendar";
import { statusLabel } from "../src/core/messages/formatIssue";
import { columnLetter } from "../src/core/sheetTable";
import { kpiListWithBlanks } from "./fakeExcel/blankCellSheets";
import type { EmptyCellConvention } from "./fakeExcel/evaluateFormulas";
import { displayedValueOf, valueOf } from "./fakeExcel/evaluateFormulas";
import { fakeWorkbook } from "./fakeExcel/fakeHost";
import type { SheetSpec } from "./fakeExcel/fakeWorkbook";
import { cellKey } from "./fakeExcel/fakeWorkbook";
import { goalSheetWithActuals } from "./fakeExcel/goalActualSheets";
import { kpiListWithRevisions } from "./fakeExcel/revisedTargetSheets";
import { goalSheet2, kpiList } from "./fakeExcel/seedSheets";

const AS_OF = "2025-11-21" as IsoDate;
const OPTIONS = { asOf: AS_OF, settings: DEFAULT_SETTINGS, locale: "ja" as const, firstColumn: null };

// KPI.STATUS and KPI.OVERDUE without an as-of date judge on today: today is the as-of date here.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(2025, 10, 21, 12));
});
afterEach(() => {
  vi.useRealTimers();
});

async function computed(spec: SheetSpec) {
  const { fake, workbook } = fakeWorkbook([spec]);
  const added = await addComputedColumns(workbook, OPTIONS);
  if (!added.ok) throw new Error(`not added: ${added.issues[0]?.code}`);
  const { report, address, headers } = added.value;
  const first = /^([A-Z]+)/.exec(address)?.[1] ?? "";
  const column = (i: number) => columnLetter(columnIndex(first) + i);
  const shown = (row: number, platform: EmptyCellConvention) =>
    headers.map((_, i) => valueOf(fake.state, spec.name, `${column(i)}${row}`, AS_OF, platform));
  const displayed = (row: number, i: number) =>
    displayedValueOf(fake.state, spec.name, `${column(i)}${row}`, AS_OF);
  return { fake, report, headers, shown, displayed };
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** A rate as the cell shows it next to the core's: blank where the core has none. */
function rateShown(value: unknown): number | "" | "error" {
  if (value === "" || value === null) return "";
  if (typeof value === "number") return Math.round(value * 1e9) / 1e9;
  return "error";
}

describe("the computed columns' formulas", () => {
  it.each([
    ["a KPI list with unreported and blank cells", kpiListWithBlanks()],
    ["seed 004's KPI list", kpiList()],
    ["a KPI list with revised targets (目標値（見直し後）)", kpiListWithRevisions()],
  ])(
    "show the core's rates, grades and statuses for %s, the same on the web and on Windows",
    async (_, spec) => {
      const { report, headers, shown } = await computed(spec);
      expect(headers).toEqual(["達成率", "進捗率", "評価", "状況"]);
      // Rows with a KPI get formulas; an initiative without one (電子決裁の導入) has nothing to compute.
      const kpiRows = new Set(
        report.detection.table.rows.filter((r) => String(r.cells.kpi ?? "").trim() !== "").map((r) => r.row),
      );
      const rows = report.evaluation.rows.filter((r) => kpiRows.has(r.row));
      expect(rows.length).toBeGreaterThan(3);
      for (const evaluation of rows) {
        const web = shown(evaluation.row, "web");
        const windows = shown(evaluation.row, "windows");
        expect(windows, `row ${evaluation.row}`).toEqual(web);
        const [achievement, progress, grade, status] = web;
        const core = [
          evaluation.achievementRate === null ? "" : rateShown(evaluation.achievementRate),
          evaluation.progressRate === null ? "" : rateShown(evaluation.progressRate),
          evaluation.grade ?? "",
        ];
        // A rate the core cannot compute for another reason (units that differ) is an error cell.
        const cells = [rateShown(achievement), rateShown(progress), grade === "#ERROR" ? "" : grade];
        expect(
          cells.map((c) => (c === "error" ? "" : c)),
          `row ${evaluation.row}`,
        ).toEqual(core);
        // The status the core gives a reported row is the one the column shows (達成, 順調, 遅れ, 期限超過).
        if (evaluation.achievementRate !== null && evaluation.status !== null) {
          expect(status, `row ${evaluation.row}`).toBe(statusLabel(evaluation.status, "ja"));
        }
        if (evaluation.actual === null || evaluation.actual.missing) {
          // Not reported: blank, or overdue when its own deadline has passed; never 0%, D or 遅れ.
          expect(achievement, `row ${evaluation.row}`).not.toBe(0);
          expect(status === "" || status === "期限超過" || status === "#ERROR", `row ${evaluation.row}`).toBe(
            true,
          );
          expect(status === "期限超過", `row ${evaluation.row}`).toBe(evaluation.status === "overdue");
        }
      }
    },
  );

  it("judge against the revised target, and refuse a revision to another unit as the core does", async () => {
    const { report, shown } = await computed(kpiListWithRevisions());
    for (const platform of ["web", "windows"] as const) {
      // Row 3: 120 件 revised to 150 件, 135 件 reported: 90%, not 112.5%.
      expect(shown(3, platform).slice(0, 3)).toEqual([0.9, 24 / 39, "B"]);
      // Row 9: 100 件（見直し後 120件） in one cell, 90 件 reported.
      expect(shown(9, platform)[0]).toBe(0.75);
      // Row 8: a target set only in the revised column.
      expect(shown(8, platform)[0]).toBe(0.8);
      // Row 5: nothing reported yet.
      expect(shown(5, platform)).toEqual(["", "", "", ""]);
    }
    // Row 6: 10 件 revised to 30 人: no rate in the core, an error in the cell, never 40%.
    expect(report.evaluation.rows.find((r) => r.row === 6)?.achievementRate).toBeNull();
    expect(typeof shown(6, "web")[0]).not.toBe("number");
  });

  it("leave an unreported row blank where Windows would have read 0%, D and 遅れ", async () => {
    const { shown } = await computed(kpiListWithBlanks());
    // Row 3: 111 件 ⇒ 120 件, nothing reported yet, due at the end of March.
    expect(shown(3, "windows")).toEqual(["", "", "", ""]);
    // Row 7: 5 件 ⇒ 10 件, nothing reported and the 9月 deadline has passed.
    expect(shown(7, "windows")).toEqual(["", "", "", "期限超過"]);
  });

  it("show a goal sheet's due dates and overdue items the same on the web and on Windows", async () => {
    const { fake, shown, report } = await computed(goalSheet2());
    const due = report.evaluation.rows.filter((r) => r.due !== null);
    expect(due.length).toBeGreaterThan(3);
    for (const evaluation of due) {
      const web = shown(evaluation.row, "web");
      expect(shown(evaluation.row, "windows")).toEqual(web);
      expect(web[0]).toBe(toExcelSerial(evaluation.due as IsoDate));
      expect(typeof web[1]).toBe("boolean");
    }
    // An item whose 期間・期限 someone clears after the columns were added shows blank, not an error.
    const sheet = fake.state.sheets[0];
    sheet?.cells.delete(cellKey(9 - 1, 2));
    expect(shown(9, "web")).toEqual(["", ""]);
    expect(shown(9, "windows")).toEqual(["", ""]);
  });

  it.each([
    ["goal 1 with (1) 84.3% on ⑥", goalSheetWithActuals(1, { "⑥": "(1) 84.3%" }), [14]],
    ["goal 5 with (1) 79点 and (3) 2校 on ②", goalSheetWithActuals(5, { "②": "(1) 79点\n(3) 2校" }), []],
    [
      "goal 5 with (1) 79点, (2) 60人 and (3) 2校 on ②",
      goalSheetWithActuals(5, { "②": "(1) 79点\n(2) 60人\n(3) 2校" }),
      [10],
    ],
  ])(
    "show the check's rates, grades and statuses on a goal sheet with a 実績値 column: %s",
    async (_, spec, judgedRows) => {
      const { report, headers, shown, displayed } = await computed(spec);
      expect(headers).toEqual(["期限", "期限超過", "達成率", "評価", "状況"]);
      for (const evaluation of report.evaluation.rows) {
        const web = shown(evaluation.row, "web");
        expect(shown(evaluation.row, "windows"), `row ${evaluation.row}`).toEqual(web);
        const [, , achievement, grade, status] = web;
        // A rate the check does not give for a value it reads (a numeric sub-item still without one) is an
        // error cell whose message says why, never a rate.
        const rate = rateShown(achievement) === "error" ? "" : rateShown(achievement);
        expect([rate, grade], `row ${evaluation.row}`).toEqual([
          evaluation.achievementRate === null ? "" : rateShown(evaluation.achievementRate),
          evaluation.grade ?? "",
        ]);
        expect(status, `row ${evaluation.row}`).toBe(
          evaluation.status === null ? "" : statusLabel(evaluation.status, "ja"),
        );
      }
      if (judgedRows.length === 0) {
        // (2) 市民50人以上 has no value yet: no rate, as in the check, and #N/A rather than (1) and (3)'s.
        expect(displayed(10, 2)).toBe("#N/A");
      }
      // The rows given a value are judged, and only they.
      const rated = report.evaluation.rows.filter((r) => r.achievementRate !== null).map((r) => r.row);
      expect(rated).toEqual(judgedRows);
    },
  );
});
