import { describe, expect, it } from "vitest";
import type { Notice, PaneFailure } from "../../paneController";
import { ja } from "../../strings/ja";
import { renderToMarkup, rolesOf, textOf } from "../../testing/renderToMarkup";
import { MessageList } from "./MessageList";

function render(notices: readonly Notice[], failure: PaneFailure | null): string {
  return renderToMarkup(
    <MessageList
      notices={notices}
      failure={failure}
      strings={ja}
      locale="ja"
      onDismissNotice={() => undefined}
      onDismissFailure={() => undefined}
    />,
  );
}

describe("MessageList", () => {
  it("says what failed, what to do, and that nothing was written", () => {
    const html = render([], {
      code: "cell_edit_mode",
      operation: "flag",
      detail: "InvalidOperationInCellEditMode: …",
      partialWrite: false,
    });
    expect(textOf(html)).toContain("セルの編集中です");
    expect(textOf(html)).toContain("Enter キーか Esc キー");
    expect(textOf(html)).toContain("シートには何も書き込まれていません。");
    expect(rolesOf(html, "button")).toEqual(["閉じる"]);
  });

  it("shows each notice with a way to dismiss it", () => {
    const html = render([{ id: 1, kind: "computed", address: "F4:I28" }], null);
    expect(textOf(html)).toContain("計算列を追加しました（F4:I28）。");
    expect(rolesOf(html, "button")).toEqual(["閉じる"]);
  });

  it("shows nothing when there is nothing to say", () => {
    expect(render([], null)).toBe(renderToMarkup(null));
  });
});
