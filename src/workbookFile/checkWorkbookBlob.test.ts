import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, test } from "vitest";
import { checkWorkbookBlob } from "./checkWorkbookBlob";
import { supportsWorkbookFiles } from "./inflateRaw";

const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));
const GOAL_BOOK = "重点目標管理シート_令和7年度_総務部等.xlsx";
const KPI_BOOK = "マニフェストKPI一覧_R7-R10.xlsx";
const OPTIONS = { asOf: "2025-11-21", locale: "ja" } as const;

async function blobOf(name: string): Promise<Blob> {
  return new Blob([await readFile(path.join(EXAMPLES, name))]);
}

describe("checkWorkbookBlob", () => {
  it("checks every sheet of a goal-sheet workbook and counts its items as the 集計 sheet does", async () => {
    const report = await checkWorkbookBlob(await blobOf(GOAL_BOOK), GOAL_BOOK, OPTIONS);
    expect(report.error).toBeUndefined();
    expect(report.path).toBe(GOAL_BOOK);
    expect(report.sheets.map((s) => s.name)).toEqual([
      "1 防災力",
      "2 行財政改革",
      "3 人材",
      "4 ICT",
      "5 選挙",
    ]);
    const first = report.sheets[0];
    expect(first?.layout).toBe("goal_sheet");
    expect(first?.summary?.layout).toBe("goal_sheet");
    const items = first?.rows.filter((r) => r.label !== null).length ?? 0;
    expect(first?.summary?.items).toBe(items);
    const summary = first?.summary;
    if (summary === undefined) throw new Error("no summary");
    expect(summary.achieved + summary.onTrack + summary.behind + summary.overdue + summary.noStatus).toBe(
      summary.items,
    );
  });

  it("grades a KPI list's items in the sheet's summary", async () => {
    const report = await checkWorkbookBlob(await blobOf(KPI_BOOK), KPI_BOOK, { ...OPTIONS, locale: "en" });
    const sheet = report.sheets.find((s) => s.layout === "kpi_list");
    expect(sheet?.summary?.items).toBeGreaterThan(0);
    expect(sheet?.summary?.grades.map((g) => g.label)).toEqual(["A", "B", "C", "D"]);
  });

  test.each([
    [
      "a text file renamed .xlsx",
      () => new Blob(["期間・期限,数値目標\n"]),
      "Excel ブック（.xlsx）ではありません",
    ],
    ["an empty file", () => new Blob([]), "Excel ブック（.xlsx）ではありません"],
    [
      "an old .xls or a password-protected workbook",
      () => new Blob([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), new Uint8Array(504)]),
      "古い形式（.xls）か、パスワードで保護された",
    ],
  ])("reports %s as unreadable, with what to do, instead of throwing", async (_case, blob, words) => {
    const report = await checkWorkbookBlob(blob(), "総務部.xlsx", OPTIONS);
    expect(report.sheets).toEqual([]);
    expect(report.error?.code).toBe("file_unreadable");
    expect(report.error?.message).toContain(words);
    expect(report.error?.message).toContain("総務部.xlsx");
  });

  it("reports a workbook cut short as damaged", async () => {
    const bytes = await readFile(path.join(EXAMPLES, KPI_BOOK));
    const report = await checkWorkbookBlob(new Blob([bytes.subarray(0, -200)]), KPI_BOOK, OPTIONS);
    expect(report.error).toMatchObject({
      code: "file_unreadable",
      message: expect.stringContaining("壊れている"),
    });
  });

  it("reports a file that can no longer be read (moved since it was chosen) instead of throwing", async () => {
    const gone = new Blob([await readFile(path.join(EXAMPLES, KPI_BOOK))]);
    gone.slice = () => {
      throw new DOMException("The file was moved.", "NotFoundError");
    };
    const report = await checkWorkbookBlob(gone, KPI_BOOK, OPTIONS);
    expect(report.error).toMatchObject({
      code: "file_unreadable",
      message: expect.stringContaining("見つかりません"),
    });
  });

  it("stops when the signal is aborted, with the signal's reason", async () => {
    const controller = new AbortController();
    const reason = new DOMException("取りまとめを中止", "AbortError");
    controller.abort(reason);
    await expect(
      checkWorkbookBlob(await blobOf(GOAL_BOOK), GOAL_BOOK, { ...OPTIONS, signal: controller.signal }),
    ).rejects.toBe(reason);
  });

  it("stops between parts when the signal is aborted while the file is read", async () => {
    const controller = new AbortController();
    const blob = await blobOf(GOAL_BOOK);
    const slice = blob.slice.bind(blob);
    let reads = 0;
    blob.slice = (...args) => {
      if (++reads === 3) controller.abort();
      return slice(...args);
    };
    await expect(
      checkWorkbookBlob(blob, GOAL_BOOK, { ...OPTIONS, signal: controller.signal }),
    ).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe("supportsWorkbookFiles", () => {
  it("is true where DecompressionStream reads deflate-raw (Node 20, as Edge and Safari 16.4+)", () => {
    expect(supportsWorkbookFiles()).toBe(true);
  });

  it("is false where DecompressionStream refuses deflate-raw (Safari before 16.4)", () => {
    const original = globalThis.DecompressionStream;
    globalThis.DecompressionStream = class {
      constructor(format: string) {
        if (format !== "gzip" && format !== "deflate") throw new TypeError(`Unsupported format ${format}`);
      }
    } as unknown as typeof DecompressionStream;
    try {
      expect(supportsWorkbookFiles()).toBe(false);
    } finally {
      globalThis.DecompressionStream = original;
    }
  });
});
