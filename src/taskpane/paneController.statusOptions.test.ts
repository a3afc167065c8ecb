import { describe, expect, it } from "vitest";
import { kpiList } from "../../test/fakeExcel/seedSheets";
import { startPane } from "./testing/startPane";

const started = () => startPane([kpiList(5)], { today: "2025-11-21" });

describe("PaneController.setStatusOptions", () => {
  it("saves the choices a person types, in the workbook, for the next person", async () => {
    const { controller, settings } = await started();
    await controller.setStatusOptions("未着手、実施中、完了、済");
    expect(controller.getState().settings.statusOptions).toEqual(["未着手", "実施中", "完了", "済"]);
    const saved = (await settings.load()) as { statusOptions?: string[] };
    expect(saved.statusOptions).toEqual(["未着手", "実施中", "完了", "済"]);
  });

  it("goes back to the defaults when the box is emptied", async () => {
    const { controller } = await started();
    await controller.setStatusOptions("未着手、完了");
    await controller.setStatusOptions("");
    expect(controller.getState().settings.statusOptions).toBeUndefined();
  });

  it("says what is wrong with choices it cannot use, and keeps the saved ones", async () => {
    const { controller } = await started();
    await controller.setStatusOptions("未着手、完了");
    await controller.setStatusOptions("完了、完了");
    expect(controller.getState().settings.statusOptions).toEqual(["未着手", "完了"]);
    const notice = controller.getState().notices.find((n) => n.kind === "issues");
    expect(notice).toMatchObject({
      intent: "warning",
      issues: [{ code: "status_options_invalid", text: "完了、完了" }],
    });
  });
});
