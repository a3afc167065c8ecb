import { describe, expect, it } from "vitest";
import type { SelfTestReport } from "../../../app/runSelfTest";
import { en } from "../../strings/en";
import { ja } from "../../strings/ja";
import { renderToMarkup, rolesOf, textOf } from "../../testing/renderToMarkup";
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

const render = (report: SelfTestReport | null, strings = ja) =>
  renderToMarkup(
    <SelfTest
      report={report}
      strings={strings}
      date="2025-12-01"
      disabled={false}
      running={false}
      onRun={() => undefined}
      onCopy={async () => true}
    />,
  );

describe("SelfTest", () => {
  it("offers the run button and says what it does before the first run", () => {
    const html = render(null);
    expect(textOf(html)).not.toContain("結果をコピー");
    expect(rolesOf(html, "button")).toEqual(["動作確認を実行"]);
    expect(textOf(html)).toContain("一時的なシートは削除され、ブックは元のままです");
  });

  it("shows a line per capability with Excel's version and platform, and a copy button", () => {
    const html = render(REPORT);
    const text = textOf(html);
    expect(text).toContain("Excel 16.0.18025.20104（PC、ExcelApi 1.18）");
    expect(text).toContain("OK 2件・NG 1件・対象外 1件");
    expect(text).toContain("「結果をコピー」を押し、問い合わせに貼り付けて送ってください");
    expect(text).toContain("OK シートの読み取り");
    expect(text).toContain("NG KPI関数の計算 =KPI.VALUE(Z1) on a blank cell gave 0, expected #N/A");
    expect(text).toContain("対象外 メモ この Excel ではメモを使えません（ExcelApi 1.18 以降が必要）。");
    expect(rolesOf(html, "button")).toEqual(["動作確認を実行", "結果をコピー"]);
  });

  it("speaks English where Office's display language is not Japanese", () => {
    const text = textOf(render(REPORT, en));
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
