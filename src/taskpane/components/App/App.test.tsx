// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeWorkbook } from "../../../../test/fakeExcel/fakeHost";
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
  it("shows the sheet, its layout and the check button before a check", async () => {
    render(await pane("ja"));
    expect(textOf()).toContain("シート「2 行財政改革」");
    expect(textOf()).toContain("重点目標管理シート（見出し：8行目）");
    expect(textsOf(screen.getAllByRole("button"))).toEqual(
      expect.arrayContaining(["提出前チェック", "表示", "表示を消去", "計算列を追加", "選択範囲を割り当て"]),
    );
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
