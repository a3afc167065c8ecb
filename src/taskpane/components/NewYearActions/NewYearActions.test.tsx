// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { en } from "../../strings/en";
import { ja } from "../../strings/ja";
import { isDisabled, renderInPane, textOf, textsOf } from "../../testing/renderInPane";
import { NewYearActions } from "./NewYearActions";

const none = () => undefined;

describe("NewYearActions", () => {
  it("offers a new sheet of a chosen form and year, and 次年度へ繰越", async () => {
    const onInsertTemplate = vi.fn();
    const { user } = renderInPane(
      <NewYearActions
        strings={ja}
        disabled={false}
        defaultFiscalYear="令和8年度"
        onInsertTemplate={onInsertTemplate}
        onCarryForward={none}
      />,
    );
    // The form's dropdown shows the goal sheet first.
    expect(textOf(screen.getByRole("combobox", { name: "様式" }))).toBe("重点目標管理シート");
    expect(textsOf(screen.getAllByRole("button"))).toEqual(["新しいシート", "次年度へ繰越"]);
    expect(textOf()).toContain("元のシートは変更しません");
    const year = screen.getByRole<HTMLInputElement>("textbox", { name: "新しいシートの年度" });
    expect(year.value).toBe("令和8年度");

    await user.click(screen.getByRole("combobox", { name: "様式" }));
    await user.click(screen.getByRole("option", { name: "KPI一覧（4年間の実績欄）" }));
    await user.clear(year);
    await user.type(year, "令和9年度");
    await user.click(screen.getByRole("button", { name: "新しいシート" }));
    // The revised-target column is an option, off by default.
    expect(screen.getByRole("checkbox", { name: "「目標値（見直し後）」の列を付ける" })).toHaveProperty(
      "checked",
      false,
    );
    expect(onInsertTemplate).toHaveBeenCalledWith("kpi_list", "令和9年度", false);
  });

  it("offers the 目標値（見直し後） column on a KPI list only, and passes it on when ticked", async () => {
    const onInsertTemplate = vi.fn();
    const { user } = renderInPane(
      <NewYearActions
        strings={ja}
        disabled={false}
        defaultFiscalYear="令和8年度"
        onInsertTemplate={onInsertTemplate}
        onCarryForward={none}
      />,
    );
    expect(screen.queryByRole("checkbox")).toBeNull();
    await user.click(screen.getByRole("combobox", { name: "様式" }));
    await user.click(screen.getByRole("option", { name: "KPI一覧（4年間の実績欄）" }));
    await user.click(screen.getByRole("checkbox", { name: "「目標値（見直し後）」の列を付ける" }));
    await user.click(screen.getByRole("button", { name: "新しいシート" }));
    expect(onInsertTemplate).toHaveBeenCalledWith("kpi_list", "令和8年度", true);
  });

  it("disables its controls while the pane is busy, in English too", () => {
    renderInPane(
      <NewYearActions
        strings={en}
        disabled
        defaultFiscalYear="FY2026"
        onInsertTemplate={none}
        onCarryForward={none}
      />,
    );
    const buttons = screen.getAllByRole("button");
    expect(textsOf(buttons)).toEqual(expect.arrayContaining(["New sheet", "Carry forward to next year"]));
    expect(buttons.filter(isDisabled).length).toBeGreaterThanOrEqual(2);
    expect(isDisabled(screen.getByRole("combobox"))).toBe(true);
    expect(isDisabled(screen.getByRole("textbox"))).toBe(true);
  });
});
