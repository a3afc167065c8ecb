import { describe, expect, it } from "vitest";
import { setValidation, snapshotValidation } from "../../test/fakeExcel/fakeDataValidation";
import { fakeValidationPort } from "../../test/fakeExcel/fakePorts";
import type { SheetSpec } from "../../test/fakeExcel/fakeWorkbook";
import { kpiList } from "../../test/fakeExcel/seedSheets";
import { ja } from "./strings/ja";
import { noticeView, skippedRanges } from "./viewModel";
import { startPane } from "./testing/startPane";

const started = (sheets: readonly SheetSpec[], withValidation = true) =>
  startPane(sheets, withValidation ? { ports: (fake) => ({ validation: fakeValidationPort(fake) }) } : {});

describe("PaneController.prepareSheet", () => {
  it("asks before replacing the user's rules, replaces them when told, and puts them back on remove", async () => {
    const { fake, controller } = await started([kpiList(10)]);
    setValidation(
      fake.state.sheets[0]!,
      { r0: 7, c0: 3, r1: 7, c1: 3 },
      {
        rule: { list: { inCellDropDown: true, source: "済,未" } },
      },
    );
    const before = snapshotValidation(fake.state);

    await controller.prepareSheet();
    const first = controller.getState().notices.find((n) => n.kind === "prepared");
    expect(first && noticeView(first, "ja", ja)).toEqual({
      intent: "warning",
      lines: [
        "入力規則を設定しました（C6:C15, E6:E15）。",
        "既存の入力規則がある範囲は変更していません（D6:D15）。",
      ],
    });
    expect(skippedRanges(controller.getState().notices)).toEqual(["D6:D15"]);

    await controller.prepareSheet(true);
    expect(skippedRanges(controller.getState().notices)).toEqual([]);

    await controller.removeValidation();
    const notices = controller.getState().notices;
    expect(notices.some((n) => n.kind === "prepared")).toBe(false);
    const removed = notices.find((n) => n.kind === "unprepared");
    expect(removed && noticeView(removed, "ja", ja).lines).toEqual([
      "入力規則を外しました（C6:C15, D6:D15, E6:E15）。",
      "元の入力規則に戻しました（D6:D15）。",
    ]);
    expect(snapshotValidation(fake.state)).toEqual(before);
  });

  it("says why when the sheet has no table", async () => {
    const { controller } = await started([{ name: "表紙", values: [["令和7年度"]] }]);
    await controller.prepareSheet();
    expect(controller.getState().notices.at(-1)).toMatchObject({
      kind: "issues",
      issues: [{ code: "table_not_found", sheet: "表紙" }],
    });
  });

  it("shows Excel's failure as a message saying nothing was written", async () => {
    const { fake, controller } = await started([kpiList(10)]);
    fake.failOnSync = fake.syncs.length + 3;
    await controller.prepareSheet();
    expect(controller.getState().failure).toMatchObject({ code: "general", operation: "validate" });
  });

  it("offers nothing without data validation", async () => {
    const { controller } = await started([kpiList(10)], false);
    expect(controller.canValidate).toBe(false);
    await controller.prepareSheet();
    expect(controller.getState().notices).toEqual([]);
  });
});
