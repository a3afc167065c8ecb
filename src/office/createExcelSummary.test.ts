import { describe, expect, it, test } from "vitest";
import { buildSummarySheet } from "../app/buildSummarySheet";
import { removeSummarySheet } from "../app/removeSummarySheet";
import { DEFAULT_SETTINGS } from "../app/settings";
import { summarizeWorkbook } from "../app/summarizeWorkbook";
import { isWorkbookFailure } from "../app/workbookFailure";
import { chartsOf, formatsOf } from "../../test/fakeExcel/fakeCharts";
import { FakeExcel } from "../../test/fakeExcel/fakeExcel";
import { fakeHost } from "../../test/fakeExcel/fakeHost";
import type { FakeSheet, SheetSpec } from "../../test/fakeExcel/fakeWorkbook";
import { cellKey, createWorkbookState, snapshotWorkbook } from "../../test/fakeExcel/fakeWorkbook";
import { GOAL_SHEET_2_NAME, KPI_LIST_NAME, goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import { createExcelSummary } from "./createExcelSummary";
import { SUMMARY_RECORD_KEY } from "./summaryOwnership";

const OPTIONS = { asOf: "2025-11-21", settings: DEFAULT_SETTINGS, locale: "ja" } as const;
const MEMO: SheetSpec = { name: "メモ", values: [["会議メモ"], ["次回は12月"]] };

function setup(sheets: readonly SheetSpec[], settings: Record<string, unknown> = {}) {
  const fake = new FakeExcel(createWorkbookState(sheets, settings));
  return { fake, port: createExcelSummary(fakeHost(fake)) };
}

function sheetNamed(fake: FakeExcel, name: string): FakeSheet {
  const sheet = fake.state.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The formula (or value) of a cell by A1 address. */
function cell(sheet: FakeSheet, address: string): unknown {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  let column = 0;
  for (const ch of m[1] ?? "") column = column * 26 + ch.charCodeAt(0) - 64;
  const c = sheet.cells.get(cellKey(Number(m[2]) - 1, column - 1));
  return c === undefined ? "" : (c.formula ?? c.value);
}

/** `n` goal sheets and KPI lists, alternating, each named by its number. */
function manySheets(n: number): SheetSpec[] {
  return Array.from({ length: n }, (_, i) =>
    i % 2 === 0 ? { ...goalSheet2(), name: `${i + 1} 目標` } : { ...kpiList(), name: `${i + 1} KPI` },
  );
}

describe("createExcelSummary: writeSummarySheet through buildSummarySheet", () => {
  it("adds 集計 with formulas referencing the sheets, a stacked-bar chart, and records it, in 4 syncs", async () => {
    const { fake, port } = setup([goalSheet2(), kpiList(), MEMO]);
    const result = await buildSummarySheet(port, OPTIONS);
    expect(result).toMatchObject({
      ok: true,
      value: { written: { sheetName: "集計", address: "A1:K37", replaced: false } },
    });
    expect(fake.syncs).toHaveLength(4);
    expect(fake.state.sheets.map((s) => s.name)).toEqual([GOAL_SHEET_2_NAME, KPI_LIST_NAME, "メモ", "集計"]);
    const summary = sheetNamed(fake, "集計");
    expect(fake.state.sheets[fake.state.activeSheet]).toBe(summary);

    // One row per sheet with a table (the memo has none), counting the per-row area below.
    expect(cell(summary, "B2")).toBe("=TODAY()");
    expect(summary.cells.get(cellKey(1, 1))?.numberFormat).toBe("yyyy/mm/dd");
    expect(["A5", "B5", "C5", "D5", "E5", "F5", "G5", "H5", "K5"].map((a) => cell(summary, a))).toEqual([
      "シート",
      "達成",
      "順調",
      "遅れ",
      "期限超過",
      "状況なし",
      "項目数",
      "A",
      "D",
    ]);
    expect(cell(summary, "A6")).toBe(GOAL_SHEET_2_NAME);
    expect(cell(summary, "B6")).toBe('=COUNTIF($C$11:$C$15,"=達成")+COUNTIF($C$11:$C$15,"=Achieved")');
    expect(cell(summary, "E6")).toBe('=COUNTIF($C$11:$C$15,"=期限超過")+COUNTIF($C$11:$C$15,"=Overdue")');
    expect(cell(summary, "F6")).toBe("=G6-SUM(B6:E6)");
    expect(cell(summary, "G6")).toBe("=ROWS($C$11:$C$15)");
    expect(cell(summary, "H6")).toBe(""); // a goal sheet has no grades
    expect(cell(summary, "A7")).toBe(KPI_LIST_NAME);
    expect(cell(summary, "C7")).toBe('=COUNTIF($C$16:$C$37,"=順調")+COUNTIF($C$16:$C$37,"=On track")');
    expect(cell(summary, "H7")).toBe('=COUNTIF($D$16:$D$37,"=A")');
    expect(cell(summary, "K7")).toBe('=COUNTIF($D$16:$D$37,"=D")');

    // The per-row area: goal 2's item ① (row 9) by its sub-items' deadlines; the KPI list's first KPI (row 6).
    expect([cell(summary, "A11"), cell(summary, "B11")]).toEqual([GOAL_SHEET_2_NAME, 9]);
    expect(cell(summary, "C11")).toBe(
      '=IF(\'2 行財政改革\'!C9="","",IF(OR(' +
        [1, 2, 3]
          .map(
            (n) =>
              `IFERROR(KPI.OVERDUE(KPI.DUE('2 行財政改革'!C9,2025,${n}),OR(KPI.DONE('2 行財政改革'!G9,${n}),KPI.DONE('2 行財政改革'!E9,${n})),$B$2),FALSE)`,
          )
          .join(",") +
        '),"期限超過",""))',
    );
    expect([cell(summary, "A16"), cell(summary, "B16")]).toEqual([KPI_LIST_NAME, 6]);
    expect(cell(summary, "C16")).toBe(
      "=IFERROR(IF(OR('KPI一覧'!E6=\"\",'KPI一覧'!D6=\"\"),\"\",KPI.STATUS(IF('KPI一覧'!C6=\"\",KPI.ACHIEVEMENT('KPI一覧'!D6,'KPI一覧'!E6),IFERROR(KPI.PROGRESS('KPI一覧'!C6,'KPI一覧'!D6,'KPI一覧'!E6),KPI.ACHIEVEMENT('KPI一覧'!D6,'KPI一覧'!E6))),DATE(2029,3,31),$B$2,DATE(2025,4,1))),\"\")",
    );
    expect(cell(summary, "D16")).toBe(
      "=IFERROR(IF(OR('KPI一覧'!E6=\"\",'KPI一覧'!D6=\"\"),\"\",KPI.GRADE(KPI.ACHIEVEMENT('KPI一覧'!D6,'KPI一覧'!E6))),\"\")",
    );
    // 行政事務におけるＣＯ２排出量 is a reduction: the direction the core read goes into the formula.
    expect(cell(summary, "D22")).toBe(
      '=IFERROR(IF(OR(\'KPI一覧\'!E13="",\'KPI一覧\'!D13=""),"",KPI.GRADE(KPI.ACHIEVEMENT(\'KPI一覧\'!D13,\'KPI一覧\'!E13,"decrease"))),"")',
    );
    // 電子決裁の導入 (row 10) has no KPI: not an item, so row 9 is followed by row 11.
    expect([cell(summary, "B19"), cell(summary, "B20")]).toEqual([9, 11]);

    expect(chartsOf(summary)).toEqual([
      {
        type: "BarStacked",
        source: "A5:E7",
        seriesBy: "Columns",
        title: "状況の内訳（シート別）",
        position: { topLeft: "M5", bottomRight: "U21" },
      },
    ]);
    expect(formatsOf(summary).bold).toEqual(["A1", "A5:K5", "A9:D10"]);
    expect(formatsOf(summary).columnWidths.get(0)).toBe(160);
    expect(fake.state.settings.get(SUMMARY_RECORD_KEY)).toEqual({ version: 1, sheetId: summary.id });
  });

  it("judges on the saved as-of date, and names the sheet in English", async () => {
    const { fake, port } = setup([goalSheet2()]);
    const settings = { ...DEFAULT_SETTINGS, asOf: "2025-11-21" as const };
    const result = await buildSummarySheet(port, { ...OPTIONS, settings, locale: "en" });
    expect(result.ok).toBe(true);
    const summary = sheetNamed(fake, "Summary");
    expect(cell(summary, "B2")).toBe("=DATE(2025,11,21)");
    expect(cell(summary, "E5")).toBe("Overdue");
    expect(String(cell(summary, "C11"))).toMatch(/,"Overdue",""\)\)$/);
  });

  test.each([2, 20, 100])("keeps to 4 syncs and one request under 4 MB with %i sheets", async (n) => {
    const { fake, port } = setup(manySheets(n));
    const result = await buildSummarySheet(port, OPTIONS);
    expect(result.ok && result.value.entries).toHaveLength(n);
    expect(fake.syncs).toHaveLength(4);
    for (const sync of fake.syncs) {
      expect(sync.requestBytes).toBeLessThan(4_000_000);
      expect(sync.responseBytes).toBeLessThan(4_000_000);
    }
    const summary = sheetNamed(fake, "集計");
    expect(chartsOf(summary)[0]?.source).toBe(`A5:E${5 + n}`);
    expect(cell(summary, `A${5 + n}`)).toBe(`${n} KPI`);
  });

  it("refuses, changing nothing, when a sheet named 集計 is the user's", async () => {
    const userSummary: SheetSpec = { name: "集計", values: [["課の集計（手入力）"], ["達成", 3]] };
    const { fake, port } = setup([goalSheet2(), userSummary]);
    const before = snapshotWorkbook(fake.state);
    const result = await buildSummarySheet(port, OPTIONS);
    expect(result).toEqual({ ok: false, issues: [{ code: "summary_sheet_taken", sheet: "集計" }] });
    expect(snapshotWorkbook(fake.state)).toEqual(before);
    expect(chartsOf(sheetNamed(fake, "集計"))).toEqual([]);
    expect(fake.syncs).toHaveLength(1);
  });

  it("refuses a user's sheet whose name differs only in case", async () => {
    const { fake, port } = setup([goalSheet2(), { name: "summary", values: [["mine"]] }]);
    const result = await buildSummarySheet(port, { ...OPTIONS, locale: "en" });
    expect(result).toEqual({ ok: false, issues: [{ code: "summary_sheet_taken", sheet: "summary" }] });
    expect(fake.state.sheets).toHaveLength(2);
  });

  it("replaces its own earlier 集計 in place, and leaves the other sheets as they were", async () => {
    const { fake, port } = setup([goalSheet2(), kpiList()]);
    await buildSummarySheet(port, OPTIONS);
    // Move the summary first among the tabs, as a user might.
    const first = sheetNamed(fake, "集計");
    fake.state.sheets.splice(fake.state.sheets.indexOf(first), 1);
    fake.state.sheets.unshift(first);
    const sheetsOf = (): unknown =>
      (snapshotWorkbook({ ...fake.state, sheets: fake.state.sheets.slice(1) }) as { sheets: unknown }).sheets;
    const others = sheetsOf();
    fake.resetStats();

    const again = await buildSummarySheet(port, OPTIONS);
    expect(again).toMatchObject({ ok: true, value: { written: { replaced: true } } });
    expect(fake.syncs).toHaveLength(4);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["集計", GOAL_SHEET_2_NAME, KPI_LIST_NAME]);
    const second = sheetNamed(fake, "集計");
    expect(second).not.toBe(first);
    expect(chartsOf(second)).toHaveLength(1);
    expect(fake.state.settings.get(SUMMARY_RECORD_KEY)).toEqual({ version: 1, sheetId: second.id });
    expect(sheetsOf()).toEqual(others);
  });

  it("writes nothing when no sheet holds a goal sheet or KPI list", async () => {
    const { fake, port } = setup([MEMO]);
    const before = snapshotWorkbook(fake.state);
    expect(await buildSummarySheet(port, OPTIONS)).toEqual({
      ok: false,
      issues: [{ code: "summary_no_sheets" }],
    });
    expect(snapshotWorkbook(fake.state)).toEqual(before);
    expect(fake.syncs).toHaveLength(2);
  });

  test.each([3, 4])("undoes the new sheet when sync %i fails, and says so", async (failing) => {
    const { fake, port } = setup([goalSheet2(), kpiList()]);
    const before = snapshotWorkbook(fake.state);
    fake.failOnSync = failing;
    const error = await buildSummarySheet(port, OPTIONS).catch((e: unknown) => e);
    expect(isWorkbookFailure(error) && [error.operation, error.partialWrite]).toEqual(["summary", false]);
    expect(snapshotWorkbook(fake.state)).toEqual(before);
  });

  it("does not count its own summary sheet, renamed or not, as a sheet to summarize", async () => {
    const { fake, port } = setup([goalSheet2()]);
    await buildSummarySheet(port, OPTIONS);
    sheetNamed(fake, "集計").name = "集計（前回）";
    const result = await buildSummarySheet(port, OPTIONS);
    expect(result.ok && result.value.entries.map((e) => e.sheetName)).toEqual([GOAL_SHEET_2_NAME]);
  });
});

