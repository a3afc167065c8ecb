// The fence between the folders of src/ holds: code that crosses it, planted at a path inside a folder
// (nothing is written into src/), is refused by the lint or by the folder's own type check, and the tree
// as it is passes both.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FENCE_RULES = new Set(["no-restricted-imports", "no-restricted-syntax", "no-restricted-globals"]);

const eslint = new ESLint({ cwd: ROOT, ruleFilter: ({ ruleId }) => FENCE_RULES.has(ruleId) });

/** The fence rules that refuse `code` if it stood at `file`. */
async function lintRefusals(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  const messages = result?.messages ?? [];
  const unread = messages.find((m) => m.ruleId === null);
  if (unread) throw new Error(`${file} cannot be linted: ${unread.message}`);
  return messages.map((m) => m.ruleId ?? "");
}

/** The folders with a type check of their own: no Office, no Node types (and for core and app, no DOM). */
const NARROW_TSCONFIG: Record<string, string> = {
  core: "src/core/tsconfig.json",
  app: "src/app/tsconfig.json",
  workbookFile: "src/workbookFile/tsconfig.json",
};
const parsedConfigs = new Map<string, ts.ParsedCommandLine>();
const sourceFiles = new Map<string, ts.SourceFile>();

function parsedConfigOf(folder: string): ts.ParsedCommandLine {
  const configPath = NARROW_TSCONFIG[folder];
  if (!configPath) throw new Error(`src/${folder} has no type check of its own`);
  let parsed = parsedConfigs.get(configPath);
  if (!parsed) {
    parsed = ts.getParsedCommandLineOfConfigFile(
      path.join(ROOT, configPath),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
        },
      },
    );
    if (!parsed) throw new Error(`${configPath} cannot be read`);
    parsedConfigs.set(configPath, parsed);
  }
  return parsed;
}

/** A compiler host that reads the real tree, sees `planted` as one more file, and parses each file once. */
function hostWith(options: ts.CompilerOptions, planted?: { file: string; code: string }): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const isPlanted = (name: string) => planted !== undefined && path.resolve(name) === planted.file;
  return {
    ...host,
    fileExists: (name) => isPlanted(name) || host.fileExists(name),
    readFile: (name) => (isPlanted(name) ? planted?.code : host.readFile(name)),
    getSourceFile: (name, languageVersion) => {
      if (isPlanted(name)) return ts.createSourceFile(name, planted?.code ?? "", languageVersion, true);
      let source = sourceFiles.get(name);
      if (!source) {
        source = host.getSourceFile(name, languageVersion);
        if (source) sourceFiles.set(name, source);
      }
      return source;
    },
  };
}

const messagesOf = (diagnostics: readonly ts.Diagnostic[]) =>
  diagnostics.map(
    (d) =>
      `${d.file ? path.relative(ROOT, d.file.fileName) : ""} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`,
  );

/** The type errors in `code` if it stood at `file`, checked by its folder's own tsconfig. */
function typeErrors(file: string, code: string): string[] {
  const folder = file.split("/")[1] ?? "";
  const { options } = parsedConfigOf(folder);
  const planted = { file: path.join(ROOT, file), code };
  const program = ts.createProgram({ rootNames: [planted.file], options, host: hostWith(options, planted) });
  // As tsc does: every file the planted one brings into the program is checked too.
  return messagesOf(ts.getPreEmitDiagnostics(program));
}

type FenceRule = "no-restricted-imports" | "no-restricted-syntax" | "no-restricted-globals";

interface Planted {
  /** What crosses the fence. */
  readonly what: string;
  /** Where it is planted: a path inside src/ that need not exist. */
  readonly file: string;
  readonly code: string;
  /** The lint rule that refuses it. */
  readonly lint: FenceRule;
  /** The type error that refuses it under its folder's own tsconfig, where that check sees it. */
  readonly typecheck?: RegExp;
}

