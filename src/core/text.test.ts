import { describe, expect, it, test } from "vitest";
import {
  ForwardMatcher,
  foldWidth,
  formatItemMarker,
  isSpaceCode,
  normalizeWidth,
  readItemMarker,
} from "./text";

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

describe("foldWidth", () => {
  /** Every character foldWidth maps itself rather than leave to NFKC. */
  const folded: number[] = [];
  for (let c = 0; c <= 0xffff; c++) if (foldWidth(String.fromCharCode(c)) !== null) folded.push(c);

  it("maps every character it takes as NFKC does", () => {
    expect(folded.length).toBeGreaterThan(20_000);
    for (const c of folded) {
      const ch = String.fromCharCode(c);
      expect(foldWidth(ch), c.toString(16)).toBe(ch.normalize("NFKC"));
    }
  });

  it("takes no character that combines with its neighbour, so a text maps character by character", () => {
    // A character combines with the one before it when it is the second of a canonical decomposition
    // (か + ゙ → が) or has a combining class (it would move before U+0345, whose class is the highest).
    const seconds = new Set<number>();
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      const nfd = ch.normalize("NFD");
      if (nfd !== ch) for (let i = 1; i < nfd.length; i++) seconds.add(nfd.charCodeAt(i));
    }
    const combining = folded.filter((c) => {
      const ch = String.fromCharCode(c);
      return seconds.has(c) || `a\u0345${ch}`.normalize("NFD") !== `a\u0345${ch.normalize("NFD")}`;
    });
    expect(combining).toEqual([]);
  });

  test.each([
    ["111 件", "111 件"],
    ["３６．４ ％", "36.4 %"],
    ["R4 7,072 ｔ", "R4 7,072 t"],
    ["１００\u3000人", "100 人"],
    ["", ""],
  ])("%j → %j, as NFKC", (input, expected) => {
    expect(foldWidth(input)).toBe(expected);
    expect(expected).toBe(input.normalize("NFKC"));
  });

  test.each(["①", "５ ㌫", "81･2%", "ｶ", "か\u3099"])("leaves %j to NFKC", (input) => {
    expect(foldWidth(input)).toBeNull();
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
