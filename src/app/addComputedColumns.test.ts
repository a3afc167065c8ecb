import { describe, expect, it } from "vitest";
import { goalSheet2 } from "../../test/fakeExcel/seedSheets";
import { fakeWorkbook } from "../../test/fakeExcel/fakeHost";
import { addComputedColumns } from "./addComputedColumns";
import { DEFAULT_SETTINGS } from "./settings";

const OPTIONS = { asOf: "2025-11-21", settings: DEFAULT_SETTINGS, locale: "ja" as const };

describe("addComputedColumns", () => {
  it("adds the columns right of the used range by default", async () => {
    const { workbook } = fakeWorkbook([goalSheet2()]);
    const added = await addComputedColumns(workbook, { ...OPTIONS, firstColumn: null });
    expect(added.ok && added.value).toMatchObject({ address: "J8:K13", headers: ["期限", "期限超過"] });
  });

  it("refuses, saying why, when the chosen columns hold the table", async () => {
    const { workbook } = fakeWorkbook([goalSheet2()]);
    expect(await addComputedColumns(workbook, { ...OPTIONS, firstColumn: 3 })).toEqual({
      ok: false,
      issues: [{ code: "computed_columns_overlap_table", column: "D" }],
    });
  });
});
