// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { en } from "../../strings/en";
import { ja } from "../../strings/ja";
import { renderInPane, textOf } from "../../testing/renderInPane";
import { RevisedTargetActions } from "./RevisedTargetActions";

function render(addedOn: string | null, askToRemoveFilled = false, strings = ja) {
  const onAdd = vi.fn();
  const onRemove = vi.fn();
  const view = renderInPane(
    <RevisedTargetActions
      strings={strings}
      disabled={false}
      addedOn={addedOn}
      askToRemoveFilled={askToRemoveFilled}
      onAdd={onAdd}
      onRemove={onRemove}
    />,
  );
  return { ...view, onAdd, onRemove };
}

describe("RevisedTargetActions", () => {
  it("offers 目標値を見直す on a sheet without the column, and not its removal", async () => {
    const { user, onAdd } = render(null);
    expect(screen.getByRole("button", { name: "見直し列を外す" })).toHaveProperty("disabled", true);
    await user.click(screen.getByRole("button", { name: "目標値を見直す" }));
    expect(onAdd).toHaveBeenCalledOnce();
    expect(textOf()).not.toContain("に追加");
  });

  it("says when the column was added, in 令和, and offers its removal", async () => {
    const { user, onRemove } = render("2026-04-01");
    expect(textOf()).toContain("令和8年4月1日に追加");
    expect(screen.getByRole("button", { name: "目標値を見直す" })).toHaveProperty("disabled", true);
    await user.click(screen.getByRole("button", { name: "見直し列を外す" }));
    expect(onRemove).toHaveBeenCalledWith(false);
    expect(screen.queryByRole("button", { name: "入力も消して外す" })).toBeNull();
  });

  it("after a removal stopped at filled cells, removes with them when asked", async () => {
    const { user, onRemove } = render("2026-04-01", true);
    await user.click(screen.getByRole("button", { name: "入力も消して外す" }));
    expect(onRemove).toHaveBeenCalledWith(true);
  });

  it("gives the date as an ISO date in English", () => {
    render("2019-05-01", false, en);
    expect(textOf()).toContain("Added on 2019-05-01");
  });
});
