import { describe, expect, it } from "vitest";
import { goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import { startPane } from "./testing/startPane";

const settle = async (controller: { getState: () => { busy: unknown } }) => {
  for (let i = 0; i < 50; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 2));
    if (controller.getState().busy === null) return;
  }
};

describe("PaneController following the active sheet", () => {
  it("reads the sheet the user activates, and drops what it said about the other one", async () => {
    const { fake, controller } = await startPane([goalSheet2(), kpiList()]);
    await controller.check();
    await controller.flag();
    expect(controller.getState().report).not.toBeNull();
    expect(controller.getState().notices.map((n) => n.kind)).toEqual(["flagged"]);

    fake.activateSheet(1);
    await settle(controller);
    await settle(controller);
    const state = controller.getState();
    expect(state.sheetName).toBe(kpiList().name);
    expect(state.detection?.ok && state.detection.value.table.layout).toBe("kpi_list");
    expect(state.report).toBeNull();
    expect(state.notices).toEqual([]);
  });

  it("keeps what a workbook-wide action said when another sheet is activated", async () => {
    const { fake, controller } = await startPane([goalSheet2(), kpiList()]);
    await controller.flag();
    await controller.setStatusOptions("完了、完了");
    expect(controller.getState().notices.map((n) => n.kind)).toEqual(["flagged", "issues"]);
    fake.activateSheet(1);
    await settle(controller);
    await settle(controller);
    expect(controller.getState().sheetName).toBe(kpiList().name);
    expect(controller.getState().notices).toMatchObject([{ kind: "issues", action: "statusOptions" }]);
  });

  it("reads the sheet activated while an action ran once that action is done", async () => {
    const { fake, controller } = await startPane([goalSheet2(), kpiList()]);
    const checking = controller.check();
    fake.activateSheet(1);
    await checking;
    await settle(controller);
    await settle(controller);
    expect(controller.getState().sheetName).toBe(kpiList().name);
  });

  it("keeps working on request where Excel has no worksheet events", async () => {
    const { fake, controller } = await startPane([goalSheet2(), kpiList()], {
      excel: { worksheetEvents: false },
    });
    expect(controller.getState().failure).toBeNull();
    fake.state.activeSheet = 1;
    await controller.reload();
    expect(controller.getState().sheetName).toBe(kpiList().name);
  });

  it("stops following when the pane goes away", async () => {
    const { fake, controller } = await startPane([goalSheet2(), kpiList()]);
    await controller.stop();
    expect(fake.activatedHandlers.size).toBe(0);
  });
});
