// The report is inert: names and cell text taken from hostile workbooks come out as text in every format,
// never as a formula in Excel (CSV), HTML or a link (Markdown), or a terminal escape sequence (table).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, test } from "vitest";
import { csvField, markdownText, terminalText } from "../src/cli/formatReport";
import { goalBookBytes, withSheetName } from "./hostileWorkbooks";
import { checkInProcess } from "./runCheck";

function check(...args: string[]): ReturnType<typeof checkInProcess> {
  return checkInProcess(args);
}

/** One workbook per hostile sheet name, in one folder; returns the folder. */
async function hostileFolder(
  sheetNames: readonly string[],
  fileName = (i: number) => `${i}.xlsx`,
): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "kpi-output-"));
  let i = 0;
  for (const name of sheetNames) {
    writeFileSync(path.join(dir, fileName(i++)), await withSheetName(await goalBookBytes("総務部"), name));
  }
  return dir;
}

/** A CSV line's fields, as RFC 4180 reads them. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  for (const m of line.matchAll(re)) {
    const raw = m[1] ?? "";
    fields.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (m[2] === "") break;
  }
  return fields;
}

// Excel (and ExcelJS) refuse [ ] : * ? / \ in a sheet name; everything else a hostile file may hold.
const FORMULA_NAMES = [
  '=HYPERLINK("evil.example","開く")',
  "+1+1",
  "-2+3",
  "@SUM(1,2)",
  "\tタブ",
  "＝１＋１",
];

describe("--format csv", () => {
  it("opens in Excel with no cell starting as a formula, the names still readable", async () => {
    const dir = await hostileFolder(FORMULA_NAMES, (i) => `${["=1+1", "@x", "+y", "-z", "a", "b"][i]}.xlsx`);
    const out = mkdtempSync(path.join(tmpdir(), "kpi-output-csv-"));
    const report = path.join(out, "report.csv");
    const run = await check(dir, "--format", "csv", "--summary", "--output", report);
    // The findings and the per-sheet summary, each a CSV file of its own.
    const lines = [report, path.join(out, "report.summary.csv")].flatMap((file) =>
      readFileSync(file, "utf8")
        .replace(/^\uFEFF/, "")
        .split("\r\n")
        .filter(Boolean),
    );
    const fields = lines.flatMap(csvFields);
    expect(fields.filter((f) => /^[=+\-@\t\r＝＋－＠]/.test(f))).toEqual([]);
    for (const name of FORMULA_NAMES) expect(fields).toContain(`'${name}`);
    expect(run.code).toBe(0);
  });

  test.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["+1+1", "'+1+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", '"\'\r=1"'],
    ["＝ＳＵＭ(1)", "'＝ＳＵＭ(1)"],
    ['課, "A"', '"課, ""A"""'],
    ["重点目標", "重点目標"],
    ["1-2", "1-2"],
  ])("writes %j as %j", (text, field) => {
    expect(csvField(text)).toBe(field);
  });
});

describe("--format md", () => {
  it("shows HTML, links and table breaks from sheet names as text", async () => {
    const names = ['<img src=x onerror="alert(1)">', "a|b`c`", "www.evil.example", "重点目標"];
    const dir = await hostileFolder(names, (i) => (i === 3 ? "[ここ](evil.example).xlsx" : `${i}.xlsx`));
    const run = await check(dir, "--format", "md");
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/<img|(?<!\\)\]\(|www\.evil/);
    expect(run.stdout).toContain('&lt;img src=x onerror="alert(1)"&gt;');
    expect(run.stdout).toContain("\\[ここ\\](evil.example).xlsx");
    expect(run.stdout).toContain("www\\.evil.example");
    // Every table row keeps its five columns: a | in a name does not add one.
    const rows = run.stdout.split("\n").filter((l) => l.startsWith("| ") && l.includes("a\\|b"));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBeGreaterThanOrEqual(5);
  });

  test.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["![x](http://e/x.png)", "!\\[x\\](http\\://e/x.png)"],
    ["**太字** _斜体_ ~~消~~", "\\*\\*太字\\*\\* \\_斜体\\_ \\~\\~消\\~\\~"],
    ["`code`", "\\`code\\`"],
    ["a@example.com", "a\\@example.com"],
    ["Tom & Jerry", "Tom &amp; Jerry"],
    ["重点目標 (1)", "重点目標 (1)"],
    ["マニフェストKPI一覧_R7-R10.xlsx", "マニフェストKPI一覧_R7-R10.xlsx"],
    ["_斜体_", "\\_斜体\\_"],
  ])("writes %j as %j", (text, escaped) => {
    expect(markdownText(text)).toBe(escaped);
  });
});

describe("--format table", () => {
  it("prints file and sheet names without their escape sequences and control characters", async () => {
    // XML cannot hold ESC, so a sheet name brings a line break and a right-to-left override; a file
    // name can hold anything but / and NUL.
    const dir = await hostileFolder(
      ["\u202e赤い\nシート"],
      () => "\u001b]0;偽のタイトル\u0007\u001b[2J\u001b[31m課\u001b[0m.xlsx",
    );
    const run = await check(dir);
    expect(run.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- the control characters must not be there
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(run.stdout).toContain("□ 赤い シート");
    expect(run.stdout).toContain(`■ ${dir}/課.xlsx`);
  });

  test.each([
    ["\u001b[31m赤\u001b[0m", "赤"],
    ["行1\n行2\t列", "行1 行2 列"],
    ["\u202e名前.xlsx", "名前.xlsx"],
    ["\u009b31m赤", "赤"],
    ["普通の名前", "普通の名前"],
  ])("shows %j as %j", (text, shown) => {
    expect(terminalText(text)).toBe(shown);
  });
});
