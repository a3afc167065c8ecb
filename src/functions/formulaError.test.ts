import { afterEach, describe, expect, it, test, vi } from "vitest";
import { createCustomFunctionsStandIn, StandInCustomFunctionError } from "./customFunctionsStandIn";
import { forgetDisplayLocale } from "./displayLocale";
import { ExcelErrorOutsideExcel, excelErrorKindOf, FormulaError, toExcelError } from "./formulaError";

afterEach(() => {
  vi.unstubAllGlobals();
  forgetDisplayLocale();
});

describe("excelErrorKindOf", () => {
  test.each([
    ["value_empty", "notAvailable"],
    ["deadline_no_fixed_due", "notAvailable"],
    ["baseline_missing", "notAvailable"],
    // a rate these values do not have: #N/A, whose message Excel shows (#DIV/0! would show none)
    ["baseline_equals_target", "notAvailable"],
    ["target_zero", "notAvailable"],
    ["actual_zero", "notAvailable"],
    ["number_out_of_range", "invalidNumber"],
    ["value_unreadable", "invalidValue"],
    ["deadline_unreadable", "invalidValue"],
    ["date_unreadable", "invalidValue"],
    ["start_month_invalid", "invalidValue"],
  ] as const)("maps %s to %s", (code, kind) => {
    expect(excelErrorKindOf(code)).toBe(kind);
  });

  it("refuses a code that is not an issue's, at compile time and at run time", () => {
    // @ts-expect-error: a misspelled code does not compile
    expect(excelErrorKindOf("value_unreadble")).toBe("invalidValue");
  });
});

describe("toExcelError", () => {
  it("makes a CustomFunctions.Error with the message in the display language", () => {
    vi.stubGlobal("CustomFunctions", createCustomFunctionsStandIn());
    vi.stubGlobal("Office", { context: { displayLanguage: "en-US" } });
    forgetDisplayLocale();
    const error = toExcelError(new FormulaError({ code: "target_zero" }));
    expect(error).toBeInstanceOf(StandInCustomFunctionError);
    expect(error).toMatchObject({
      code: "#N/A",
      message: "The target is 0, so the achievement rate cannot be computed.",
    });
  });

  it("keeps an explicit Excel error over the code's usual one", () => {
    vi.stubGlobal("CustomFunctions", createCustomFunctionsStandIn());
    const error = toExcelError(
      new FormulaError({ code: "start_month_invalid", text: "13" }, "invalidNumber"),
    );
    expect(error).toMatchObject({ code: "#NUM!" });
    expect(error.message).toContain("「13」は 1〜12 の整数");
  });

  test.each([[new TypeError("x is undefined")], ["a string"], [undefined]])(
    "turns an unexpected %j into #VALUE! with a message",
    (thrown) => {
      vi.stubGlobal("CustomFunctions", createCustomFunctionsStandIn());
      const error = toExcelError(thrown);
      expect(error).toMatchObject({ code: "#VALUE!" });
      expect(error.message).toMatch(/^計算中に予期しないエラーが発生しました/);
    },
  );

  it("passes a CustomFunctions.Error through unchanged", () => {
    const runtime = createCustomFunctionsStandIn();
    vi.stubGlobal("CustomFunctions", runtime);
    const original = new runtime.Error("#N/A", "as thrown");
    expect(toExcelError(original)).toBe(original);
  });

  it("still gives a code and message where there is no CustomFunctions (Node, the benchmark)", () => {
    vi.stubGlobal("CustomFunctions", undefined);
    const error = toExcelError(new FormulaError({ code: "value_empty" }));
    expect(error).toBeInstanceOf(ExcelErrorOutsideExcel);
    expect(error).toMatchObject({ code: "#N/A", message: "値が入力されていません。" });
  });
});
