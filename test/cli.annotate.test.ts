// --annotate against hostile folders and failures: a copy never replaces or loses a user's file, and a
// copy that cannot be written never costs the report.
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { AnnotateIo } from "../src/cli/annotate";
import { FILE_SYSTEM } from "../src/cli/annotate";
import { readZip } from "../src/cli/zipParts";
import { goalBookBytes, titleOf, withChart, withValidations } from "./hostileWorkbooks";
import { checkInProcess } from "./runCheck";

type Run = Awaited<ReturnType<typeof checkInProcess>>;

/** The checker in this process, in Japanese, as of 2025-11-21. */
function check(args: readonly string[], annotateIo?: AnnotateIo): Promise<Run> {
  return checkInProcess(args, annotateIo);
}

/** Every file below a folder with a hash of its bytes: what a run must leave as it was. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    files[path.relative(dir, file)] = createHash("sha256").update(readFileSync(file)).digest("hex");
  }
  return files;
}

let root: string;
let submitted: string;

/** 提出/X.xlsx, 提出/総務部/X.xlsx, 提出/企画課/X.xlsx: three inputs of one name, each titled by its folder. */
beforeEach(async () => {
  root = mkdtempSync(path.join(tmpdir(), "kpi-annotate-"));
  submitted = path.join(root, "提出");
  for (const folder of ["", "総務部", "企画課"]) {
    mkdirSync(path.join(submitted, folder), { recursive: true });
    writeFileSync(path.join(submitted, folder, "X.xlsx"), await goalBookBytes(folder || "提出"));
  }
});

