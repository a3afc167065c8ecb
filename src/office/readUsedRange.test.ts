import { describe, expect, it } from "vitest";
import { FakeExcel } from "../../test/fakeExcel/fakeExcel";
import { createWorkbookState } from "../../test/fakeExcel/fakeWorkbook";
import { kpiList } from "../../test/fakeExcel/seedSheets";
import type { ReadLimits } from "./readUsedRange";
import { readUsedRange } from "./readUsedRange";

async function read(fake: FakeExcel, limits?: ReadLimits) {
  return fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    return readUsedRange(context as never, sheet as never, limits);
  });
}

describe("readUsedRange", () => {
  it("reads a small sheet whole in one sync", async () => {
    const fake = new FakeExcel(createWorkbookState([kpiList()]));
    const grid = await read(fake);
    expect(grid).toMatchObject({ name: "KPI一覧", firstRow: 1, firstColumn: 0 });
    expect(grid.values).toHaveLength(28);
    expect(grid.values[5]).toEqual([
      "各種行政手続きにおけるＤＸの推進",
      "行かない窓口での手続き申請件数",
      "111 件",
      "120 件",
      "114 件",
    ]);
    expect(fake.syncs).toHaveLength(1);
  });

  it("starts at the used range, not at A1", async () => {
    const fake = new FakeExcel(createWorkbookState([{ ...kpiList(3), firstRow: 3, firstColumn: 2 }]));
    const grid = await read(fake);
    expect(grid).toMatchObject({ firstRow: 3, firstColumn: 2 });
    expect(grid.values[0]?.[0]).toBe(
      "第２期上野町長マニフェスト（R７～10年度）に関連する具体的な取組などの一覧",
    );
  });

  it("reads a used range that starts below the first rows in blocks", async () => {
    const fake = new FakeExcel(createWorkbookState([{ ...kpiList(50), firstRow: 150 }]));
    const grid = await read(fake, { responseBytes: 4_000_000, firstRows: 100 });
    expect(grid.firstRow).toBe(150);
    expect(grid.values).toHaveLength(55);
  });

  it("reads in blocks under the response budget, each sync within it", async () => {
    const fake = new FakeExcel(createWorkbookState([kpiList(2_000)]));
    const grid = await read(fake, { responseBytes: 50_000, firstRows: 100 });
    expect(grid.values).toHaveLength(2_005);
    expect(fake.syncs.length).toBeGreaterThan(3);
    for (const sync of fake.syncs) expect(sync.responseBytes).toBeLessThanOrEqual(50_000);
  });

  it("asks for half as many rows when Excel refuses a response as too large", async () => {
    const fake = new FakeExcel(createWorkbookState([kpiList(500)]));
    fake.failOnSync = 2;
    fake.failure = { code: "ResponsePayloadSizeLimitExceeded", message: "too large" };
    const grid = await read(fake);
    expect(grid.values).toHaveLength(505);
    // 100 rows with the size, 405 refused, then blocks of 202: 202, 202 and 1.
    expect(fake.syncs).toHaveLength(5);
  });

  it("gives up on other failures", async () => {
    const fake = new FakeExcel(createWorkbookState([kpiList(500)]));
    fake.failOnSync = 2;
    await expect(read(fake)).rejects.toMatchObject({ code: "GeneralException" });
  });
});
