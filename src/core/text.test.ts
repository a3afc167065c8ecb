import { describe, expect, it, test } from "vitest";
import { ForwardMatcher, formatItemMarker, isSpaceCode, normalizeWidth, readItemMarker } from "./text";

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

describe("ForwardMatcher", () => {
  it("finds the first match at or after each position asked, in order", () => {
    const turns = new ForwardMatcher(/完了|今後/, "7月完了。8月予定、今後");
    expect(turns.firstFrom(0)).toEqual({ start: 2, end: 4 });
    expect(turns.firstFrom(2)).toEqual({ start: 2, end: 4 });
    expect(turns.firstFrom(3)).toEqual({ start: 10, end: 12 });
    expect(turns.firstFrom(11)).toBeNull();
    expect(turns.firstFrom(12)).toBeNull();
  });

  it("returns null for a text without a match, and leaves the caller's pattern alone", () => {
    const pattern = /予定/g;
    pattern.lastIndex = 3;
    expect(new ForwardMatcher(pattern, "実施した").firstFrom(0)).toBeNull();
    expect(pattern.lastIndex).toBe(3);
  });
});

describe("isSpaceCode", () => {
  test.each([" ", "\t", "\n", "\u3000", "\u00a0", "\ufeff"])("takes %j for a space, as \\s does", (c) => {
    expect(isSpaceCode(c.charCodeAt(0))).toBe(true);
  });

  test.each(["a", "、", "1", "～"])("does not take %j for a space", (c) => {
    expect(isSpaceCode(c.charCodeAt(0))).toBe(false);
  });
});
