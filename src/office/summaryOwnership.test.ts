import { describe, expect, test } from "vitest";
import { readSummaryRecord } from "./summaryOwnership";

describe("readSummaryRecord", () => {
  test.each([
    [
      { version: 1, sheetId: "{s7}" },
      { version: 1, sheetId: "{s7}" },
    ],
    [null, null],
    ["集計", null],
    [{ version: 2, sheetId: "{s7}" }, null],
    [{ version: 1, sheetId: "" }, null],
    [{ version: 1, sheetId: 7 }, null],
  ])("reads %j as %j", (raw, expected) => {
    expect(readSummaryRecord(raw)).toEqual(expected);
  });
});
