import { describe, expect, it } from "vitest";
import { goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import { startPane, warningCells } from "./testing/startPane";

describe("PaneController: the sheet and its check", () => {
  it("checks the sheet and keeps the report", async () => {
    const { controller } = await startPane([goalSheet2()]);
    await controller.check();
    expect(warningCells(controller)).toContain("E11");
    expect(controller.getState().report?.readyToSubmit).toBe(true);
  });

  it("flags, then clears, and tells what it did", async () => {
    const { controller } = await startPane([goalSheet2()]);
    await controller.flag();
    const flagged = controller.getState().notices.find((n) => n.kind === "flagged");
    expect(flagged?.kind === "flagged" && flagged.outcome.notesWritten).toBe(4);
    expect(controller.getState().report).not.toBeNull();
    await controller.clear();
    const cleared = controller.getState().notices.find((n) => n.kind === "cleared");
    expect(cleared?.kind === "cleared" && cleared.outcome.notesRemoved).toBe(4);
  });

  it("explains why computed columns were not added", async () => {
    const { controller } = await startPane([kpiList()]);
    await controller.addComputedColumns("B");
    await controller.addComputedColumns("9Z");
    expect(
      controller.getState().notices.map((n) => (n.kind === "issues" ? n.issues[0]?.code : n.kind)),
    ).toEqual(["computed_column_invalid"]);
    await controller.addComputedColumns("");
    expect(controller.getState().notices.map((n) => n.kind)).toEqual(["issues", "computed"]);
  });

  it("selects a finding's cell", async () => {
    const { fake, controller } = await startPane([kpiList(), goalSheet2()]);
    fake.state.activeSheet = 1;
    await controller.check();
    const finding = controller.getState().report?.warnings.find((f) => f.cell === "E11");
    if (finding) await controller.selectFinding(finding);
    expect(fake.state.selection).toEqual({ sheet: 1, area: { r0: 10, c0: 4, r1: 10, c1: 4 } });
  });
});
