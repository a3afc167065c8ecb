// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../../strings/ja";
import { renderInPane, textOf } from "../../testing/renderInPane";
import { BusyIndicator } from "./BusyIndicator";

describe("BusyIndicator", () => {
  it("says what the pane is doing, with how far it has got", () => {
    renderInPane(
      <BusyIndicator
        busy={{ action: "check", progress: { phase: "reading", done: 100, total: 400 } }}
        strings={ja}
      />,
    );
    expect(textOf(screen.getByRole("status"))).toContain("シートを読み込んでいます…");
    // The spinner is a progress bar without a value; the bar beside it is a quarter full.
    const bars = screen.getAllByRole("progressbar", { name: "シートを読み込んでいます…" });
    expect(bars.map((bar) => bar.getAttribute("aria-valuenow"))).toContain("0.25");
  });

  it("shows nothing when idle", () => {
    const { container } = renderInPane(<BusyIndicator busy={null} strings={ja} />);
    expect(textOf(container)).toBe("");
    expect(screen.queryByRole("status")).toBeNull();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });
});
