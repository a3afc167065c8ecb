/**
 * 実績値の候補 in a real browser: seed 000's goal 1 (item ⑥: 充足率90% against 【充足率84.3%】) and goal 5
 * (item ②: (1) 20点以上 against 小学校76点・中学校3点, (3) 15校以上 against 高校2校), checked, a candidate
 * confirmed into the 実績値 column of the (simulated) workbook, a typed value refused beside its field,
 * with a screenshot of the section at 340 px: test-results/pane-candidates.png.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seedGoalSheet } from "../goalSheets";
import type { PaneBrowser } from "./paneBrowser";
import { CHROMIUM, PANE_VIEWPORT, startPaneBrowser } from "./paneBrowser";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SCREENSHOT = path.join(ROOT, "test-results", "pane-candidates.png");
const SETTINGS = { "kpiSheetChecker.settings": { version: 1, asOf: "2025-11-21" } };

/** Whether the element lies within the pane's width: nothing of it cut off at the right. */
async function fitsWidth(element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  return box !== null && box.x >= 0 && box.x + box.width <= PANE_VIEWPORT.width;
}

async function checkSheet(page: Page, rows: number): Promise<void> {
  const line = page.getByRole("button", { name: `重点目標管理シート・令和7年度・${rows}行` });
  await expect.poll(() => line.count()).toBe(1);
  await page.getByRole("button", { name: "提出前チェック" }).click();
  await expect.poll(() => page.getByRole("heading", { name: "実績値の候補" }).count()).toBe(1);
}

describe.skipIf(!existsSync(CHROMIUM))("value candidates in Chromium", () => {
  let pane: PaneBrowser;

  beforeAll(async () => {
    pane = await startPaneBrowser(inject("distDir"));
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("lists the candidates after the check and writes a confirmed one into the 実績値 column", async () => {
    const { page, errors } = await pane.openPane(
      { sheets: [seedGoalSheet(1), seedGoalSheet(5)], settings: SETTINGS, displayLanguage: "ja-JP" },
      PANE_VIEWPORT,
    );
    expect(errors).toEqual([]);
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });

    // Goal 1: ⑥ (1) offers 84.3% (never the capacity 1,850人) with the sentence it came from.
    await checkSheet(page, 6);
    const item6 = page.getByRole("group", { name: "⑥ (1)" });
    expect(await item6.getByText("数値目標：消防団員の確保（定員1,850人）充足率90%").count()).toBe(1);
    expect(await item6.getByRole("radio", { name: /^84\.3%/ }).isChecked()).toBe(true);
    expect(await item6.getByRole("radio", { name: /1,850/ }).count()).toBe(0);
    await item6.getByRole("button", { name: "確定" }).click();
    await expect.poll(() => item6.getByText(/^I14 に「\(1\) 84\.3%」を書き込み/).count()).toBe(1);
    expect(await page.evaluate(() => window.__KPI_HOST__?.cell("1 防災力", "I14"))).toEqual({
      value: "(1) 84.3%",
      numberFormat: "@",
    });
    expect(await page.evaluate(() => window.__KPI_HOST__?.cell("1 防災力", "I8"))).toEqual({
      value: "実績値",
      numberFormat: "General",
    });

    // Goal 5: ② (1) and ② (3) each with their own candidates and actions.
    await page.evaluate(() => window.__KPI_HOST__?.activateSheet(1));
    await checkSheet(page, 4);
    const sub1 = page.getByRole("group", { name: "② (1)" });
    const sub3 = page.getByRole("group", { name: "② (3)" });
    // 小学校76点、中学校3点: their sum, the answer to 20点以上, is offered first, then each count.
    expect(await sub1.getByRole("radio").count()).toBe(3);
    expect(await sub1.getByRole("radio", { name: /^79点/ }).isChecked()).toBe(true);
    expect(await sub3.getByText("数値目標：15校以上への貸出を実施。").count()).toBe(1);
    await sub3.getByRole("button", { name: "確定" }).click();
    await expect.poll(() => sub3.getByText(/^I10 に「\(3\) 2校」を書き込み/).count()).toBe(1);
    expect(await page.evaluate(() => window.__KPI_HOST__?.cell("5 選挙", "I10"))).toEqual({
      value: "(3) 2校",
      numberFormat: "@",
    });

    // A value the core cannot read is refused beside the field it was typed in, and nothing is written.
    const field = sub1.getByRole("textbox", { name: "別の値" });
    await field.fill("概ね順調");
    await sub1.getByRole("button", { name: "入力" }).click();
    await expect.poll(() => field.getAttribute("aria-invalid")).toBe("true");
    const refusal = sub1.getByText(/概ね順調/);
    expect(await refusal.count()).toBeGreaterThan(0);
    const [fieldBox, refusalBox] = [await field.boundingBox(), await refusal.last().boundingBox()];
    expect(fieldBox !== null && refusalBox !== null && refusalBox.y - fieldBox.y < 80).toBe(true);
    expect(await page.evaluate(() => window.__KPI_HOST__?.cell("5 選挙", "I10"))).toEqual({
      value: "(3) 2校",
      numberFormat: "@",
    });

    // Nothing runs out of the 340 px pane.
    for (const element of [item6, sub1, sub3, sub1.getByRole("button", { name: "見送る" })]) {
      if ((await element.count()) > 0) expect(await fitsWidth(element)).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PANE_VIEWPORT.width,
    );

    // The section as a staffer sees it: both sub-items, what was written beside (3), the refusal beside (1).
    expect(await sub3.getByText(/^I10 に「\(3\) 2校」を書き込み/).count()).toBe(1);
    await page.evaluate(() => {
      const heading = [...document.querySelectorAll("h2")].find((h) => h.textContent === "実績値の候補");
      heading?.scrollIntoView({ block: "start", behavior: "instant" });
      window.scrollBy(0, -12);
    });
    await page.screenshot({ path: SCREENSHOT });
    expect(pane.blocked).toEqual([]);
    await page.close();
  });
});
