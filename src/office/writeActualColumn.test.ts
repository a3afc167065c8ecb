import { describe, expect, it } from "vitest";
import { confirmActual } from "../app/confirmActual";
import { removeActualColumn } from "../app/removeActualColumn";
import { DEFAULT_SETTINGS } from "../app/settings";
import { isWorkbookFailure } from "../app/workbookFailure";
import type { FakeExcel } from "../../test/fakeExcel/fakeExcel";
import { fakeWorkbook } from "../../test/fakeExcel/fakeHost";
import { cellKey, snapshotWorkbook } from "../../test/fakeExcel/fakeWorkbook";
import type { SheetSpec } from "../../test/fakeExcel/fakeWorkbook";
import { seedGoalSheet } from "../../test/goalSheets";
import { ACTUAL_RECORD_KEY } from "./actualColumnOwnership";

const CHECK = { asOf: "2025-11-21", settings: DEFAULT_SETTINGS };
/** Seed 000's goal sheets fill A:H; the 実績値 column goes into I (index 8) on the header row (8). */
const I = 8;
/** Goal 1 item ⑥ (消防団: 充足率90% / 【充足率84.3%】) and goal 5 item ② ((1) 20点以上, (3) 15校以上). */
const ITEM_6 = { item: 6, row: 14, subItem: 1 };
const ITEM_2 = (subItem: number) => ({ item: 2, row: 10, subItem });

function cellOf(fake: FakeExcel, row: number, column: number) {
  const cell = fake.state.sheets[fake.state.activeSheet]?.cells.get(cellKey(row - 1, column));
  return cell === undefined ? null : { value: cell.value, numberFormat: cell.numberFormat };
}

function open(sheet: SheetSpec = seedGoalSheet(1)) {
  return fakeWorkbook([sheet]);
}

/** Goal 1 with the user's percent format on I14, the cell the add-in writes ⑥'s value into. */
function goal1WithFormat(): SheetSpec {
  return { ...seedGoalSheet(1), formats: [{ row: 14, column: I, numberFormat: "0.0%" }] };
}

