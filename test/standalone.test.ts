// The checker as an office gets it: the one file kpi-check.cjs of a production build, copied to a PC where
// nothing else is installed, run with plain `node` on a folder of submitted workbooks with Japanese names.
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { EXAMPLES, ROOT, runCheck, type CheckRun } from "./runCheck";

const DIST = inject("distDir");
const CHECKER = "kpi-check.cjs";
const AS_OF = ["--as-of", "2025-11-21"];

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder outside the repository, so no node_modules of the project can be found from it. */
function freshFolder(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  expect(path.relative(ROOT, dir).startsWith("..")).toBe(true);
  return dir;
}

/** Every node_modules folder that Node's module resolution would look in from `dir`. */
function reachableNodeModules(dir: string): string[] {
  const found: string[] = [];
  for (let at = dir; ; at = path.dirname(at)) {
    if (existsSync(path.join(at, "node_modules"))) found.push(path.join(at, "node_modules"));
    if (path.dirname(at) === at) return found;
  }
}

/** Runs the copied single file with plain node, in Japanese, from the folder it was copied to. */
function runStandalone(checker: string, ...args: string[]): CheckRun {
  const run = spawnSync(process.execPath, [checker, ...args], {
    cwd: path.dirname(checker),
    encoding: "utf8",
    env: { ...process.env, LC_ALL: "", LANG: "ja_JP.UTF-8", NODE_PATH: "", NODE_OPTIONS: "" },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The notes a flagged copy carries, as cell address → note text, sheet by sheet. */
async function notesOf(file: string): Promise<Record<string, Record<string, string>>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const notes: Record<string, Record<string, string>> = {};
  book.eachSheet((sheet) => {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const note = cell.note;
        if (note === undefined) return;
        const text = typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
        (notes[sheet.name] ??= {})[cell.address] = text;
      }),
    );
  });
  return notes;
}

describe("kpi-check.cjs, the checker in one file", () => {
  let checker = "";
  let submissions = "";
  const exampleFiles = readdirSync(EXAMPLES).filter((name) => name.endsWith(".xlsx"));

  beforeAll(() => {
    const place = freshFolder("kpi-単体-");
    mkdirSync(path.join(place, "集計ツール"));
    checker = path.join(place, "集計ツール", CHECKER);
    copyFileSync(path.join(DIST, CHECKER), checker);
    submissions = path.join(place, "提出フォルダ", "総務部");
    mkdirSync(submissions, { recursive: true });
    for (const name of exampleFiles) copyFileSync(path.join(EXAMPLES, name), path.join(submissions, name));
  });

  it("is copied where no node_modules can be found, and starts with the line that lets it run as a command", () => {
    expect(reachableNodeModules(path.dirname(checker))).toEqual([]);
    expect(readFileSync(checker, "utf8").split("\n", 1)[0]).toBe("#!/usr/bin/env node");
    expect(exampleFiles.length).toBeGreaterThan(1);
  });

  it.each([
    ["table", [...AS_OF]],
    ["json", ["--format", "json", ...AS_OF]],
    ["markdown with the summary", ["--format", "md", "--summary", ...AS_OF]],
  ])("reports in %s exactly as npm run check does", (_format, args) => {
    const alone = runStandalone(checker, path.dirname(submissions), ...args);
    const inRepo = runCheck(path.dirname(submissions), ...args);
    expect(inRepo.stdout).toContain("重点目標管理シート_令和7年度_総務部等.xlsx");
    expect(alone).toEqual(inRepo);
  });

  it("writes the same CSV report and summary files with --output as npm run check does", () => {
    const place = path.dirname(path.dirname(submissions));
    const write = (run: typeof runCheck, name: string) => {
      const report = path.join(place, `${name}.csv`);
      const result = run(
        path.dirname(submissions),
        "--format",
        "csv",
        "--summary",
        "--output",
        report,
        ...AS_OF,
      );
      return {
        code: result.code,
        stdout: result.stdout.split(name).join("結果"),
        stderr: result.stderr,
        report: readFileSync(report),
        summary: readFileSync(path.join(place, `${name}.summary.csv`)),
      };
    };
    const alone = write((...args) => runStandalone(checker, ...args), "結果_単体");
    const inRepo = write(runCheck, "結果_リポジトリ");
    expect(inRepo.report.toString("utf8")).toContain("重点目標管理シート_令和7年度_総務部等.xlsx");
    expect(alone).toEqual(inRepo);
  });

  it("checks a workbook named in Japanese given by its path relative to where it runs", () => {
    const relative = path.relative(path.dirname(checker), path.join(submissions, exampleFiles[0]!));
    const alone = runStandalone(checker, relative, "--format", "json", ...AS_OF);
    expect(alone.stderr).toBe("");
    expect(JSON.stringify(JSON.parse(alone.stdout))).toContain(exampleFiles[0]);
  });

  it("says the same in --help and for a bad option", () => {
    expect(runStandalone(checker, "--help")).toEqual(runCheck("--help"));
    const bad = runStandalone(checker, "--format", "pdf", submissions);
    expect(bad.code).toBe(2);
    expect(bad).toEqual(runCheck("--format", "pdf", submissions));
  });

  it("writes flagged copies with --annotate, the same notes as npm run check writes", async () => {
    const place = path.dirname(path.dirname(submissions));
    const aloneCopies = path.join(place, "注記付き_単体");
    const repoCopies = path.join(place, "注記付き_リポジトリ");
    const alone = runStandalone(checker, submissions, "--annotate", aloneCopies, ...AS_OF);
    const inRepo = runCheck(submissions, "--annotate", repoCopies, ...AS_OF);
    expect(alone.code).toBe(inRepo.code);
    expect(alone.stderr.split(aloneCopies).join("DIR")).toBe(inRepo.stderr.split(repoCopies).join("DIR"));
    expect(readdirSync(aloneCopies).sort()).toEqual([...exampleFiles].sort());
    for (const name of exampleFiles) {
      const notes = await notesOf(path.join(aloneCopies, name));
      expect(Object.keys(notes).length, name).toBeGreaterThan(0);
      expect(notes, name).toEqual(await notesOf(path.join(repoCopies, name)));
    }
  });
});

describe("the package's command kpi-check", () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
    bin: Record<string, string>;
  };

  it("is the single file, and npm pack puts it in the package", () => {
    expect(pkg.bin).toEqual({ "kpi-check": `dist/${CHECKER}` });
    // The package as npm would pack it after a build: package.json and the built dist/.
    const dir = freshFolder("kpi-pack-");
    copyFileSync(path.join(ROOT, "package.json"), path.join(dir, "package.json"));
    cpSync(DIST, path.join(dir, "dist"), { recursive: true });
    const packed = JSON.parse(
      execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
        cwd: dir,
        encoding: "utf8",
        shell: process.platform === "win32",
      }),
    ) as { files: { path: string; mode: number }[] }[];
    const files = packed[0]!.files.map((f) => f.path);
    expect(files).toContain(pkg.bin["kpi-check"]);
    expect(files).toContain("dist/manifest.xml");
    expect(files.some((f) => f.startsWith("src/") || f.startsWith("test/"))).toBe(false);
  });
});
