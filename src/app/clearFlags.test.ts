import { describe, expect, it } from "vitest";
import { goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import { fakeWorkbook } from "../../test/fakeExcel/fakeHost";
import { clearFlags } from "./clearFlags";
import { flagInPlace } from "./flagInPlace";
import { DEFAULT_SETTINGS } from "./settings";

const OPTIONS = { asOf: "2025-11-21", settings: DEFAULT_SETTINGS, locale: "ja" as const };

describe("clearFlags", () => {
  it("removes what flagInPlace added", async () => {
    const { workbook } = fakeWorkbook([goalSheet2()]);
    const flagged = await flagInPlace(workbook, OPTIONS);
    const cleared = await clearFlags(workbook);
    expect(cleared.notesRemoved).toBe(flagged.ok ? flagged.value.outcome.notesWritten : -1);
  });

  it("does nothing, in one round trip, on a sheet the add-in never flagged", async () => {
    const { fake, workbook } = fakeWorkbook([kpiList()]);
    expect(await clearFlags(workbook)).toEqual({
      conditionalFormatsRemoved: 0,
      notesRemoved: 0,
      notesKeptAsEdited: [],
    });
    expect(fake.syncs.length).toBe(1);
  });
});
