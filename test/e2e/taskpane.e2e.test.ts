/**
 * The task pane in a real browser: the production build served on localhost, opened in headless
 * Chromium with Office.js answered by a test host that simulates Excel over sheets built from the
 * seeds. Every other network request is blocked, so the test also proves that the pane calls nothing
 * outside the add-in.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatIssue } from "../../src/core/messages/formatIssue";
import { GOAL_SHEET_2_NAME, goalSheet2, kpiList } from "../fakeExcel/seedSheets";
import type { HostConfig } from "./officeHost";
import type { PaneBrowser } from "./paneBrowser";
import { CHROMIUM, startPaneBrowser } from "./paneBrowser";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SCREENSHOT = path.join(ROOT, "test-results", "taskpane.png");
/** The as-of date of the issue's example, saved in the workbook as a user would have chosen it. */
const SETTINGS = { "kpiSheetChecker.settings": { version: 1, asOf: "2025-11-21" } };

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `Skipping the browser test: ${CHROMIUM} is missing (apt-get install chromium fonts-ipaexfont-gothic).`,
  );
}

describe.skipIf(!hasChromium)("task pane in Chromium", () => {
  let pane: PaneBrowser;
  let blocked: string[] = [];

  beforeAll(async () => {
    pane = await startPaneBrowser(inject("distDir"));
    blocked = pane.blocked;
  });

  afterAll(async () => {
    await pane?.close();
  });

  async function openPane(config: HostConfig): Promise<Page> {
    const { page, errors } = await pane.openPane(config);
    expect(errors).toEqual([]);
    return page;
  }

  it("checks goal 2 of the 重点目標管理シート and shows the missing sub-item in the 中間報告", async () => {
    const page = await openPane({ sheets: [goalSheet2()], settings: SETTINGS, displayLanguage: "ja-JP" });
    await expect.poll(() => page.getByText("重点目標管理シート（見出し：8行目）").count()).toBe(1);
    await expect
      .poll(() => page.getByRole("combobox", { name: "期間・期限" }).textContent())
      .toContain("C：期間・期限");
    expect(await page.getByRole("textbox", { name: "年度", exact: true }).inputValue()).toBe("2025");
    expect(await page.getByLabel("基準日").inputValue()).toBe("2025-11-21");

    await page.getByRole("button", { name: "提出前チェック" }).click();

    await expect.poll(() => page.getByText("提出できます").count()).toBe(1);
    const message = formatIssue(
      { code: "sub_item_missing_from_report", subItem: 1, due: "2025-10-31" },
      "ja",
    );
    const finding = page.getByRole("button", { name: `E11 ${message}` });
    expect(await finding.count()).toBe(1);
    expect(await page.getByRole("heading", { name: /^警告（\d+件）$/ }).count()).toBe(1);
    expect(await page.getByText(/^5行をチェック：エラー 0件・警告 \d+件・期限超過 \d+行$/).count()).toBe(1);

    await finding.click();
    await expect
      .poll(() => page.evaluate(() => window.__KPI_HOST__?.selection()))
      .toBe(`${GOAL_SHEET_2_NAME}!E11`);

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(blocked).toEqual([]);
    await page.close();
  });

  it("says the KPI list is not ready to submit, then flags it in place and clears the flags", async () => {
    const page = await openPane({ sheets: [kpiList()], settings: SETTINGS });
    await expect.poll(() => page.getByText("KPI一覧（見出し：4行目）").count()).toBe(1);

    await page.getByRole("button", { name: "提出前チェック" }).click();
    await expect.poll(() => page.getByText("提出前に修正が必要です").count()).toBe(1);
    const unreadable = formatIssue({ code: "value_unreadable", side: "actual", text: "未集計" }, "ja");
    expect(await page.getByRole("button", { name: `E25 ${unreadable}` }).count()).toBe(1);

    await page.getByRole("button", { name: "表示", exact: true }).click();
    await expect.poll(() => page.getByText(/^シートに表示しました/).count()).toBe(1);
    expect(await page.evaluate(() => window.__KPI_HOST__?.conditionalFormats(0))).toBeGreaterThan(0);
    const notes = await page.evaluate(() => window.__KPI_HOST__?.notes(0));
    expect(notes?.E25).toContain(unreadable);

    await page.getByRole("button", { name: "表示を消去" }).click();
    await expect.poll(() => page.getByText(/^表示を消去しました/).count()).toBe(1);
    expect(await page.evaluate(() => window.__KPI_HOST__?.conditionalFormats(0))).toBe(0);
    expect(await page.evaluate(() => window.__KPI_HOST__?.notes(0))).toEqual({});
    expect(blocked).toEqual([]);
    await page.close();
  });

  it("lets a person set the status choices in 設定, and saves them in the workbook", async () => {
    const page = await openPane({ sheets: [goalSheet2()], settings: SETTINGS });
    await page.getByRole("button", { name: "設定" }).click();
    const box = page.getByRole("textbox", { name: /状況の選択肢/ });
    await expect.poll(() => box.inputValue()).toBe("未着手、実施中、完了、中止");
    await box.fill("未着手、実施中、完了、済");
    await box.press("Tab");
    await expect
      .poll(() =>
        page.evaluate(() => {
          const saved = window.__KPI_HOST__?.settings()["kpiSheetChecker.settings"] as
            { statusOptions?: string[] } | undefined;
          return saved?.statusOptions ?? null;
        }),
      )
      .toEqual(["未着手", "実施中", "完了", "済"]);
    expect(blocked).toEqual([]);
  });

  it("speaks English when Office's display language is not Japanese", async () => {
    const page = await openPane({ sheets: [kpiList()], settings: SETTINGS, displayLanguage: "en-US" });
    await page.getByRole("button", { name: "Check before submission" }).click();
    await expect.poll(() => page.getByText("Fix before submitting").count()).toBe(1);
    await page.close();
  });
});
