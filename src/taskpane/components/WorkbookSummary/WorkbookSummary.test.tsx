import { describe, expect, it } from "vitest";
import type { SheetSummary } from "../../../core/summarizeEvaluation";
import { en } from "../../strings/en";
import { ja } from "../../strings/ja";
import { renderToMarkup, rolesOf, textOf } from "../../testing/renderToMarkup";
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
    const html = renderToMarkup(
      <WorkbookSummary
        strings={ja}
        rows={null}
        disabled={false}
        onShow={noop}
        onBuildSheet={noop}
        onRemoveSheet={noop}
      />,
    );
    expect(rolesOf(html, "button")).toEqual(["集計を表示", "集計シートを作成", "集計シートを削除"]);
    expect(html).not.toContain('role="img"');
  });

  it("draws a labelled bar per sheet with its counts as text", () => {
    const html = renderToMarkup(
      <WorkbookSummary
        strings={ja}
        rows={[{ sheetName: "2 行財政改革", summary: GOAL2 }]}
        disabled={false}
        onShow={noop}
        onBuildSheet={noop}
        onRemoveSheet={noop}
      />,
    );
    const images = [...html.matchAll(/role="img" aria-label="([^"]*)"/g)].map((m) => m[1]);
    expect(images).toEqual(["2 行財政改革：達成 0、順調 0、遅れ 0、期限超過 4、状況なし 1"]);
    expect(html).toContain('aria-label="シート別の状況"');
    expect(textOf(html)).toContain("2 行財政改革 5項目 期限超過 4 · 状況なし 1");
  });

  it("disables its buttons while the pane is busy, in English", () => {
    const html = renderToMarkup(
      <WorkbookSummary
        strings={en}
        rows={[]}
        disabled
        onShow={noop}
        onBuildSheet={noop}
        onRemoveSheet={noop}
      />,
    );
    expect(rolesOf(html, "button")).toEqual(["Show summary", "Make summary sheet", "Delete summary sheet"]);
    expect(html.match(/<button[^>]*disabled/g)).toHaveLength(3);
  });
});
