import { describe, expect, it } from "vitest";
import type { SheetSpec } from "../../test/fakeExcel/fakeWorkbook";
import { goalSheet2 } from "../../test/fakeExcel/seedSheets";
import { WorkbookFailure } from "../app/workbookFailure";
import { asOfOf, failureOf } from "./paneController";
import { SAVED_AS_OF, startPane } from "./testing/startPane";

const started = (sheets: readonly SheetSpec[], settings: Record<string, unknown> = SAVED_AS_OF) =>
  startPane(sheets, { settings });

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
        action: "start",
      },
    ]);
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
