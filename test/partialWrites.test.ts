/**
 * A write that fails part way: Excel runs a batch's actions in order and stops at the first that fails,
 * leaving the earlier ones done (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * For every action of every write (準備, 入力規則を外す, 新しいシート, 次年度へ繰越, 集計シートの作成と削除,
 * 目標値を見直す, 見直し列を外す),
 * the fake Excel fails that one action; afterwards the workbook is as it was, or the failure says that
 * something may be left written and clearing (入力規則を外す) brings it back exactly.
 */
import { describe, expect, it } from "vitest";
import { addRevisedTargetColumn, removeRevisedTargetColumn } from "../src/app/addRevisedTargetColumn";
import { buildSummarySheet } from "../src/app/buildSummarySheet";
import { carryForward } from "../src/app/carryForward";
import { insertTemplate } from "../src/app/insertTemplate";
import { prepareSheet, removeValidation } from "../src/app/prepareSheet";
import { removeSummarySheet } from "../src/app/removeSummarySheet";
import { DEFAULT_SETTINGS, readSettings, settingsOrDefaults } from "../src/app/settings";
import { isWorkbookFailure } from "../src/app/workbookFailure";
import { createExcelNewSheet } from "../src/office/createExcelNewSheet";
import { createExcelRevisedTarget } from "../src/office/createExcelRevisedTarget";
import { SETTINGS_KEY, createExcelSettings } from "../src/office/createExcelSettings";
import { createExcelSummary } from "../src/office/createExcelSummary";
import { createExcelValidation } from "../src/office/createExcelValidation";
import { chartsOf } from "./fakeExcel/fakeCharts";
import { setValidation, snapshotValidation } from "./fakeExcel/fakeDataValidation";
import { refuseCopyPlacement } from "./fakeExcel/fakeSheetCopy";
import type { FakeExcel } from "./fakeExcel/fakeExcel";
import { fakeHost, fakeWorkbook } from "./fakeExcel/fakeHost";
import type { SheetSpec } from "./fakeExcel/fakeWorkbook";
import { snapshotWorkbook } from "./fakeExcel/fakeWorkbook";
import { goalSheet2, kpiList } from "./fakeExcel/seedSheets";

const AS_OF = "2025-11-21";
const OPTIONS = { asOf: AS_OF, settings: DEFAULT_SETTINGS, locale: "ja" as const };

/** Everything a user could see: cells, formats, notes, settings, validation, charts, tabs and the active one. */
function snapshot(fake: FakeExcel): unknown {
  const { state } = fake;
  return {
    workbook: snapshotWorkbook(state),
    validation: snapshotValidation(state),
    charts: state.sheets.map((sheet) => JSON.stringify(chartsOf(sheet))),
    tabs: state.sheets.map((sheet) => sheet.name),
    active: state.sheets[state.activeSheet]?.name,
  };
}

interface Write {
  readonly name: string;
  readonly sheets: () => SheetSpec[];
  /** What is there before the write under test (not failed). */
  readonly before?: (fake: FakeExcel) => Promise<unknown>;
  readonly run: (fake: FakeExcel) => Promise<unknown>;
  /** A removal, which finishes what it started rather than undo it. */
  readonly finishes?: true;
  /** What a user does to clear a write left part done. */
  readonly clear?: (fake: FakeExcel) => Promise<unknown>;
}

const validation = (fake: FakeExcel) => createExcelValidation(fakeHost(fake));
const summary = (fake: FakeExcel) => createExcelSummary(fakeHost(fake));
const newSheets = (fake: FakeExcel) => createExcelNewSheet(fakeHost(fake));
const revised = (fake: FakeExcel) => createExcelRevisedTarget(fakeHost(fake));
const REVISE = { asOf: "2026-04-01", addedOn: "2026-04-01", settings: DEFAULT_SETTINGS } as const;
const savedSettings = (fake: FakeExcel) =>
  settingsOrDefaults(readSettings(fake.state.settings.get(SETTINGS_KEY)));

/** The seed's KPI list without 実績値: the column right of the targets is empty. */
function kpiTargetsLast(): SheetSpec {
  const spec = kpiList(3);
  return { ...spec, values: spec.values.map((row) => row.slice(0, 4)) };
}

