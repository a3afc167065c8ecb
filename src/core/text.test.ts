import { describe, expect, it, test } from "vitest";
import { formatItemMarker, normalizeWidth, readItemMarker } from "./text";

describe("normalizeWidth", () => {
  test.each([
    ["３６．４ ％", "36.4 %"],
    ["7,072 ｔ", "7,072 t"],
    ["R7. 5月〜R8. 1月", "R7. 5月～R8. 1月"],
    ["R7. 5月～R8. 1月", "R7. 5月～R8. 1月"],
    ["  年度内\n ", "年度内"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeWidth(input)).toBe(expected);
  });
});

describe("readItemMarker", () => {
  test.each([
    ["①", 1],
    ["⑥", 6],
    [" ③ ", 3],
    ["1", null],
    ["", null],
  ])("%j → %s", (text, expected) => {
    expect(readItemMarker(text)).toBe(expected);
  });

  it("round-trips with formatItemMarker", () => {
    expect(formatItemMarker(2)).toBe("②");
    expect(formatItemMarker(25)).toBe("(25)");
  });
});
