import { describe, expect, it } from "vitest";
import { ja } from "../../strings/ja";
import { renderToMarkup, rolesOf } from "../../testing/renderToMarkup";
import { BusyIndicator } from "./BusyIndicator";

describe("BusyIndicator", () => {
  it("says what the pane is doing, with how far it has got", () => {
    const html = renderToMarkup(
      <BusyIndicator
        busy={{ action: "check", progress: { phase: "reading", done: 100, total: 400 } }}
        strings={ja}
      />,
    );
    expect(rolesOf(html, "status")[0]).toContain("シートを読み込んでいます…");
    expect(html).toMatch(/role="progressbar"[^>]*aria-valuenow="0.25"/);
  });

  it("shows nothing when idle", () => {
    expect(renderToMarkup(<BusyIndicator busy={null} strings={ja} />)).toBe(renderToMarkup(null));
  });
});
