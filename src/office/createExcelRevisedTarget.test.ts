import { describe, expect, it, test } from "vitest";
import { addRevisedTargetColumn, removeRevisedTargetColumn } from "../app/addRevisedTargetColumn";
import { flagInPlace } from "../app/flagInPlace";
import { prepareSheet } from "../app/prepareSheet";
import type { WorkbookSettings } from "../app/settings";
import { isWorkbookFailure } from "../app/workbookFailure";
import { DEFAULT_SETTINGS, readSettings } from "../app/settings";
import { tablesOf } from "../../test/fakeExcel/fakeColumns";
import type { FakeExcel } from "../../test/fakeExcel/fakeExcel";
import { fakeHost, fakeWorkbook } from "../../test/fakeExcel/fakeHost";
import { mergedAreasOf } from "../../test/fakeExcel/fakeSheetLayout";
import type { FakeSheet, SheetSpec } from "../../test/fakeExcel/fakeWorkbook";
import { cellKey, snapshotWorkbook } from "../../test/fakeExcel/fakeWorkbook";
import { snapshotValidation } from "../../test/fakeExcel/fakeDataValidation";
import { KPI_LIST_NAME, goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import { createExcelRevisedTarget } from "./createExcelRevisedTarget";
import { createExcelWorkbook } from "./createExcelWorkbook";
import { createExcelValidation } from "./createExcelValidation";
import { SETTINGS_KEY } from "./createExcelSettings";

const AS_OF = "2026-04-01";
const ADD = { asOf: AS_OF, addedOn: AS_OF, settings: DEFAULT_SETTINGS } as const;

function setup(sheets: readonly SheetSpec[]) {
  const { fake, workbook } = fakeWorkbook(sheets);
  return { fake, workbook, port: createExcelRevisedTarget(fakeHost(fake)) };
}

function sheetOf(fake: FakeExcel, index = 0): FakeSheet {
  const sheet = fake.state.sheets[index];
  if (sheet === undefined) throw new Error(`no sheet ${index}`);
  return sheet;
}

/** A cell's value or formula, by A1 address (columns A–Z). */
function at(fake: FakeExcel, cell: string, index = 0): unknown {
  const found = sheetOf(fake, index).cells.get(cellKey(Number(cell.slice(1)) - 1, cell.charCodeAt(0) - 65));
  return found?.formula ?? found?.value ?? "";
}

function columnValues(fake: FakeExcel, letter: string, rows: number): unknown[] {
  return Array.from({ length: rows }, (_, r) => at(fake, `${letter}${r + 1}`));
}

/** The seed's KPI list without its 実績値 column: the targets (D) are the last column. */
function kpiWithoutActuals(rows = 3): SheetSpec {
  const spec = kpiList(rows);
  return { ...spec, values: spec.values.map((row) => row.slice(0, 4)) };
}

/** The sheets as a user sees them: cells, conditional formats, notes. */
function sheetsOf(fake: FakeExcel): unknown {
  return (snapshotWorkbook(fake.state) as { sheets: unknown }).sheets;
}

function savedSettings(fake: FakeExcel): WorkbookSettings {
  const read = readSettings(fake.state.settings.get(SETTINGS_KEY));
  if (!read.ok) throw new Error("settings unreadable");
  return read.value;
}

describe("addRevisedTargetColumn over Excel", () => {
  it("inserts a column right of 目標値 when 実績値 is there, leaving the targets and every value where a reader finds them", async () => {
    const { fake, port } = setup([kpiList(3)]);
    const targets = columnValues(fake, "D", 8);
    const actuals = columnValues(fake, "E", 8);

    const added = await addRevisedTargetColumn(port, ADD);

    expect(added.ok && added.value).toMatchObject({ headerCell: "E4", inserted: true, addedOn: AS_OF });
    expect(at(fake, "E4")).toBe("目標値（見直し後）");
    expect(columnValues(fake, "D", 8)).toEqual(targets);
    expect(columnValues(fake, "F", 8)).toEqual(actuals);
    // Every cell of the new column but its header is empty, for the user to fill.
    expect(columnValues(fake, "E", 8).filter((value) => value !== "")).toEqual(["目標値（見直し後）"]);
    expect(savedSettings(fake).sheets[KPI_LIST_NAME]?.revisedTarget).toEqual({
      column: 4,
      headerRow: 4,
      inserted: true,
      addedOn: AS_OF,
    });
  });

  it("writes only the header into the empty column right of the targets, inserting nothing", async () => {
    const { fake, port } = setup([kpiWithoutActuals()]);
    const before = columnValues(fake, "D", 8);

    const added = await addRevisedTargetColumn(port, ADD);

    expect(added.ok && added.value).toMatchObject({ headerCell: "E4", inserted: false });
    expect(columnValues(fake, "D", 8)).toEqual(before);
    expect(columnValues(fake, "E", 8).filter((value) => value !== "")).toEqual(["目標値（見直し後）"]);
    expect(savedSettings(fake).sheets[KPI_LIST_NAME]?.revisedTarget?.inserted).toBe(false);
  });

  it("keeps formulas pointing at the same cells: a computed column right of the table follows its 実績値", async () => {
    const spec = kpiList(3);
    const values = spec.values.map((row) => [...row]);
    const { fake, port } = setup([{ ...spec, values }]);
    const sheet = sheetOf(fake);
    sheet.cells.set(cellKey(5, 6), {
      value: "",
      formula: '=IF(E6="","",KPI.ACHIEVEMENT(D6,E6))',
      numberFormat: "0.0%",
      fill: null,
    });

    await addRevisedTargetColumn(port, ADD);
    expect(at(fake, "H6")).toBe('=IF(F6="","",KPI.ACHIEVEMENT(D6,F6))');

    await removeRevisedTargetColumn(port, { settings: savedSettings(fake), confirmed: false });
    expect(at(fake, "G6")).toBe('=IF(E6="","",KPI.ACHIEVEMENT(D6,E6))');
  });

  it("moves the sheet's saved column choices right of the insert along, and back on removal", async () => {
    const settings: WorkbookSettings = {
      ...DEFAULT_SETTINGS,
      sheets: { [KPI_LIST_NAME]: { mapping: { target: 3, actual: 4 }, fiscalYear: 2025 } },
    };
    const { fake, port } = setup([kpiList(3)]);

    const added = await addRevisedTargetColumn(port, { ...ADD, settings });
    expect(added.ok && added.value.settings.sheets[KPI_LIST_NAME]?.mapping).toEqual({ target: 3, actual: 5 });

    const removed = await removeRevisedTargetColumn(port, {
      settings: savedSettings(fake),
      confirmed: false,
    });
    expect(removed.ok && removed.value.settings.sheets[KPI_LIST_NAME]).toEqual({
      mapping: { target: 3, actual: 4 },
      fiscalYear: 2025,
    });
  });

  test.each([
    ["inserted", () => kpiList(3)],
    ["written into the empty column", () => kpiWithoutActuals()],
  ])("takes a column %s away again, leaving the sheet exactly as it was", async (_, spec) => {
    const { fake, port } = setup([spec()]);
    const before = sheetsOf(fake);
    await addRevisedTargetColumn(port, ADD);
    expect(sheetsOf(fake)).not.toEqual(before);

    const removed = await removeRevisedTargetColumn(port, {
      settings: savedSettings(fake),
      confirmed: false,
    });

    expect(removed.ok).toBe(true);
    expect(sheetsOf(fake)).toEqual(before);
    expect(savedSettings(fake)).toEqual(DEFAULT_SETTINGS);
  });

  it("asks before taking away a column with entries, and takes them with it when told to", async () => {
    const { fake, port } = setup([kpiList(3)]);
    const before = sheetsOf(fake);
    await addRevisedTargetColumn(port, ADD);
    sheetOf(fake).cells.set(cellKey(5, 4), {
      value: "150 件",
      formula: null,
      numberFormat: "General",
      fill: null,
    });

    const refused = await removeRevisedTargetColumn(port, {
      settings: savedSettings(fake),
      confirmed: false,
    });
    expect(refused).toEqual({
      ok: false,
      issues: [{ code: "revised_target_filled", cells: "E6", count: 1, column: "E" }],
    });
    expect(at(fake, "E6")).toBe("150 件");

    const removed = await removeRevisedTargetColumn(port, { settings: savedSettings(fake), confirmed: true });
    expect(removed.ok).toBe(true);
    expect(sheetsOf(fake)).toEqual(before);
  });

  it("refuses a second column, and a goal sheet", async () => {
    const { port, fake } = setup([kpiList(3)]);
    await addRevisedTargetColumn(port, ADD);
    expect(await addRevisedTargetColumn(port, { ...ADD, settings: savedSettings(fake) })).toEqual({
      ok: false,
      issues: [{ code: "revised_target_exists", column: "E" }],
    });
    // Without the record (lost with a renamed sheet), the header itself says it is there.
    expect(await addRevisedTargetColumn(port, ADD)).toEqual({
      ok: false,
      issues: [{ code: "revised_target_exists", column: "E" }],
    });

    const goal = setup([goalSheet2()]);
    expect(await addRevisedTargetColumn(goal.port, ADD)).toEqual({
      ok: false,
      issues: [{ code: "revised_target_unsupported", reason: "not_kpi_list" }],
    });
  });

  it("says there is nothing to take away on a sheet without the column", async () => {
    const { port } = setup([kpiList(3)]);
    expect(await removeRevisedTargetColumn(port, { settings: DEFAULT_SETTINGS, confirmed: false })).toEqual({
      ok: false,
      issues: [{ code: "revised_target_missing" }],
    });
  });

  it("refuses to take away a column whose header is no longer where it was added", async () => {
    const { fake, port } = setup([kpiList(3)]);
    await addRevisedTargetColumn(port, ADD);
    sheetOf(fake).cells.delete(cellKey(3, 4));
    expect(
      await removeRevisedTargetColumn(port, { settings: savedSettings(fake), confirmed: false }),
    ).toEqual({
      ok: false,
      issues: [{ code: "revised_target_moved", column: "E" }],
    });
  });
});

describe("addRevisedTargetColumn where Excel's documentation does not say what an insert keeps", () => {
  test.each([
    [
      "the check's highlights (conditional formats)",
      "conditional_format",
      async (fake: FakeExcel): Promise<void> => {
        await flagInPlace(createExcelWorkbook(fakeHost(fake)), {
          asOf: AS_OF,
          settings: DEFAULT_SETTINGS,
          locale: "ja",
        });
      },
    ],
    [
      "準備's data validation",
      "validation",
      async (fake: FakeExcel): Promise<void> => {
        await prepareSheet(createExcelValidation(fakeHost(fake)), {
          asOf: AS_OF,
          settings: DEFAULT_SETTINGS,
          locale: "ja",
          replaceExisting: false,
        });
      },
    ],
    [
      "merged cells over the 実績値 header",
      "merged_cells",
      async (fake: FakeExcel): Promise<void> =>
        void mergedAreasOf(sheetOf(fake)).push({ r0: 3, c0: 4, r1: 4, c1: 4 }),
    ],
    [
      "an Excel table",
      "table",
      async (fake: FakeExcel): Promise<void> =>
        void tablesOf(sheetOf(fake)).push({ r0: 3, c0: 0, r1: 8, c1: 4 }),
    ],
  ] as const)("inserts nothing beside %s and names it", async (_, blocker, arrange) => {
    const { fake, port } = setup([kpiList(5)]);
    await arrange(fake);
    const before = { workbook: snapshotWorkbook(fake.state), validation: snapshotValidation(fake.state) };

    const added = await addRevisedTargetColumn(port, ADD);

    expect(added).toEqual({
      ok: false,
      issues: [{ code: "revised_target_blocked", blocker, column: "E", action: "add" }],
    });
    expect({ workbook: snapshotWorkbook(fake.state), validation: snapshotValidation(fake.state) }).toEqual(
      before,
    );
  });

  it("still writes the header where the column right of the targets is empty, highlights or not", async () => {
    const { fake, port } = setup([kpiWithoutActuals(5)]);
    await flagInPlace(createExcelWorkbook(fakeHost(fake)), {
      asOf: AS_OF,
      settings: DEFAULT_SETTINGS,
      locale: "ja",
    });
    const added = await addRevisedTargetColumn(port, ADD);
    expect(added.ok && added.value.inserted).toBe(false);
  });
});

describe("addRevisedTargetColumn failing part way", () => {
  it("deletes the inserted column again when the header or settings fail, and says nothing is left", async () => {
    const { fake, port } = setup([kpiList(3)]);
    const before = sheetsOf(fake);
    fake.failOnAction = (describe) => (describe as { call?: string }).call === "settings.add";
    const error: unknown = await addRevisedTargetColumn(port, ADD).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isWorkbookFailure(error) && [error.operation, error.partialWrite]).toEqual(["revise", false]);
    expect(sheetsOf(fake)).toEqual(before);
    expect(fake.state.settings.has(SETTINGS_KEY)).toBe(false);
  });

  it("says something may be left when putting it back fails too", async () => {
    const { fake, port } = setup([kpiList(3)]);
    fake.failOnAction = (describe) => {
      if ((describe as { call?: string }).call !== "settings.add") return false;
      // The next sync, the one that would delete the inserted column, fails as well.
      fake.failOnSync = fake.syncs.length + 2;
      return true;
    };
    const error: unknown = await addRevisedTargetColumn(port, ADD).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isWorkbookFailure(error) && [error.operation, error.partialWrite]).toEqual(["revise", true]);
  });
});

