import { describe, expect, it } from "vitest";
import { isAppIssue } from "./appIssue";

describe("isAppIssue", () => {
  it("tells the app's issues from the core's", () => {
    expect(isAppIssue({ code: "computed_cells_occupied", cells: "H8", count: 1, column: "H" })).toBe(true);
  });

  it("does not take a core issue for the app's", () => {
    expect(isAppIssue({ code: "table_not_found", sheet: "表紙" })).toBe(false);
  });
});
