import { describe, expect, it, test } from "vitest";
import type { PrepareOptions } from "../app/prepareSheet";
import { prepareSheet, removeValidation } from "../app/prepareSheet";
import { DEFAULT_SETTINGS } from "../app/settings";
import { isWorkbookFailure } from "../app/workbookFailure";
import type { CellValue } from "../core/sheetTable";
import {
  setValidation,
  snapshotValidation,
  validationCallsOf,
  validationsOf,
} from "../../test/fakeExcel/fakeDataValidation";
import { FakeExcel } from "../../test/fakeExcel/fakeExcel";
import { fakeHost } from "../../test/fakeExcel/fakeHost";
import type { SheetSpec } from "../../test/fakeExcel/fakeWorkbook";
import { cellKey, createWorkbookState, snapshotWorkbook } from "../../test/fakeExcel/fakeWorkbook";
import { goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import { createExcelValidation } from "./createExcelValidation";
import { VALIDATION_RECORD_KEY } from "./validationOwnership";

const OPTIONS: PrepareOptions = {
  asOf: "2025-11-21",
  settings: DEFAULT_SETTINGS,
  locale: "ja",
  replaceExisting: false,
};
const FOUR_MB = 4 * 1024 * 1024;

function setup(sheets: readonly SheetSpec[]) {
  const fake = new FakeExcel(createWorkbookState(sheets));
  return { fake, validation: createExcelValidation(fakeHost(fake)) };
}

/** Both the cells and settings (snapshotWorkbook) and every cell's validation. */
function snapshot(fake: FakeExcel): unknown {
  return { workbook: snapshotWorkbook(fake.state), validation: snapshotValidation(fake.state) };
}

const USER_LIST = {
  rule: { list: { inCellDropDown: true, source: "済,未" } },
  prompt: { showPrompt: true, title: "担当課", message: "済か未を選択" },
  errorAlert: { showAlert: true, style: "Stop", title: "担当課", message: "済か未です" },
  ignoreBlanks: false,
};

/** Seed 004's KPI list with a 状況 column of the user's (F) and the computed columns' headers (G:J). */
function kpiWithStatus(rows: number): SheetSpec {
  const spec = kpiList(rows);
  const values: CellValue[][] = spec.values.map((row) => [...row]);
  values[3] = [...values[3]!, "進捗状況", "達成率", "進捗率", "評価", "状況"];
  return { ...spec, values };
}

describe("createExcelValidation", () => {
  it("installs a prompt on 基準値, 目標値 and 実績値 with the arguments of Excel's API", async () => {
    const { fake, validation } = setup([kpiList()]);
    const prepared = await prepareSheet(validation, OPTIONS);
    expect(prepared).toEqual({
      ok: true,
      value: { installed: ["C6:C28", "D6:D28", "E6:E28"], skipped: [], replaced: [] },
    });
    const calls = validationCallsOf(fake.state).filter((c) => c.address === "C6:C28");
    expect(calls.map((c) => c.call)).toEqual(["clear", "rule", "prompt", "errorAlert", "ignoreBlanks"]);
    expect(calls[1]?.value).toEqual({ custom: { formula: "=TRUE" } });
    expect(calls[2]?.value).toMatchObject({ showPrompt: true, title: "入力例" });
    expect(calls[3]?.value).toMatchObject({ showAlert: false });
    // The record names the ranges and what they held (nothing).
    const record = fake.state.settings.get(VALIDATION_RECORD_KEY) as {
      sheets: Record<string, { ranges: { column: number; previous: unknown[] }[] }>;
    };
    expect(record.sheets["{sheet-1}"]?.ranges.map((r) => [r.column, r.previous])).toEqual([
      [2, [{ firstRow: 6, lastRow: 28, validation: null }]],
      [3, [{ firstRow: 6, lastRow: 28, validation: null }]],
      [4, [{ firstRow: 6, lastRow: 28, validation: null }]],
    ]);
  });

  it("puts a dropdown on a status column and the grade preset's labels on the computed grade column", async () => {
    const { fake, validation } = setup([kpiWithStatus(5)]);
    const prepared = await prepareSheet(validation, {
      ...OPTIONS,
      settings: { ...DEFAULT_SETTINGS, statusOptions: ["未着手", "実施中", "完了"] },
    });
    expect(prepared.ok && prepared.value.installed).toEqual([
      "C6:C10",
      "D6:D10",
      "E6:E10",
      "F6:F10",
      "I6:I10",
    ]);
    const cells = validationsOf(fake.state.sheets[0]!);
    expect(cells.get(cellKey(5, 8))?.rule).toEqual({ list: { inCellDropDown: true, source: "A,B,C,D" } });
    expect(cells.get(cellKey(5, 5))?.rule).toEqual({
      list: { inCellDropDown: true, source: "未着手,実施中,完了" },
    });
    expect(cells.get(cellKey(5, 5))?.errorAlert.style).toBe("Stop");
    // The computed 状況 (J) holds formulas: no dropdown there.
    expect(cells.get(cellKey(5, 9))).toBeUndefined();
  });

  it("skips a column with a rule of the user's and says which, writing nothing there", async () => {
    const { fake, validation } = setup([kpiList(10)]);
    const sheet = fake.state.sheets[0]!;
    setValidation(sheet, { r0: 7, c0: 3, r1: 7, c1: 3 }, USER_LIST); // D8
    const prepared = await prepareSheet(validation, OPTIONS);
    expect(prepared.ok && prepared.value).toEqual({
      installed: ["C6:C15", "E6:E15"],
      skipped: ["D6:D15"],
      replaced: [],
    });
    expect(validationsOf(sheet).get(cellKey(7, 3))?.rule).toEqual(USER_LIST.rule);
    expect(validationsOf(sheet).get(cellKey(6, 3))).toBeUndefined();
  });

  it("replaces the user's rules when asked, and removing puts them back exactly", async () => {
    const { fake, validation } = setup([kpiList(10), goalSheet2()]);
    const sheet = fake.state.sheets[0]!;
    setValidation(sheet, { r0: 7, c0: 3, r1: 8, c1: 3 }, USER_LIST); // D8:D9
    setValidation(sheet, { r0: 12, c0: 3, r1: 12, c1: 3 }, { ...USER_LIST, ignoreBlanks: true }); // D13
    setValidation(sheet, { r0: 5, c0: 4, r1: 14, c1: 4 }, USER_LIST); // E6:E15, the whole column
    const before = snapshot(fake);

    const prepared = await prepareSheet(validation, { ...OPTIONS, replaceExisting: true });
    expect(prepared.ok && prepared.value).toEqual({
      installed: ["C6:C15", "D6:D15", "E6:E15"],
      skipped: [],
      replaced: ["D6:D15", "E6:E15"],
    });
    expect(validationsOf(sheet).get(cellKey(7, 3))?.rule).toEqual({ custom: { formula: "=TRUE" } });

    const removed = await removeValidation(validation);
    expect(removed).toEqual({
      removed: ["C6:C15", "D6:D15", "E6:E15"],
      restored: ["D6:D15", "E6:E15"],
      keptAsEdited: [],
    });
    expect(snapshot(fake)).toEqual(before);
  });

  it("asks before replacing a cell with only an input message, and puts the message back on removal", async () => {
    const { fake, validation } = setup([kpiList(10)]);
    const sheet = fake.state.sheets[0]!;
    // Excel's 「すべての値」 with a 入力時メッセージ: type None, but the user's.
    const prompt = { showPrompt: true, title: "目標値", message: "R10年度末の値を入力" };
    setValidation(sheet, { r0: 5, c0: 3, r1: 14, c1: 3 }, { rule: {}, prompt }); // D6:D15
    setValidation(sheet, { r0: 9, c0: 4, r1: 9, c1: 4 }, { rule: {}, prompt }); // E10 only
    const before = snapshot(fake);

    const asked = await prepareSheet(validation, OPTIONS);
    expect(asked.ok && asked.value).toEqual({
      installed: ["C6:C15"],
      skipped: ["D6:D15", "E6:E15"],
      replaced: [],
    });
    expect(validationsOf(sheet).get(cellKey(5, 3))?.prompt).toEqual(prompt);

    const replaced = await prepareSheet(validation, { ...OPTIONS, replaceExisting: true });
    expect(replaced.ok && replaced.value.replaced).toEqual(["D6:D15", "E6:E15"]);
    await removeValidation(validation);
    expect(snapshot(fake)).toEqual(before);
    expect(validationsOf(sheet).get(cellKey(9, 4))?.prompt).toEqual(prompt);
  });

  it("puts back a user's date rule, which Excel reads back as string formulas (=45748)", async () => {
    const { fake, validation } = setup([kpiList(10)]);
    const sheet = fake.state.sheets[0]!;
    const rule = { date: { operator: "Between", formula1: "2025-04-01", formula2: "2026-03-31" } };
    setValidation(sheet, { r0: 5, c0: 4, r1: 14, c1: 4 }, { rule });
    const before = snapshot(fake);
    await prepareSheet(validation, { ...OPTIONS, replaceExisting: true });
    const record = fake.state.settings.get(VALIDATION_RECORD_KEY) as {
      sheets: Record<string, { ranges: { column: number; previous: { validation: { rule: unknown } }[] }[] }>;
    };
    const saved = record.sheets["{sheet-1}"]?.ranges.find((r) => r.column === 4)?.previous[0]?.validation;
    expect(saved?.rule).toEqual({ date: { operator: "Between", formula1: "=45748", formula2: "=46112" } });
    await removeValidation(validation);
    expect(snapshot(fake)).toEqual(before);
  });

  it("replaces its own earlier rules when run again, and still restores what was there first", async () => {
    const { fake, validation } = setup([kpiList(10)]);
    const sheet = fake.state.sheets[0]!;
    setValidation(sheet, { r0: 7, c0: 3, r1: 7, c1: 3 }, USER_LIST);
    const before = snapshot(fake);
    await prepareSheet(validation, { ...OPTIONS, replaceExisting: true });
    // A second run finds only its own rules: nothing to skip, nothing the user's to replace.
    const again = await prepareSheet(validation, OPTIONS);
    expect(again.ok && again.value).toEqual({
      installed: ["C6:C15", "D6:D15", "E6:E15"],
      skipped: [],
      replaced: [],
    });
    await removeValidation(validation);
    expect(snapshot(fake)).toEqual(before);
  });

  it("leaves a rule someone changed since in place when it removes", async () => {
    const { fake, validation } = setup([kpiList(10)]);
    await prepareSheet(validation, OPTIONS);
    const sheet = fake.state.sheets[0]!;
    for (let r = 5; r <= 14; r++)
      validationsOf(sheet).get(cellKey(r, 2))!.prompt.message = "基準値は R6年度末";
    const removed = await removeValidation(validation);
    expect(removed).toEqual({ removed: ["D6:D15", "E6:E15"], restored: [], keptAsEdited: ["C6:C15"] });
    expect(validationsOf(sheet).get(cellKey(5, 2))?.prompt.message).toBe("基準値は R6年度末");
    expect(validationsOf(sheet).get(cellKey(5, 3))).toBeUndefined();
    expect(fake.state.settings.has(VALIDATION_RECORD_KEY)).toBe(false);
  });

  it("writes nothing when the write fails", async () => {
    const { fake, validation } = setup([kpiList(10)]);
    setValidation(fake.state.sheets[0]!, { r0: 7, c0: 3, r1: 7, c1: 3 }, USER_LIST);
    const before = snapshot(fake);
    fake.failOnSync = 4; // the sheet, the columns' validation, the mixed column's cells, then the write
    const error = await prepareSheet(validation, { ...OPTIONS, replaceExisting: true }).catch(
      (e: unknown) => e,
    );
    expect(isWorkbookFailure(error) && error).toMatchObject({ code: "general", operation: "validate" });
    expect(snapshot(fake)).toEqual(before);
  });

  it("writes nothing on a sheet without a table", async () => {
    const { fake, validation } = setup([{ name: "表紙", values: [["令和7年度 重点目標"]] }]);
    const before = snapshot(fake);
    const prepared = await prepareSheet(validation, OPTIONS);
    expect(prepared).toEqual({ ok: false, issues: [{ code: "table_not_found", sheet: "表紙" }] });
    expect(snapshot(fake)).toEqual(before);
  });

  it("removes nothing, in one sync, where it installed nothing", async () => {
    const { fake, validation } = setup([kpiList(10)]);
    setValidation(fake.state.sheets[0]!, { r0: 5, c0: 2, r1: 5, c1: 2 }, USER_LIST);
    const before = snapshot(fake);
    expect(await removeValidation(validation)).toEqual({ removed: [], restored: [], keptAsEdited: [] });
    expect(fake.syncs).toHaveLength(1);
    expect(snapshot(fake)).toEqual(before);
  });

  test.each([10, 5_000])(
    "installs and removes on %i rows in a fixed number of syncs under 4 MB",
    async (rows) => {
      const { fake, validation } = setup([kpiWithStatus(rows)]);
      // A user's rule on some cells of the status column: read cell by cell, then replaced.
      setValidation(fake.state.sheets[0]!, { r0: 6, c0: 5, r1: 6, c1: 5 }, USER_LIST);
      const before = snapshot(fake);
      const prepared = await prepareSheet(validation, { ...OPTIONS, replaceExisting: true });
      expect(prepared.ok && prepared.value.replaced).toEqual([`F6:F${rows + 5}`]);
      const readSyncs = rows > 95 ? 2 : 1; // the first 100 rows, then the rest
      expect(fake.syncs).toHaveLength(readSyncs + 3);
      for (const sync of fake.syncs)
        expect(Math.max(sync.requestBytes, sync.responseBytes)).toBeLessThanOrEqual(FOUR_MB);

      fake.resetStats();
      await prepareSheet(validation, OPTIONS);
      expect(fake.syncs).toHaveLength(readSyncs + 2);

      fake.resetStats();
      await removeValidation(validation);
      expect(fake.syncs).toHaveLength(3);
      for (const sync of fake.syncs)
        expect(Math.max(sync.requestBytes, sync.responseBytes)).toBeLessThanOrEqual(FOUR_MB);
      expect(snapshot(fake)).toEqual(before);
    },
  );
});
