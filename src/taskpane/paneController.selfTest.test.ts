import { describe, expect, it } from "vitest";
import { chartsOf } from "../../test/fakeExcel/fakeCharts";
import { snapshotValidation } from "../../test/fakeExcel/fakeDataValidation";
import { fakeNewSheetPort, fakeSelfTestPort, fakeValidationPort } from "../../test/fakeExcel/fakePorts";
import { fakeSummary } from "../../test/fakeExcel/fakeSummary";
import { snapshotWorkbook } from "../../test/fakeExcel/fakeWorkbook";
import { goalSheet2 } from "../../test/fakeExcel/seedSheets";
import { startPane } from "./testing/startPane";

describe("PaneController: 動作確認", () => {
  it("runs the self-test over the pane's own ports and keeps its lines, the workbook unchanged", async () => {
    const { fake, controller } = await startPane([goalSheet2()], {
      excel: { calculation: { asOf: "2025-11-21" } },
      ports: (f) => ({
        validation: fakeValidationPort(f),
        newSheets: fakeNewSheetPort(f),
        summary: fakeSummary(f),
        selfTest: fakeSelfTestPort(f),
      }),
    });
    const before = [snapshotWorkbook(fake.state), snapshotValidation(fake.state)];
    expect(controller.canSelfTest).toBe(true);
    await controller.runSelfTest();
    const state = controller.getState();
    expect(state.failure).toBeNull();
    expect(state.busy).toBeNull();
    expect(state.selfTestReport?.lines.map((line) => `${line.capability} ${line.status}`)).toEqual([
      "read pass",
      "flag pass",
      "notes pass",
      "clear pass",
      "validation pass",
      "copy pass",
      "chart pass",
      "function pass",
      "settings pass",
      "restore pass",
    ]);
    expect([snapshotWorkbook(fake.state), snapshotValidation(fake.state)]).toEqual(before);
    expect(fake.state.sheets.flatMap((sheet) => chartsOf(sheet))).toEqual([]);
  });

  it("skips what the pane does not offer (no validation, copy or summary in this Excel)", async () => {
    const { controller } = await startPane([goalSheet2()], {
      excel: { calculation: { asOf: "2025-11-21" } },
      ports: (f) => ({
        selfTest: fakeSelfTestPort(f),
      }),
    });
    await controller.runSelfTest();
    const lines = controller.getState().selfTestReport?.lines ?? [];
    expect(lines.filter((line) => line.status === "skip").map((line) => line.capability)).toEqual([
      "validation",
      "copy",
      "chart",
    ]);
    expect(lines.filter((line) => line.status === "fail")).toEqual([]);
  });

  it("is not offered without the self-test port", async () => {
    const { controller } = await startPane([goalSheet2()]);
    expect(controller.canSelfTest).toBe(false);
    await controller.runSelfTest();
    expect(controller.getState().selfTestReport ?? null).toBeNull();
  });
});
