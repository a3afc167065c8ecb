// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeWorkbook } from "../../../../test/fakeExcel/fakeHost";
import { fakeNewSheetPort } from "../../../../test/fakeExcel/fakePorts";
import { goalSheet2 } from "../../../../test/fakeExcel/seedSheets";
import { PaneContext } from "../../hooks/usePane";
import { PaneController } from "../../paneController";
import { renderInPane, textOf, textsOf } from "../../testing/renderInPane";
import { App } from "./App";

async function pane(locale: "ja" | "en") {
  const { workbook, settings: settingsPort } = fakeWorkbook([goalSheet2()], {
    settings: { "kpiSheetChecker.settings": { version: 1, asOf: "2025-11-21" } },
  });
  const controller = new PaneController({
    workbook,
    settings: settingsPort,
    clock: { today: () => "2025-12-01" },
    locale,
  });
  await controller.start();
  return controller;
}

function render(controller: PaneController) {
  return renderInPane(
    <PaneContext.Provider value={controller}>
      <App />
    </PaneContext.Provider>,
  );
}

describe("App", () => {
  it("leads with the check, the table as one line, and the other tools folded below", async () => {
    render(await pane("ja"));
    expect(textOf()).toContain("シート「2 行財政改革」");
    const buttons = textsOf(screen.getAllByRole("button"));
    expect(buttons[buttons.indexOf("シートを読み直す") + 1]).toBe("提出前チェック");
    expect(buttons).toEqual(
      expect.arrayContaining([
        "提出前チェック",
        "重点目標管理シート・令和7年度・5行",
        "シートに表示・計算列・入力規則",
        "設定・動作確認",
      ]),
    );
    for (const folded of ["表示", "計算列を追加", "選択範囲を割り当て"]) {
      expect(screen.queryByRole("button", { name: folded })).toBeNull();
    }
  });

  it("opens the table's line for its year, date and columns", async () => {
    const { user } = render(await pane("ja"));
    await user.click(screen.getByRole("button", { name: "重点目標管理シート・令和7年度・5行" }));
    expect(textOf()).toContain("重点目標管理シート（見出し：8行目）");
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "年度" }).value).toBe("令和7年度");
    expect(screen.getByRole("button", { name: "選択範囲を割り当て" })).toBeTruthy();
  });

  it("shows 表示's message beside 表示, not at the top", async () => {
    const controller = await pane("ja");
    const { user } = render(controller);
    await user.click(screen.getByRole("button", { name: "シートに表示・計算列・入力規則" }));
    await user.click(screen.getByRole("button", { name: "表示" }));
    const section = await screen.findByRole("region", { name: "シートに表示・計算列・入力規則" });
    expect(await within(section).findByText(/^シートに表示しました/)).toBeTruthy();
    const lead = screen.getByRole("region", { name: "提出前チェック" });
    expect(textOf(lead)).not.toContain("シートに表示しました");
  });

  it("offers a new sheet first on a sheet without a table, the mapping still reachable", async () => {
    const { workbook, settings, fake } = fakeWorkbook([{ name: "Sheet1", values: [] }]);
    const controller = new PaneController({
      workbook,
      settings,
      clock: { today: () => "2025-12-01" },
      locale: "ja",
      newSheets: fakeNewSheetPort(fake),
    });
    await controller.start();
    render(controller);
    const lead = screen.getByRole("region", { name: "新しいシート" });
    expect(within(lead).getByRole("button", { name: "新しいシート" })).toBeTruthy();
    expect(within(lead).getByRole<HTMLInputElement>("textbox", { name: "新しいシートの年度" }).value).toBe(
      "令和8年度",
    );
    expect(screen.queryByRole("button", { name: "提出前チェック" })).toBeNull();
    expect(screen.getByRole("button", { name: "既存の表の列を割り当てる" })).toBeTruthy();
  });

  it("shows the findings after a check, each as a button with its cell", async () => {
    const { user } = render(await pane("ja"));
    await user.click(screen.getByRole("button", { name: "提出前チェック" }));
    expect(await screen.findByRole("button", { name: /^E11 \(1\) の期限/ })).toBeTruthy();
  });

  it("renders in English", async () => {
    render(await pane("en"));
    expect(screen.getByRole("button", { name: "Check before submission" })).toBeTruthy();
  });
});