/** A KPI list whose 目標値 cells carry a user's list rule, a date rule and a prompt-only cell. */
function kpiWithUserRules(fake: FakeExcel): void {
  const sheet = fake.state.sheets[0];
  if (!sheet) throw new Error("no sheet");
  setValidation(
    sheet,
    { r0: 6, c0: 3, r1: 7, c1: 3 },
    {
      rule: { list: { inCellDropDown: true, source: "済,未" } },
      prompt: { showPrompt: true, title: "担当", message: "済か未" },
    },
  );
  setValidation(
    sheet,
    { r0: 8, c0: 3, r1: 8, c1: 3 },
    {
      rule: { date: { operator: "Between", formula1: "2025-04-01", formula2: "2026-03-31" } },
    },
  );
  setValidation(
    sheet,
    { r0: 9, c0: 3, r1: 9, c1: 3 },
    {
      rule: {},
      prompt: { showPrompt: true, title: "目標値", message: "R10年度末の値" },
    },
  );
}

/** What a user told that a copy may be left does: deletes the new year's sheet (or Excel's "… (2)"). */
async function deleteCopies(fake: FakeExcel): Promise<void> {
  await fake.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const first = sheets.items[0];
    if (first) context.workbook.worksheets.getItem(first.name).activate();
    for (const sheet of sheets.items) if (/令和8年度|\(\d+\)$/.test(sheet.name)) sheet.delete();
    await context.sync();
  });
}

const WRITES: readonly Write[] = [
  {
    name: "準備 replacing the user's rules",
    sheets: () => [kpiList(6)],
    before: async (fake) => kpiWithUserRules(fake),
    run: (fake) => prepareSheet(validation(fake), { ...OPTIONS, replaceExisting: true }),
    clear: (fake) => removeValidation(validation(fake)),
  },
  {
    name: "入力規則を外す",
    sheets: () => [kpiList(6)],
    before: async (fake) => {
      kpiWithUserRules(fake);
      await prepareSheet(validation(fake), { ...OPTIONS, replaceExisting: true });
    },
    run: (fake) => removeValidation(validation(fake)),
    finishes: true,
    clear: (fake) => removeValidation(validation(fake)),
  },
  {
    name: "新しいシート",
    sheets: () => [kpiList(3)],
    run: (fake) => insertTemplate(newSheets(fake), { kind: "kpi_list", fiscalYear: 2026, ...OPTIONS }),
  },
  {
    name: "次年度へ繰越",
    sheets: () => [goalSheet2()],
    before: (fake) => prepareSheet(validation(fake), { ...OPTIONS, replaceExisting: false }),
    run: (fake) => carryForward(newSheets(fake), createExcelSettings(fakeHost(fake)), OPTIONS),
  },
  {
    name: "次年度へ繰越 of a KPI list, its year saved in the settings with the copy",
    sheets: () => [kpiList(3)],
    run: (fake) => carryForward(newSheets(fake), createExcelSettings(fakeHost(fake)), OPTIONS),
  },
  {
    name: "次年度へ繰越 where Excel refuses copy After (office-js #775)",
    sheets: () => [goalSheet2(), kpiList(3)],
    before: async (fake) => {
      refuseCopyPlacement(fake.state);
      await prepareSheet(validation(fake), { ...OPTIONS, replaceExisting: false });
    },
    run: (fake) => carryForward(newSheets(fake), createExcelSettings(fakeHost(fake)), OPTIONS),
    // When even the undo fails, the pane says a copy may be left: the user deletes it.
    clear: deleteCopies,
  },
  {
    name: "集計シートを作成",
    sheets: () => [goalSheet2(), kpiList(4)],
    run: (fake) => buildSummarySheet(summary(fake), { ...OPTIONS, settings: DEFAULT_SETTINGS }),
  },
  {
    name: "集計シートを作り直す",
    sheets: () => [goalSheet2(), kpiList(4)],
    before: (fake) => buildSummarySheet(summary(fake), { ...OPTIONS, settings: DEFAULT_SETTINGS }),
    run: (fake) => buildSummarySheet(summary(fake), { ...OPTIONS, settings: DEFAULT_SETTINGS }),
  },
  {
    name: "集計シートを削除",
    sheets: () => [goalSheet2(), kpiList(4)],
    before: (fake) => buildSummarySheet(summary(fake), { ...OPTIONS, settings: DEFAULT_SETTINGS }),
    run: (fake) => removeSummarySheet(summary(fake)),
    finishes: true,
  },
  {
    name: "目標値を見直す, inserting a column",
    sheets: () => [kpiList(3)],
    run: (fake) => addRevisedTargetColumn(revised(fake), REVISE),
  },
  {
    name: "目標値を見直す into the empty column right of the targets, with saved settings",
    sheets: () => [kpiTargetsLast()],
    before: (fake) => createExcelSettings(fakeHost(fake)).save({ ...DEFAULT_SETTINGS, asOf: "2026-04-01" }),
    run: (fake) => addRevisedTargetColumn(revised(fake), { ...REVISE, settings: savedSettings(fake) }),
  },
  {
    name: "見直し列を外す, deleting the inserted column with an entry in it",
    sheets: () => [kpiList(3)],
    before: async (fake) => {
      await addRevisedTargetColumn(revised(fake), REVISE);
      await fake.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("E6").values = [["150 件"]];
        await context.sync();
      });
    },
    run: (fake) =>
      removeRevisedTargetColumn(revised(fake), { settings: savedSettings(fake), confirmed: true }),
  },
  {
    name: "見直し列を外す, emptying the header written into an empty column",
    sheets: () => [kpiTargetsLast()],
    before: (fake) => addRevisedTargetColumn(revised(fake), REVISE),
    run: (fake) =>
      removeRevisedTargetColumn(revised(fake), { settings: savedSettings(fake), confirmed: false }),
  },
];

