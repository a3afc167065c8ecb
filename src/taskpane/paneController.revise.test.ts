import { describe, expect, it } from "vitest";
import { fakeNewSheetPort } from "../../test/fakeExcel/fakePorts";
import { fakeRevisedTarget } from "../../test/fakeExcel/fakeRevisedTarget";
import { cellKey } from "../../test/fakeExcel/fakeWorkbook";
import { KPI_LIST_NAME, goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import type { SheetSpec } from "../../test/fakeExcel/fakeWorkbook";
import { ja } from "./strings/ja";
import { startPane } from "./testing/startPane";
import { revisedTargetRows } from "./viewModel";

const started = (sheets: readonly SheetSpec[]) =>
  startPane(sheets, {
    today: "2026-04-01",
    ports: (fake) => ({ revisedTarget: fakeRevisedTarget(fake), newSheets: fakeNewSheetPort(fake) }),
  });

describe("PaneController: 目標値を見直す", () => {
  it("adds the column with today's date, saved in the workbook, and reads the sheet again", async () => {
    const { fake, controller } = await started([kpiList(3)]);
    expect(controller.canReviseTargets).toBe(true);

    await controller.addRevisedTarget();

    const state = controller.getState();
    expect(state.notices.map((n) => n.kind === "revised" && [n.headerCell, n.inserted])).toEqual([
      ["E4", true],
    ]);
    expect(state.settings.sheets[KPI_LIST_NAME]?.revisedTarget).toEqual({
      column: 4,
      headerRow: 4,
      inserted: true,
      addedOn: "2026-04-01",
    });
    // The sheet as read again: 実績値 is now in F.
    expect(state.detection?.ok && state.detection.value.table.columns.actual).toBe(5);
    expect(fake.state.sheets[0]?.cells.get(cellKey(3, 4))?.value).toBe("目標値（見直し後）");
  });

  it("judges a row against the revised target typed in the new column, with the original beside it", async () => {
    const { fake, controller } = await started([kpiList(3)]);
    await controller.addRevisedTarget();
    fake.state.sheets[0]?.cells.set(cellKey(5, 4), {
      value: "150 件",
      formula: null,
      numberFormat: "General",
      fill: null,
    });
    await controller.check();
    const report = controller.getState().report;
    if (report === null) throw new Error("no report");
    expect(revisedTargetRows(report, "ja", ja)).toEqual([
      { row: 6, kpi: "行かない窓口での手続き申請件数", text: "目標 150件（当初 120件）" },
    ]);
  });

  it("takes the column away, and asks before taking entries with it", async () => {
    const { fake, controller } = await started([kpiList(3)]);
    await controller.addRevisedTarget();
    fake.state.sheets[0]?.cells.set(cellKey(5, 4), {
      value: "150 件",
      formula: null,
      numberFormat: "General",
      fill: null,
    });

    await controller.removeRevisedTarget();
    const refusal = controller.getState().notices.at(-1);
    expect(refusal).toMatchObject({ kind: "issues", action: "unrevise" });
    expect(fake.state.sheets[0]?.cells.get(cellKey(5, 4))?.value).toBe("150 件");

    await controller.removeRevisedTarget(true);
    const state = controller.getState();
    expect(state.notices.map((n) => n.kind)).toEqual(["unrevised"]);
    expect(state.settings.sheets[KPI_LIST_NAME]?.revisedTarget).toBeUndefined();
    expect(state.detection?.ok && state.detection.value.table.columns.actual).toBe(4);
  });

  it("refuses on a goal sheet, saying why", async () => {
    const { controller } = await started([goalSheet2()]);
    await controller.addRevisedTarget();
    expect(controller.getState().notices.at(-1)).toMatchObject({
      kind: "issues",
      action: "revise",
      issues: [{ code: "revised_target_unsupported", reason: "not_kpi_list" }],
    });
  });

  it("is not offered where the host gives no port", async () => {
    const { controller } = await startPane([kpiList(3)]);
    expect(controller.canReviseTargets).toBe(false);
  });

  it("makes a new KPI list with the column when ticked, recorded with today's date", async () => {
    const { fake, controller } = await started([goalSheet2()]);
    await controller.insertTemplate("kpi_list", "令和8年度", true);
    const name = "令和8年度 KPI一覧";
    expect(controller.getState().sheetName).toBe(name);
    expect(controller.getState().settings.sheets[name]?.revisedTarget).toEqual({
      column: 7,
      headerRow: 4,
      inserted: true,
      addedOn: "2026-04-01",
    });
    expect(fake.state.settings.get("kpiSheetChecker.settings")).toMatchObject({
      sheets: { [name]: { revisedTarget: { column: 7, addedOn: "2026-04-01" } } },
    });
  });
});
