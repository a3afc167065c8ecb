import { describe, expect, test } from "vitest";
import { formatDate } from "./formatDate";

describe("formatDate", () => {
  test.each([
    ["2025-04-30", "ja", "2025年4月30日"],
    ["2026-03-31", "en", "2026-03-31"],
    ["R7.4月", "ja", "R7.4月"],
    [null, "ja", ""],
    [undefined, "en", ""],
    [46112, "ja", "46112"],
  ] as const)("%j in %s → %j", (input, locale, expected) => {
    expect(formatDate(input, locale)).toBe(expected);
  });
});