const PLANTED: readonly Planted[] = [
  {
    what: "a task-pane component imports the Office.js adapter (depth 3)",
    file: "src/taskpane/components/App/Planted.tsx",
    code: 'import { officeHost } from "../../../office/excelHost";\nexport const host = officeHost;\n',
    lint: "no-restricted-imports",
  },
  {
    what: "a task-pane component imports the adapter's types only (depth 3)",
    file: "src/taskpane/components/App/Planted.tsx",
    code: 'import type { ExcelHost } from "../../../office/excelHost";\nexport type Host = ExcelHost;\n',
    lint: "no-restricted-imports",
  },
  {
    what: "a task-pane component loads the adapter with import() (depth 3)",
    file: "src/taskpane/components/App/Planted.tsx",
    code: 'export const adapter = () => import("../../../office/excelHost");\n',
    lint: "no-restricted-syntax",
  },
  {
    what: "a task-pane component imports the adapter through a path alias",
    file: "src/taskpane/components/App/Planted.tsx",
    code: 'import { officeHost } from "@/office/excelHost";\nexport const host = officeHost;\n',
    lint: "no-restricted-imports",
  },
  {
    what: "a task-pane hook re-exports the adapter (depth 2)",
    file: "src/taskpane/hooks/planted.ts",
    code: 'export * from "../../office/createExcelWorkbook";\n',
    lint: "no-restricted-imports",
  },
  {
    what: "the task pane imports the custom functions",
    file: "src/taskpane/planted.ts",
    code: 'import { todayIso } from "../functions/today";\nexport const now = todayIso;\n',
    lint: "no-restricted-imports",
  },
  {
    what: "app imports the Office.js adapter",
    file: "src/app/planted.ts",
    code: 'import { officeHost } from "../office/excelHost";\nexport const host = officeHost;\n',
    lint: "no-restricted-imports",
    typecheck: /TS2304: Cannot find name 'Office'/,
  },
  {
    what: "app imports the task pane",
    file: "src/app/planted.ts",
    code: 'import { stringsFor } from "../taskpane/strings/stringsFor";\nexport const strings = stringsFor;\n',
    lint: "no-restricted-imports",
  },
  {
    what: "app calls Excel.run",
    file: "src/app/planted.ts",
    code: "export const run = () => Excel.run(async (context) => context.sync());\n",
    lint: "no-restricted-globals",
    typecheck: /TS2304: Cannot find name 'Excel'/,
  },
  {
    what: "app reads document",
    file: "src/app/planted.ts",
    code: "export const title = () => document.title;\n",
    lint: "no-restricted-globals",
    typecheck: /TS2584: Cannot find name 'document'/,
  },
  {
    what: "app reads document through globalThis",
    file: "src/app/planted.ts",
    code: "export const title = () => globalThis.document.title;\n",
    lint: "no-restricted-globals",
    typecheck: /TS7017: .* 'typeof globalThis' has no index signature/,
  },
  {
    what: "app reads localStorage",
    file: "src/app/planted.ts",
    code: 'export const saved = () => localStorage.getItem("settings");\n',
    lint: "no-restricted-globals",
    typecheck: /TS2304: Cannot find name 'localStorage'/,
  },
  {
    what: "app reads Office.context",
    file: "src/app/planted.ts",
    code: "export const language = () => Office.context.displayLanguage;\n",
    lint: "no-restricted-globals",
    typecheck: /TS2304: Cannot find name 'Office'/,
  },
  {
    what: "app reads process.env",
    file: "src/app/planted.ts",
    code: "export const home = () => process.env.HOME;\n",
    lint: "no-restricted-globals",
    typecheck: /TS2591: Cannot find name 'process'/,
  },
  {
    what: "core imports the task pane",
    file: "src/core/planted.ts",
    code: 'import { stringsFor } from "../taskpane/strings/stringsFor";\nexport const strings = stringsFor;\n',
    lint: "no-restricted-imports",
  },
  {
    what: "core imports app (depth 2)",
    file: "src/core/messages/planted.ts",
    code: 'import { readSettings } from "../../app/settings";\nexport const read = readSettings;\n',
    lint: "no-restricted-imports",
  },
  {
    what: "core imports React",
    file: "src/core/planted.ts",
    code: 'import { useState } from "react";\nexport const state = useState;\n',
    lint: "no-restricted-imports",
  },
  {
    what: "core imports fs",
    file: "src/core/planted.ts",
    code: 'import { readFileSync } from "fs";\nexport const read = readFileSync;\n',
    lint: "no-restricted-imports",
    typecheck: /TS2307: Cannot find module 'fs'/,
  },
  {
    what: "core imports node:fs/promises",
    file: "src/core/planted.ts",
    code: 'import { readFile } from "node:fs/promises";\nexport const read = readFile;\n',
    lint: "no-restricted-imports",
    typecheck: /TS2307: Cannot find module 'node:fs\/promises'/,
  },
  {
    what: "core reads window",
    file: "src/core/planted.ts",
    code: "export const width = () => window.innerWidth;\n",
    lint: "no-restricted-globals",
    typecheck: /TS2304: Cannot find name 'window'/,
  },
  {
    what: "the task pane reads process.env",
    file: "src/taskpane/components/App/Planted.tsx",
    code: "export const mode = process.env.NODE_ENV;\n",
    lint: "no-restricted-globals",
  },
  {
    what: "the task pane imports node:path",
    file: "src/taskpane/planted.ts",
    code: 'import path from "node:path";\nexport const join = path.join;\n',
    lint: "no-restricted-imports",
  },
  {
    what: "the task pane requires fs",
    file: "src/taskpane/planted.ts",
    code: 'export const fs = require("fs");\n',
    lint: "no-restricted-globals",
  },
  {
    what: "the custom functions import the task pane",
    file: "src/functions/planted.ts",
    code: 'import { stringsFor } from "../taskpane/strings/stringsFor";\nexport const strings = stringsFor;\n',
    lint: "no-restricted-imports",
  },
  {
    what: "the Office.js adapter imports the checker",
    file: "src/office/planted.ts",
    code: 'import { formatReport } from "../cli/formatReport";\nexport const format = formatReport;\n',
    lint: "no-restricted-imports",
  },
  {
    what: "the checker imports the Office.js adapter",
    file: "src/cli/planted.ts",
    code: 'import { officeHost } from "../office/excelHost";\nexport const host = officeHost;\n',
    lint: "no-restricted-imports",
  },
  {
    what: "the workbook-file reader imports node:zlib",
    file: "src/workbookFile/planted.ts",
    code: 'import { createInflateRaw } from "node:zlib";\nexport const inflate = createInflateRaw;\n',
    lint: "no-restricted-imports",
    typecheck: /TS2307: Cannot find module 'node:zlib'/,
  },
  {
    what: "the workbook-file reader uses Buffer",
    file: "src/workbookFile/planted.ts",
    code: 'export const bytes = () => Buffer.from("PK");\n',
    lint: "no-restricted-globals",
    typecheck: /TS2591: Cannot find name 'Buffer'/,
  },
  {
    what: "the workbook-file reader reads document",
    file: "src/workbookFile/planted.ts",
    code: "export const title = () => document.title;\n",
    lint: "no-restricted-globals",
  },
  {
    what: "the workbook-file reader imports the checker",
    file: "src/workbookFile/planted.ts",
    code: 'import { openFileSource } from "../cli/fileSource";\nexport const open = openFileSource;\n',
    lint: "no-restricted-imports",
  },
  {
    what: "the workbook-file reader imports the task pane",
    file: "src/workbookFile/planted.ts",
    code: 'import { stringsFor } from "../taskpane/strings/stringsFor";\nexport const strings = stringsFor;\n',
    lint: "no-restricted-imports",
  },
  {
    what: "the workbook-file reader imports ExcelJS",
    file: "src/workbookFile/planted.ts",
    code: 'import ExcelJS from "exceljs";\nexport const Workbook = ExcelJS.Workbook;\n',
    lint: "no-restricted-imports",
  },
  {
    what: "the custom functions import the workbook-file reader",
    file: "src/functions/planted.ts",
    code: 'import { checkWorkbookBlob } from "../workbookFile";\nexport const check = checkWorkbookBlob;\n',
    lint: "no-restricted-imports",
  },
  {
    what: "shipped task-pane code imports the test folder's fakes",
    file: "src/taskpane/planted.ts",
    code: 'import { goalSheet2 } from "../../test/fakeExcel/seedSheets";\nexport const sheet = goalSheet2;\n',
    lint: "no-restricted-imports",
  },
  {
    what: "a task-pane test imports the Office.js adapter",
    file: "src/taskpane/components/App/Planted.test.tsx",
    code: 'import { officeHost } from "../../../office/excelHost";\nexport const host = officeHost;\n',
    lint: "no-restricted-imports",
  },
];

