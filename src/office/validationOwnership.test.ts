import { describe, expect, it, test } from "vitest";
import type { InstalledRange, SavedValidation } from "./validationOwnership";
import {
  EMPTY_VALIDATION_RECORD,
  previousAt,
  readValidationRecord,
  runsOf,
  savedValidationOf,
  withSheetRanges,
} from "./validationOwnership";

const LIST: SavedValidation = {
  rule: { list: { inCellDropDown: true, source: "済,未" } },
  prompt: { showPrompt: true, title: "担当課", message: "済か未を選択" },
  errorAlert: null,
  ignoreBlanks: true,
};

const RANGE: InstalledRange = {
  column: 3,
  firstRow: 6,
  lastRow: 10,
  type: "Custom",
  promptMessage: "数値と単位で入力します",
  previous: [
    { firstRow: 6, lastRow: 7, validation: null },
    { firstRow: 8, lastRow: 8, validation: LIST },
    { firstRow: 9, lastRow: 10, validation: null },
  ],
};

describe("readValidationRecord", () => {
  it("reads a record it wrote", () => {
    const record = withSheetRanges(EMPTY_VALIDATION_RECORD, "{s1}", [RANGE]);
    expect(readValidationRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  test.each([
    null,
    "壊れた値",
    { version: 2, sheets: {} },
    { version: 1, sheets: { s: { ranges: [{ column: -1 }] } } },
  ])("counts %j as no record", (raw) => {
    expect(readValidationRecord(raw)).toEqual(EMPTY_VALIDATION_RECORD);
  });
});

describe("withSheetRanges", () => {
  it("drops a sheet with no ranges left", () => {
    const record = withSheetRanges(EMPTY_VALIDATION_RECORD, "{s1}", [RANGE]);
    expect(withSheetRanges(record, "{s1}", []).sheets).toEqual({});
  });
});

describe("runsOf", () => {
  it("joins neighbouring rows with the same validation", () => {
    const rows = [6, 7, 8, 9, 10].map((row) => ({ row, validation: row === 8 ? LIST : null }));
    expect(runsOf(rows)).toEqual(RANGE.previous);
  });

  it("gives no runs for no rows", () => {
    expect(runsOf([])).toEqual([]);
  });
});

describe("previousAt", () => {
  test.each([
    [7, null],
    [8, LIST],
    [11, undefined],
  ])("gives row %i's earlier validation", (row, expected) => {
    expect(previousAt(RANGE, row)).toEqual(expected);
  });
});

describe("savedValidationOf", () => {
  it("keeps the one rule member Excel set", () => {
    expect(
      savedValidationOf({
        type: "List",
        rule: { list: { inCellDropDown: true, source: "済,未" }, date: null, custom: undefined },
        prompt: LIST.prompt,
        errorAlert: null,
        ignoreBlanks: true,
      }),
    ).toEqual(LIST);
  });

  it("gives null for cells without validation", () => {
    expect(
      savedValidationOf({ type: "None", rule: {}, prompt: null, errorAlert: null, ignoreBlanks: true }),
    ).toBeNull();
  });
});
