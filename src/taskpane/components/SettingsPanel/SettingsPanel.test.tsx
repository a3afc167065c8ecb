// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../../app/settings";
import { ja } from "../../strings/ja";
import { renderInPane } from "../../testing/renderInPane";
import { SettingsPanel } from "./SettingsPanel";

describe("SettingsPanel", () => {
  it("offers the grading, the fiscal-year start and the status choices", () => {
    renderInPane(
      <SettingsPanel
        settings={DEFAULT_SETTINGS}
        strings={ja}
        disabled={false}
        onGradePreset={() => undefined}
        onStartMonth={() => undefined}
        onStatusOptions={() => undefined}
      />,
    );
    expect(screen.getByRole("combobox", { name: "評価基準" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: /状況の選択肢/ })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "年度の開始月" })).toBeTruthy();
  });
});
