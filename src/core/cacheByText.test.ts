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

  it("keeps no more texts than its capacity", () => {
    let calls = 0;
    const read = cacheByText((text: string) => `${text}${++calls}`, 3);
    const texts = Array.from({ length: 100 }, (_, i) => `${i} 件`);
    for (const text of texts) read(text);
    calls = 0;
    for (const text of texts) read(text);
    expect(calls).toBeGreaterThanOrEqual(texts.length - 3);
  });

  it("keeps no more characters than its budget, 256 a slot", () => {
    let calls = 0;
    const read = cacheByText((text: string) => `${text.length}:${++calls}`, 2);
    const a = "研".repeat(300);
    const b = "修".repeat(300);
    read(a);
    read(b); // 600 characters: over the budget of 512, the table starts afresh with b alone
    expect(read(b)).toBe("300:2");
    expect(read(a)).toBe("300:3");
  });

  it("tells apart long texts that differ only in the middle", () => {
    const read = cacheByText((text: string) => text.length + text.indexOf("X"));
    const left = `${"研".repeat(100)}X${"研".repeat(100)}`;
    const right = `${"研".repeat(101)}X${"研".repeat(99)}`;
    expect(read(left)).toBe(201 + 100);
    expect(read(right)).toBe(201 + 101);
    expect(read(left)).toBe(201 + 100);
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
