import { describe, expect, it } from "vitest";
import type { CollectedFile } from "../app/collectFiles";
import { fakeCollectSheet, goalFile, kpiFile, unreadableFile } from "../../test/collectedFiles";
import { goalSheet2 } from "../../test/fakeExcel/seedSheets";
import type { CheckWorkbookBlob } from "./paneController";
import { startPane } from "./testing/startPane";

/** A file as the user chooses it: its name and some bytes. */
const file = (name: string) => new File([new Uint8Array([0x50, 0x4b, 3, 4])], name);

/** A reader that answers from a table of reports by file name, and records what it was asked. */
function reader(reports: Record<string, CollectedFile | Error>) {
  const asked: { name: string; asOf: string; locale: string }[] = [];
  const check: CheckWorkbookBlob = async (_blob, name, options) => {
    asked.push({ name, asOf: options.asOf, locale: options.locale });
    const report = reports[name];
    if (report === undefined) throw new Error(`no report for ${name}`);
    if (report instanceof Error) throw report;
    return report;
  };
  return { check, asked };
}

async function started(check: CheckWorkbookBlob | null, sheets = [goalSheet2()]) {
  return startPane(sheets, {
    ports: (fake) => ({ collect: { checkFile: check, sheet: fakeCollectSheet(fake) } }),
  });
}

describe("PaneController: 取りまとめ", () => {
  it("checks each file on the saved as-of date in Japanese, a broken one named with why, and the rest go on", async () => {
    const { check, asked } = reader({
      "総務課.xlsx": goalFile("総務課.xlsx"),
      "財政課.xls": unreadableFile("財政課.xls"),
      "企画課.xlsx": kpiFile("企画課.xlsx"),
    });
    const { controller } = await started(check);
    await controller.collectFiles([file("総務課.xlsx"), file("財政課.xls"), file("企画課.xlsx")]);
    expect(asked).toEqual([
      { name: "総務課.xlsx", asOf: "2025-11-21", locale: "ja" },
      { name: "財政課.xls", asOf: "2025-11-21", locale: "ja" },
      { name: "企画課.xlsx", asOf: "2025-11-21", locale: "ja" },
    ]);
    const collect = controller.getState().collect;
    expect(collect?.files.map((f) => [f.path, f.error?.code ?? null])).toEqual([
      ["総務課.xlsx", null],
      ["財政課.xls", "file_unreadable"],
      ["企画課.xlsx", null],
    ]);
    expect(collect).toMatchObject({ total: 3, progress: null, stopped: false, asOf: "2025-11-21" });
    expect(controller.getState().busy).toBeNull();
  });

  it("reports a file whose reading failed, and goes on", async () => {
    const { check } = reader({ "a.xlsx": new TypeError("boom"), "b.xlsx": kpiFile("b.xlsx") });
    const { controller } = await started(check);
    await controller.collectFiles([file("a.xlsx"), file("b.xlsx")]);
    expect(controller.getState().collect?.files).toEqual([
      {
        path: "a.xlsx",
        error: {
          code: "reader_failed",
          message: "このファイルを読む途中で問題が起きました（TypeError: boom）。",
        },
        sheets: [],
      },
      kpiFile("b.xlsx"),
    ]);
  });

  it("stops on 中止, keeping the files done and dropping the one being read", async () => {
    const check: CheckWorkbookBlob = (_blob, name, { signal }) =>
      name === "1.xlsx"
        ? Promise.resolve(kpiFile(name))
        : new Promise((_resolve, reject) => {
            signal?.addEventListener("abort", () => reject(new DOMException("stopped", "AbortError")));
          });
    const { controller } = await started(check);
    const seen: (number | undefined)[] = [];
    controller.subscribe(() => seen.push(controller.getState().collect?.progress?.done));
    const running = controller.collectFiles([file("1.xlsx"), file("2.xlsx"), file("3.xlsx")]);
    await expect.poll(() => controller.getState().collect?.progress?.current).toBe("2.xlsx");
    expect(controller.getState().busy?.action).toBe("collect");
    controller.stopCollecting();
    await running;
    expect(controller.getState().collect).toMatchObject({ total: 3, stopped: true, progress: null });
    expect(controller.getState().collect?.files.map((f) => f.path)).toEqual(["1.xlsx"]);
    expect(seen).toContain(1);
  });

  it("writes the 取りまとめ sheet, and after a refusal offers the free name and makes it there", async () => {
    const { check } = reader({ "総務課.xlsx": goalFile("総務課.xlsx") });
    const { fake, controller } = await started(check, [
      goalSheet2(),
      { name: "取りまとめ", values: [["手入力"]] },
    ]);
    await controller.collectFiles([file("総務課.xlsx")]);
    await controller.buildCollectSheet();
    expect(controller.getState().collect?.offeredName).toBe("取りまとめ (2)");
    expect(controller.getState().notices.map((n) => n.kind === "issues" && n.issues[0]?.code)).toEqual([
      "collect_sheet_taken",
    ]);
    await controller.buildCollectSheet("取りまとめ (2)");
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["2 行財政改革", "取りまとめ", "取りまとめ (2)"]);
    expect(controller.getState().collect?.offeredName).toBeNull();
    expect(controller.getState().notices.map((n) => n.kind)).toEqual(["collectSheet"]);
  });

  it("offers the section without reading where the pane cannot unpack .xlsx files", async () => {
    const { controller } = await started(null);
    expect(controller.canCollect).toBe(true);
    expect(controller.canReadFiles).toBe(false);
    await controller.collectFiles([file("a.xlsx")]);
    expect(controller.getState().collect ?? null).toBeNull();
  });
});
