import { describe, expect, it } from "vitest";
import { readSettings } from "../app/settings";
import { cellKey, snapshotWorkbook } from "../../test/fakeExcel/fakeWorkbook";
import { seedGoalSheet } from "../../test/goalSheets";
import { candidatesView } from "./candidatesView";
import type { PaneController } from "./paneController";
import { ja } from "./strings/ja";
import { startPane } from "./testing/startPane";
import { noticeView } from "./viewModel";

/** The candidates the pane lists now, as a person reads them. */
function listed(controller: PaneController) {
  const { report, settings, sheetName } = controller.getState();
  const dismissed = (sheetName === null ? undefined : settings.sheets[sheetName]?.dismissedCandidates) ?? [];
  return candidatesView(report, dismissed, ja).groups.map((group) => ({
    title: group.title,
    current: group.current,
    values: group.candidates.map((candidate) => candidate.value),
  }));
}

const ITEM_6 = { item: 6, row: 14, subItem: 1 };

describe("PaneController value candidates", () => {
  it("lists each item's candidates after the check, by sub-item", async () => {
    const { controller } = await startPane([seedGoalSheet(5)]);
    await controller.check();
    expect(listed(controller)).toEqual([
      { title: "② (1)", current: null, values: ["79点", "76点", "3点"] },
      { title: "② (3)", current: null, values: ["2校"] },
    ]);
  });

  it("writes a confirmed value into the 実績値 column, says where beside the item, and checks again", async () => {
    const { fake, controller } = await startPane([seedGoalSheet(1)]);
    await controller.check();
    const before = controller.getState().report;
    await controller.confirmActual(ITEM_6, "84.3%");
    const state = controller.getState();
    expect(state.candidateNotices).toEqual([{ key: "6:1", written: { cell: "I14", text: "(1) 84.3%" } }]);
    expect(fake.state.sheets[0]?.cells.get(cellKey(13, 8))?.value).toBe("(1) 84.3%");
    // A new check, not the one from before the write.
    expect(state.report).not.toBe(before);
    expect(state.failure).toBeNull();
  });

  // Needs the core to read the add-in's 実績値 column on a goal sheet (role `actual` on 重点目標管理シート,
  // one line per sub-item): until then the check does not see the value written and the item shows none.
  it("shows the value the check now reads from the 実績値 column beside the item", async () => {
    const { controller } = await startPane([seedGoalSheet(1)]);
    await controller.check();
    await controller.confirmActual(ITEM_6, "84.3%");
    expect(listed(controller)).toEqual([{ title: "⑥ (1)", current: "84.3%", values: ["84.3%"] }]);
  });

  it("refuses a typed value the core cannot read beside its item, and writes nothing", async () => {
    const { fake, controller } = await startPane([seedGoalSheet(1)]);
    await controller.check();
    const before = snapshotWorkbook(fake.state);
    fake.resetStats();
    await controller.typeActual(ITEM_6, "概ね順調");
    expect(controller.getState().candidateNotices).toEqual([
      { key: "6:1", issues: [{ code: "value_unreadable", text: "概ね順調" }] },
    ]);
    expect(fake.syncs).toHaveLength(0);
    expect(snapshotWorkbook(fake.state)).toEqual(before);
  });

  it("writes a typed value the core reads, as typed", async () => {
    const { fake, controller } = await startPane([seedGoalSheet(1)]);
    await controller.check();
    await controller.typeActual(ITEM_6, " ８５％ ");
    expect(fake.state.sheets[0]?.cells.get(cellKey(13, 8))?.value).toBe("(1) ８５％");
  });

  it("hides dismissed candidates on this sheet, remembers it in the workbook, and lists them again", async () => {
    const { controller, settings } = await startPane([seedGoalSheet(5)]);
    await controller.check();
    await controller.dismissCandidates({ item: 2, row: 10, subItem: 1 });
    expect(listed(controller).map((group) => group.title)).toEqual(["② (3)"]);
    const saved = readSettings(await settings.load());
    expect(saved.ok && saved.value.sheets["5 選挙"]?.dismissedCandidates).toEqual(["2:1"]);
    expect(candidatesView(controller.getState().report, ["2:1"], ja).dismissed).toBe(1);

    await controller.restoreCandidates();
    expect(listed(controller).map((group) => group.title)).toEqual(["② (1)", "② (3)"]);
  });

  it("removes the 実績値 column, says how many cells it kept, and leaves the rest as before", async () => {
    const { fake, controller } = await startPane([seedGoalSheet(5)]);
    const cellsBefore = snapshotWorkbook(fake.state);
    await controller.check();
    await controller.confirmActual({ item: 2, row: 10, subItem: 1 }, "76点");
    await controller.confirmActual({ item: 3, row: 11, subItem: 1 }, "1回");
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("I11").values = [["(1) 2回"]];
      await context.sync();
    });
    await controller.removeActualColumn();
    const notice = controller.getState().notices.find((n) => n.kind === "actualRemoved");
    expect(notice && noticeView(notice, "ja", ja)).toEqual({
      intent: "info",
      lines: [
        "実績値列（I8）を外しました（2セル）。",
        "書き込み後に変更された 1セルはそのままにしました（I11）。",
      ],
    });
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("I11").values = [[""]];
      context.workbook.worksheets.getActiveWorksheet().getRange("I11").numberFormat = [["General"]];
      await context.sync();
    });
    expect(snapshotWorkbook(fake.state)).toEqual(cellsBefore);
  });
});
