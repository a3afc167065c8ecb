// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../../app/settings";
import { ja } from "../../strings/ja";
import { renderInPane, textsOf } from "../../testing/renderInPane";
import { SettingsPanel } from "./SettingsPanel";

describe("SettingsPanel", () => {
  it("is folded under its heading until opened", async () => {
    const { user } = renderInPane(
      <SettingsPanel
        settings={DEFAULT_SETTINGS}
        strings={ja}
        disabled={false}
        onGradePreset={() => undefined}
        onStartMonth={() => undefined}
        onStatusOptions={() => undefined}
      />,
    );
    expect(textsOf(screen.getAllByRole("button"))).toEqual(["設定"]);
    const heading = screen.getByRole("button", { name: "設定" });
    expect(heading.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("combobox", { name: "評価基準" })).toBeNull();

    await user.click(heading);
    expect(heading.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("combobox", { name: "評価基準" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "年度の開始月" })).toBeTruthy();
  });
});
