/**
 * 動作確認 in a real browser: a staffer opens 設定, runs the self-test, sees a line per capability with
 * Excel's version, copies the report; the workbook is as it was. Screenshot at the narrowest pane width.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GOAL_SHEET_2_NAME, KPI_LIST_NAME, goalSheet2, kpiList } from "../fakeExcel/seedSheets";
import type { PaneBrowser } from "./paneBrowser";
import { CHROMIUM, openSection, startPaneBrowser } from "./paneBrowser";

/** The goal sheet's one-line summary, the pane's sign that it has read the sheet. */
const GOAL_SHEET_LINE = /^重点目標管理シート・令和7年度・\d+行$/;

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SCREENSHOT = path.join(ROOT, "test-results", "selftest.png");
const SETTINGS = { "kpiSheetChecker.settings": { version: 1, asOf: "2025-11-21" } };
const CAPABILITIES = [
  "シートの読み取り",
  "指摘の表示（条件付き書式）",
  "メモ",
  "表示の消去",
  "入力規則の設定と復元",
  "シートのコピー（次年度へ繰越）",
  "集計シートとグラフ",
  "KPI関数の計算",
  "設定の保存と読み戻し",
  "ブックを元に戻す",
];

/**
 * The self-test runs ten commands one after another in the page; on a two-core machine that also runs the
 * other tests or a build, that can take longer than the 20 s a single poll is given elsewhere.
 */
const SELF_TEST_MS = 90_000;
/** The whole test: the self-test, then the checks and the screenshot. */
const TEST_MS = 150_000;

describe.skipIf(!existsSync(CHROMIUM))("動作確認 in Chromium", () => {
  let pane: PaneBrowser;

  beforeAll(async () => {
    pane = await startPaneBrowser(inject("distDir"));
  });

  afterAll(async () => {
    await pane?.close();
  });

  it(
    "runs every capability in the pane's Excel, all OK, and leaves the workbook as it was",
    async () => {
      const { page, errors } = await pane.openPane({
        sheets: [goalSheet2(), kpiList()],
        settings: SETTINGS,
        calculateAsOf: "2025-11-21",
      });
      await page.setViewportSize({ width: 340, height: 1400 });
      await expect.poll(() => page.getByRole("button", { name: GOAL_SHEET_LINE }).count()).toBe(1);
      const before = await page.evaluate(workbookSeen, GOAL_SHEET_2_NAME);

      await openSection(page, "設定・動作確認");
      await page.getByRole("button", { name: "動作確認を実行" }).click();
      const results = page.getByRole("list", { name: "動作確認の結果" });
      await expect.poll(() => results.getByRole("listitem").count(), { timeout: SELF_TEST_MS }).toBe(10);
      expect(await results.getByRole("listitem").allInnerTexts()).toEqual(
        CAPABILITIES.map((label) => `OK\n${label}`),
      );
      // Shown in the pane (the text area below holds the same words for copying).
      const section = page.getByRole("region", { name: "動作確認", exact: true });
      const shown = section.locator("span");
      expect(
        await shown
          .getByText("Excel 16.0.0.0 (test host)（OfficeOnline、ExcelApi 1.18）", { exact: true })
          .count(),
      ).toBe(1);
      expect(await shown.getByText("OK 10件・NG 0件", { exact: true }).count()).toBe(1);

      const after = await page.evaluate(workbookSeen, GOAL_SHEET_2_NAME);
      expect(after).toEqual(before);
      expect(after.sheets).toEqual([GOAL_SHEET_2_NAME, KPI_LIST_NAME]);
      expect(await page.evaluate(() => window.__KPI_HOST__?.selection())).toMatch(
        new RegExp(`^${GOAL_SHEET_2_NAME}!`),
      );

      // The report as text, for a support request.
      const report = page.getByRole("textbox", { name: "動作確認の結果（テキスト）" });
      const text = await report.inputValue();
      expect(text.split("\n").slice(1, 4)).toEqual([
        "Excel 16.0.0.0 (test host)（OfficeOnline、ExcelApi 1.18）",
        "OK 10件・NG 0件",
        "[OK] シートの読み取り",
      ]);
      await page.getByRole("button", { name: "結果をコピー" }).click();
      await expect.poll(() => page.getByRole("status").filter({ hasText: "コピー" }).count()).toBe(1);

      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await section.scrollIntoViewIfNeeded();
      await section.screenshot({ path: SCREENSHOT });
      expect(errors).toEqual([]);
      expect(pane.blocked).toEqual([]);
      await page.close();
    },
    TEST_MS,
  );

  it(
    "shows NG with what Excel showed where a formula does not calculate, and still puts the workbook back",
    async () => {
      // Without calculation the test host leaves formulas' values empty, as an Excel whose functions did
      // not load would show something other than the number.
      const { page, errors } = await pane.openPane({ sheets: [kpiList()], settings: SETTINGS });
      await page.setViewportSize({ width: 340, height: 1400 });
      await expect.poll(() => page.getByRole("button", { name: "設定・動作確認" }).count()).toBe(1);
      await openSection(page, "設定・動作確認");
      await page.getByRole("button", { name: "動作確認を実行" }).click();
      const results = page.getByRole("list", { name: "動作確認の結果" });
      await expect.poll(() => results.getByRole("listitem").count(), { timeout: SELF_TEST_MS }).toBe(10);
      const ng = results.getByRole("listitem").filter({ hasText: "KPI関数の計算" });
      expect(await ng.innerText()).toMatch(/^NG\nKPI関数の計算\n=KPI\.VALUE\(B2\) gave "", expected 1300000/);
      expect(await results.getByRole("listitem").filter({ hasText: /^OK/ }).count()).toBe(9);
      expect(await page.evaluate(() => window.__KPI_HOST__?.sheetNames())).toEqual([KPI_LIST_NAME]);
      const section = page.getByRole("region", { name: "動作確認", exact: true });
      await section.scrollIntoViewIfNeeded();
      await section.screenshot({ path: SCREENSHOT.replace(".png", "-ng.png") });
      expect(errors).toEqual([]);
      await page.close();
    },
    TEST_MS,
  );
});

/** What the user could see of the workbook (runs in the page). */
function workbookSeen(goalSheet: string) {
  const host = window.__KPI_HOST__;
  return {
    sheets: host?.sheetNames(),
    settings: host?.settings(),
    formats: host?.conditionalFormats(0),
    validated: host?.validatedCells(goalSheet),
  };
}
