// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeWorkbook } from "../../../../test/fakeExcel/fakeHost";
import type { SheetSpec } from "../../../../test/fakeExcel/fakeWorkbook";
import { seedGoalSheet } from "../../../../test/goalSheets";
import { PaneContext } from "../../hooks/usePane";
import { PaneController } from "../../paneController";
import { renderInPane, textOf } from "../../testing/renderInPane";
import { App } from "./App";

async function render(sheet: SheetSpec) {
  const { fake, workbook, settings } = fakeWorkbook([sheet], {
    settings: { "kpiSheetChecker.settings": { version: 1, asOf: "2025-11-21" } },
  });
  const controller = new PaneController({
    workbook,
    settings,
    clock: { today: () => "2025-12-01" },
    locale: "ja",
  });
  await controller.start();
  const rendered = renderInPane(
    <PaneContext.Provider value={controller}>
      <App />
    </PaneContext.Provider>,
  );
  await rendered.user.click(screen.getByRole("button", { name: "提出前チェック" }));
  return { ...rendered, fake };
}

describe("App value candidates", () => {
  it("lists goal 1's candidate after the check and says beside it where 確定 wrote it", async () => {
    const { user } = await render(seedGoalSheet(1));
    const item = await screen.findByRole("group", { name: "⑥ (1)" });
    await user.click(within(item).getByRole("button", { name: "確定" }));
    await waitFor(() =>
      expect(textOf(item)).toContain("I14 に「(1) 84.3%」を書き込み、チェックし直しました。"),
    );
  });

  it("shows no candidates section on a goal sheet whose reports offer none", async () => {
    await render(seedGoalSheet(2));
    await screen.findByText(/^提出できます/);
    expect(screen.queryByRole("heading", { name: "実績値の候補" })).toBeNull();
  });
});
