// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { en } from "../../strings/en";
import { ja } from "../../strings/ja";
import { isDisabled, renderInPane, textOf, textsOf } from "../../testing/renderInPane";
import { SheetPrepare } from "./SheetPrepare";

const none = () => undefined;

describe("SheetPrepare", () => {
  it("offers 準備 and 入力規則を外す", () => {
    renderInPane(
      <SheetPrepare strings={ja} disabled={false} skipped={[]} onPrepare={none} onRemove={none} />,
    );
    expect(textsOf(screen.getAllByRole("button"))).toEqual(["準備", "入力規則を外す"]);
  });

  it("asks whether to replace the user's rules on the ranges it skipped", async () => {
    const onPrepare = vi.fn();
    const { user } = renderInPane(
      <SheetPrepare
        strings={ja}
        disabled={false}
        skipped={["D6:D28"]}
        onPrepare={onPrepare}
        onRemove={none}
      />,
    );
    expect(textOf()).toContain("次の範囲には入力規則が設定されているため、そのままにしました：D6:D28");
    expect(textsOf(screen.getAllByRole("button"))).toEqual(["準備", "入力規則を外す", "置き換える"]);
    await user.click(screen.getByRole("button", { name: "置き換える" }));
    expect(onPrepare).toHaveBeenCalledWith(true);
  });

  it("disables its buttons while the pane is busy, in English too", () => {
    renderInPane(
      <SheetPrepare strings={en} disabled skipped={["D6:D28"]} onPrepare={none} onRemove={none} />,
    );
    const buttons = screen.getAllByRole("button");
    expect(textsOf(buttons)).toEqual(["Prepare sheet", "Remove validation", "Replace"]);
    expect(buttons.filter(isDisabled)).toHaveLength(3);
  });
});
