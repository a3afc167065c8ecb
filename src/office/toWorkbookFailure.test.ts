import { describe, expect, it, test } from "vitest";
import { WorkbookFailure } from "../app/workbookFailure";
import { isExcelError, isPayloadTooLarge, toWorkbookFailure } from "./toWorkbookFailure";

describe("toWorkbookFailure", () => {
  test.each([
    ["InvalidOperationInCellEditMode", "cell_edit_mode"],
    ["AccessDenied", "access_denied"],
    ["RequestPayloadSizeLimitExceeded", "payload_too_large"],
    ["ItemNotFound", "not_found"],
    ["ApiNotFound", "not_supported"],
    ["ServiceNotAvailable", "busy"],
    ["Conflict", "conflict"],
    ["GeneralException", "general"],
  ])("maps Excel's %s to %s", (code, expected) => {
    const failure = toWorkbookFailure({ code, message: "メッセージ" }, "flag");
    expect(failure).toBeInstanceOf(WorkbookFailure);
    expect(failure).toMatchObject({ code: expected, operation: "flag", detail: `${code}: メッセージ` });
  });

  it("passes through an error that is not Excel's (a bug)", () => {
    const bug = new TypeError("undefined is not a function");
    expect(toWorkbookFailure(bug, "read")).toBe(bug);
  });

  it("keeps a failure that is already mapped", () => {
    const failure = new WorkbookFailure("busy", "read", "Busy");
    expect(toWorkbookFailure(failure, "flag")).toBe(failure);
  });
});

describe("isExcelError", () => {
  it("recognises an error with a string code", () => {
    expect(isExcelError({ code: "ItemNotFound" })).toBe(true);
  });

  it("rejects anything else", () => {
    expect(isExcelError(new Error("x"))).toBe(false);
    expect(isExcelError(null)).toBe(false);
  });
});

describe("isPayloadTooLarge", () => {
  it("recognises Excel's size refusals", () => {
    expect(isPayloadTooLarge({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
  });

  it("does not take other errors for one", () => {
    expect(isPayloadTooLarge({ code: "GeneralException" })).toBe(false);
    expect(isPayloadTooLarge("大きすぎます")).toBe(false);
  });
});
