import { describe, expect, test } from "vitest";
import { DEFAULT_SETTINGS, candidateKey, readSettings, withSheetSettings } from "./settings";

describe("readSettings dismissedCandidates", () => {
  test("keeps the items whose candidates a sheet's user dismissed", () => {
    const read = readSettings({ version: 1, sheets: { "5 選挙": { dismissedCandidates: ["2:1", "r14:"] } } });
    expect(read.ok && read.value.sheets["5 選挙"]?.dismissedCandidates).toEqual(["2:1", "r14:"]);
  });

  test.each([["②(1)"], ["2-1"], [""], ["r:"]])("refuses a key it did not write: %j", (key) => {
    expect(readSettings({ version: 1, sheets: { S: { dismissedCandidates: [key] } } })).toEqual({
      ok: false,
      issues: [{ code: "settings_invalid", field: "sheets.S.dismissedCandidates.0" }],
    });
  });

  test("drops the entry when the last dismissal is taken back", () => {
    const dismissed = withSheetSettings(DEFAULT_SETTINGS, "S", { dismissedCandidates: ["2:1"] });
    expect(withSheetSettings(dismissed, "S", { dismissedCandidates: [] }).sheets).toEqual({});
  });
});

describe("candidateKey", () => {
  test.each([
    [{ item: 6, row: 14, subItem: 1 }, "6:1"],
    [{ item: 2, row: 10, subItem: null }, "2:"],
    [{ item: null, row: 14, subItem: null }, "r14:"],
    [{ item: null, row: 14, subItem: 3 }, "r14:3"],
  ])("names %o %s", (target, key) => {
    expect(candidateKey(target)).toBe(key);
  });
});