describe("the fence between the folders of src/", () => {
  it.each(PLANTED)("lint refuses it with $lint when $what", async ({ file, code, lint }) => {
    expect(await lintRefusals(file, code)).toContain(lint);
  });

  it.each(PLANTED.filter((p) => p.typecheck))(
    "the folder's type check refuses it when $what",
    ({ file, code, typecheck }) => {
      expect(typeErrors(file, code)).toContainEqual(expect.stringMatching(typecheck ?? /^$/));
    },
  );

  it("lets through what each folder may do", async () => {
    const allowed: readonly { file: string; code: string }[] = [
      {
        file: "src/taskpane/index.tsx",
        code: 'import { officeHost } from "../office/excelHost";\nexport const title = () => [officeHost, document.title];\n',
      },
      {
        file: "src/taskpane/components/App/Planted.tsx",
        code: 'import { PaneContext } from "../../hooks/usePane";\nimport type { Locale } from "../../../core/messages/formatIssue";\nexport const title = (l: Locale) => [PaneContext, l, window.innerWidth];\n',
      },
      {
        file: "src/office/planted.ts",
        code: 'import { readSettings } from "../app/settings";\nexport const run = () => Excel.run(async () => readSettings);\n',
      },
      {
        file: "src/cli/planted.ts",
        code: 'import { readFile } from "node:fs/promises";\nexport const read = readFile;\n',
      },
      {
        file: "src/workbookFile/planted.ts",
        code: 'import { parseKpiValue } from "../core/parseKpiValue";\nexport const read = (b: Blob) => [parseKpiValue, b.slice(0, 4), new DecompressionStream("deflate-raw"), new TextDecoder()];\n',
      },
      {
        file: "src/taskpane/hooks/planted.ts",
        code: 'import { checkWorkbookBlob } from "../../workbookFile";\nexport const check = checkWorkbookBlob;\n',
      },
      {
        file: "src/cli/planted.ts",
        code: 'import { checkWorkbook } from "../workbookFile/checkWorkbook";\nexport const check = checkWorkbook;\n',
      },
      {
        file: "src/app/planted.test.ts",
        code: 'import { fakeWorkbook } from "../../test/fakeExcel/fakeHost";\nexport const fake = [fakeWorkbook, process.env.TZ];\n',
      },
    ];
    for (const { file, code } of allowed)
      expect({ file, refusals: await lintRefusals(file, code) }).toEqual({ file, refusals: [] });
  });

  it("lets app use core under app's own type check", () => {
    const code =
      'import { achievementRate } from "../core/achievement";\nimport { readSettings } from "./settings";\nexport const both = [achievementRate, readSettings];\n';
    expect(typeErrors("src/app/planted.ts", code)).toEqual([]);
  });

  describe("the tree as it is", () => {
    let lintResults: ESLint.LintResult[] = [];
    beforeAll(async () => {
      lintResults = await eslint.lintFiles(["src"]);
    }, 120_000);

    it("passes the fence's lint rules", () => {
      expect(lintResults.length).toBeGreaterThan(100);
      const refusals = lintResults.flatMap((r) =>
        r.messages.map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${m.ruleId}: ${m.message}`),
      );
      expect(refusals).toEqual([]);
    });

    it.each(Object.keys(NARROW_TSCONFIG))("passes src/%s's own type check", (folder) => {
      const { options, fileNames } = parsedConfigOf(folder);
      expect(fileNames.length).toBeGreaterThan(10);
      const program = ts.createProgram({ rootNames: fileNames, options, host: hostWith(options) });
      expect(messagesOf(ts.getPreEmitDiagnostics(program))).toEqual([]);
    });
  });
});
