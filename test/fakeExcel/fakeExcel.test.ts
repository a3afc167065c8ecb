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

describe("FakeExcel conditional formats", () => {
  /** A sheet with rules in priority order, each a Custom rule over one address. */
  function withRules(...rules: [string, string][]) {
    const fake = fakeOf(kpiList(3));
    const sheet = fake.state.sheets[0]!;
    for (const [id, address] of rules)
      sheet.conditionalFormats.push({
        id,
        type: "Custom",
        areas: [parseArea(address)],
        formula: `="${id}"=""`,
        fill: "#FFFF00",
        fontColor: null,
        stopIfTrue: false,
      });
    return { fake, sheet };
  }

  it("gives each rule its place as its id, and the places shift when a rule is added first", async () => {
    const { fake } = withRules(["{a}", "A1"], ["{b}", "B1"]);
    const ids = await fake.run(async (context) => {
      const formats = context.workbook.worksheets.getActiveWorksheet().getRange().conditionalFormats;
      formats.load("items/id");
      await context.sync();
      const before = formats.items.map((item) => item.id);
      context.workbook.worksheets.getActiveWorksheet().getRange("C1").conditionalFormats.add("Custom");
      await context.sync();
      formats.load("items/id");
      await context.sync();
      return { before, after: formats.items.map((item) => item.id) };
    });
    expect(ids).toEqual({ before: ["0", "1"], after: ["0", "1", "2"] });
    expect(fake.state.sheets[0]!.conditionalFormats.map((cf) => cf.id)[1]).toBe("{a}");
  });

  it("deletes whichever rule holds the id's place when the batch runs", async () => {
    const { fake, sheet } = withRules(["{a}", "A1"], ["{b}", "B1"], ["{c}", "C1"]);
    await fake.run(async (context) => {
      const formats = context.workbook.worksheets.getActiveWorksheet().getRange().conditionalFormats;
      // Meant: {a} and {b}. After the first delete, "1" is {c}.
      formats.getItem("0").delete();
      formats.getItem("1").delete();
      await context.sync();
    });
    expect(sheet.conditionalFormats.map((cf) => cf.id)).toEqual(["{b}"]);
  });

  it("moves a rule by priority, shifting the others, and leaves the object at the old place", async () => {
    const { fake, sheet } = withRules(["{a}", "A1"], ["{b}", "B1"], ["{c}", "C1"]);
    await fake.run(async (context) => {
      const formats = context.workbook.worksheets.getActiveWorksheet().getRange().conditionalFormats;
      const first = formats.getItemAt(0);
      first.priority = 2;
      first.stopIfTrue = true; // now {b}, which holds place 0
      await context.sync();
    });
    expect(sheet.conditionalFormats.map((cf) => [cf.id, cf.stopIfTrue])).toEqual([
      ["{b}", true],
      ["{c}", false],
      ["{a}", false],
    ]);
  });

  it("fails getItemAt(0).delete() with ItemNotFound when two rules cover one cell (office-js #5222)", async () => {
    const { fake, sheet } = withRules(["{a}", "A1:B2"], ["{b}", "B2"]);
    const failed = fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange().conditionalFormats.getItemAt(0).delete();
      await context.sync();
    });
    await expect(failed).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(sheet.conditionalFormats).toHaveLength(2);
  });

  it("fails to read the rule of a format that shares a cell, and reads the others (office-js #6827, #6835)", async () => {
    const { fake } = withRules(["{a}", "A1:B2"], ["{b}", "B2"], ["{c}", "D1"]);
    const read = (index: number) =>
      fake.run(async (context) => {
        const formats = context.workbook.worksheets.getActiveWorksheet().getRange().conditionalFormats;
        const rule = formats.getItemAt(index).custom.rule.load("formula");
        await context.sync();
        return rule.formula;
      });
    await expect(read(0)).rejects.toMatchObject({ code: "GeneralException" });
    await expect(read(1)).rejects.toMatchObject({ code: "GeneralException" });
    expect(await read(2)).toBe('="{c}"=""');
  });

  it("lets the object add() returned be written even over another rule's cells", async () => {
    const { fake, sheet } = withRules(["{a}", "A1:B2"]);
    await fake.run(async (context) => {
      const format = context.workbook.worksheets
        .getActiveWorksheet()
        .getRange("B2")
        .conditionalFormats.add("Custom");
      format.custom.rule.formula = "=TRUE";
      format.custom.format.fill.color = "#FFC7CE";
      await context.sync();
    });
    expect(sheet.conditionalFormats[0]).toMatchObject({ formula: "=TRUE", fill: "#FFC7CE" });
  });
});
