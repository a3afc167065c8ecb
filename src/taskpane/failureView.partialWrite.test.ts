import { describe, expect, test } from "vitest";
import type { WorkbookOperation } from "../app/workbookFailure";
import { en } from "./strings/en";
import { ja } from "./strings/ja";
import { failureView } from "./viewModel";

describe("failureView after a write left part done", () => {
  test.each<[WorkbookOperation, string, string]>([
    ["validate", ja.prepare.partialWrite, "入力規則を外す"],
    ["unvalidate", ja.prepare.partialWrite, "入力規則を外す"],
    ["carry", ja.newYear.partialWrite, "削除"],
    ["template", ja.newYear.partialWrite, "削除"],
    ["summary", ja.summary.partialWrite, "削除"],
    ["actual", ja.candidates.partialWrite, "実績値列を外す"],
    ["unactual", ja.candidates.partialWrite, "実績値列を外す"],
  ])("says what may be left after %s and what puts it right", (operation, text, remedy) => {
    const failure = { code: "general", operation, detail: "GeneralException", partialWrite: true } as const;
    expect(failureView(failure, ja).written).toBe(text);
    expect(text).toContain(remedy);
    expect(failureView({ ...failure, partialWrite: false }, ja).written).toBe(ja.nothingWritten);
  });

  test("in English too", () => {
    const failure = { code: "general", operation: "validate", detail: "x", partialWrite: true } as const;
    expect(failureView(failure, en).written).toContain("Remove validation");
  });
});
