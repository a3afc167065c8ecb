/**
 * 取りまとめシートを作成 failing part way: Excel runs a batch's actions in order and stops at the first that
 * fails, keeping the ones before (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * For every action of the write, first made and made again, the fake Excel fails that one action;
 * afterwards the workbook is as it was: cells, tables, tabs, the active sheet and the settings.
 */
import { describe, expect, it } from "vitest";
import { buildCollectSheet } from "../app/buildCollectSheet";
import { isWorkbookFailure } from "../app/workbookFailure";
import { goalFile, kpiFile, unreadableFile } from "../../test/collectedFiles";
import { chartsOf, formatsOf } from "../../test/fakeExcel/fakeCharts";
import { FakeExcel } from "../../test/fakeExcel/fakeExcel";
import { fakeHost } from "../../test/fakeExcel/fakeHost";
import { snapshotTables } from "../../test/fakeExcel/fakeTables";
import { createWorkbookState, snapshotWorkbook } from "../../test/fakeExcel/fakeWorkbook";
import { goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import { createExcelCollect } from "./createExcelCollect";

const OPTIONS = { asOf: "2025-11-21", locale: "ja" } as const;
const FILES = [goalFile("総務課.xlsx", 5), kpiFile("企画課.xlsx"), unreadableFile("財政課.xls")];

function snapshot(fake: FakeExcel): unknown {
  const { state } = fake;
  return {
    workbook: snapshotWorkbook(state),
    tables: snapshotTables(state),
    formats: state.sheets.map((sheet) =>
      JSON.stringify({ ...formatsOf(sheet), w: [...formatsOf(sheet).columnWidths] }),
    ),
    charts: state.sheets.map((sheet) => JSON.stringify(chartsOf(sheet))),
    tabs: state.sheets.map((sheet) => sheet.name),
    active: state.sheets[state.activeSheet]?.name,
  };
}

const WRITES = [
  { name: "取りまとめシートを作成", again: false },
  { name: "取りまとめシートを作り直す", again: true },
] as const;

async function prepared(again: boolean): Promise<FakeExcel> {
  const fake = new FakeExcel(createWorkbookState([goalSheet2(), kpiList(3)]));
  // The user is on the second sheet: an undone write leaves them there.
  fake.state.activeSheet = 1;
  if (again) await buildCollectSheet(createExcelCollect(fakeHost(fake)), [kpiFile("前回.xlsx")], OPTIONS);
  fake.resetStats();
  return fake;
}

const run = (fake: FakeExcel) => buildCollectSheet(createExcelCollect(fakeHost(fake)), FILES, OPTIONS);

describe.each(WRITES)("$name, failing at each of its actions", ({ again }) => {
  it("leaves the workbook as it was and says nothing is left written", async () => {
    const probe = await prepared(again);
    expect((await run(probe)).ok).toBe(true);
    const actions = probe.actionsRun;
    expect(actions).toBeGreaterThan(20);

    for (let k = 1; k <= actions; k++) {
      const fake = await prepared(again);
      const before = snapshot(fake);
      fake.failOnAction = k;
      const error: unknown = await run(fake).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isWorkbookFailure(error), `action ${k}: ${String(error)}`).toBe(true);
      expect(isWorkbookFailure(error) && error.partialWrite, `action ${k}`).toBe(false);
      expect(snapshot(fake), `action ${k}`).toEqual(before);
    }
  });
});

describe("取りまとめシートを作成 failing part way when the undo fails too", () => {
  it("says something may be left written", async () => {
    const fake = await prepared(false);
    // The write fails at its first table (the only action with `hasHeaders`), and so does the undo's first sync.
    fake.failOnAction = (describe) => {
      if (typeof describe !== "object" || describe === null || !("hasHeaders" in describe)) return false;
      fake.failOnSync = fake.syncs.length + 2;
      return true;
    };
    const error: unknown = await run(fake).catch((e: unknown) => e);
    expect(isWorkbookFailure(error) && error.partialWrite).toBe(true);
  });
});
