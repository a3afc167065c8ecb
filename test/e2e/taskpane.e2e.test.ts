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
import { CHROMIUM, PANE_VIEWPORT, openSection, startPaneBrowser } from "./paneBrowser";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SCREENSHOT = path.join(ROOT, "test-results", "taskpane.png");
/** The pane as a staffer sees it in each state, at 340 × 720: test-results/pane-<state>.png. */
const shot = (state: string) => path.join(ROOT, "test-results", `pane-${state}.png`);
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
    const { page, errors } = await pane.openPane(config, PANE_VIEWPORT);
    expect(errors).toEqual([]);
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    return page;
  }

  /** Whether the element lies wholly on the first screen, the page not scrolled. */
  async function onFirstScreen(page: Page, element: ReturnType<Page["getByRole"]>): Promise<boolean> {
    const box = await element.boundingBox();
    const scrolled = await page.evaluate(() => window.scrollY);
    return (
      box !== null &&
      scrolled === 0 &&
      box.y >= 0 &&
      box.x >= 0 &&
      box.y + box.height <= PANE_VIEWPORT.height &&
      box.x + box.width <= PANE_VIEWPORT.width
    );
  }

  it("leads with 提出前チェック and shows its verdict on the first screen, then the findings", async () => {
    const page = await openPane({ sheets: [goalSheet2()], settings: SETTINGS, displayLanguage: "ja-JP" });
    const summaryLine = page.getByRole("button", { name: /^重点目標管理シート・令和7年度・\d+行$/ });
    await expect.poll(() => summaryLine.count()).toBe(1);
    const check = page.getByRole("button", { name: "提出前チェック" });
    expect(await onFirstScreen(page, check)).toBe(true);
    expect(await page.getByText("基準日 2025年11月21日 で判定します").count()).toBe(1);
    await page.screenshot({ path: shot("initial") });

    await check.click();
    const verdict = page.getByText(/^提出できます（警告 \d+件・期限超過 \d+行を確認してください）$/);
    await expect.poll(() => verdict.count()).toBe(1);
    expect(await onFirstScreen(page, verdict)).toBe(true);
    expect(await onFirstScreen(page, check)).toBe(true);
    const message = formatIssue(
      { code: "sub_item_missing_from_report", subItem: 1, due: "2025-10-31" },
      "ja",
    );
    const finding = page.getByRole("button", { name: `E11 ${message}` });
    expect(await finding.count()).toBe(1);
    expect(await page.getByRole("heading", { name: /^警告（\d+件）$/ }).count()).toBe(1);
    expect(await page.getByText(/^5行をチェック：エラー 0件・警告 \d+件・期限超過 \d+行$/).count()).toBe(1);
    await page.screenshot({ path: shot("checked") });

    await finding.click();
    await expect
      .poll(() => page.evaluate(() => window.__KPI_HOST__?.selection()))
      .toBe(`${GOAL_SHEET_2_NAME}!E11`);

    // The summary line opens for the fiscal year, the as-of date and the columns, each header whole.
    await summaryLine.click();
    expect(await page.getByText("重点目標管理シート（見出し：8行目）").count()).toBe(1);
    const period = page.getByRole("combobox", { name: "期間・期限" });
    expect(await period.textContent()).toBe("C：期間・期限（いつ・いつまでに）");
    const midterm = page.getByRole("combobox", { name: "中間報告" });
    const midtermText = (await midterm.textContent()) ?? "";
    expect(midtermText).toMatch(/^E：中間報告（目標に対する進捗状況・進捗度）及び/);
    expect(await midterm.locator(`[title="${midtermText}"]`).count()).toBe(1);
    const box = await midterm.boundingBox();
    expect(box !== null && box.x + box.width <= PANE_VIEWPORT.width).toBe(true);
    const year = page.getByRole("textbox", { name: "年度", exact: true });
    expect(await year.inputValue()).toBe("令和7年度");
    expect(await page.getByLabel("基準日").inputValue()).toBe("2025-11-21");
    await year.fill("R6");
    await year.press("Enter");
    await expect.poll(() => year.inputValue()).toBe("令和6年度");
    await expect.poll(() => summaryLine.count()).toBe(0);
    expect(await page.getByRole("button", { name: /^重点目標管理シート・令和6年度・/ }).count()).toBe(1);

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(blocked).toEqual([]);
    await page.close();
  });

  it("follows the user to another sheet and drops what it said about the last one", async () => {
    const page = await openPane({ sheets: [goalSheet2(), kpiList()], settings: SETTINGS });
    await expect
      .poll(() => page.getByRole("button", { name: /^重点目標管理シート・令和7年度/ }).count())
      .toBe(1);
    await page.getByRole("button", { name: "提出前チェック" }).click();
    await expect.poll(() => page.getByText(/^提出できます/).count()).toBe(1);

    await page.evaluate(() => window.__KPI_HOST__?.activateSheet(1));
    await expect.poll(() => page.getByText(`シート「${kpiList().name}」`).count()).toBe(1);
    await expect.poll(() => page.getByRole("button", { name: /^KPI一覧・/ }).count()).toBe(1);
    expect(await page.getByText(/^提出できます/).count()).toBe(0);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it("offers a new sheet first on a blank workbook", async () => {
    const page = await openPane({ sheets: [{ name: "Sheet1", values: [] }], settings: SETTINGS });
    const insert = page.getByRole("button", { name: "新しいシート", exact: true });
    await expect.poll(() => insert.count()).toBe(1);
    expect(await onFirstScreen(page, insert)).toBe(true);
    expect(await page.getByRole("textbox", { name: "新しいシートの年度" }).inputValue()).toBe("令和8年度");
    expect(await page.getByRole("button", { name: "提出前チェック" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "既存の表の列を割り当てる" }).count()).toBe(1);
    await page.screenshot({ path: shot("blank") });

    await insert.click();
    await expect.poll(() => page.getByText(/^シート「令和8年度 重点目標」を追加しました。$/).count()).toBe(1);
    const check = page.getByRole("button", { name: "提出前チェック" });
    await expect.poll(() => check.count()).toBe(1);
    expect(await onFirstScreen(page, check)).toBe(true);
    await page.screenshot({ path: shot("inserted") });

    await openSection(page, "新しい年度");
    const carry = page.getByRole("button", { name: "次年度へ繰越" });
    await carry.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot("new-year") });
    await page.close();
  });

  it("says the KPI list is not ready to submit, then flags it in place and clears the flags", async () => {
    const page = await openPane({ sheets: [kpiList()], settings: SETTINGS });
    await expect.poll(() => page.getByRole("button", { name: /^KPI一覧・/ }).count()).toBe(1);

    await page.getByRole("button", { name: "提出前チェック" }).click();
    await expect.poll(() => page.getByText("提出前に修正が必要です").count()).toBe(1);
    const unreadable = formatIssue({ code: "value_unreadable", side: "actual", text: "未集計" }, "ja");
    expect(await page.getByRole("button", { name: `E25 ${unreadable}` }).count()).toBe(1);

    expect(await onFirstScreen(page, page.getByText("提出前に修正が必要です"))).toBe(true);
    await openSection(page, "シートに表示・計算列・入力規則");
    const flag = page.getByRole("button", { name: "表示", exact: true });
    await flag.scrollIntoViewIfNeeded();
    await flag.click();
    const flagged = page.getByText(/^シートに表示しました/);
    await expect.poll(() => flagged.count()).toBe(1);
    // The message is beside the button pressed, on the same screen, not at the top of the pane.
    const [button, said] = [await flag.boundingBox(), await flagged.boundingBox()];
    expect(
      button !== null && said !== null && said.y > button.y && said.y - button.y < PANE_VIEWPORT.height / 2,
    ).toBe(true);
    await flagged.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot("flagged") });
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
    await openSection(page, "設定・動作確認");
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
    await page.screenshot({ path: shot("settings") });
    expect(blocked).toEqual([]);
  });

  it("speaks English when Office's display language is not Japanese", async () => {
    const page = await openPane({ sheets: [kpiList()], settings: SETTINGS, displayLanguage: "en-US" });
    await page.getByRole("button", { name: "Check before submission" }).click();
    await expect.poll(() => page.getByText("Fix before submitting").count()).toBe(1);
    await page.close();
  });
});
