import { describe, expect, it, test } from "vitest";
import { parseCliOptions } from "./options";

const parse = (...argv: string[]) => parseCliOptions(argv, "2025-11-21", "ja");

describe("parseCliOptions", () => {
  it("takes files and folders with defaults: today, the sheet's fiscal year, a table", () => {
    expect(parse("examples", "a.xlsx")).toEqual({
      ok: true,
      options: {
        paths: ["examples", "a.xlsx"],
        asOf: "2025-11-21",
        format: "table",
        locale: "ja",
        help: false,
      },
    });
  });

  it("reads every option, in both --name value and --name=value forms", () => {
    const result = parse(
      "x.xlsx",
      "--as-of=2026-01-15",
      "--fiscal-year",
      "令和7年度",
      "--format",
      "json",
      "--map",
      "kpi=E,baseline=F,target=G,actual=H",
      "--sheet",
      "KPI一覧",
      "--annotate",
      "out",
      "--lang=en",
    );
    expect(result).toEqual({
      ok: true,
      options: {
        paths: ["x.xlsx"],
        asOf: "2026-01-15",
        fiscalYear: 2025,
        format: "json",
        mapping: { kpi: 4, baseline: 5, target: 6, actual: 7 },
        sheet: "KPI一覧",
        annotateDir: "out",
        locale: "en",
        help: false,
      },
    });
  });

  test.each([
    [[], "give at least one .xlsx file or folder"],
    [
      ["x.xlsx", "--as-of", "21/11/2025"],
      '--as-of must be a date such as 2025-11-21, 2025/11/21, R7.11.21 or 令和7年11月21日, got "21/11/2025"',
    ],
    [
      ["x.xlsx", "--as-of", "2025-02-30"],
      '--as-of must be a date such as 2025-11-21, 2025/11/21, R7.11.21 or 令和7年11月21日, got "2025-02-30"',
    ],
    [["x.xlsx", "--fiscal-year", "来年度"], '--fiscal-year must be like 2025, R7 or 令和7年度, got "来年度"'],
    [["x.xlsx", "--format", "pdf"], "--format must be one of table, json, md, csv"],
    [
      ["x.xlsx", "--map", "foo=B"],
      "--map must be role=COLUMN pairs such as initiative=B,period=C; cannot read: foo=B",
    ],
    [["x.xlsx", "--color"], "unknown option --color"],
    [["x.xlsx", "--sheet"], "--sheet needs a value"],
    [["x.xlsx", "--format", "md", "--format", "csv"], "--format is given twice"],
    [["x.xlsx", "--lang", "fr"], "--lang must be ja or en"],
    [["x.xlsx", "--summary", "--summary"], "--summary is given twice"],
    [["x.xlsx", "--force"], "--force goes with --annotate DIR"],
    [["x.xlsx", "--annotate", "out", "--force", "--force"], "--force is given twice"],
    [
      ["x.xlsx", "--output", "report.xlsx"],
      "--output cannot be an Excel workbook (report.xlsx); write the report to a .csv, .json, .md or .txt file",
    ],
    [
      ["x.xlsx", "--summary", "--format", "csv"],
      "--summary with --format csv needs --output FILE: the summary is written to a file of its own beside it (its name ends in .summary.csv)",
    ],
  ])(
    "refuses %j in English (the system's language) with a message that says what is wrong",
    (argv, error) => {
      expect(parseCliOptions(argv, "2025-11-21", "en")).toEqual({
        ok: false,
        error,
        locale: "en",
      });
    },
  );

  test.each([
    [[], "チェックする .xlsx ファイルかフォルダーを指定してください。"],
    [
      ["x.xlsx", "--as-of", "21/11/2025"],
      "--as-of の「21/11/2025」を日付として読めません。2025-11-21、2025/11/21、R7.11.21、令和7年11月21日 のように指定してください。",
    ],
    [
      ["x.xlsx", "--color"],
      "--color というオプションはありません。使えるオプションは --help で確認できます。",
    ],
    [["x.xlsx", "--format", "pdf"], "--format には table、json、md、csv のいずれかを指定してください。"],
    [["x.xlsx", "--sheet"], "--sheet の後に値を指定してください。"],
  ])("refuses %j in Japanese when the system's language is Japanese", (argv, error) => {
    expect(parse(...argv)).toEqual({ ok: false, error, locale: "ja" });
  });

  test.each([
    ["2025-11-21", "2025-11-21"],
    ["2025/11/21", "2025-11-21"],
    ["R7.11.21", "2025-11-21"],
    ["令和7年11月21日", "2025-11-21"],
    ["2026/3/31", "2026-03-31"],
  ])("reads --as-of %s as %s", (given, asOf) => {
    expect(parse("x.xlsx", "--as-of", given)).toMatchObject({ ok: true, options: { asOf } });
  });

  it("speaks the language --lang names, even about a mistake elsewhere on the line", () => {
    expect(parseCliOptions(["x.xlsx", "--color", "--lang", "ja"], "2025-11-21", "en")).toEqual({
      ok: false,
      error: "--color というオプションはありません。使えるオプションは --help で確認できます。",
      locale: "ja",
    });
  });

  it("takes the report's file with --output", () => {
    expect(parse("x.xlsx", "--output", "報告.csv", "--format", "csv")).toMatchObject({
      ok: true,
      options: { output: "報告.csv", format: "csv" },
    });
  });

  it("adds the per-sheet summary with --summary, and leaves it out otherwise", () => {
    expect(parse("x.xlsx", "--summary")).toMatchObject({ ok: true, options: { summary: true } });
    const plain = parse("x.xlsx");
    expect(plain.ok && "summary" in plain.options).toBe(false);
  });

  it("replaces existing copies only when --force is given with --annotate", () => {
    expect(parse("x.xlsx", "--annotate", "out", "--force")).toMatchObject({
      ok: true,
      options: { annotateDir: "out", force: true },
    });
    const plain = parse("x.xlsx", "--annotate", "out");
    expect(plain.ok && "force" in plain.options).toBe(false);
  });

  it("asks for help without needing files", () => {
    expect(parse("--help")).toMatchObject({ ok: true, options: { help: true } });
  });
});