describe("writeActualCell, through confirmActual", () => {
  it("writes the header and the value as text beside the table, in three syncs", async () => {
    const { fake, workbook } = open(goal1WithFormat());
    fake.resetStats();
    const confirmed = await confirmActual(workbook, { ...CHECK, target: ITEM_6, value: "84.3%" });
    expect(confirmed.ok && { cell: confirmed.value.cell, text: confirmed.value.text }).toEqual({
      cell: "I14",
      text: "(1) 84.3%",
    });
    expect(cellOf(fake, 8, I)).toEqual({ value: "実績値", numberFormat: "General" });
    expect(cellOf(fake, 14, I)).toEqual({ value: "(1) 84.3%", numberFormat: "@" });
    // The used range with the record, the two cells, the write.
    expect(fake.syncs).toHaveLength(3);
  });

  it("adds a second sub-item's line to the same cell, and replaces a sub-item's line when confirmed again", async () => {
    const { fake, workbook } = open(seedGoalSheet(5));
    await confirmActual(workbook, { ...CHECK, target: ITEM_2(1), value: "76点" });
    await confirmActual(workbook, { ...CHECK, target: ITEM_2(3), value: "2校" });
    expect(cellOf(fake, 10, I)?.value).toBe("(1) 76点\n(3) 2校");
    await confirmActual(workbook, { ...CHECK, target: ITEM_2(1), value: "79点" });
    expect(cellOf(fake, 10, I)?.value).toBe("(1) 79点\n(3) 2校");
  });

  it("keeps the same number of syncs whatever the number of rows already written", async () => {
    const { fake, workbook } = open(seedGoalSheet(5));
    const counts: number[] = [];
    for (const [n, value] of [
      [1, "76点"],
      [3, "2校"],
      [2, "50人"],
    ] as const) {
      fake.resetStats();
      await confirmActual(workbook, { ...CHECK, target: ITEM_2(n), value });
      counts.push(fake.syncs.length);
    }
    expect(counts).toEqual([3, 3, 3]);
  });

  it("refuses to write over a value the user typed in the add-in's column, names the cell, and writes nothing", async () => {
    const { fake, workbook } = open();
    await confirmActual(workbook, { ...CHECK, target: ITEM_6, value: "84.3%" });
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("I13").values = [["3回"]];
      await context.sync();
    });
    const before = snapshotWorkbook(fake.state);
    const refused = await confirmActual(workbook, {
      ...CHECK,
      target: { item: 5, row: 13, subItem: 1 },
      value: "2回",
    });
    expect(refused).toEqual({
      ok: false,
      issues: [{ code: "actual_cell_occupied", cell: "I13", content: "3回" }],
    });
    expect(snapshotWorkbook(fake.state)).toEqual(before);
  });

  it("puts a new column right of whatever the user wrote beside the table", async () => {
    const sheet = seedGoalSheet(1);
    const values = sheet.values.map((row, r) => (r === 13 ? [...row, null, null, "85%"] : row));
    const { fake, workbook } = open({ ...sheet, values });
    const confirmed = await confirmActual(workbook, { ...CHECK, target: ITEM_6, value: "84.3%" });
    expect(confirmed.ok && confirmed.value.cell).toBe("J14");
    expect(cellOf(fake, 14, I)?.value).toBe("85%");
    expect(cellOf(fake, 8, I + 1)?.value).toBe("実績値");
  });

  it("refuses when the user changed what the add-in wrote, and says which cell and what it holds", async () => {
    const { fake, workbook } = open();
    await confirmActual(workbook, { ...CHECK, target: ITEM_6, value: "84.3%" });
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("I14").values = [["(1) 86%"]];
      await context.sync();
    });
    const before = snapshotWorkbook(fake.state);
    const refused = await confirmActual(workbook, { ...CHECK, target: ITEM_6, value: "84.3%" });
    expect(refused).toEqual({
      ok: false,
      issues: [{ code: "actual_cell_occupied", cell: "I14", content: "(1) 86%" }],
    });
    expect(snapshotWorkbook(fake.state)).toEqual(before);
  });

  it("refuses when the add-in's header was changed, and writes nothing", async () => {
    const { fake, workbook } = open();
    await confirmActual(workbook, { ...CHECK, target: ITEM_6, value: "84.3%" });
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("I8").values = [["メモ"]];
      await context.sync();
    });
    const before = snapshotWorkbook(fake.state);
    const refused = await confirmActual(workbook, { ...CHECK, target: ITEM_6, value: "85%" });
    expect(refused).toEqual({ ok: false, issues: [{ code: "actual_column_changed", cell: "I8" }] });
    expect(snapshotWorkbook(fake.state)).toEqual(before);
  });

  it("refuses a typed value the core cannot read, before asking Excel anything", async () => {
    const { fake, workbook } = open();
    fake.resetStats();
    const refused = await confirmActual(workbook, { ...CHECK, target: ITEM_6, value: "概ね順調" });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.issues[0]?.code).toMatch(/^value_/);
    expect(fake.syncs).toHaveLength(0);
  });
});

describe("removeActualColumn", () => {
  it("leaves the sheet exactly as before, the user's number format put back, in three syncs", async () => {
    const { fake, workbook } = open(goal1WithFormat());
    const before = snapshotWorkbook(fake.state);
    await confirmActual(workbook, { ...CHECK, target: ITEM_6, value: "84.3%" });
    fake.resetStats();
    const removed = await removeActualColumn(workbook);
    expect(removed).toEqual({ header: "I8", removed: 2, kept: [] });
    expect(fake.syncs).toHaveLength(3);
    expect(snapshotWorkbook(fake.state)).toEqual(before);
  });

  it("keeps the cells the user changed and says so, in the same three syncs with more rows", async () => {
    const { fake, workbook } = open(seedGoalSheet(5));
    const before = snapshotWorkbook(fake.state);
    await confirmActual(workbook, { ...CHECK, target: ITEM_2(1), value: "76点" });
    await confirmActual(workbook, { ...CHECK, target: { item: 3, row: 11, subItem: 1 }, value: "1回" });
    await confirmActual(workbook, { ...CHECK, target: { item: 4, row: 12, subItem: null }, value: "1棟" });
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("I11").values = [["(1) 2回"]];
      await context.sync();
    });
    fake.resetStats();
    const removed = await removeActualColumn(workbook);
    expect(removed).toEqual({ header: "I8", removed: 3, kept: ["I11"] });
    expect(fake.syncs).toHaveLength(3);
    expect(cellOf(fake, 11, I)).toEqual({ value: "(1) 2回", numberFormat: "@" });
    expect(cellOf(fake, 8, I)).toBeNull();
    expect(cellOf(fake, 10, I)).toBeNull();
    expect(fake.state.settings.has(ACTUAL_RECORD_KEY)).toBe(false);
    void before;
  });

  it("says there was nothing to remove on a sheet without the add-in's column", async () => {
    const { workbook } = open();
    expect(await removeActualColumn(workbook)).toEqual({ header: null, removed: 0, kept: [] });
  });
});

