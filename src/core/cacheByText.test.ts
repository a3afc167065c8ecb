import { describe, expect, it } from "vitest";
import { MAX_CACHED_TEXT_LENGTH, cacheByText } from "./cacheByText";

describe("cacheByText", () => {
  it("reads a text once and hands back the same result", () => {
    let calls = 0;
    const read = cacheByText((text: string) => ({ text, n: ++calls }));
    const first = read("111 件");
    expect(read("111 件")).toBe(first);
    expect(calls).toBe(1);
  });

  it("remembers undefined results too", () => {
    let calls = 0;
    const read = cacheByText(() => {
      calls++;
      return undefined;
    });
    read("－");
    read("－");
    expect(calls).toBe(1);
  });

  it("stays within its capacity, starting afresh when full", () => {
    let calls = 0;
    const read = cacheByText((text: string) => `${text}${++calls}`, 2);
    read("a");
    read("b");
    read("c"); // full: starts afresh with c
    expect(read("c")).toBe("c3");
    expect(read("a")).toBe("a4");
  });

  it("refuses a capacity that is not a positive whole number", () => {
    expect(() => cacheByText((t) => t, 0)).toThrow(RangeError);
    expect(() => cacheByText((t) => t, 1.5)).toThrow(RangeError);
  });
});

describe("cacheByText on long texts", () => {
  it(`reads a text longer than ${MAX_CACHED_TEXT_LENGTH} characters each time instead of keeping it`, () => {
    let calls = 0;
    const read = cacheByText((text: string) => ({ length: text.length, n: ++calls }));
    const long = "研".repeat(MAX_CACHED_TEXT_LENGTH + 1);
    expect(read(long)).toEqual({ length: MAX_CACHED_TEXT_LENGTH + 1, n: 1 });
    expect(read(long)).toEqual({ length: MAX_CACHED_TEXT_LENGTH + 1, n: 2 });
    const short = "研".repeat(MAX_CACHED_TEXT_LENGTH);
    expect(read(short)).toBe(read(short));
  });
});
