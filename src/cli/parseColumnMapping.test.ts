import { describe, expect, test } from "vitest";
import { parseColumnMapping } from "./parseColumnMapping";

describe("parseColumnMapping", () => {
  test.each([
    ["initiative=B,period=C", { initiative: 1, period: 2 }],
    ["initiative=B,period=C,target=F", { initiative: 1, period: 2, target: 5 }],
    ["kpi = e, baselineTarget = AA", { kpi: 4, baselineTarget: 26 }],
    ["ｉｎｉｔｉａｔｉｖｅ＝Ｂ、ｐｅｒｉｏｄ＝Ｃ", { initiative: 1, period: 2 }],
  ])("reads %j", (input, expected) => {
    expect(parseColumnMapping(input)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ["foo=B", ["foo=B"]],
    ["period=1A", ["period=1A"]],
    ["initiative=B,period", ["period"]],
    ["initiative=B,period=B", ["period=B"]],
    ["target=F,target=G", ["target=G"]],
    ["foo=B,kpi=E,bar", ["foo=B", "bar"]],
    ["", [""]],
  ])("fails on %j naming the bad parts", (input, parts) => {
    expect(parseColumnMapping(input)).toEqual({
      ok: false,
      issues: parts.map((text) => ({ code: "mapping_unreadable", text })),
    });
  });
});
