// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { SelfTestReport } from "../../../app/runSelfTest";
import { en } from "../../strings/en";
import { ja } from "../../strings/ja";
import { renderInPane, textOf, textsOf } from "../../testing/renderInPane";
import { selfTestText } from "../../selfTestText";
import { SelfTest } from "./SelfTest";

const REPORT: SelfTestReport = {
  host: { version: "16.0.18025.20104", platform: "PC", excelApi: "1.18" },
  lines: [
    { capability: "read", status: "pass" },
    { capability: "notes", status: "skip", reason: "notes_unsupported" },
    {
      capability: "function",
      status: "fail",
      detail: "=KPI.VALUE(Z1) on a blank cell gave 0, expected #N/A",
    },
    { capability: "restore", status: "pass" },
  ],
};

const render = (report: SelfTestReport | null, strings = ja) => {
  const onCopy = vi.fn<(text: string) => Promise<boolean>>(async () => true);
  return {
    ...renderInPane(
      <SelfTest
        report={report}
        strings={strings}
        date="2025-12-01"
        disabled={false}
        running={false}
        onRun={() => undefined}
        onCopy={onCopy}
      />,
    ),
    onCopy,
  };
};

describe("SelfTest", () => {
  it("offers the run button and says what it does before the first run", () => {
    render(null);
    expect(textOf()).not.toContain("結果をコピー");
    expect(textsOf(screen.getAllByRole("button"))).toEqual(["動作確認を実行"]);
    expect(textOf()).toContain("一時的なシートは削除され、ブックは元のままです");
  });

  it("shows a line per capability with Excel's version and platform, and a copy button", async () => {
    const { user, onCopy } = render(REPORT);
    const text = textOf();
    expect(text).toContain("Excel 16.0.18025.20104（PC、ExcelApi 1.18）");
    expect(text).toContain("OK 2件・NG 1件・対象外 1件");
    expect(text).toContain("「結果をコピー」を押し、問い合わせに貼り付けて送ってください");
    const lines = textsOf(
      within(screen.getByRole("list", { name: "動作確認の結果" })).getAllByRole("listitem"),
    );
    expect(lines).toContain("OK シートの読み取り");
    expect(lines).toContain("NG KPI関数の計算 =KPI.VALUE(Z1) on a blank cell gave 0, expected #N/A");
    expect(lines).toContain("対象外 メモ この Excel ではメモを使えません（ExcelApi 1.18 以降が必要）。");
    expect(textsOf(screen.getAllByRole("button"))).toEqual(["動作確認を実行", "結果をコピー"]);

    await user.click(screen.getByRole("button", { name: "結果をコピー" }));
    expect(onCopy).toHaveBeenCalledWith(selfTestText(REPORT, ja, "2025-12-01"));
    expect(textOf(await screen.findByRole("status"))).toBe(ja.selfTest.copied);
  });

  it("speaks English where Office's display language is not Japanese", () => {
    render(REPORT, en);
    const text = textOf();
    expect(text).toContain("Excel 16.0.18025.20104 (PC, ExcelApi 1.18)");
    expect(text).toContain("Failed KPI formulas");
  });
});

describe("selfTestText", () => {
  it("is the report as lines of text to paste into a support request", () => {
    expect(selfTestText(REPORT, ja, "2025-12-01").split("\n")).toEqual([
      "重点目標・KPIチェッカー 動作確認（2025-12-01）",
      "Excel 16.0.18025.20104（PC、ExcelApi 1.18）",
      "OK 2件・NG 1件・対象外 1件",
      "[OK] シートの読み取り",
      "[対象外] メモ — この Excel ではメモを使えません（ExcelApi 1.18 以降が必要）。",
      "[NG] KPI関数の計算 — =KPI.VALUE(Z1) on a blank cell gave 0, expected #N/A",
      "[OK] ブックを元に戻す",
    ]);
  });
});
