import { describe, expect, it } from "vitest";
import { en } from "../../strings/en";
import { ja } from "../../strings/ja";
import { renderToMarkup, rolesOf } from "../../testing/renderToMarkup";
import { SheetActions } from "./SheetActions";

describe("SheetActions", () => {
  it("offers flag, clear and computed columns", () => {
    const html = renderToMarkup(
      <SheetActions
        strings={ja}
        disabled={false}
        onFlag={() => undefined}
        onClear={() => undefined}
        onCompute={() => undefined}
      />,
    );
    expect(rolesOf(html, "button")).toEqual(["表示", "表示を消去", "計算列を追加"]);
  });

  it("disables its buttons while the pane is busy", () => {
    const html = renderToMarkup(
      <SheetActions
        strings={en}
        disabled
        onFlag={() => undefined}
        onClear={() => undefined}
        onCompute={() => undefined}
      />,
    );
    expect(html.match(/<button[^>]*disabled/g)).toHaveLength(3);
  });
});
