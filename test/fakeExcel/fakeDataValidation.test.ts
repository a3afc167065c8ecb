/**
 * The fake's data validation reads back as Excel's does (see fakeDataValidation.ts for the sources).
 */
import { describe, expect, it } from "vitest";
import { setValidation } from "./fakeDataValidation";
import { FakeExcel } from "./fakeExcel";
import { createWorkbookState } from "./fakeWorkbook";
import { kpiList } from "./seedSheets";

const LIST = { rule: { list: { inCellDropDown: true, source: "済,未" } } };

async function read(fake: FakeExcel, address: string) {
  return fake.run(async (context) => {
    const validation = context.workbook.worksheets
      .getActiveWorksheet()
      .getRange(address)
      .dataValidation.load("type,rule,prompt,valid");
    await context.sync();
    return {
      type: validation.type,
      rule: validation.rule,
      prompt: validation.prompt,
      valid: validation.valid,
    };
  });
}

function setup() {
  const fake = new FakeExcel(createWorkbookState([kpiList(6)]));
  const sheet = fake.state.sheets[0];
  if (!sheet) throw new Error("no sheet");
  return { fake, sheet };
}

describe("FakeDataValidation", () => {
  it("reads a cell with only an input message as type None, with its prompt", async () => {
    const { fake, sheet } = setup();
    const prompt = { showPrompt: true, title: "目標値", message: "R10年度末の値" };
    setValidation(sheet, { r0: 5, c0: 3, r1: 5, c1: 3 }, { rule: {}, prompt });
    expect(await read(fake, "D6")).toMatchObject({ type: "None", rule: {}, prompt });
    expect(await read(fake, "D7")).toMatchObject({
      type: "None",
      prompt: { showPrompt: false, message: "" },
    });
  });

  it("takes a prompt on a cell without validation, as a prompt-only cell", async () => {
    const { fake } = setup();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("D6");
      range.dataValidation.prompt = { showPrompt: true, title: "目標値", message: "R10年度末の値" };
      await context.sync();
    });
    expect(await read(fake, "D6")).toMatchObject({ type: "None", prompt: { message: "R10年度末の値" } });
  });

  it("reads a date rule's bounds back as string formulas, however they were set", async () => {
    const { fake, sheet } = setup();
    setValidation(
      sheet,
      { r0: 5, c0: 3, r1: 5, c1: 3 },
      {
        rule: { date: { operator: "Between", formula1: "2025-04-01", formula2: 46112 } },
      },
    );
    expect((await read(fake, "D6")).rule).toEqual({
      date: { operator: "Between", formula1: "=45748", formula2: "=46112" },
    });
  });

  it("says MixedCriteria when some cells have validation and some none, Inconsistent when all differ", async () => {
    const { fake, sheet } = setup();
    setValidation(sheet, { r0: 5, c0: 3, r1: 5, c1: 3 }, LIST);
    setValidation(
      sheet,
      { r0: 6, c0: 3, r1: 6, c1: 3 },
      {
        rule: { list: { inCellDropDown: true, source: "A,B" } },
      },
    );
    expect(await read(fake, "D6:D8")).toMatchObject({ type: "MixedCriteria", rule: null, prompt: null });
    expect(await read(fake, "D6:D7")).toMatchObject({ type: "Inconsistent", rule: null });
    expect(await read(fake, "D6:D6")).toMatchObject({ type: "List" });
  });

  it("says whether the values meet their rules: true, false, or null for some of each", async () => {
    const { fake, sheet } = setup();
    // D6:D7 hold 120 件 and 12 箇所: neither is 済 or 未.
    setValidation(sheet, { r0: 5, c0: 3, r1: 6, c1: 3 }, LIST);
    expect((await read(fake, "D6:D7")).valid).toBe(false);
    expect((await read(fake, "D8:D9")).valid).toBe(true);
    expect((await read(fake, "D6:D9")).valid).toBeNull();
  });
});
