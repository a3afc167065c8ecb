import { describe, expect, it } from "vitest";
import { APP_ISSUE_CODES } from "../../app/appIssue";
import { WORKBOOK_FAILURE_CODES } from "../../app/workbookFailure";
import { stringsFor } from "./stringsFor";

describe("stringsFor", () => {
  it("gives Japanese and English words", () => {
    expect(stringsFor("ja").check.button).toBe("提出前チェック");
    expect(stringsFor("en").check.button).toBe("Check before submission");
  });

  it("words every failure and every app issue in both languages", () => {
    for (const locale of ["ja", "en"] as const) {
      const strings = stringsFor(locale);
      for (const code of WORKBOOK_FAILURE_CODES) expect(strings.failures[code].title).not.toBe("");
      for (const code of APP_ISSUE_CODES) expect(strings.appIssues[code]({ code })).not.toBe("");
    }
  });

  it("words an unknown reason for refusing computed columns in general terms", () => {
    expect(
      stringsFor("ja").appIssues.computed_columns_unsupported({
        code: "computed_columns_unsupported",
        reason: "?",
      }),
    ).toBe("この表には計算列を追加できません。");
  });
});
