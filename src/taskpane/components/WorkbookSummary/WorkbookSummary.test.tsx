// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { SheetSummary } from "../../../core/summarizeEvaluation";
import { en } from "../../strings/en";
import { ja } from "../../strings/ja";
import { isDisabled, renderInPane, textOf, textsOf } from "../../testing/renderInPane";
import { WorkbookSummary } from "./WorkbookSummary";

const GOAL2: SheetSummary = {
  layout: "goal_sheet",
  items: 5,
  achieved: 0,
  onTrack: 0,
  behind: 0,
  overdue: 4,
  noStatus: 1,
  grades: [],
  ungraded: 5,
};

const noop = (): void => undefined;

describe("WorkbookSummary", () => {
  it("offers to show the summary and make the sheet, with no chart before the first read", () => {
    renderInPane(
      <WorkbookSummary
        strings={ja}
        rows={null}
        disabled={false}
        onShow={noop}
        onBuildSheet={noop}
        onRemoveSheet={noop}
      />,
    );
    expect(textsOf(screen.getAllByRole("button"))).toEqual([
      "集計を表示",
      "集計シートを作成",
      "集計シートを削除",
    ]);
    expect(screen.queryByRole("img")).toBeNull();
  });

  it("draws a labelled bar per sheet with its counts as text", () => {
    renderInPane(
      <WorkbookSummary
        strings={ja}
        rows={[{ sheetName: "2 行財政改革", summary: GOAL2 }]}
        disabled={false}
        onShow={noop}
        onBuildSheet={noop}
        onRemoveSheet={noop}
      />,
    );
    const chart = screen.getByRole("list", { name: "シート別の状況" });
    const bars = within(chart).getAllByRole("img");
    expect(bars.map((bar) => bar.getAttribute("aria-label"))).toEqual([
      "2 行財政改革：達成 0、順調 0、遅れ 0、期限超過 4、状況なし 1",
    ]);
    expect(textOf(chart)).toContain("2 行財政改革 5項目 期限超過 4 · 状況なし 1");
  });

  it("disables its buttons while the pane is busy, in English", () => {
    renderInPane(
      <WorkbookSummary
        strings={en}
        rows={[]}
        disabled
        onShow={noop}
        onBuildSheet={noop}
        onRemoveSheet={noop}
      />,
    );
    const buttons = screen.getAllByRole("button");
    expect(textsOf(buttons)).toEqual(["Show summary", "Make summary sheet", "Delete summary sheet"]);
    expect(buttons.filter(isDisabled)).toHaveLength(3);
  });
});
