import { describe, expect, it } from "vitest";
import { goalSheet2 } from "../../test/fakeExcel/seedSheets";
import { fakeWorkbook } from "../../test/fakeExcel/fakeHost";
import { snapshotWorkbook } from "../../test/fakeExcel/fakeWorkbook";
import { flagInPlace } from "./flagInPlace";
import { DEFAULT_SETTINGS } from "./settings";

const OPTIONS = { asOf: "2025-11-21", settings: DEFAULT_SETTINGS, locale: "ja" as const };

describe("flagInPlace", () => {
  it("returns the check it flagged from, with what it wrote", async () => {
    const { workbook } = fakeWorkbook([goalSheet2()]);
    const flagged = await flagInPlace(workbook, OPTIONS);
    expect(flagged.ok && flagged.value.report.sheetName).toBe("2 行財政改革");
    expect(flagged.ok && flagged.value.outcome.notesWritten).toBe(
      flagged.ok ? flagged.value.report.summary.warnings : -1,
    );
  });

  it("writes nothing and returns the issue when the sheet has no table", async () => {
    const { fake, workbook } = fakeWorkbook([{ name: "表紙", values: [["令和7年度 重点目標"]] }]);
    const before = snapshotWorkbook(fake.state);
    expect(await flagInPlace(workbook, OPTIONS)).toEqual({
      ok: false,
      issues: [{ code: "table_not_found", sheet: "表紙" }],
    });
    expect(snapshotWorkbook(fake.state)).toEqual(before);
  });
});
