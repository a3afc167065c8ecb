import { describe, expect, it, test } from "vitest";
import { localIsoDate } from "./systemClock";

describe("localIsoDate", () => {
  test.each([
    [new Date(2025, 10, 21, 0, 0), "2025-11-21"],
    [new Date(2025, 10, 21, 23, 59), "2025-11-21"],
    [new Date(2026, 2, 31, 12, 0), "2026-03-31"],
  ])("gives the local day of %s", (date, iso) => {
    expect(localIsoDate(date)).toBe(iso);
  });

  it("throws for an invalid Date", () => {
    expect(() => localIsoDate(new Date("令和7年"))).toThrow(RangeError);
  });
});
