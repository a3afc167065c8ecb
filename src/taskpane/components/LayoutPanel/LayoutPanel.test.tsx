// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { columnChoicesOf, detectTableInGrid } from "../../../app/detectTable";
import type { SheetGrid } from "../../../core/sheetTable";
import { goalSheet2 } from "../../../../test/fakeExcel/seedSheets";
import { ja } from "../../strings/ja";
import { renderInPane, textOf, textsOf } from "../../testing/renderInPane";
import { LayoutPanel } from "./LayoutPanel";

const WHEN = { asOf: "2025-11-21", startMonth: 4 };

function render(grid: SheetGrid) {
  const detection = detectTableInGrid(grid, {}, WHEN);
  return renderInPane(
    <LayoutPanel
      detection={detection}
      sheetSettings={{}}
      columnChoices={columnChoicesOf(grid, detection.ok ? detection.value.table.headerRow : null)}
      strings={ja}
      locale="ja"
      disabled={false}
      onRoleColumn={() => undefined}
      onUseSelection={() => undefined}
      onShape={() => undefined}
    />,
  );
}

describe("LayoutPanel", () => {
  it("shows the layout found and the column taken for each role", () => {
    render({ name: "2 行財政改革", firstRow: 1, firstColumn: 0, values: goalSheet2().values });
    expect(textOf()).toContain("重点目標管理シート（見出し：8行目）");
    expect(textsOf(screen.getAllByRole("combobox"))).toEqual(
      expect.arrayContaining(["C：期間・期限（いつ・いつまでに）", "（なし）"]),
    );
    expect(textOf(screen.getByRole("combobox", { name: "期間・期限" }))).toBe(
      "C：期間・期限（いつ・いつまでに）",
    );
  });

  it("shows a long header whole, for the layout to cut, and whole on hover", () => {
    render({ name: "2 行財政改革", firstRow: 1, firstColumn: 0, values: goalSheet2().values });
    const midterm = screen.getByRole("combobox", { name: "中間報告" });
    const header = goalSheet2().values[7]?.[4];
    expect(typeof header).toBe("string");
    expect(textOf(midterm)).toBe(`E：${String(header)}`);
    expect(midterm.querySelector(`[title="E：${String(header)}"]`)).not.toBeNull();
  });

  it("asks for the layout and header row when no table was found", () => {
    render({
      name: "メモ",
      firstRow: 1,
      firstColumn: 0,
      values: [["会議メモ"], ["来週までに確認"]],
    });
    expect(textOf()).toContain("表の見出しが見つかりません");
    expect(screen.getByRole("spinbutton", { name: "見出しの行" })).toBeTruthy();
  });
});