describe("createExcelSummary: removeSummarySheet", () => {
  it("deletes its summary sheet and the record in 2 syncs, leaving the workbook as before", async () => {
    const { fake, port } = setup([goalSheet2(), kpiList()]);
    const before = snapshotWorkbook(fake.state);
    await buildSummarySheet(port, OPTIONS);
    fake.resetStats();
    expect(await removeSummarySheet(port)).toEqual({ removed: "集計" });
    expect(fake.syncs).toHaveLength(2);
    expect(snapshotWorkbook(fake.state)).toEqual(before);
  });

  it("deletes its sheet under a new name, and never a user's 集計", async () => {
    const { fake, port } = setup([goalSheet2()]);
    await buildSummarySheet(port, OPTIONS);
    sheetNamed(fake, "集計").name = "R7集計";
    fake.state.sheets.push({ ...sheetNamed(fake, GOAL_SHEET_2_NAME), id: "{user}", name: "集計" });
    expect(await removeSummarySheet(port)).toEqual({ removed: "R7集計" });
    expect(fake.state.sheets.map((s) => s.name)).toEqual([GOAL_SHEET_2_NAME, "集計"]);
  });

  it("removes nothing, in one sync, when the add-in made no summary sheet", async () => {
    const { fake, port } = setup([goalSheet2(), { name: "集計", values: [["手入力"]] }]);
    const before = snapshotWorkbook(fake.state);
    expect(await removeSummarySheet(port)).toEqual({ removed: null });
    expect(snapshotWorkbook(fake.state)).toEqual(before);
    expect(fake.syncs).toHaveLength(1);
  });

  it("drops a record whose sheet someone deleted", async () => {
    const { fake, port } = setup([goalSheet2()], { [SUMMARY_RECORD_KEY]: { version: 1, sheetId: "{gone}" } });
    expect(await removeSummarySheet(port)).toEqual({ removed: null });
    expect(fake.state.settings.has(SUMMARY_RECORD_KEY)).toBe(false);
  });
});

