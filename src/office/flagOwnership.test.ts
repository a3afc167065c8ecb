import { describe, expect, it, test } from "vitest";
import {
  EMPTY_RECORD,
  hashText,
  isOwnNote,
  isRecordedCell,
  normaliseCell,
  readFlagRecord,
  withSheetNotes,
} from "./flagOwnership";

describe("readFlagRecord", () => {
  it("reads a saved record", () => {
    const raw = { version: 1, sheets: { "{s1}": { notes: { E11: "0a1b2c3d" } } } };
    expect(readFlagRecord(raw)).toEqual(raw);
  });

  test.each([[null], ["記録"], [{ version: 2, sheets: {} }], [{ version: 1 }]])(
    "reads %j as no record",
    (raw) => {
      expect(readFlagRecord(raw)).toEqual(EMPTY_RECORD);
    },
  );

  it("drops entries that are not notes", () => {
    expect(readFlagRecord({ version: 1, sheets: { a: null, b: { notes: { E1: 5, E2: "x" } } } })).toEqual({
      version: 1,
      sheets: { b: { notes: { E2: "x" } } },
    });
  });
});

describe("a record written before an interrupted write", () => {
  const old = "KPIチェッカー（基準日 2025-11-21）\n・(1) の期限を過ぎています。";
  const next = "KPIチェッカー（基準日 2025-12-01）\n・(1) の期限を過ぎています。";
  const record = withSheetNotes(
    EMPTY_RECORD,
    "{s1}",
    { E11: hashText(old) },
    { pending: { E11: hashText(next) }, pendingRules: 3, rules: 2 },
  );

  it("keeps the notes about to be written as pending, and how many rules", () => {
    expect(readFlagRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
    expect(record.sheets["{s1}"]).toMatchObject({ pendingRules: 3, rules: 2 });
  });

  test.each([
    ["the old text", old, true],
    ["the new text", next, true],
    ["an edited text", `${next}\n→ 12月に対応`, false],
  ])("takes a note with %s at the cell for the add-in's: %s", (_, content, own) => {
    expect(isOwnNote(record.sheets["{s1}"], "E11", content)).toBe(own);
    expect(isRecordedCell(record.sheets["{s1}"], "E11")).toBe(true);
  });

  it("takes no note for the add-in's on a sheet without a record", () => {
    expect(isOwnNote(undefined, "E11", old)).toBe(false);
    expect(isRecordedCell(record.sheets["{s1}"], "E12")).toBe(false);
  });

  test.each([[-1], [1.5], ["3"]])("reads a pendingRules of %j as none", (pendingRules) => {
    const raw = { version: 1, sheets: { s: { notes: { E1: "x" }, pendingRules } } };
    expect(readFlagRecord(raw).sheets.s).toEqual({ notes: { E1: "x" } });
  });
});

describe("withSheetNotes", () => {
  it("replaces one sheet's notes", () => {
    expect(withSheetNotes(EMPTY_RECORD, "{s1}", { E11: "h" }).sheets).toEqual({
      "{s1}": { notes: { E11: "h" } },
    });
  });

  it("drops a sheet without notes", () => {
    const record = withSheetNotes(EMPTY_RECORD, "{s1}", { E11: "h" });
    expect(withSheetNotes(record, "{s1}", {})).toEqual(EMPTY_RECORD);
  });
});

describe("hashText", () => {
  it("gives the same 8 hex digits for the same text and different ones for an edit", () => {
    const note = "KPIチェッカー（基準日 2025-11-21）\n・(1) の期限を過ぎています。";
    expect(hashText(note)).toMatch(/^[0-9a-f]{8}$/);
    expect(hashText(note)).toBe(hashText(`${note}`));
    expect(hashText(`${note}\n→ 対応済み`)).not.toBe(hashText(note));
  });

  it("hashes the empty text", () => {
    expect(hashText("")).toBe("811c9dc5");
  });
});

describe("normaliseCell", () => {
  test.each([
    ["'2 行財政改革'!$E$11", "E11"],
    ["Sheet1!e11", "E11"],
    ["E11", "E11"],
  ])("reads %s as %s", (address, cell) => {
    expect(normaliseCell(address)).toBe(cell);
  });
});
