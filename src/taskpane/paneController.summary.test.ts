import { describe, expect, it } from "vitest";
import { fakeSummary } from "../../test/fakeExcel/fakeSummary";
import type { SheetSpec } from "../../test/fakeExcel/fakeWorkbook";
import { goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import { startPane } from "./testing/startPane";

const started = (sheets: readonly SheetSpec[], withSummary = true) =>
  startPane(sheets, withSummary ? { ports: (fake) => ({ summary: fakeSummary(fake) }) } : {});

describe("PaneController: 集計", () => {
  it("shows every goal sheet and KPI list of the workbook, counted on the saved as-of date", async () => {
    const { controller } = await started([goalSheet2(), kpiList(), { name: "メモ", values: [["メモ"]] }]);
    await controller.summarize();
    const rows = controller.getState().workbookSummary;
    expect(rows?.map((r) => [r.sheetName, r.summary.items, r.summary.overdue, r.summary.noStatus])).toEqual([
      ["2 行財政改革", 5, 4, 1],
      ["KPI一覧", 22, 0, 2],
    ]);
    expect(controller.getState().busy).toBeNull();
  });

  it("makes the 集計 sheet and says so; a second time it makes it again", async () => {
    const { fake, controller } = await started([goalSheet2()]);
    await controller.buildSummarySheet();
    expect(controller.getState().notices.map((n) => n.kind === "summarySheet" && n.written)).toEqual([
      { sheetName: "集計", address: "A1:K14", replaced: false },
    ]);
    await controller.buildSummarySheet();
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["2 行財政改革", "集計"]);
    expect(controller.getState().notices.map((n) => n.kind === "summarySheet" && n.written)).toEqual([
      { sheetName: "集計", address: "A1:K14", replaced: true },
    ]);
    expect(controller.getState().workbookSummary).toHaveLength(1);
  });

  it("deletes the 集計 sheet it made, and says when there is none", async () => {
    const { fake, controller } = await started([goalSheet2()]);
    await controller.buildSummarySheet();
    await controller.removeSummarySheet();
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["2 行財政改革"]);
    expect(controller.getState().notices.map((n) => n.kind)).toEqual(["summarySheetRemoved"]);
    await controller.removeSummarySheet();
    expect(controller.getState().notices.at(-1)).toMatchObject({
      kind: "summarySheetRemoved",
      sheetName: null,
    });
  });

  it("warns, writing nothing, when the user has a sheet named 集計", async () => {
    const { controller } = await started([goalSheet2(), { name: "集計", values: [["手入力"]] }]);
    await controller.buildSummarySheet();
    expect(controller.getState().notices).toEqual([
      {
        id: 1,
        kind: "issues",
        intent: "warning",
        issues: [{ code: "summary_sheet_taken", sheet: "集計" }],
        action: "summarySheet",
      },
    ]);
  });

  it("warns when the workbook has no goal sheet or KPI list", async () => {
    const { controller } = await started([{ name: "メモ", values: [["メモ"]] }]);
    await controller.summarize();
    expect(controller.getState().workbookSummary).toEqual([]);
    expect(controller.getState().notices.at(-1)).toMatchObject({
      kind: "issues",
      issues: [{ code: "summary_no_sheets" }],
    });
  });

  it("offers no summary without the port, and does nothing when asked", async () => {
    const { fake, controller } = await started([goalSheet2()], false);
    expect(controller.canSummarize).toBe(false);
    fake.resetStats();
    await controller.summarize();
    await controller.buildSummarySheet();
    expect(fake.syncs).toHaveLength(0);
  });
});
