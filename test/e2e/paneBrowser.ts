/**
 * The browser test's setup, for tests beside taskpane.e2e.test.ts: the production build served on
 * localhost, headless Chromium, and Office.js answered by the test host (officeHost.ts) over the
 * workbook a test gives. Every other request is blocked and listed, so a test can prove the pane
 * called nothing outside the add-in.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium } from "playwright-core";
import type { Page } from "playwright-core";
import { bundleOfficeHost } from "./bundleHost";
import type { HostConfig, HostProbe } from "./officeHost";

export const CHROMIUM = "/usr/bin/chromium";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
};

declare global {
  interface Window {
    __KPI_WORKBOOK__?: HostConfig;
    __KPI_HOST__?: HostProbe;
  }
}

/** The task pane's size in Excel on Windows at its usual width; the first screen is what fits in it. */
export const PANE_VIEWPORT = { width: 340, height: 720 } as const;

/**
 * Opens one of the pane's folded sections by its heading (a no-op when it is open).
 * @example await openSection(page, "設定・動作確認")
 */
export async function openSection(page: Page, heading: string | RegExp): Promise<void> {
  const header = page.getByRole("button", { name: heading, exact: typeof heading === "string" });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  // Fluent's accordion opens with a motion; what is measured or photographed is the opened section.
  await page.waitForFunction(() =>
    document.getAnimations().every((motion) => motion.playState !== "running"),
  );
}

export interface PaneBrowser {
  /** Opens the task pane over the workbook; page errors are collected in `errors`. */
  openPane(
    config: HostConfig,
    viewport?: { readonly width: number; readonly height: number },
  ): Promise<{ page: Page; errors: string[] }>;
  /** Requests the pane made outside the add-in (blocked). */
  readonly blocked: string[];
  close(): Promise<void>;
}

/**
 * Serves `distDir` and starts Chromium.
 * @example const pane = await startPaneBrowser(inject("distDir")); const { page } = await pane.openPane({ sheets })
 */
export async function startPaneBrowser(distDir: string): Promise<PaneBrowser> {
  const hostScript = await bundleOfficeHost();
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = path.join(distDir, path.normalize(pathname).replace(/^([/\\])+/, ""));
    if (!file.startsWith(distDir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const blocked: string[] = [];

  return {
    blocked,
    async openPane(config, viewport = { width: 400, height: 900 }) {
      const page = await browser.newPage({ viewport, locale: "ja-JP" });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.route("**/*", async (route) => {
        const url = route.request().url();
        if (url === OFFICE_JS) {
          await route.fulfill({
            status: 200,
            contentType: "text/javascript; charset=utf-8",
            body: hostScript,
          });
        } else if (url.startsWith(`${origin}/`)) {
          await route.continue();
        } else {
          blocked.push(url);
          await route.abort();
        }
      });
      await page.addInitScript((workbook) => {
        window.__KPI_WORKBOOK__ = workbook;
      }, config);
      await page.goto(`${origin}/taskpane.html`);
      return { page, errors };
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
