import { describe, expect, it } from "vitest";
import type { SheetSpec } from "../../test/fakeExcel/fakeWorkbook";
import { goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import { PaneController, asOfOf, failureOf } from "./paneController";
import { WorkbookFailure } from "../app/workbookFailure";
import { SAVED_AS_OF, startPane } from "./testing/startPane";

const started = (sheets: readonly SheetSpec[], settings: Record<string, unknown> = SAVED_AS_OF) =>
  startPane(sheets, { settings });

function warningCells(controller: PaneController): string[] {
  return controller.getState().report?.warnings.map((f) => f.cell) ?? [];
}

describe("PaneController", () => {
  it("loads the saved settings and finds the table when it starts", async () => {
    const { controller } = await started([goalSheet2()]);
    const state = controller.getState();
    expect(state).toMatchObject({ started: true, busy: null, sheetName: "2 行財政改革", failure: null });
    expect(state.detection?.ok && state.detection.value.table.headerRow).toBe(8);
    expect(asOfOf(state)).toBe("2025-11-21");
  });

  it("judges on today from the clock when no as-of date was saved", async () => {
    const { controller } = await started([goalSheet2()], {});
    expect(asOfOf(controller.getState())).toBe("2025-12-01");
  });

  it("says so and uses the defaults when the saved settings cannot be read", async () => {
    const { controller } = await started([goalSheet2()], {
      "kpiSheetChecker.settings": { version: 1, startMonth: 0 },
    });
    expect(controller.getState().notices).toEqual([
      {
        id: 1,
        kind: "issues",
        intent: "warning",
        issues: [{ code: "settings_invalid", field: "startMonth" }],
      },
    ]);
  });

  it("checks the sheet and keeps the report", async () => {
    const { controller } = await started([goalSheet2()]);
    await controller.check();
    expect(warningCells(controller)).toContain("E11");
    expect(controller.getState().report?.readyToSubmit).toBe(true);
  });

  it("rechecks from the values already read when the as-of date changes, and saves it", async () => {
    const { fake, controller } = await started([goalSheet2()]);
    await controller.check();
    const syncs = fake.syncs.length;
    await controller.setAsOf("2025-10-31");
    expect(warningCells(controller)).not.toContain("E11");
    expect(fake.state.settings.get("kpiSheetChecker.settings")).toMatchObject({ asOf: "2025-10-31" });
    // One sync to save the settings; the sheet is not read again.
    expect(fake.syncs.length).toBe(syncs + 1);
  });

  it("refuses an as-of date that is not a day", async () => {
    const { controller } = await started([goalSheet2()]);
    await controller.setAsOf("2025-02-30");
    expect(controller.getState().inputIssue).toEqual({
      field: "asOf",
      issue: { code: "date_impossible", text: "2025-02-30" },
    });
    expect(asOfOf(controller.getState())).toBe("2025-11-21");
  });

  it("takes the fiscal year as typed in Japanese and says why when it cannot", async () => {
    const { controller } = await started([goalSheet2()]);
    await controller.setFiscalYear("令和6年度");
    const detection = controller.getState().detection;
    expect(detection?.ok && detection.value.fiscalYear).toEqual({ value: 2024, source: "saved" });
    await controller.setFiscalYear("来年度");
    expect(controller.getState().inputIssue?.issue.code).toBe("fiscal_year_unreadable");
    await controller.setFiscalYear("");
    const again = controller.getState().detection;
    expect(again?.ok && again.value.fiscalYear).toEqual({ value: 2025, source: "title" });
  });

  it("drops a role set to none and maps the selection's column to a role", async () => {
    const { fake, controller } = await started([kpiList()]);
    await controller.setRoleColumn("initiative", null);
    let detection = controller.getState().detection;
    expect(detection?.ok && detection.value.table.columns.initiative).toBeUndefined();
    fake.state.selection = { sheet: 0, area: { r0: 5, c0: 0, r1: 27, c1: 0 } };
    await controller.useSelection("status", "kpi_list");
    detection = controller.getState().detection;
    expect(detection?.ok && detection.value.table.columns.status).toBe(0);
  });

  it("flags, then clears, and tells what it did", async () => {
    const { controller } = await started([goalSheet2()]);
    await controller.flag();
    const flagged = controller.getState().notices.find((n) => n.kind === "flagged");
    expect(flagged?.kind === "flagged" && flagged.outcome.notesWritten).toBe(4);
    expect(controller.getState().report).not.toBeNull();
    await controller.clear();
    const cleared = controller.getState().notices.find((n) => n.kind === "cleared");
    expect(cleared?.kind === "cleared" && cleared.outcome.notesRemoved).toBe(4);
  });

  it("explains why computed columns were not added", async () => {
    const { controller } = await started([kpiList()]);
    await controller.addComputedColumns("B");
    await controller.addComputedColumns("9Z");
    expect(
      controller.getState().notices.map((n) => (n.kind === "issues" ? n.issues[0]?.code : n.kind)),
    ).toEqual(["computed_column_invalid"]);
    await controller.addComputedColumns("");
    expect(controller.getState().notices.map((n) => n.kind)).toEqual(["issues", "computed"]);
  });

  it("selects a finding's cell", async () => {
    const { fake, controller } = await started([kpiList(), goalSheet2()]);
    fake.state.activeSheet = 1;
    await controller.check();
    const finding = controller.getState().report?.warnings.find((f) => f.cell === "E11");
    if (finding) await controller.selectFinding(finding);
    expect(fake.state.selection).toEqual({ sheet: 1, area: { r0: 10, c0: 4, r1: 10, c1: 4 } });
  });

  it("shows Excel's failure and is ready again afterwards", async () => {
    const { fake, controller } = await started([goalSheet2()]);
    fake.failOnSync = fake.syncs.length + 1;
    fake.failure = { code: "AccessDenied", message: "The sheet is protected." };
    await controller.flag();
    expect(controller.getState()).toMatchObject({
      busy: null,
      failure: { code: "access_denied", operation: "flag", partialWrite: false },
    });
    controller.dismissFailure();
    expect(controller.getState().failure).toBeNull();
  });

  it("ignores a second action while one is running", async () => {
    const { fake, controller } = await started([goalSheet2()]);
    const before = fake.syncs.length;
    await Promise.all([controller.check(), controller.check()]);
    expect(fake.syncs.length).toBe(before + 1);
  });

  it("notifies subscribers of every change", async () => {
    const { controller } = await started([goalSheet2()]);
    let calls = 0;
    const unsubscribe = controller.subscribe(() => calls++);
    await controller.check();
    // Busy, progress, the report, idle again.
    expect(calls).toBeGreaterThanOrEqual(3);
    unsubscribe();
    const before = calls;
    await controller.check();
    expect(calls).toBe(before);
  });
});

describe("failureOf", () => {
  it("keeps Excel's failure code and what was written", () => {
    expect(failureOf(new WorkbookFailure("busy", "compute", "ServiceNotAvailable", true))).toEqual({
      code: "busy",
      operation: "compute",
      detail: "ServiceNotAvailable",
      partialWrite: true,
    });
  });

  it("calls anything else unexpected", () => {
    expect(failureOf(new TypeError("x is undefined"))).toMatchObject({
      code: "unexpected",
      detail: "TypeError: x is undefined",
    });
    expect(failureOf("文字列")).toMatchObject({ code: "unexpected", detail: "文字列" });
  });
});
