// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { Notice, PaneFailure } from "../../paneController";
import { ja } from "../../strings/ja";
import { renderInPane, textOf, textsOf } from "../../testing/renderInPane";
import { MessageList } from "./MessageList";

function render(notices: readonly Notice[], failure: PaneFailure | null) {
  const onDismissNotice = vi.fn();
  const onDismissFailure = vi.fn();
  const view = renderInPane(
    <MessageList
      notices={notices}
      failure={failure}
      strings={ja}
      locale="ja"
      onDismissNotice={onDismissNotice}
      onDismissFailure={onDismissFailure}
    />,
  );
  return { ...view, onDismissNotice, onDismissFailure };
}

describe("MessageList", () => {
  it("says what failed, what to do, and that nothing was written", async () => {
    const { user, onDismissFailure } = render([], {
      code: "cell_edit_mode",
      operation: "flag",
      detail: "InvalidOperationInCellEditMode: …",
      partialWrite: false,
    });
    expect(textOf()).toContain("セルの編集中です");
    expect(textOf()).toContain("Enter キーか Esc キー");
    expect(textOf()).toContain("シートには何も書き込まれていません。");
    expect(textsOf(screen.getAllByRole("button"))).toEqual(["閉じる"]);
    await user.click(screen.getByRole("button", { name: "閉じる" }));
    expect(onDismissFailure).toHaveBeenCalledOnce();
  });

  it("shows each notice with a way to dismiss it", async () => {
    const { user, onDismissNotice } = render([{ id: 1, kind: "computed", address: "F4:I28" }], null);
    expect(textOf()).toContain("計算列を追加しました（F4:I28）。");
    expect(textsOf(screen.getAllByRole("button"))).toEqual(["閉じる"]);
    await user.click(screen.getByRole("button", { name: "閉じる" }));
    expect(onDismissNotice).toHaveBeenCalledWith(1);
  });

  it("shows nothing when there is nothing to say", () => {
    const { container } = render([], null);
    expect(textOf(container)).toBe("");
    expect(screen.queryByRole("button")).toBeNull();
  });
});