describe("--annotate never changes or loses an input", () => {
  it.each([
    ["the checked folder", ""],
    ["a folder inside it", "注記"],
    ["a subfolder holding inputs", "総務部"],
  ])("refuses to annotate into %s, before reading or writing anything", async (_, inside) => {
    const before = snapshot(root);
    const run = await check([submitted, "--annotate", path.join(submitted, inside)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("チェック対象の外のフォルダーを指定してください");
    expect(snapshot(root)).toEqual(before);
  });

  it("refuses a folder that holds an input given as a file, and the checked folder reached through a link", async () => {
    const before = snapshot(submitted);
    const x = path.join(submitted, "X.xlsx");
    expect((await check([x, "--annotate", submitted])).code).toBe(2);
    const link = path.join(root, "リンク");
    symlinkSync(submitted, link);
    const run = await check([submitted, "--annotate", path.join(link, "注記")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("チェック対象の外のフォルダーを指定してください");
    expect(snapshot(submitted)).toEqual(before);
  });

  it("names copies of same-named inputs after their folders, each from its own input", async () => {
    const out = path.join(root, "注記");
    const run = await check([submitted, "--annotate", out]);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["企画課_X.xlsx", "提出_X.xlsx", "総務部_X.xlsx"].sort());
    for (const folder of ["企画課", "提出", "総務部"]) {
      expect(await titleOf(path.join(out, `${folder}_X.xlsx`))).toContain(folder);
    }
  });

  it("counts names that differ only in case as the same name", async () => {
    const lower = path.join(root, "lower");
    mkdirSync(lower);
    writeFileSync(path.join(lower, "x.xlsx"), await goalBookBytes("lower"));
    const out = path.join(root, "注記");
    expect((await check([path.join(submitted, "総務部"), lower, "--annotate", out])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["lower_x.xlsx", "総務部_X.xlsx"]);
  });

  it("never replaces a file already in the folder without --force, and says so for that file", async () => {
    const out = path.join(root, "注記");
    mkdirSync(out);
    writeFileSync(path.join(out, "総務部_X.xlsx"), "前回の注記");
    const run = await check([submitted, "--annotate", out]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("集計"); // the report is printed
    expect(run.stderr).toContain("総務部_X.xlsx」は既にあります。置き換えるには --force を付けるか");
    expect(readFileSync(path.join(out, "総務部_X.xlsx"), "utf8")).toBe("前回の注記");
    expect(readdirSync(out).sort()).toEqual(["企画課_X.xlsx", "提出_X.xlsx", "総務部_X.xlsx"].sort());

    const forced = await check([submitted, "--annotate", out, "--force"]);
    expect(forced.code).toBe(0);
    expect(await titleOf(path.join(out, "総務部_X.xlsx"))).toContain("総務部");
  });

  it("never replaces an input, even with --force, when a link in the folder points at it", async () => {
    const out = path.join(root, "注記");
    mkdirSync(out);
    const input = path.join(submitted, "総務部", "X.xlsx");
    const before = readFileSync(input);
    symlinkSync(input, path.join(out, "X.xlsx"));
    const run = await check([input, "--annotate", out, "--force"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("は入力ファイルそのものです。上書きしません");
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});

describe("a copy that cannot be written never costs the report", () => {
  function expectReportAndNoTemporaries(run: Run, dir: string): void {
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("■ "); // the report of every file
    expect(run.stdout).toContain("期限超過");
    if (existsSync(dir) && statSync(dir).isDirectory()) {
      expect(readdirSync(dir).filter((n) => n.startsWith(".kpi-check-") || n.endsWith(".partial"))).toEqual(
        [],
      );
    }
  }

  it("names each copy when --annotate is a file, or a folder below a file", async () => {
    const file = path.join(root, "メモ.txt");
    writeFileSync(file, "メモ");
    for (const dir of [file, path.join(file, "注記")]) {
      const run = await check([submitted, "--annotate", dir]);
      expectReportAndNoTemporaries(run, dir);
      for (const input of ["企画課", "総務部"]) {
        expect(run.stderr).toContain(`コピーしませんでした: ${path.join(submitted, input, "X.xlsx")}`);
      }
      expect(run.stderr).toMatch(/EEXIST|ENOTDIR/);
    }
    expect(readFileSync(file, "utf8")).toBe("メモ");
  });

  it("names a copy whose name would be too long", async () => {
    const long = `${"重点目標管理シート".repeat(9)}.xlsx`; // 248 bytes: a name of its own fits, with a folder it does not
    for (const folder of ["総務部", "企画課"]) {
      writeFileSync(path.join(submitted, folder, long), await goalBookBytes(folder));
    }
    const out = path.join(root, "注記");
    const run = await check([submitted, "--annotate", out]);
    expectReportAndNoTemporaries(run, out);
    expect(run.stderr).toContain("ファイル名が長すぎます (ENAMETOOLONG)");
    expect(readdirSync(out).sort()).toEqual(["企画課_X.xlsx", "提出_X.xlsx", "総務部_X.xlsx"].sort());
  });

  it("leaves no temporary file when writing fails halfway (a full disk)", async () => {
    const out = path.join(root, "注記");
    const fullDisk: AnnotateIo = {
      ...FILE_SYSTEM,
      writeNewFile: async (file, data) => {
        await FILE_SYSTEM.writeNewFile(file, data.subarray(0, 100));
        throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
      },
    };
    const run = await check([submitted, "--annotate", out], fullDisk);
    expectReportAndNoTemporaries(run, out);
    expect(run.stderr).toContain("ディスクの空きがありません (ENOSPC)");
    expect(readdirSync(out)).toEqual([]);
  });

  it("names an input deleted while the run was going, and still writes the others", async () => {
    const out = path.join(root, "注記");
    const gone = path.join(submitted, "企画課", "X.xlsx");
    const deleting: AnnotateIo = {
      ...FILE_SYSTEM,
      readFile: async (file) => {
        if (file === gone) unlinkSync(gone);
        return FILE_SYSTEM.readFile(file);
      },
    };
    const run = await check([submitted, "--annotate", out], deleting);
    expectReportAndNoTemporaries(run, out);
    expect(run.stderr).toContain(`コピーしませんでした: ${gone}`);
    expect(run.stderr).toContain("ファイルがなくなりました (ENOENT)");
    expect(readdirSync(out).sort()).toEqual(["提出_X.xlsx", "総務部_X.xlsx"].sort());
  });

  it("leaves a copy another run wrote meanwhile, and says so for that file", async () => {
    const out = path.join(root, "注記");
    const target = path.join(out, "総務部_X.xlsx");
    const racing: AnnotateIo = {
      ...FILE_SYSTEM,
      link: async (existing, created) => {
        if (created === target) writeFileSync(target, "別の実行のコピー");
        return FILE_SYSTEM.link(existing, created);
      },
    };
    const run = await check([submitted, "--annotate", out], racing);
    expectReportAndNoTemporaries(run, out);
    expect(run.stderr).toContain("総務部_X.xlsx」は実行中に別の処理が書き込みました");
    expect(readFileSync(target, "utf8")).toBe("別の実行のコピー");
    expect(readdirSync(out).sort()).toEqual(["企画課_X.xlsx", "提出_X.xlsx", "総務部_X.xlsx"].sort());
  });
});

describe("a copy keeps everything of its original, or is not written", () => {
  it("refuses the copy of a workbook with a chart, naming the file and the chart", async () => {
    const input = path.join(submitted, "総務部", "X.xlsx");
    writeFileSync(input, await withChart(readFileSync(input)));
    const out = path.join(root, "注記");
    const run = await check([submitted, "--annotate", out]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("■ ");
    expect(run.stderr).toContain(`「${input}」のコピーでは次の内容が失われるため、書き込みませんでした`);
    expect(run.stderr).toContain("charts (グラフ) 1 件");
    expect(readdirSync(out).sort()).toEqual(["企画課_X.xlsx", "提出_X.xlsx"].sort());
  });

  it.each([
    [
      "two validations over one merged range",
      {
        merge: "E4:F4",
        elements:
          '<dataValidation type="list" allowBlank="1" sqref="E4:F4"><formula1>"完了,未着手"</formula1></dataValidation>' +
          '<dataValidation type="textLength" allowBlank="1" sqref="E4"><formula1>200</formula1></dataValidation>',
      },
      "E4",
    ],
    [
      "a list validation kept in Excel 2010's extension",
      {
        extension:
          '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>選択肢!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>E4:E10</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>',
      },
      "E4:E10",
    ],
  ])("refuses the copy of a workbook with %s, naming the cells", async (_, validations, cells) => {
    const input = path.join(submitted, "総務部", "X.xlsx");
    writeFileSync(input, await withValidations(readFileSync(input), validations));
    const out = path.join(root, "注記");
    const run = await check([path.join(submitted, "総務部"), "--annotate", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`シート「重点目標」の入力規則（${cells}`);
    expect(existsSync(path.join(out, "X.xlsx"))).toBe(false);
  });

  it("keeps a validation over many rows once, where ExcelJS alone would double most of it", async () => {
    const input = path.join(submitted, "総務部", "X.xlsx");
    const elements =
      '<dataValidation type="list" allowBlank="1" sqref="E4:E100 G4:H100 C4"><formula1>"完了,未着手"</formula1></dataValidation>';
    writeFileSync(input, await withValidations(readFileSync(input), { elements }));
    const out = path.join(root, "注記");
    const run = await check([input, "--annotate", out]);
    expect(run.code).toBe(0);
    const copy = await readZip(readFileSync(path.join(out, "X.xlsx")));
    const sheetXml = (await copy?.read("xl/worksheets/sheet1.xml")) ?? "";
    const areas = [...sheetXml.matchAll(/<dataValidation [^>]*sqref="([^"]*)"/g)].map((m) => m[1]);
    expect(areas.sort()).toEqual(["C4", "E4:E100", "G4:H100"]);
  });

  it("writes the copy of a workbook whose validation over a merged range it keeps as it was", async () => {
    const input = path.join(submitted, "総務部", "X.xlsx");
    const elements =
      '<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="E4:F4 C4"><formula1>"完了,未着手"</formula1></dataValidation>';
    writeFileSync(input, await withValidations(readFileSync(input), { merge: "E4:F4", elements }));
    const out = path.join(root, "注記");
    const run = await check([input, "--annotate", out]);
    expect(run.stderr).toContain("注記付きのコピー");
    expect(run.code).toBe(0);
    expect(existsSync(path.join(out, "X.xlsx"))).toBe(true);
  });
});