async function prepared(write: Write): Promise<FakeExcel> {
  const { fake } = fakeWorkbook(write.sheets());
  await write.before?.(fake);
  fake.resetStats();
  return fake;
}

describe.each(WRITES)("$name, failing at each of its actions", (write) => {
  it("leaves the workbook as it was, or says so and clearing brings it back", async () => {
    const probe = await prepared(write);
    await write.run(probe);
    const actions = probe.actionsRun;
    const done = snapshot(probe);
    expect(actions).toBeGreaterThan(2);

    const outcomes = { unchanged: 0, cleared: 0 };
    for (let k = 1; k <= actions; k++) {
      const fake = await prepared(write);
      const before = snapshot(fake);
      fake.failOnAction = k;
      const error = await write.run(fake).then(
        () => null,
        (e: unknown) => e,
      );
      if (error === null) {
        // Finished all the same: a removal that stopped half way is completed from its record.
        expect(write.finishes, `action ${k} failed without saying so`).toBe(true);
        expect(snapshot(fake), `action ${k}`).toEqual(done);
        continue;
      }
      expect(isWorkbookFailure(error), `action ${k}: ${String(error)}`).toBe(true);
      if (!isWorkbookFailure(error)) continue;
      if (!error.partialWrite) {
        expect(snapshot(fake), `action ${k}`).toEqual(before);
        outcomes.unchanged++;
      } else {
        expect(write.clear, `action ${k} left a partial write with no way to clear it`).toBeDefined();
        await write.clear?.(fake);
        expect(snapshot(fake), `action ${k}`).toEqual(before);
        outcomes.cleared++;
      }
    }
    expect(outcomes.unchanged + outcomes.cleared).toBeGreaterThan(0);
  });
});

describe("準備 failing part way when putting it back fails too", () => {
  it("says that rules may be left, and 入力規則を外す then puts back exactly what was there", async () => {
    const write = WRITES[0];
    if (!write) throw new Error("no write");
    const probe = await prepared(write);
    await write.run(probe);
    const actions = probe.actionsRun;
    let partial = 0;
    for (let k = 1; k <= actions; k++) {
      const fake = await prepared(write);
      const before = snapshot(fake);
      // The chosen action fails, and so does the first sync after it (the one that would put back).
      fake.failOnAction = (_describe, index) => {
        if (index !== k) return false;
        fake.failOnSync = fake.syncs.length + 2;
        return true;
      };
      const error: unknown = await write.run(fake).then(
        () => null,
        (e: unknown) => e,
      );
      fake.failOnSync = null;
      expect(isWorkbookFailure(error), `action ${k}`).toBe(true);
      if (!isWorkbookFailure(error)) continue;
      if (error.partialWrite) {
        partial++;
        await removeValidation(validation(fake));
      }
      expect(snapshot(fake), `action ${k}`).toEqual(before);
    }
    // Every action of the write batch after its first (the pending record) leaves something to put back.
    expect(partial).toBeGreaterThan(5);
  });
});
