import { describe, expect, it, test } from "vitest";
import { formatArea, parseArea, parseAreas, quoteSheet, splitSheet } from "./a1";
import { FakeExcel, utf8Length } from "./fakeExcel";
import { createWorkbookState, snapshotWorkbook } from "./fakeWorkbook";
import { goalSheet2, kpiList } from "./seedSheets";

function fakeOf(...sheets: Parameters<typeof createWorkbookState>[0]) {
  return new FakeExcel(createWorkbookState(sheets));
}

describe("FakeExcel", () => {
  it("makes loaded properties readable only after a sync, as Office.js does", async () => {
    const fake = fakeOf(kpiList(3));
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("B6:C6").load("values");
      expect(() => range.values).toThrow(/not loaded/);
      await context.sync();
      expect(range.values).toEqual([["行かない窓口での手続き申請件数", "111 件"]]);
    });
  });

  it("counts syncs and the bytes of each request and response", async () => {
    const fake = fakeOf(kpiList(3));
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("C6").load("values");
      await context.sync();
    });
    expect(fake.syncs).toHaveLength(1);
    expect(fake.syncs[0]?.responseBytes).toBe(utf8Length('{"values":[["111 件"]]}'));
    expect(fake.syncs[0]?.requestBytes).toBeGreaterThan(0);
  });

  it("runs nothing of a sync it is told to fail", async () => {
    const fake = fakeOf(kpiList(3));
    const before = snapshotWorkbook(fake.state);
    fake.failOnSync = 1;
    const failed = fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("F6").values = [["書き込み"]];
      await context.sync();
    });
    await expect(failed).rejects.toMatchObject({ code: "GeneralException" });
    expect(snapshotWorkbook(fake.state)).toEqual(before);
  });

  it("keeps what ran before a failing action, as Excel does", async () => {
    const fake = fakeOf(kpiList(3));
    const failed = fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("F6").values = [["先に書く"]];
      sheet.getRange("F7:G7").values = [["列が足りない"]];
      await context.sync();
    });
    await expect(failed).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.state.sheets[0]?.cells.get(5 * 16_384 + 5)?.value).toBe("先に書く");
  });

  it("syncs what is left queued when the batch ends", async () => {
    const fake = fakeOf(kpiList(3));
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("F6").formulas = [["=KPI.GRADE(0.85)"]];
    });
    expect(fake.syncs).toHaveLength(1);
    expect(fake.state.sheets[0]?.cells.get(5 * 16_384 + 5)).toMatchObject({
      formula: "=KPI.GRADE(0.85)",
      value: "",
    });
  });

  it("refuses a second note on a cell", async () => {
    const fake = fakeOf({ ...goalSheet2(), notes: [{ cell: "E11", content: "職員のメモ" }] });
    const failed = fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().notes.add("E11", "チェッカー");
      await context.sync();
    });
    await expect(failed).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("reports ItemNotFound for a conditional format that is gone", async () => {
    const fake = fakeOf(goalSheet2());
    const failed = fake.run(async (context) => {
      context.workbook.worksheets
        .getActiveWorksheet()
        .getRange()
        .conditionalFormats.getItem("{none}")
        .delete();
      await context.sync();
    });
    await expect(failed).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("gives the used range of the values, and A1 on an empty sheet", async () => {
    const fake = fakeOf(goalSheet2(), { name: "空", values: [] });
    const addresses = await fake.run(async (context) => {
      const used = context.workbook.worksheets.getItem("2 行財政改革").getUsedRange(true).load("address");
      const empty = context.workbook.worksheets.getItem("空").getUsedRange(true).load("address");
      await context.sync();
      return [used.address, empty.address];
    });
    expect(addresses).toEqual(["'2 行財政改革'!A1:I14", "空!A1"]);
  });
});

describe("a1", () => {
  test.each([
    ["E11", { r0: 10, c0: 4, r1: 10, c1: 4 }],
    ["A9:G12", { r0: 8, c0: 0, r1: 11, c1: 6 }],
    ["$B$2:$C$3", { r0: 1, c0: 1, r1: 2, c1: 2 }],
    ["1:100", { r0: 0, c0: 0, r1: 99, c1: 16_383 }],
  ])("reads %s", (address, area) => {
    expect(parseArea(address)).toEqual(area);
  });

  test.each([["E0"], ["11E"], ["A1:B2:C3"], [""]])("refuses %j", (address) => {
    expect(() => parseArea(address)).toThrow(/invalid/);
  });

  it("reads lists of areas and sheet names", () => {
    expect(parseAreas("E11:E12, C9").map(formatArea)).toEqual(["E11:E12", "C9"]);
    expect(splitSheet("'2 行財政改革'!E11")).toEqual({ sheet: "2 行財政改革", local: "E11" });
    expect(quoteSheet("KPI")).toBe("KPI");
    expect(quoteSheet("2 行財政改革")).toBe("'2 行財政改革'");
  });
});

describe("FakeExcel.failOnAction", () => {
  it("fails the chosen action after running the ones before it, and skips the rest of the batch", async () => {
    const fake = fakeOf(kpiList(3));
    fake.failOnAction = 2; // the second of the three writes
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange("Z1").values = [["first"]];
        sheet.getRange("AA1").values = [["second"]];
        sheet.getRange("AB1").values = [["third"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    const values = await fake.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("Z1:AB1");
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["first", "", ""]]);
    expect(fake.failOnAction).toBeNull();
  });
});
