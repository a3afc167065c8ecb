import { describe, expect, it, test } from "vitest";
import { carryForward } from "../app/carryForward";
import { insertTemplate } from "../app/insertTemplate";
import { runSubmissionCheck } from "../app/runSubmissionCheck";
import { flagInPlace } from "../app/flagInPlace";
import { prepareSheet, removeValidation } from "../app/prepareSheet";
import { DEFAULT_SETTINGS } from "../app/settings";
import { isWorkbookFailure } from "../app/workbookFailure";
import { formatsOf } from "../../test/fakeExcel/fakeCharts";
import { snapshotValidation, validationsOf } from "../../test/fakeExcel/fakeDataValidation";
import { layoutOf } from "../../test/fakeExcel/fakeSheetLayout";
import { refuseCopyPlacement } from "../../test/fakeExcel/fakeSheetCopy";
import { fakeHost, fakeWorkbook } from "../../test/fakeExcel/fakeHost";
import type { FakeSheet } from "../../test/fakeExcel/fakeWorkbook";
import { cellKey, snapshotWorkbook } from "../../test/fakeExcel/fakeWorkbook";
import { GOAL_SHEET_2_NAME, goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import { createExcelNewSheet } from "./createExcelNewSheet";
import { createExcelValidation } from "./createExcelValidation";
import { VALIDATION_RECORD_KEY } from "./validationOwnership";

const AS_OF = "2025-11-21";
const OPTIONS = { asOf: AS_OF, settings: DEFAULT_SETTINGS, locale: "ja" as const };
const FOUR_MB = 4 * 1024 * 1024;
const TEMPLATE = { fiscalYear: 2026, settings: DEFAULT_SETTINGS, asOf: AS_OF, locale: "ja" as const };

function setup(sheets: Parameters<typeof fakeWorkbook>[0]) {
  const { fake, workbook, settings } = fakeWorkbook(sheets);
  const host = fakeHost(fake);
  return {
    fake,
    workbook,
    settings,
    newSheets: createExcelNewSheet(host),
    validation: createExcelValidation(host),
  };
}

/** One sheet as plain data: cells, conditional formats, notes and validation. */
function sheetSnapshot(sheet: FakeSheet): unknown {
  return {
    name: sheet.name,
    cells: [...sheet.cells.entries()].map(([key, cell]) => [key, { ...cell }]),
    conditionalFormats: sheet.conditionalFormats.map((cf) => ({ ...cf })),
    notes: [...sheet.notes.entries()].map(([cell, note]) => [cell, { ...note }]),
    validation: [...validationsOf(sheet).entries()].map(([key, v]) => [key, JSON.stringify(v)]),
  };
}

function valueAt(sheet: FakeSheet, cell: string): unknown {
  const column = cell.charCodeAt(0) - 65;
  const row = Number(cell.slice(1)) - 1;
  return sheet.cells.get(cellKey(row, column))?.value;
}

describe("createExcelNewSheet.carryForward", () => {
  it("copies a goal sheet forward without touching the source, flags off and validation kept", async () => {
    const spec = { ...goalSheet2(), notes: [{ cell: "B9", content: "担当：行政管理課" }] };
    const { fake, workbook, settings, newSheets, validation } = setup([spec]);
    await flagInPlace(workbook, OPTIONS);
    await prepareSheet(validation, { ...OPTIONS, replaceExisting: false });
    const source = fake.state.sheets[0]!;
    expect(source.conditionalFormats.length).toBeGreaterThan(0);
    expect(source.notes.size).toBeGreaterThan(1);
    const before = sheetSnapshot(source);
    fake.resetStats();

    const carried = await carryForward(newSheets, settings, OPTIONS);
    expect(carried.ok && carried.value).toMatchObject({
      sheetName: "2 行財政改革 (令和8年度)",
      fromYear: 2025,
      toYear: 2026,
      emptied: 5,
    });
    expect(carried.ok && carried.value.flagsDropped).toBe(
      source.conditionalFormats.length + source.notes.size - 1,
    );
    // The source, read only: the same cells, flags, notes and rules.
    expect(sheetSnapshot(source)).toEqual(before);
    // The copy, right of the source and active.
    expect(fake.state.sheets.map((s) => s.name)).toEqual([GOAL_SHEET_2_NAME, "2 行財政改革 (令和8年度)"]);
    expect(fake.state.activeSheet).toBe(1);
    const copy = fake.state.sheets[1]!;
    expect(valueAt(copy, "A1")).toBe("令和8年度 重点目標管理シート");
    expect(valueAt(copy, "B9")).toBe(valueAt(source, "B9"));
    expect(valueAt(copy, "D11")).toBe(valueAt(source, "D11"));
    for (const cell of ["E9", "E10", "E11", "E12", "E13"]) expect(valueAt(copy, cell)).toBeUndefined();
    expect(copy.conditionalFormats).toEqual([]);
    expect([...copy.notes.keys()]).toEqual(["B9"]);
    // The copied rules are the add-in's on the copy too: 入力規則を外す finds them.
    expect(validationsOf(copy).size).toBe(validationsOf(source).size);
    const record = fake.state.settings.get(VALIDATION_RECORD_KEY) as { sheets: Record<string, unknown> };
    expect(Object.keys(record.sheets)).toEqual([source.id, copy.id]);
    await removeValidation(validation);
    expect(validationsOf(copy).size).toBe(0);
    expect(validationsOf(source).size).toBeGreaterThan(0);
    // Reads (2), the copy with its changes (1), the copy's validation record (1).
    expect(fake.syncs.length).toBe(4 + 3);
  });

  it("saves the copy's year in the settings when no title says it", async () => {
    const { fake, settings, newSheets } = setup([kpiList(5)]);
    const carried = await carryForward(newSheets, settings, OPTIONS);
    expect(carried.ok && carried.value.sheetName).toBe("KPI一覧 (令和8年度)");
    expect(await settings.load()).toMatchObject({ sheets: { "KPI一覧 (令和8年度)": { fiscalYear: 2026 } } });
    const copy = fake.state.sheets[1]!;
    expect(valueAt(copy, "E5")).toBe("R8年度");
    expect(valueAt(copy, "E6")).toBeUndefined();
    expect(valueAt(copy, "D6")).toBe("120 件");
  });

  it("copies to the end and moves the copy beside the source where Excel refuses copy After (office-js #775)", async () => {
    const { fake, settings, newSheets } = setup([goalSheet2(), kpiList(5)]);
    refuseCopyPlacement(fake.state);
    const source = sheetSnapshot(fake.state.sheets[0]!);
    const carried = await carryForward(newSheets, settings, OPTIONS);
    expect(carried.ok && carried.value.sheetName).toBe("2 行財政改革 (令和8年度)");
    expect(fake.state.sheets.map((sheet) => sheet.name)).toEqual([
      GOAL_SHEET_2_NAME,
      "2 行財政改革 (令和8年度)",
      "KPI一覧",
    ]);
    expect(fake.state.sheets[fake.state.activeSheet]?.name).toBe("2 行財政改革 (令和8年度)");
    expect(sheetSnapshot(fake.state.sheets[0]!)).toEqual(source);
  });

  it("deletes the copy again when the write fails, leaving the workbook as it was", async () => {
    const { fake, settings, newSheets, workbook } = setup([goalSheet2(), kpiList(5)]);
    await flagInPlace(workbook, OPTIONS);
    const before = { workbook: snapshotWorkbook(fake.state), validation: snapshotValidation(fake.state) };
    fake.resetStats();
    // The write goes through (sync 3); the record of another action fails: simulate with a write that fails.
    fake.failOnSync = 3;
    const error = await carryForward(newSheets, settings, OPTIONS).catch((e: unknown) => e);
    expect(isWorkbookFailure(error) && error).toMatchObject({ code: "general", operation: "carry" });
    expect({ workbook: snapshotWorkbook(fake.state), validation: snapshotValidation(fake.state) }).toEqual(
      before,
    );
    expect(fake.state.activeSheet).toBe(0);
  });

  it("deletes the copy, not the source, when an action after the copy fails in the same batch", async () => {
    const { fake, newSheets } = setup([goalSheet2()]);
    const before = { workbook: snapshotWorkbook(fake.state), validation: snapshotValidation(fake.state) };
    // A planned name in use makes the rename fail after Excel made the copy (named "… (2)" by Excel).
    const error = await newSheets
      .carryForward(({ grid }) => ({ value: null, plan: { sheetName: grid.name, cells: [], formulas: [] } }))
      .catch((e: unknown) => e);
    expect(isWorkbookFailure(error) && error).toMatchObject({ operation: "carry", partialWrite: false });
    expect({ workbook: snapshotWorkbook(fake.state), validation: snapshotValidation(fake.state) }).toEqual(
      before,
    );
  });

  it("writes nothing on a sheet without a table", async () => {
    const { fake, settings, newSheets } = setup([{ name: "表紙", values: [["令和7年度 重点目標"]] }]);
    const before = snapshotWorkbook(fake.state);
    const carried = await carryForward(newSheets, settings, OPTIONS);
    expect(carried).toEqual({ ok: false, issues: [{ code: "table_not_found", sheet: "表紙" }] });
    expect(snapshotWorkbook(fake.state)).toEqual(before);
  });

  test.each([10, 5_000])(
    "carries %i KPI rows forward in a fixed number of syncs under 4 MB",
    async (rows) => {
      const { fake, settings, newSheets } = setup([kpiList(rows)]);
      const carried = await carryForward(newSheets, settings, OPTIONS);
      expect(carried.ok && carried.value.emptied).toBeGreaterThan(0);
      // Reads (the first 100 rows, then the rest), then the copy with its changes and its saved year.
      expect(fake.syncs.length).toBe((rows > 95 ? 2 : 1) + 1);
      for (const sync of fake.syncs)
        expect(Math.max(sync.requestBytes, sync.responseBytes)).toBeLessThanOrEqual(FOUR_MB);
    },
  );
});

describe("createExcelNewSheet.insertTemplate", () => {
  it("inserts a blank goal sheet with its layout, print setup, validation and computed columns", async () => {
    const { fake, workbook, newSheets, validation } = setup([goalSheet2()]);
    const before = sheetSnapshot(fake.state.sheets[0]!);
    fake.resetStats();
    const inserted = await insertTemplate(newSheets, { ...TEMPLATE, kind: "goal_sheet" });
    expect(inserted).toEqual({ ok: true, value: { sheetName: "令和8年度 重点目標" } });
    // The sheets, the sheet with everything, the validation record.
    expect(fake.syncs).toHaveLength(3);
    expect(sheetSnapshot(fake.state.sheets[0]!)).toEqual(before);
    const sheet = fake.state.sheets[1]!;
    expect(fake.state.activeSheet).toBe(1);
    expect(valueAt(sheet, "A1")).toBe("令和8年度 重点目標管理シート");
    expect(valueAt(sheet, "C7")).toBe("期間・期限（いつ・いつまでに）");
    expect(valueAt(sheet, "A13")).toBe("⑥");
    expect(sheet.cells.get(cellKey(7, 9))?.formula).toBe('=IF(C8="","",KPI.DUE(C8,2026))');
    expect(sheet.cells.get(cellKey(7, 9))?.numberFormat).toBe("yyyy/mm/dd");
    expect(layoutOf(sheet)).toMatchObject({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: "$7:$7",
    });
    expect(layoutOf(sheet).merges).toContain("G7:I7");
    expect(layoutOf(sheet).wrapped).toEqual(["A3:I14"]);
    expect(formatsOf(sheet).columnWidths.get(1)).toBe(203.25);
    expect(validationsOf(sheet).get(cellKey(7, 2))?.prompt.title).toBe("入力例");
    // The pane's check reads the new sheet as a goal sheet for 令和8年度 …
    const checked = await runSubmissionCheck(workbook, { asOf: AS_OF, settings: DEFAULT_SETTINGS });
    expect(checked.ok && checked.value.evaluation.fiscalYear).toBe(2026);
    // … and 入力規則を外す takes the template's rules off.
    expect(await removeValidation(validation)).toMatchObject({ removed: ["C8:C13"], restored: [] });
    expect(validationsOf(sheet).size).toBe(0);
  });

  it("inserts a KPI list with an 実績値 column per year of the plan, under a free name", async () => {
    const { fake, newSheets } = setup([{ name: "令和8年度 KPI一覧", values: [["既存"]] }]);
    const inserted = await insertTemplate(newSheets, {
      ...TEMPLATE,
      kind: "kpi_list",
      planYears: 3,
      rows: 5,
    });
    expect(inserted).toEqual({ ok: true, value: { sheetName: "令和8年度 KPI一覧 (2)" } });
    const sheet = fake.state.sheets[1]!;
    expect(["H4", "I4", "J4", "H5", "I5", "J5"].map((cell) => valueAt(sheet, cell))).toEqual([
      "実績値",
      "実績値",
      "実績値",
      "R8年度",
      "R9年度",
      "R10年度",
    ]);
    expect(valueAt(fake.state.sheets[0]!, "A1")).toBe("既存");
  });

  it("refuses a plan out of range and writes nothing", async () => {
    const { fake, newSheets } = setup([goalSheet2()]);
    const before = snapshotWorkbook(fake.state);
    const inserted = await insertTemplate(newSheets, { ...TEMPLATE, kind: "kpi_list", planYears: 0 });
    expect(inserted).toEqual({ ok: false, issues: [{ code: "template_invalid", field: "planYears" }] });
    expect(snapshotWorkbook(fake.state)).toEqual(before);
  });

  it("deletes the new sheet again when its write fails", async () => {
    const { fake, newSheets } = setup([goalSheet2()]);
    const before = { workbook: snapshotWorkbook(fake.state), validation: snapshotValidation(fake.state) };
    fake.failOnSync = 3; // the record, after the sheet was made
    const error = await insertTemplate(newSheets, { ...TEMPLATE, kind: "goal_sheet" }).catch(
      (e: unknown) => e,
    );
    expect(isWorkbookFailure(error) && error).toMatchObject({ operation: "template", partialWrite: false });
    expect({ workbook: snapshotWorkbook(fake.state), validation: snapshotValidation(fake.state) }).toEqual(
      before,
    );
    expect(fake.state.activeSheet).toBe(0);
  });
});
