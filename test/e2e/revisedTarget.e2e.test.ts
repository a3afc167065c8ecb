/**
 * 目標値を見直す in a real browser: on seed 004's KPI list the pane adds the 目標値（見直し後） column right
 * of the targets (a column inserted before 実績値), says when it was added, and takes it away again.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { kpiList } from "../fakeExcel/seedSheets";
import type { PaneBrowser } from "./paneBrowser";
import { CHROMIUM, PANE_VIEWPORT, openSection, startPaneBrowser } from "./paneBrowser";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SETTINGS = { "kpiSheetChecker.settings": { version: 1, asOf: "2026-04-01" } };

describe.skipIf(!existsSync(CHROMIUM))("目標値を見直す in Chromium", () => {
  let pane: PaneBrowser;

  beforeAll(async () => {
    pane = await startPaneBrowser(inject("distDir"));
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("adds the revised-target column on a KPI list, says when, and takes it away again", async () => {
    const { page, errors } = await pane.openPane({ sheets: [kpiList(6)], settings: SETTINGS }, PANE_VIEWPORT);
    await expect.poll(() => page.getByRole("button", { name: /^KPI一覧/ }).count()).toBe(1);

    await openSection(page, "シートに表示・計算列・入力規則");
    await page.getByRole("button", { name: "目標値を見直す" }).click();
    await expect
      .poll(() =>
        page
          .getByText(
            "列を挿入し、E4に「目標値（見直し後）」を追加しました。見直した目標値を入力してください。",
          )
          .count(),
      )
      .toBe(1);
    await expect.poll(() => page.getByText(/^令和\d+年\d+月\d+日に追加$/).count()).toBe(1);
    mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
    await page.screenshot({
      path: path.join(ROOT, "test-results", "pane-revised-target.png"),
      fullPage: true,
    });

    await page.getByRole("button", { name: "見直し列を外す" }).click();
    await expect.poll(() => page.getByText("見直し後の目標値の列を削除し、元に戻しました。").count()).toBe(1);
    expect(await page.getByText(/に追加$/).count()).toBe(0);

    expect(errors).toEqual([]);
    expect(pane.blocked).toEqual([]);
    await page.close();
  });
});
