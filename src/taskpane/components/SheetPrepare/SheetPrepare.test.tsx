import { describe, expect, it } from "vitest";
import { en } from "../../strings/en";
import { ja } from "../../strings/ja";
import { renderToMarkup, rolesOf, textOf } from "../../testing/renderToMarkup";
import { SheetPrepare } from "./SheetPrepare";

const none = () => undefined;

describe("SheetPrepare", () => {
  it("offers 準備 and 入力規則を外す", () => {
    const html = renderToMarkup(
      <SheetPrepare strings={ja} disabled={false} skipped={[]} onPrepare={none} onRemove={none} />,
    );
    expect(rolesOf(html, "button")).toEqual(["準備", "入力規則を外す"]);
  });

  it("asks whether to replace the user's rules on the ranges it skipped", () => {
    const html = renderToMarkup(
      <SheetPrepare strings={ja} disabled={false} skipped={["D6:D28"]} onPrepare={none} onRemove={none} />,
    );
    expect(textOf(html)).toContain("次の範囲には入力規則が設定されているため、そのままにしました：D6:D28");
    expect(rolesOf(html, "button")).toEqual(["準備", "入力規則を外す", "置き換える"]);
  });

  it("disables its buttons while the pane is busy, in English too", () => {
    const html = renderToMarkup(
      <SheetPrepare strings={en} disabled skipped={["D6:D28"]} onPrepare={none} onRemove={none} />,
    );
    expect(rolesOf(html, "button")).toEqual(["Prepare sheet", "Remove validation", "Replace"]);
    expect(html.match(/<button[^>]*disabled/g)).toHaveLength(3);
  });
});