describe("addRevisedTargetColumn round trips", () => {
  test.each([
    ["inserting", (rows: number) => kpiList(rows), 4],
    ["writing into the empty column", (rows: number) => kpiWithoutActuals(rows), 3],
  ])("takes a fixed number of syncs %s, whatever the number of rows", async (_, spec, small) => {
    const syncs: number[] = [];
    for (const rows of [3, 300, 3000]) {
      const { fake, port } = setup([spec(rows)]);
      fake.resetStats();
      const added = await addRevisedTargetColumn(port, ADD);
      expect(added.ok).toBe(true);
      syncs.push(fake.syncs.length);
    }
    // 1 read of the first 100 rows (and 1 more for the rest of a longer sheet), 1 look, 1 insert, 1 write.
    expect(syncs).toEqual([small, small + 1, small + 1]);
  });

  it("takes a fixed number of syncs to remove, whatever the number of rows", async () => {
    const syncs: number[] = [];
    for (const rows of [3, 300, 3000]) {
      const { fake, port } = setup([kpiList(rows)]);
      await addRevisedTargetColumn(port, ADD);
      fake.resetStats();
      const removed = await removeRevisedTargetColumn(port, {
        settings: savedSettings(fake),
        confirmed: false,
      });
      expect(removed.ok).toBe(true);
      syncs.push(fake.syncs.length);
    }
    expect(syncs).toEqual([4, 5, 5]);
  });
});
