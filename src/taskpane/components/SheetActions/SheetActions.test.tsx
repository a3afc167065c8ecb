// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { en } from "../../strings/en";
import { ja } from "../../strings/ja";
import { isDisabled, renderInPane, textsOf } from "../../testing/renderInPane";
import { SheetActions } from "./SheetActions";

const handlers = () => ({ onFlag: vi.fn(), onClear: vi.fn(), onCompute: vi.fn() });

describe("SheetActions", () => {
  it("offers flag, clear and computed columns", async () => {
    const on = handlers();
    const { user } = renderInPane(<SheetActions strings={ja} disabled={false} {...on} />);
    expect(textsOf(screen.getAllByRole("button"))).toEqual(["表示", "表示を消去", "計算列を追加"]);
    await user.click(screen.getByRole("button", { name: "表示" }));
    await user.click(screen.getByRole("button", { name: "表示を消去" }));
    await user.click(screen.getByRole("button", { name: "計算列を追加" }));
    expect([on.onFlag, on.onClear, on.onCompute].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it("disables its buttons while the pane is busy", async () => {
    const on = handlers();
    const { user } = renderInPane(<SheetActions strings={en} disabled {...on} />);
    const buttons = screen.getAllByRole("button");
    expect(buttons.filter(isDisabled)).toHaveLength(3);
    for (const button of buttons) await user.click(button);
    expect([on.onFlag, on.onClear, on.onCompute].map((f) => f.mock.calls.length)).toEqual([0, 0, 0]);
  });
});
