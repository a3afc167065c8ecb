/**
 * 集計 in a real browser: the pane's summary chart of every goal sheet and KPI list in the workbook,
 * and the 集計 sheet it makes in the (simulated) workbook, with a screenshot of the summary view.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GOAL_SHEET_2_NAME, KPI_LIST_NAME, goalSheet2, kpiList } from "../fakeExcel/seedSheets";
import type { PaneBrowser } from "./paneBrowser";
import { CHROMIUM, PANE_VIEWPORT, openSection, startPaneBrowser } from "./paneBrowser";

/** The goal sheet's one-line summary, the pane's sign that it has read the sheet. */
const GOAL_SHEET_LINE = /^重点目標管理シート・令和7年度・\d+行$/;

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SCREENSHOT = path.join(ROOT, "test-results", "summary.png");
const SETTINGS = { "kpiSheetChecker.settings": { version: 1, asOf: "2025-11-21" } };

describe.skipIf(!existsSync(CHROMIUM))("the summary in Chromium", () => {
  let pane: PaneBrowser;

  beforeAll(async () => {
    pane = await startPaneBrowser(inject("distDir"));
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("shows a bar per sheet and makes the 集計 sheet with its chart", async () => {
    const { page, errors } = await pane.openPane({
      sheets: [goalSheet2(), kpiList(), { name: "メモ", values: [["会議メモ"]] }],
      settings: SETTINGS,
    });
    await expect.poll(() => page.getByRole("button", { name: GOAL_SHEET_LINE }).count()).toBe(1);

    await openSection(page, "集計");
    await page.getByRole("button", { name: "集計を表示" }).click();
    const chart = page.getByRole("list", { name: "シート別の状況" });
    await expect.poll(() => chart.getByRole("img").count()).toBe(2);
    expect(
      await chart
        .getByRole("img", { name: `${GOAL_SHEET_2_NAME}：達成 0、順調 0、遅れ 0、期限超過 4、状況なし 1` })
        .count(),
    ).toBe(1);
    expect(await chart.getByText("期限超過 4 · 状況なし 1").count()).toBe(1);
    expect(await chart.getByText("順調 18 · 遅れ 2 · 状況なし 2 · 評価 B 9 C 6 D 5").count()).toBe(1);
    expect(await chart.getByText("22項目").count()).toBe(1);

    await page.getByRole("button", { name: "集計シートを作成" }).click();
    await expect.poll(() => page.getByText("集計シート「集計」を作成しました。").count()).toBe(1);
    expect(await page.evaluate(() => window.__KPI_HOST__?.sheetNames())).toEqual([
      GOAL_SHEET_2_NAME,
      KPI_LIST_NAME,
      "メモ",
      "集計",
    ]);
    expect(await page.evaluate(() => window.__KPI_HOST__?.charts("集計"))).toEqual([
      { type: "BarStacked", source: "A5:E7" },
    ]);

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    const section = page.getByRole("region", { name: "集計", exact: true });
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: SCREENSHOT });
    // The pane as a staffer sees it at its usual width, beside the other states' screenshots.
    await page.setViewportSize(PANE_VIEWPORT);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(path.dirname(SCREENSHOT), "pane-summary.png") });
    expect(errors).toEqual([]);
    expect(pane.blocked).toEqual([]);
    await page.close();
  });

  it("says why when the workbook already has a 集計 sheet of the user's", async () => {
    const { page } = await pane.openPane({
      sheets: [goalSheet2(), { name: "集計", values: [["課の集計（手入力）"]] }],
      settings: SETTINGS,
    });
    await expect.poll(() => page.getByRole("button", { name: GOAL_SHEET_LINE }).count()).toBe(1);
    await openSection(page, "集計");
    await page.getByRole("button", { name: "集計シートを作成" }).click();
    await expect.poll(() => page.getByText(/^「集計」という名前のシートが既にあり/).count()).toBe(1);
    expect(await page.evaluate(() => window.__KPI_HOST__?.charts("集計"))).toEqual([]);
    await page.close();
  });
});
