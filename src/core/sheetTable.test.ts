import { describe, expect, test } from "vitest";
import { columnIndex, columnLetter, toA1 } from "./sheetTable";

describe("columnLetter / columnIndex", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %d is %s", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  test.each([-1, 1.5])("columnLetter throws on %d", (bad) => {
    expect(() => columnLetter(bad)).toThrow(RangeError);
  });

  test.each(["", "1A", "ABCD", "あ"])("columnIndex refuses %j", (bad) => {
    expect(columnIndex(bad)).toBeNull();
  });
});

describe("toA1", () => {
  test("names row 12 of column C as C12", () => {
    expect(toA1(12, 2)).toBe("C12");
  });
});
