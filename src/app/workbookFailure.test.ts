import { describe, expect, it } from "vitest";
import { WorkbookFailure, isWorkbookFailure } from "./workbookFailure";

describe("isWorkbookFailure", () => {
  it("recognises a failure, also one that crossed a bundle boundary", () => {
    expect(isWorkbookFailure(new WorkbookFailure("busy", "read", "ServiceNotAvailable"))).toBe(true);
    expect(isWorkbookFailure({ name: "WorkbookFailure", code: "busy" })).toBe(true);
  });

  it("does not take other errors for one", () => {
    expect(isWorkbookFailure(new Error("期限"))).toBe(false);
    expect(isWorkbookFailure(null)).toBe(false);
  });
});
