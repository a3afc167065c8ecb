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
    [["x.xlsx", "--as-of", "2025/11/21"], '--as-of must be a date as YYYY-MM-DD, got "2025/11/21"'],
    [["x.xlsx", "--as-of", "2025-02-30"], '--as-of must be a date as YYYY-MM-DD, got "2025-02-30"'],
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
  ])("refuses %j with a message that says what is wrong", (argv, error) => {
    expect(parse(...argv)).toEqual({ ok: false, error });
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