describe("createExcelSummary: readAllSheets through summarizeWorkbook", () => {
  test.each([2, 20])("reads %i sheets in 2 syncs", async (n) => {
    const { fake, port } = setup([...manySheets(n), MEMO]);
    const entries = await summarizeWorkbook(port, OPTIONS);
    expect(fake.syncs).toHaveLength(2);
    expect(entries.map((e) => e.sheetName)).toEqual(manySheets(n).map((s) => s.name));
    expect(entries[0]?.summary).toMatchObject({ items: 5, overdue: 4, noStatus: 1 });
  });

  it("reads long sheets whole, in blocks that keep each response under the limit", async () => {
    const fake = new FakeExcel(createWorkbookState([kpiList(2_000), { ...kpiList(2_000), name: "KPI2" }]));
    const port = createExcelSummary(fakeHost(fake), {
      requestBytes: 4_000_000,
      responseBytes: 100_000,
      firstRows: 100,
      areaAddressLength: 2000,
    });
    const entries = await summarizeWorkbook(port, OPTIONS);
    expect(entries.map((e) => e.summary.items)).toEqual([1913, 1913]);
    for (const sync of fake.syncs) expect(sync.responseBytes).toBeLessThan(100_000);
    expect(fake.syncs.length).toBeGreaterThan(2);
  });

  it("asks for fewer first rows when Excel refuses the response as too large", async () => {
    const { fake, port } = setup([goalSheet2(), kpiList()]);
    fake.failure = { code: "ResponsePayloadSizeLimitExceeded", message: "too large" };
    fake.failOnSync = 2;
    const entries = await summarizeWorkbook(port, OPTIONS);
    expect(entries.map((e) => e.summary.items)).toEqual([5, 22]);
    expect(fake.syncs).toHaveLength(3);
  });

  it("leaves out the add-in's summary sheet", async () => {
    const { fake, port } = setup([goalSheet2()]);
    await buildSummarySheet(port, OPTIONS);
    fake.resetStats();
    const entries = await summarizeWorkbook(port, OPTIONS);
    expect(entries.map((e) => e.sheetName)).toEqual([GOAL_SHEET_2_NAME]);
  });

  it("says what failed when Excel does", async () => {
    const { fake, port } = setup([goalSheet2()]);
    fake.failure = { code: "InvalidOperationInCellEditMode", message: "editing" };
    fake.failOnSync = 1;
    const error = await summarizeWorkbook(port, OPTIONS).catch((e: unknown) => e);
    expect(isWorkbookFailure(error) && [error.code, error.operation]).toEqual(["cell_edit_mode", "read"]);
  });
});
