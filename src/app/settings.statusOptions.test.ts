import { describe, expect, test } from "vitest";
import { DEFAULT_STATUS_OPTIONS, parseStatusOptions, readSettings } from "./settings";

describe("readSettings statusOptions", () => {
  test("keeps the status dropdown's entries a workbook saved", () => {
    const read = readSettings({ version: 1, statusOptions: ["未着手", "実施中", "完了", "済"] });
    expect(read).toMatchObject({ ok: true, value: { statusOptions: ["未着手", "実施中", "完了", "済"] } });
  });

  test("leaves them out when none were saved, so the defaults apply", () => {
    const read = readSettings({ version: 1 });
    expect(read.ok && read.value.statusOptions).toBeUndefined();
    expect(DEFAULT_STATUS_OPTIONS).toEqual(["未着手", "実施中", "完了", "中止"]);
  });

  test.each([
    [[], "statusOptions"],
    [["未着手", "完了,済"], "statusOptions.1"],
    [["未着手", ""], "statusOptions.1"],
    [["あ".repeat(21)], "statusOptions.0"],
  ])("refuses %j, naming the entry at fault", (statusOptions, field) => {
    expect(readSettings({ version: 1, statusOptions })).toEqual({
      ok: false,
      issues: [{ code: "settings_invalid", field }],
    });
  });
});

describe("parseStatusOptions", () => {
  test.each([
    ["未着手、実施中、完了、中止", ["未着手", "実施中", "完了", "中止"]],
    ["未着手, 実施中 ,完了", ["未着手", "実施中", "完了"]],
    ["未着手・済", ["未着手", "済"]],
    ["未着手\n完了\n", ["未着手", "完了"]],
  ])("reads %j", (text, expected) => {
    expect(parseStatusOptions(text)).toEqual({ ok: true, value: expected });
  });

  test.each([
    [""],
    ["、、"],
    ["完了、完了"],
    ["あ".repeat(21)],
    [Array.from({ length: 21 }, (_, i) => `状況${i}`).join("、")],
  ])("refuses %j, saying which text", (text) => {
    expect(parseStatusOptions(text)).toEqual({
      ok: false,
      issues: [{ code: "status_options_invalid", text }],
    });
  });
});
