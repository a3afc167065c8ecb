/**
 * Flags as Excel really keeps them: conditional format ids that are only places in the priority order,
 * rules that cannot be read or deleted once two of them cover one cell, and batches that stop at a
 * failing action and keep what ran before it (see test/fakeExcel/fakeExcel.ts for the sources).
 */
import { describe, expect, it } from "vitest";
import { addComputedColumns } from "../app/addComputedColumns";
import { clearFlags } from "../app/clearFlags";
import { flagInPlace } from "../app/flagInPlace";
import { isFlagFormula } from "../app/flagStyle";
import { DEFAULT_SETTINGS } from "../app/settings";
import { isWorkbookFailure } from "../app/workbookFailure";
import { formatArea, intersect, parseArea } from "../../test/fakeExcel/a1";
import type { FakeExcel } from "../../test/fakeExcel/fakeExcel";
import { fakeWorkbook } from "../../test/fakeExcel/fakeHost";
import type { FakeConditionalFormat, FakeSheet, SheetSpec } from "../../test/fakeExcel/fakeWorkbook";
import { snapshotWorkbook } from "../../test/fakeExcel/fakeWorkbook";
import { KPI_FIRST_ROW, KPI_HEADER_ROW, goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";

const AS_OF = "2025-11-21";
/** After the plan period (R10年度末) KPI rows are overdue, and a row with a finding has that cell cut out. */
const LATER = "2029-04-30";
const FLAG = { asOf: AS_OF, settings: DEFAULT_SETTINGS, locale: "ja" as const };
const FLAG_LATER = { ...FLAG, asOf: LATER };

/** A KPI list with the user's own fills, number formats, a note and conditional formats beside the table. */
function userSheet(rows = 30): SheetSpec {
  return {
    ...kpiList(rows),
    formats: [
      { row: KPI_HEADER_ROW, column: 1, fill: "#DDEBF7" },
      { row: KPI_FIRST_ROW, column: 2, numberFormat: "@" },
      { row: 21, column: 3, fill: "#FFFF00" },
    ],
    notes: [{ cell: "B7", content: "担当：企画課 山田" }],
  };
}

function userRule(id: string, address: string, type = "Custom"): FakeConditionalFormat {
  return {
    id,
    type,
    areas: [parseArea(address)],
    formula: type === "Custom" ? `=${address.split(":")[0]}<0` : "",
    fill: "#C6EFCE",
    fontColor: null,
    stopIfTrue: false,
  };
}

/** A workbook with the user's sheet and two rules of the user's own that share no cell with any flag. */
function setUp(rows = 30) {
  const made = fakeWorkbook([userSheet(rows)]);
  const sheet = made.fake.state.sheets[0]!;
  // Columns F and H, right of the table (B–E): never flagged.
  sheet.conditionalFormats.push(userRule("{user-f}", "F6:F40"), userRule("{user-h}", "H1:H5", "CellValue"));
  return { ...made, sheet };
}

function flagRules(sheet: FakeSheet): FakeConditionalFormat[] {
  return sheet.conditionalFormats.filter((cf) => isFlagFormula(cf.formula));
}

/** Actions of the last sync (the write batch) and the number run before it, from a clean run. */
function lastBatch(fake: FakeExcel): { before: number; actions: number } {
  const syncs = fake.syncs;
  const before = syncs.slice(0, -1).reduce((sum, sync) => sum + sync.actions, 0);
  return { before, actions: syncs[syncs.length - 1]!.actions };
}

describe("flags in a workbook whose rules move", () => {
  it("never lets two of its rules cover one cell", async () => {
    for (const [spec, options] of [
      [goalSheet2(), FLAG],
      [kpiList(), FLAG_LATER],
    ] as const) {
      const { fake, workbook } = fakeWorkbook([spec]);
      await flagInPlace(workbook, options);
      const rules = flagRules(fake.state.sheets[0]!);
      expect(rules.length).toBeGreaterThan(1);
      const cells = new Map<string, string>();
      for (const rule of rules)
        for (const area of rule.areas)
          for (let r = area.r0; r <= area.r1; r++)
            for (let c = area.c0; c <= area.c1; c++) {
              const key = `${r},${c}`;
              expect(cells.get(key), `cell ${key} under ${rule.formula}`).toBeUndefined();
              cells.set(key, rule.formula);
            }
    }
  });

  it("clears exactly its flags after the user added, reordered and deleted rules of their own", async () => {
    const { fake, workbook, sheet } = setUp();
    const before = snapshotWorkbook(fake.state);
    await flagInPlace(workbook, FLAG_LATER);
    expect(flagRules(sheet).length).toBe(3);

    // The user, in Excel: a new rule on top, {user-h} moved to the top, {user-f} deleted.
    sheet.conditionalFormats.unshift(userRule("{user-new}", "J1:J3"));
    const moved = sheet.conditionalFormats.findIndex((cf) => cf.id === "{user-h}");
    sheet.conditionalFormats.unshift(...sheet.conditionalFormats.splice(moved, 1));
    sheet.conditionalFormats.splice(
      sheet.conditionalFormats.findIndex((cf) => cf.id === "{user-f}"),
      1,
    );

    const cleared = await clearFlags(workbook);
    expect(cleared.conditionalFormatsRemoved).toBeGreaterThan(2);
    expect(sheet.conditionalFormats.map((cf) => cf.id)).toEqual(["{user-h}", "{user-new}"]);
    // Values, formats, notes and settings are as before the flags; the rules as the user left them.
    const expected = snapshotWorkbook(fake.state) as { sheets: { conditionalFormats: unknown }[] };
    const original = before as typeof expected;
    expect({ ...expected, sheets: expected.sheets.map((s) => ({ ...s, conditionalFormats: [] })) }).toEqual({
      ...original,
      sheets: original.sheets.map((s) => ({ ...s, conditionalFormats: [] })),
    });
  });

  it("replaces its flags when it flags again after the user moved rules, and keeps the user's", async () => {
    const { fake, workbook, sheet } = setUp();
    await flagInPlace(workbook, FLAG);
    // The user adds a rule at the bottom and moves {user-h} above the add-in's rules.
    sheet.conditionalFormats.push(userRule("{user-new}", "J1:J3"));
    const moved = sheet.conditionalFormats.findIndex((cf) => cf.id === "{user-h}");
    sheet.conditionalFormats.unshift(...sheet.conditionalFormats.splice(moved, 1));
    const userOrder = sheet.conditionalFormats.filter((cf) => !isFlagFormula(cf.formula)).map((cf) => cf.id);

    await flagInPlace(workbook, FLAG_LATER);
    expect(sheet.conditionalFormats.filter((cf) => !isFlagFormula(cf.formula)).map((cf) => cf.id)).toEqual(
      userOrder,
    );
    // Only the second flagging's rules and notes are left, as if it had been the first.
    const fresh = setUp();
    await flagInPlace(fresh.workbook, FLAG_LATER);
    const areas = (s: FakeSheet) => flagRules(s).map((cf) => [cf.formula, cf.areas]);
    expect(areas(sheet)).toEqual(areas(fresh.sheet));
    expect([...sheet.notes]).toEqual([...fresh.sheet.notes]);
    expect(fake.state.settings).toEqual(fresh.fake.state.settings);
  });

  it("flags and clears beside two rules of the user's that share cells with each other", async () => {
    const { fake, workbook, sheet } = setUp();
    // Rules over one range, as users stack colour bands: Excel cannot read either (office-js #6827).
    sheet.conditionalFormats.push(userRule("{band-1}", "H6:H40"), userRule("{band-2}", "H6:H40"));
    const before = snapshotWorkbook(fake.state);
    const flagged = await flagInPlace(workbook, FLAG_LATER);
    expect(flagged.ok && flagged.value.outcome.conditionalFormatsAdded).toBe(3);
    await flagInPlace(workbook, FLAG);
    const cleared = await clearFlags(workbook);
    expect(cleared.conditionalFormatsRemoved).toBe(2);
    expect(snapshotWorkbook(fake.state)).toEqual(before);
  });

  it("leaves out the cells a rule of the user's covers, says how many findings, and clears back", async () => {
    const { fake, workbook, sheet } = setUp();
    sheet.conditionalFormats.push(userRule("{user-e}", "E6:E40"));
    const original = snapshotWorkbook(fake.state);
    const flagged = await flagInPlace(workbook, FLAG_LATER);
    const flags = flagRules(sheet);
    expect(flags.length).toBeGreaterThan(0);
    // No flag shares a cell with the user's rule, so every rule stays readable and deletable.
    const userE = parseArea("E6:E40");
    for (const cf of flags) {
      for (const area of cf.areas) expect(intersect(area, userE), formatArea(area)).toBeNull();
    }
    expect(flagged.ok && flagged.value.outcome.findingCellsUnderUserRules).toBeGreaterThan(0);
    // Without the user's rule, the same check flags cells in column E.
    const plain = setUp();
    const plainFlagged = await flagInPlace(plain.workbook, FLAG_LATER);
    expect(plainFlagged.ok && plainFlagged.value.outcome.findingCellsUnderUserRules).toBe(0);
    expect(
      flagRules(plain.sheet).some((cf) => cf.areas.some((area) => intersect(area, userE) !== null)),
    ).toBe(true);

    // Flagging again replaces the flags; clearing then puts the workbook back exactly.
    await flagInPlace(workbook, FLAG_LATER);
    await clearFlags(workbook);
    expect(snapshotWorkbook(fake.state)).toEqual(original);
  });

  it("refuses, writing nothing, when a rule the user added since covers cells it flagged", async () => {
    const { fake, workbook, sheet } = setUp();
    await flagInPlace(workbook, FLAG);
    sheet.conditionalFormats.push(userRule("{user-e}", "E6:E40"));
    const before = snapshotWorkbook(fake.state);
    // Its rules now share cells with E6:E40: Excel can neither read nor delete them.
    const error = await flagInPlace(workbook, FLAG_LATER).catch((e: unknown) => e);
    expect(isWorkbookFailure(error) && error).toMatchObject({
      code: "rules_unreadable",
      operation: "flag",
      partialWrite: false,
    });
    const clearError = await clearFlags(workbook).catch((e: unknown) => e);
    expect(isWorkbookFailure(clearError) && clearError.code).toBe("rules_unreadable");
    expect(snapshotWorkbook(fake.state)).toEqual(before);

    // Once the user gives their rule a range of its own, clearing works again.
    const at = sheet.conditionalFormats.findIndex((cf) => cf.id === "{user-e}");
    sheet.conditionalFormats.splice(at, 1, {
      ...sheet.conditionalFormats[at]!,
      areas: [parseArea("K6:K40")],
    });
    await clearFlags(workbook);
    expect(flagRules(sheet)).toEqual([]);
  });
});

describe("a flag, clear or computed-columns write that stops part way", () => {
  it("leaves flags that Clear removes, whichever action of the flag batch fails", async () => {
    // A clean run to count the actions of the write batch (earlier flags replaced, notes rewritten).
    const probe = setUp();
    const original = snapshotWorkbook(probe.fake.state);
    await flagInPlace(probe.workbook, FLAG);
    probe.fake.resetStats();
    await flagInPlace(probe.workbook, FLAG_LATER);
    const { before, actions } = lastBatch(probe.fake);
    expect(actions).toBeGreaterThan(10);

    for (let i = 1; i <= actions; i++) {
      const { fake, workbook } = setUp();
      await flagInPlace(workbook, FLAG);
      fake.resetStats();
      fake.failOnAction = before + i;
      const error = await flagInPlace(workbook, FLAG_LATER).catch((e: unknown) => e);
      expect(isWorkbookFailure(error) && error, `action ${i}`).toMatchObject({
        operation: "flag",
        partialWrite: true,
      });
      // Nothing of the add-in's is beyond reach: one Clear and the workbook is as it was.
      await clearFlags(workbook);
      expect(snapshotWorkbook(fake.state), `action ${i} of ${actions}`).toEqual(original);
    }
  });

  it("leaves flags that Clear again removes, whichever action of the clear batch fails", async () => {
    const probe = setUp();
    const original = snapshotWorkbook(probe.fake.state);
    await flagInPlace(probe.workbook, FLAG_LATER);
    probe.fake.resetStats();
    await clearFlags(probe.workbook);
    const { before, actions } = lastBatch(probe.fake);
    expect(actions).toBeGreaterThan(5);

    for (let i = 1; i <= actions; i++) {
      const { fake, workbook } = setUp();
      await flagInPlace(workbook, FLAG_LATER);
      fake.resetStats();
      fake.failOnAction = before + i;
      const error = await clearFlags(workbook).catch((e: unknown) => e);
      expect(isWorkbookFailure(error) && error, `action ${i}`).toMatchObject({
        operation: "clear",
        partialWrite: true,
      });
      await clearFlags(workbook);
      expect(snapshotWorkbook(fake.state), `action ${i} of ${actions}`).toEqual(original);
    }
  });

  it("undoes computed columns, whichever action of whichever block fails", async () => {
    const limits = { requestBytes: 20_000 };
    const probe = fakeWorkbook([userSheet(300)], { limits });
    const original = snapshotWorkbook(probe.fake.state);
    await addComputedColumns(probe.workbook, { ...FLAG, firstColumn: null });
    // Reads: first rows, the rest, the emptiness check; then one sync per block.
    const reads = 3;
    const writes = probe.fake.syncs.slice(reads);
    expect(writes.length).toBeGreaterThan(1);
    const before = probe.fake.syncs.slice(0, reads).reduce((sum, sync) => sum + sync.actions, 0);
    const total = writes.reduce((sum, sync) => sum + sync.actions, 0);

    for (let i = 1; i <= total; i++) {
      const { fake, workbook } = fakeWorkbook([userSheet(300)], { limits });
      fake.failOnAction = before + i;
      const error = await addComputedColumns(workbook, { ...FLAG, firstColumn: null }).catch(
        (e: unknown) => e,
      );
      expect(isWorkbookFailure(error) && error, `action ${i}`).toMatchObject({
        operation: "compute",
        partialWrite: false,
      });
      expect(snapshotWorkbook(fake.state), `action ${i} of ${total}`).toEqual(original);
    }
  });
});
