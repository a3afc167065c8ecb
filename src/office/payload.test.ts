import { describe, expect, it, test } from "vitest";
import { jsonBytes, utf8Length } from "./payload";

describe("utf8Length", () => {
  test.each([
    ["", 0],
    ["E11", 3],
    ["進捗", 6],
    ["３６．４ ％", 16],
    ["𠮷", 4],
  ])("counts %s as %d bytes", (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
  });
});

describe("jsonBytes", () => {
  it("measures a value as JSON", () => {
    expect(jsonBytes([["111 件", 120]])).toBe(Buffer.byteLength(JSON.stringify([["111 件", 120]])));
  });

  it("counts nothing for undefined", () => {
    expect(jsonBytes(undefined)).toBe(0);
  });
});
