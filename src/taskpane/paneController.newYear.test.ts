import { describe, expect, it } from "vitest";
import { fakeNewSheetPort } from "../../test/fakeExcel/fakePorts";
import type { SheetSpec } from "../../test/fakeExcel/fakeWorkbook";
import { GOAL_SHEET_2_NAME, goalSheet2 } from "../../test/fakeExcel/seedSheets";
import { en } from "./strings/en";
import { ja } from "./strings/ja";
import { nextFiscalYearText, noticeView } from "./viewModel";
import { startPane } from "./testing/startPane";

const started = (sheets: readonly SheetSpec[]) =>
  startPane(sheets, { ports: (fake) => ({ newSheets: fakeNewSheetPort(fake) }) });

describe("PaneController.carryForward", () => {
  it("makes next year's sheet, says so, and shows the new sheet", async () => {
    const { fake, controller } = await started([goalSheet2()]);
    expect(controller.canCarryForward).toBe(true);
    await controller.carryForward();
    const state = controller.getState();
    expect(state.failure).toBeNull();
    expect(state.sheetName).toBe("2 行財政改革 (令和8年度)");
    expect(state.detection?.ok && state.detection.value.fiscalYear).toEqual({ value: 2026, source: "sheet" });
    const notice = state.notices.find((n) => n.kind === "carried");
    expect(notice && noticeView(notice, "ja", ja).lines).toEqual([
      "「2 行財政改革 (令和8年度)」を作成しました（令和7年度 → 令和8年度、空にしたセル 5個）。",
      "期間・期限の年を16か所、次の年度に進めました。",
    ]);
    expect(notice && noticeView(notice, "en", en).lines[0]).toContain("FY2025 → FY2026");
    expect(fake.state.sheets[0]?.name).toBe(GOAL_SHEET_2_NAME);
  });

  it("says why when the sheet has no table", async () => {
    const { fake, controller } = await started([{ name: "表紙", values: [["令和7年度"]] }]);
    await controller.carryForward();
    expect(controller.getState().notices.at(-1)).toMatchObject({
      kind: "issues",
      issues: [{ code: "table_not_found", sheet: "表紙" }],
    });
    expect(fake.state.sheets).toHaveLength(1);
  });
});

describe("PaneController.insertTemplate", () => {
  it("adds a blank sheet for the year typed and shows it", async () => {
    const { fake, controller } = await started([goalSheet2()]);
    await controller.insertTemplate("kpi_list", "R8");
    const state = controller.getState();
    expect(state.sheetName).toBe("令和8年度 KPI一覧");
    expect(state.detection?.ok && state.detection.value.table.layout).toBe("kpi_list");
    const notice = state.notices.find((n) => n.kind === "inserted");
    expect(notice && noticeView(notice, "ja", ja).lines).toEqual([
      "シート「令和8年度 KPI一覧」を追加しました。",
    ]);
    expect(fake.state.sheets).toHaveLength(2);
  });

  it("says so when the year cannot be read, and adds nothing", async () => {
    const { fake, controller } = await started([goalSheet2()]);
    await controller.insertTemplate("goal_sheet", "来年度");
    expect(controller.getState().notices.at(-1)).toMatchObject({
      kind: "issues",
      issues: [{ code: "fiscal_year_unreadable", text: "来年度" }],
    });
    expect(fake.state.sheets).toHaveLength(1);
  });
});

describe("nextFiscalYearText", () => {
  it("offers the year after the as-of date's", () => {
    const state = { settings: { asOf: "2025-11-21", startMonth: 4 }, today: "2026-04-02" };
    expect(nextFiscalYearText(state, "ja")).toBe("令和8年度");
    expect(nextFiscalYearText({ ...state, settings: { asOf: null, startMonth: 4 } }, "en")).toBe("FY2027");
  });
});
