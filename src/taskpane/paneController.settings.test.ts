import { describe, expect, it, test } from "vitest";
import { goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import { asOfOf } from "./paneController";
import { startPane, warningCells } from "./testing/startPane";

describe("PaneController: the mapping, the as-of date and the fiscal year", () => {
  it("rechecks from the values already read when the as-of date changes, and saves it", async () => {
    const { fake, controller } = await startPane([goalSheet2()]);
    await controller.check();
    const syncs = fake.syncs.length;
    await controller.setAsOf("2025-10-31");
    expect(warningCells(controller)).not.toContain("E11");
    expect(fake.state.settings.get("kpiSheetChecker.settings")).toMatchObject({ asOf: "2025-10-31" });
    // One sync to save the settings; the sheet is not read again.
    expect(fake.syncs.length).toBe(syncs + 1);
  });

  it("refuses an as-of date that is not a day", async () => {
    const { controller } = await startPane([goalSheet2()]);
    await controller.setAsOf("2025-02-30");
    expect(controller.getState().inputIssue).toEqual({
      field: "asOf",
      issue: { code: "date_impossible", text: "2025-02-30" },
    });
    expect(asOfOf(controller.getState())).toBe("2025-11-21");
  });

  it("takes the fiscal year as typed in Japanese and says why when it cannot", async () => {
    const { controller } = await startPane([goalSheet2()]);
    await controller.setFiscalYear("令和6年度");
    const detection = controller.getState().detection;
    expect(detection?.ok && detection.value.fiscalYear).toEqual({ value: 2024, source: "option" });
    await controller.setFiscalYear("来年度");
    expect(controller.getState().inputIssue?.issue.code).toBe("fiscal_year_unreadable");
    await controller.setFiscalYear("");
    const again = controller.getState().detection;
    expect(again?.ok && again.value.fiscalYear).toEqual({ value: 2025, source: "sheet" });
  });

  test.each(["令和6年度", "R6", "2024", "２０２４年度"])(
    "reads the fiscal year typed as %s as 2024",
    async (typed) => {
      const { controller } = await startPane([goalSheet2()]);
      await controller.setFiscalYear(typed);
      const detection = controller.getState().detection;
      expect(detection?.ok && detection.value.fiscalYear).toEqual({ value: 2024, source: "option" });
    },
  );

  it("drops a role set to none and maps the selection's column to a role", async () => {
    const { fake, controller } = await startPane([kpiList()]);
    await controller.setRoleColumn("initiative", null);
    let detection = controller.getState().detection;
    expect(detection?.ok && detection.value.table.columns.initiative).toBeUndefined();
    fake.state.selection = { sheet: 0, area: { r0: 5, c0: 0, r1: 27, c1: 0 } };
    await controller.useSelection("status", "kpi_list");
    detection = controller.getState().detection;
    expect(detection?.ok && detection.value.table.columns.status).toBe(0);
  });
});

const startedOnToday = () => startPane([kpiList(5)], { today: "2025-11-21" });

describe("PaneController.setStatusOptions", () => {
  it("saves the choices a person types, in the workbook, for the next person", async () => {
    const { controller, settings } = await startedOnToday();
    await controller.setStatusOptions("未着手、実施中、完了、済");
    expect(controller.getState().settings.statusOptions).toEqual(["未着手", "実施中", "完了", "済"]);
    const saved = (await settings.load()) as { statusOptions?: string[] };
    expect(saved.statusOptions).toEqual(["未着手", "実施中", "完了", "済"]);
  });

  it("goes back to the defaults when the box is emptied", async () => {
    const { controller } = await startedOnToday();
    await controller.setStatusOptions("未着手、完了");
    await controller.setStatusOptions("");
    expect(controller.getState().settings.statusOptions).toBeUndefined();
  });

  it("says what is wrong with choices it cannot use, and keeps the saved ones", async () => {
    const { controller } = await startedOnToday();
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
