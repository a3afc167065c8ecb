import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../../app/settings";
import { ja } from "../../strings/ja";
import { renderToMarkup, rolesOf } from "../../testing/renderToMarkup";
import { SettingsPanel } from "./SettingsPanel";

describe("SettingsPanel", () => {
  it("is folded under its heading until opened", () => {
    const html = renderToMarkup(
      <SettingsPanel
        settings={DEFAULT_SETTINGS}
        strings={ja}
        disabled={false}
        onGradePreset={() => undefined}
        onStartMonth={() => undefined}
        onStatusOptions={() => undefined}
      />,
    );
    expect(rolesOf(html, "button")).toEqual(["設定"]);
    expect(html).toContain('aria-expanded="false"');
  });
});
