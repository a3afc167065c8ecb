/**
 * 準備 and the new fiscal year in a real browser: the pane installs and removes Excel's data validation
 * on a seed goal sheet, carries the sheet forward to the next year, and adds a blank sheet, in the
 * (simulated) workbook.
 */
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GOAL_SHEET_2_NAME, goalSheet2 } from "../fakeExcel/seedSheets";
import type { PaneBrowser } from "./paneBrowser";
import { CHROMIUM, openSection, startPaneBrowser } from "./paneBrowser";

/** The goal sheet's one-line summary, the pane's sign that it has read the sheet. */
const GOAL_SHEET_LINE = /^重点目標管理シート・令和7年度・\d+行$/;

const SETTINGS = { "kpiSheetChecker.settings": { version: 1, asOf: "2025-11-21" } };
const NEXT_YEAR = "2 行財政改革 (令和8年度)";

describe.skipIf(!existsSync(CHROMIUM))("準備 and the new fiscal year in Chromium", () => {
  let pane: PaneBrowser;

  beforeAll(async () => {
    pane = await startPaneBrowser(inject("distDir"));
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("prepares and unprepares the sheet, carries it forward and adds a blank sheet", async () => {
    const { page, errors } = await pane.openPane({ sheets: [goalSheet2()], settings: SETTINGS });
    await expect.poll(() => page.getByRole("button", { name: GOAL_SHEET_LINE }).count()).toBe(1);
    const validated = (sheet: string) =>
      page.evaluate((name) => window.__KPI_HOST__?.validatedCells(name), sheet);

    await openSection(page, "シートに表示・計算列・入力規則");
    await page.getByRole("button", { name: "準備", exact: true }).click();
    await expect.poll(() => page.getByText("入力規則を設定しました（C9:C13）。").count()).toBe(1);
    expect(await validated(GOAL_SHEET_2_NAME)).toEqual(["C9", "C10", "C11", "C12", "C13"]);

    await page.getByRole("button", { name: "入力規則を外す" }).click();
    await expect.poll(() => page.getByText("入力規則を外しました（C9:C13）。").count()).toBe(1);
    expect(await validated(GOAL_SHEET_2_NAME)).toEqual([]);

    await openSection(page, "新しい年度");
    await page.getByRole("button", { name: "次年度へ繰越" }).click();
    await expect.poll(() => page.getByText(`シート「${NEXT_YEAR}」`).count()).toBe(1);
    expect(await page.evaluate(() => window.__KPI_HOST__?.sheetNames())).toEqual([
      GOAL_SHEET_2_NAME,
      NEXT_YEAR,
    ]);

    await page.getByRole("textbox", { name: "新しいシートの年度" }).fill("R9");
    await page.getByRole("button", { name: "新しいシート" }).click();
    await expect.poll(() => page.getByText("シート「令和9年度 重点目標」を追加しました。").count()).toBe(1);
    expect(await page.evaluate(() => window.__KPI_HOST__?.sheetNames())).toEqual([
      GOAL_SHEET_2_NAME,
      NEXT_YEAR,
      "令和9年度 重点目標",
    ]);
    expect(await validated("令和9年度 重点目標")).toEqual(["C8", "C9", "C10", "C11", "C12", "C13"]);

    expect(errors).toEqual([]);
    expect(pane.blocked).toEqual([]);
    await page.close();
  });
});
