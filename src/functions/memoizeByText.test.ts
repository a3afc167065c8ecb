import { describe, expect, it } from "vitest";
import { memoizeByText } from "./memoizeByText";

describe("memoizeByText", () => {
  it("reads each text once while it is remembered", () => {
    const seen: string[] = [];
    const read = memoizeByText((text) => {
      seen.push(text);
      return text.length;
    });
    expect([read("111 件"), read("－ 人"), read("111 件"), read("111 件")]).toEqual([5, 3, 5, 5]);
    expect(seen).toEqual(["111 件", "－ 人"]);
  });

  it("remembers false and null results too", () => {
    let calls = 0;
    const read = memoizeByText((text) => {
      calls++;
      return text === "完了" ? true : text === "随時" ? null : false;
    });
    read("予定");
    read("予定");
    read("随時");
    read("随時");
    expect(calls).toBe(2);
  });

  it("forgets everything when it passes its limit, and stays bounded", () => {
    let calls = 0;
    const read = memoizeByText((text) => {
      calls++;
      return text;
    }, 3);
    for (const text of ["1 件", "2 件", "3 件", "4 件"]) read(text);
    expect(calls).toBe(4);
    read("4 件");
    expect(calls).toBe(4);
    read("1 件");
    expect(calls).toBe(5);
  });
});