/** Everything the write can change: the cells, their formats, and the add-in's settings. */
const snapshot = (fake: FakeExcel) => snapshotWorkbook(fake.state);

describe.each([
  {
    name: "確定 (the first value: header and cell)",
    sheet: goal1WithFormat,
    before: async () => undefined,
    run: (workbook: Parameters<typeof confirmActual>[0]) =>
      confirmActual(workbook, { ...CHECK, target: ITEM_6, value: "84.3%" }),
  },
  {
    name: "確定 of a second sub-item (the add-in's own text replaced)",
    sheet: () => seedGoalSheet(5),
    before: (workbook: Parameters<typeof confirmActual>[0]) =>
      confirmActual(workbook, { ...CHECK, target: ITEM_2(1), value: "76点" }),
    run: (workbook: Parameters<typeof confirmActual>[0]) =>
      confirmActual(workbook, { ...CHECK, target: ITEM_2(3), value: "2校" }),
  },
  {
    name: "実績値列を外す",
    sheet: goal1WithFormat,
    before: (workbook: Parameters<typeof confirmActual>[0]) =>
      confirmActual(workbook, { ...CHECK, target: ITEM_6, value: "84.3%" }),
    run: (workbook: Parameters<typeof confirmActual>[0]) => removeActualColumn(workbook),
  },
])("$name, failing at each of its actions", ({ sheet, before, run }) => {
  async function prepared() {
    const opened = open(sheet());
    await before(opened.workbook);
    opened.fake.resetStats();
    return opened;
  }

  it("leaves the workbook as it was", async () => {
    const probe = await prepared();
    await run(probe.workbook);
    const actions = probe.fake.actionsRun;
    expect(actions).toBeGreaterThan(3);
    for (let k = 1; k <= actions; k++) {
      const { fake, workbook } = await prepared();
      const was = snapshot(fake);
      fake.failOnAction = k;
      const error = await run(workbook).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isWorkbookFailure(error), `action ${k}: ${String(error)}`).toBe(true);
      if (!isWorkbookFailure(error)) continue;
      expect(error.partialWrite, `action ${k}`).toBe(false);
      expect(snapshot(fake), `action ${k}`).toEqual(was);
    }
  });

  it("says something may be left when putting back fails too, and 実績値列を外す then clears it", async () => {
    const probe = await prepared();
    await run(probe.workbook);
    const actions = probe.fake.actionsRun;
    let partial = 0;
    for (let k = 1; k <= actions; k++) {
      const { fake, workbook } = await prepared();
      const base = open(sheet());
      const was = snapshot(base.fake);
      fake.failOnAction = (_describe, index) => {
        if (index !== k) return false;
        fake.failOnSync = fake.syncs.length + 2;
        return true;
      };
      const error: unknown = await run(workbook).then(
        () => null,
        (e: unknown) => e,
      );
      fake.failOnSync = null;
      if (!isWorkbookFailure(error) || !error.partialWrite) continue;
      partial++;
      await removeActualColumn(workbook);
      expect(snapshot(fake), `action ${k}`).toEqual(was);
    }
    expect(partial).toBeGreaterThan(0);
  });
});
