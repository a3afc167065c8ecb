// What an office that collects the sheets sees from the checker: reports written into files that parse
// and open, Japanese reports that read as Japanese documents, every file in a folder accounted for, and
// mistakes told in one line in the user's language.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Report } from "../src/cli/checkFiles";
import type { Locale } from "../src/core/messages/formatIssue";
import { runChecker } from "../src/cli/runChecker";
import type { ReportWritten } from "../src/cli/writeReportFile";
import { EXAMPLES } from "./runCheck";

const GOAL_BOOK = path.join(EXAMPLES, "重点目標管理シート_令和7年度_総務部等.xlsx");
const KPI_BOOK = path.join(EXAMPLES, "マニフェストKPI一覧_R7-R10.xlsx");

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function check(
  args: readonly string[],
  options: { locale?: Locale; writeFile?: (file: string, text: string) => Promise<ReportWritten> } = {},
): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await runChecker(args, {
    today: "2025-11-21",
    locale: options.locale ?? "ja",
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    ...(options.writeFile ? { writeFile: options.writeFile } : {}),
  });
  return { code, stdout, stderr };
}

const folders: string[] = [];
function tempFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "kpi-reports-"));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("--output FILE", () => {
  it("writes JSON that parses, and nothing else on the standard output but where it went", async () => {
    const out = path.join(tempFolder(), "report.json");
    const run = await check([EXAMPLES, "--as-of", "2025-11-21", "--format", "json", "--output", out]);
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(out, "utf8")) as Report;
    expect(report.summary).toEqual({ files: 2, errors: 0, warnings: 9, overdue: 4 });
    expect(run.stdout).toBe(`レポートを ${out} に書きました。\n`);
  });

  it("writes a CSV whose byte-order mark is at byte 0, so Japanese Excel opens it as UTF-8", async () => {
    const out = path.join(tempFolder(), "報告.csv");
    expect((await check([KPI_BOOK, "--as-of", "2025-11-21", "--format", "csv", "--output", out])).code).toBe(
      0,
    );
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain(",KPI一覧,G28,警告,value_doubled_unit,");
  });

  it("keeps the report when the file cannot be written: shown on the screen, the reason named, exit 2", async () => {
    const out = path.join(tempFolder(), "ない", "report.md");
    const run = await check([KPI_BOOK, "--as-of", "2025-11-21", "--format", "md", "--output", out]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("| G28 | 警告 |");
    expect(run.stderr).toContain(`レポートを ${out} に書けませんでした（フォルダーがありません）。`);
    expect(existsSync(path.dirname(out))).toBe(false);
  });

  it("leaves no partial file behind when the write fails halfway", async () => {
    const dir = tempFolder();
    const out = path.join(dir, "report.csv");
    const run = await check([KPI_BOOK, "--as-of", "2025-11-21", "--format", "csv", "--output", out], {
      writeFile: async () => ({ ok: false, why: "disk_full" }),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("ディスクの空きがありません");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("never writes over a file being checked", async () => {
    const dir = tempFolder();
    const input = path.join(dir, "総務部.csv.xlsx");
    copyFileSync(GOAL_BOOK, input);
    const before = readFileSync(input);
    // The name ends in .xlsx: refused as a workbook before anything is read.
    const asWorkbook = await check([dir, "--output", input]);
    expect(asWorkbook.code).toBe(2);
    expect(asWorkbook.stderr).toContain("--output に Excel ブック");
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("refuses an input given by another name than .xlsx", async () => {
    const dir = tempFolder();
    const input = path.join(dir, "提出");
    copyFileSync(GOAL_BOOK, input);
    const before = readFileSync(input);
    const run = await check([input, "--output", path.join(dir, ".", "提出")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("はチェックするファイルです。入力ファイルは上書きしません。");
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});

describe("every file in a checked folder is accounted for", () => {
  it("lists .xls, .xlsm and other files with why, and keeps quiet about Office's lock files", async () => {
    const dir = tempFolder();
    mkdirSync(path.join(dir, "総務部"));
    copyFileSync(GOAL_BOOK, path.join(dir, "総務部", "目標.xlsx"));
    writeFileSync(path.join(dir, "総務部", "旧様式.xls"), "old");
    writeFileSync(path.join(dir, "企画課.xlsm"), "macros");
    writeFileSync(path.join(dir, "説明.pdf"), "pdf");
    writeFileSync(path.join(dir, "総務部", "~$目標.xlsx"), "lock");
    const run = await check([dir, "--as-of", "2025-11-21"]);
    expect(run.code).toBe(0);
    const lines = run.stderr.trimEnd().split("\n");
    // In the order the files are listed in Japanese (the reading of their names).
    expect(lines).toEqual([
      `check: ${path.join(dir, "企画課.xlsm")}: マクロ有効ブック（.xlsm）のためチェックしていません。マクロを除いた .xlsx のコピーを保存してチェックしてください。`,
      `check: ${path.join(dir, "説明.pdf")}: Excel ブック（.xlsx）ではないためチェックしていません。`,
      `check: ${path.join(dir, "総務部", "旧様式.xls")}: 古い形式（.xls）のためチェックしていません。Excel で「名前を付けて保存」から .xlsx で保存してください。`,
    ]);
    expect(run.stdout).toContain("目標.xlsx");
  });

  it("says so in English too, and still exits 2 when nothing could be checked", async () => {
    const dir = tempFolder();
    writeFileSync(path.join(dir, "old.xls"), "old");
    const run = await check([dir, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "old.xls: not checked, an old-format workbook (.xls); save it as .xlsx in Excel",
    );
    expect(run.stderr).toContain(`no .xlsx files in ${dir}`);
  });
});

describe("a Japanese report reads as a Japanese document", () => {
  it("gives era years, Japanese dates, each row's label, and the due date an overdue row missed", async () => {
    const run = await check([GOAL_BOOK, "--as-of", "令和7年11月21日", "--sheet", "2 行財政改革"]);
    expect(run.stdout).toContain("基準日: 2025年11月21日");
    expect(run.stdout).toContain("□ 2 行財政改革  令和7年度");
    expect(run.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // ③ is overdue because its sub-item (1) was due on 2025-10-31; its last due (2026-03-31) is still ahead.
    expect(run.stdout).toMatch(/11\s+③\s+—\s+—\s+—\s+期限超過\s+2025年10月31日（過ぎた期限）\s+超過/);
    expect(run.stdout).toMatch(/13\s+⑤\s+—\s+—\s+—\s+—\s+2025年12月31日\n/);
  });

  it("names a KPI list's rows by their KPI", async () => {
    const run = await check([KPI_BOOK, "--as-of", "2025/11/21"]);
    expect(run.stdout).toMatch(/11\s+ＡＩ・ＲＰＡ活用業務数\s+86\.7%/);
  });

  it("keeps the JSON's dates and years as data, with the label and the missed due beside them", async () => {
    const out = path.join(tempFolder(), "r.json");
    await check([GOAL_BOOK, "--as-of", "R7.11.21", "--format", "json", "--output", out]);
    const report = JSON.parse(readFileSync(out, "utf8")) as Report;
    expect(report.asOf).toBe("2025-11-21");
    const sheet = report.files[0]?.sheets.find((s) => s.name === "2 行財政改革");
    expect(sheet?.fiscalYear).toBe(2025);
    expect(sheet?.rows.find((r) => r.row === 11)).toMatchObject({
      label: "③",
      due: "2026-03-31",
      overdue: true,
      missedDue: "2025-10-31",
    });
    expect(sheet?.rows.find((r) => r.row === 13)).toMatchObject({
      label: "⑤",
      overdue: false,
      missedDue: null,
    });
  });

  it("shows English reports with FY and ISO dates", async () => {
    const run = await check([GOAL_BOOK, "--as-of", "2025-11-21", "--sheet", "2 行財政改革", "--lang", "en"]);
    expect(run.stdout).toContain("As of: 2025-11-21");
    expect(run.stdout).toContain("□ 2 行財政改革  FY2025");
    expect(run.stdout).toContain("2025-10-31 (missed)");
  });
});

describe("mistakes on the command line", () => {
  it("are one line in Japanese with what to type, and a pointer to the usage, never the usage dumped", async () => {
    const run = await check([EXAMPLES, "--as-of", "21/11/2025"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "check: --as-of の「21/11/2025」を日付として読めません。2025-11-21、2025/11/21、R7.11.21、令和7年11月21日 のように指定してください。\n" +
        "使い方は npm run check -- --help で表示できます。\n",
    );
  });

  it("shows the usage in Japanese under ja", async () => {
    const run = await check(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("使い方: npm run check -- <ファイルまたはフォルダー…> [オプション]");
    expect(run.stdout).toContain("--output ファイル");
    const en = await check(["--help", "--lang", "en"]);
    expect(en.stdout).toContain("Usage: npm run check -- <files or folders…> [options]");
  });
});
