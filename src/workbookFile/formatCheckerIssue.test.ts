import { describe, expect, it, test } from "vitest";
import type { FileIssue } from "./fileIssues";
import { formatCheckerIssue } from "./formatCheckerIssue";

/** One issue of each of the checker's codes: the compiler checks the list is complete. */
const ONE_OF_EACH: { readonly [C in FileIssue["code"]]: Extract<FileIssue, { code: C }> } = {
  file_unreadable: { code: "file_unreadable", path: "メモ.txt", reason: "not_xlsx" },
  file_too_large: {
    code: "file_too_large",
    path: "a.xlsx",
    limit: "rows",
    max: 200000,
    sheet: "S",
    row: 1048576,
  },
  sheet_not_found: { code: "sheet_not_found", path: "a.xlsx", sheet: "集計" },
  workbook_without_table: { code: "workbook_without_table", path: "a.xlsx" },
};

describe("formatCheckerIssue", () => {
  test.each(Object.values(ONE_OF_EACH))("words $code in Japanese and English", (issue) => {
    const jaText = formatCheckerIssue(issue, "ja");
    const enText = formatCheckerIssue(issue, "en");
    expect(jaText).toMatch(/[ぁ-んァ-ヶ一-龠]/);
    expect(enText).toMatch(/^[^ぁ-ん]*[A-Za-z]/);
    expect(`${jaText} ${enText}`).not.toMatch(/undefined|null|NaN/);
  });

  it("names the file and the limit it passed", () => {
    expect(formatCheckerIssue(ONE_OF_EACH.file_too_large, "ja")).toBe(
      "ブック「a.xlsx」は値のある範囲が全シート合わせて上限の 200,000 行を超えるため確認しません（シート「S」の 1,048,576 行目）。離れた行にある不要な値や数式を削除するか、Excel で開いて、確認する表のあるシートだけを新しいブックに保存してから確認してください。",
    );
    expect(formatCheckerIssue(ONE_OF_EACH.file_unreadable, "en")).toBe(
      'File "メモ.txt" is not an Excel workbook (.xlsx). Open it in Excel and save it as .xlsx, then check that.',
    );
  });

  test.each(["missing", "not_a_file", "no_access", "not_xlsx", "encrypted_or_xls", "corrupt"] as const)(
    "says why a file cannot be read (%s) in words and what to do, never the reason's code",
    (reason) => {
      for (const locale of ["ja", "en"] as const) {
        const text = formatCheckerIssue({ code: "file_unreadable", path: "総務部.xlsx", reason }, locale);
        expect(text).toContain("総務部.xlsx");
        expect(text).not.toContain(reason);
        expect(text).toMatch(locale === "ja" ? /してください。$/ : /\.$/);
      }
    },
  );

  it("words the core's issues about a sheet as the core does", () => {
    expect(formatCheckerIssue({ code: "sheet_empty", sheet: "表紙" }, "ja")).toBe("シート「表紙」は空です。");
  });
});
