import { describe, expect, test } from "vitest";
import { subItemPrefix } from "./subItemPrefix";

describe("subItemPrefix", () => {
  test.each([
    [{ code: "overdue_not_done", subItem: 1 }, "(1) "],
    [{ code: "stale_planned_statement", subItem: 3, subItems: "3,4" }, "(3)(4) "],
    [{ code: "overdue_not_done" }, ""],
    [{ code: "overdue_not_done", subItems: "" }, ""],
  ] as const)("%j → %j", (issue, expected) => {
    expect(subItemPrefix(issue)).toBe(expected);
  });
});
