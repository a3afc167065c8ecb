import { describe, expect, it } from "vitest";
import { en } from "../../strings/en";
import { ja } from "../../strings/ja";
import { renderToMarkup, rolesOf, textOf } from "../../testing/renderToMarkup";
import { NewYearActions } from "./NewYearActions";

const none = () => undefined;

describe("NewYearActions", () => {
  it("offers a new sheet of a chosen form and year, and 次年度へ繰越", () => {
    const html = renderToMarkup(
      <NewYearActions
        strings={ja}
        disabled={false}
        defaultFiscalYear="令和8年度"
        onInsertTemplate={none}
        onCarryForward={none}
      />,
    );
    // The form's dropdown shows the goal sheet first.
    expect(rolesOf(html, "button").filter((text) => text !== "")).toEqual([
      "重点目標管理シート",
      "新しいシート",
      "次年度へ繰越",
    ]);
    expect(textOf(html)).toContain("元のシートは変更しません");
    expect(html).toContain('value="令和8年度"');
  });

  it("disables its controls while the pane is busy, in English too", () => {
    const html = renderToMarkup(
      <NewYearActions
        strings={en}
        disabled
        defaultFiscalYear="FY2026"
        onInsertTemplate={none}
        onCarryForward={none}
      />,
    );
    expect(rolesOf(html, "button")).toEqual(
      expect.arrayContaining(["New sheet", "Carry forward to next year"]),
    );
    expect(html.match(/<button[^>]*disabled/g)?.length).toBeGreaterThanOrEqual(2);
  });
});
