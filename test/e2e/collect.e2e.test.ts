/**
 * 取りまとめ in a real browser: the collecting office chooses many .xlsx files (the examples, a damaged
 * one, an old .xls renamed .xlsx, an encrypted one), the pane reads each with the checker's reader,
 * which it loads only then, names the unreadable ones with why, and writes the 取りまとめ sheet with its
 * tables. Every request outside the add-in is blocked and listed: nothing leaves the PC.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { goalSheet2 } from "../fakeExcel/seedSheets";
import { goalBook } from "../hostileWorkbooks";
import type { PaneBrowser } from "./paneBrowser";
import { CHROMIUM, PANE_VIEWPORT, openSection, startPaneBrowser } from "./paneBrowser";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const EXAMPLES = path.join(ROOT, "examples");
const SCREENSHOT = path.join(ROOT, "test-results", "pane-collect.png");
const SETTINGS = { "kpiSheetChecker.settings": { version: 1, asOf: "2025-11-21" } };
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The files departments might send: the examples, a goal sheet with an impossible date (an error), and
 * three the reader must refuse with why.
 */
async function departmentFiles(): Promise<{ name: string; mimeType: string; buffer: Buffer }[]> {
  const examples = readdirSync(EXAMPLES)
    .filter((name) => name.endsWith(".xlsx"))
    .sort()
    .map((name) => ({ name, mimeType: XLSX, buffer: readFileSync(path.join(EXAMPLES, name)) }));
  const goal = examples[0]?.buffer ?? Buffer.alloc(0);
  // A zip whose workbook part's compressed data is overwritten.
  const damaged = Buffer.from(goal);
  const data = damaged.indexOf("xl/workbook.xml") + "xl/workbook.xml".length;
  damaged.fill(0xff, data, data + 40);
  // The old binary format (an OLE2 compound file), as an .xls renamed .xlsx.
  const xls = Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(1024),
  ]);
  // Every entry marked encrypted, as a zip tool's password leaves it.
  const encrypted = Buffer.from(goal);
  const central = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  for (let at = encrypted.indexOf(central); at >= 0; at = encrypted.indexOf(central, at + 4)) {
    encrypted.writeUInt16LE(encrypted.readUInt16LE(at + 8) | 0x1, at + 8);
  }
  const withError = goalBook("企画課");
  const period = withError.worksheets[0]?.getCell("C4");
  if (period) period.value = "令和7年2月30日";
  return [
    ...examples,
    { name: "企画課.xlsx", mimeType: XLSX, buffer: Buffer.from(await withError.xlsx.writeBuffer()) },
    { name: "財政課_破損.xlsx", mimeType: XLSX, buffer: damaged },
    { name: "税務課_旧形式.xlsx", mimeType: XLSX, buffer: xls },
    { name: "会計課_暗号化.xlsx", mimeType: XLSX, buffer: encrypted },
  ];
}

describe.skipIf(!existsSync(CHROMIUM))("取りまとめ in Chromium", () => {
  let pane: PaneBrowser;

  beforeAll(async () => {
    pane = await startPaneBrowser(inject("distDir"));
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("reads the chosen files, names the unreadable ones with why, and makes the 取りまとめ sheet", async () => {
    const { page, errors } = await pane.openPane(
      { sheets: [goalSheet2()], settings: SETTINGS },
      PANE_VIEWPORT,
    );
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await expect
      .poll(() => page.getByRole("button", { name: /^重点目標管理シート・令和7年度・\d+行$/ }).count())
      .toBe(1);
    await openSection(page, "取りまとめ（複数ファイル）");
    // The reader is not part of the pane's first load.
    expect(scripts.filter((script) => script.endsWith("/collect.js"))).toEqual([]);

    const files = await departmentFiles();
    await page.getByLabel("取りまとめる .xlsx ファイル").setInputFiles(files);
    const done = page.getByText(`${files.length}ファイルをチェックしました（読めなかったファイル 3）。`);
    await expect.poll(() => done.count()).toBe(1);
    expect(scripts.filter((script) => script.endsWith("/collect.js"))).toHaveLength(1);

    const lines = page.getByRole("list", { name: "ファイル・シート別の結果" }).getByRole("listitem");
    const texts = await lines.allTextContents();
    for (const name of ["財政課_破損.xlsx", "税務課_旧形式.xlsx", "会計課_暗号化.xlsx"]) {
      const line = texts.find((text) => text.startsWith(name)) ?? "";
      expect(line, name).toContain("読めません");
      expect(line.length, name).toBeGreaterThan(name.length + "読めません".length + 10);
    }
    const checked = texts.filter((text) => /要修正|要確認|問題なし/.test(text));
    expect(checked.length).toBeGreaterThan(1);
    expect(checked.every((text) => /エラー \d+・警告 \d+/.test(text))).toBe(true);
    expect(texts.find((text) => text.startsWith("企画課.xlsx"))).toContain("要修正");
    expect(await page.getByRole("heading", { name: /^指摘（\d+件）$/ }).count()).toBe(1);

    await page.getByRole("combobox", { name: "並べ替え" }).selectOption({ label: "重要度順（エラーが先）" });
    const findings = page.getByRole("list", { name: /^指摘（\d+件）$/ }).getByRole("listitem");
    const severities = (await findings.allTextContents()).map((text) => (text.startsWith("エラー") ? 0 : 1));
    expect(severities).toEqual([...severities].sort());
    expect(severities).toContain(0);

    await page.getByRole("button", { name: "取りまとめシートを作成" }).click();
    await expect.poll(() => page.getByText("取りまとめシート「取りまとめ」を作成しました。").count()).toBe(1);
    expect(await page.evaluate(() => window.__KPI_HOST__?.sheetNames())).toEqual([
      goalSheet2().name,
      "取りまとめ",
    ]);
    const tables = await page.evaluate(() => window.__KPI_HOST__?.tables("取りまとめ"));
    expect(tables?.map((t) => t.name)).toEqual(["取りまとめ_集計", "取りまとめ_指摘"]);
    expect(tables?.[0]?.headers).toEqual([
      "ファイル",
      "シート",
      "状態",
      "エラー",
      "警告",
      "期限超過",
      "達成",
      "順調",
      "遅れ",
      "項目数",
      "備考",
    ]);
    expect(tables?.[0]?.area).toBe(`A4:K${4 + texts.length}`);

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.getByRole("button", { name: "取りまとめ（複数ファイル）" }).scrollIntoViewIfNeeded();
    await page.getByText("取りまとめシート「取りまとめ」を作成しました。").scrollIntoViewIfNeeded();
    await page.screenshot({ path: SCREENSHOT });
    await page.screenshot({ path: SCREENSHOT.replace(".png", "-full.png"), fullPage: true });
    expect(errors).toEqual([]);
    expect(pane.blocked).toEqual([]);
    await page.close();
  });
});
