import { describe, expect, test } from "vitest";
import { actualTextOf, withSubItemLine } from "./planActualColumn";

describe("actualTextOf", () => {
  test.each([
    [{ amount: 0.843, unit: "%" }, "84.3%"],
    [{ amount: 0.9, unit: "%" }, "90%"],
    [{ amount: 1012, unit: "人" }, "1,012人"],
    [{ amount: 1_300_000, unit: "PV" }, "1,300,000PV"],
    [{ amount: 0.0125, unit: "‰" }, "12.5‰"],
    [{ amount: -5, unit: "件" }, "-5件"],
  ])("writes %o as %s", (candidate, text) => {
    expect(actualTextOf(candidate)).toBe(text);
  });
});

describe("withSubItemLine", () => {
  test.each([
    ["", 1, "84.3%", "(1) 84.3%"],
    ["(1) 76点", 3, "2校", "(1) 76点\n(3) 2校"],
    ["(3) 2校", 1, "76点", "(1) 76点\n(3) 2校"],
    ["(1) 76点\n(3) 2校", 3, "3校", "(1) 76点\n(3) 3校"],
    ["84.3%", null, "85%", "85%"],
    // A plain value written when the target had no sub-items gives way to the sub-item's line.
    ["84.3%", 2, "85%", "(2) 85%"],
  ] as const)("sets %j's sub-item %s to %s", (current, subItem, value, text) => {
    expect(withSubItemLine(current, subItem, value)).toBe(text);
  });
});
