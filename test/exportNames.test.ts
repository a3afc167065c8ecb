import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(__dirname, "../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith(".d.ts"))
    .map((file) => path.join(dir, file));
}

function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node)
    ? (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    : false;
}

/** The functions a file exports by declaration: `export function f` and `export const f = (…) => …`. */
function exportedFunctions(file: string): string[] {
  return exportedFunctionsIn(file, readFileSync(file, "utf8"));
}

function exportedFunctionsIn(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (!isExported(statement)) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name) names.push(statement.name.text);
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (
          ts.isIdentifier(declaration.name) &&
          init &&
          (ts.isArrowFunction(init) || ts.isFunctionExpression(init))
        )
          names.push(declaration.name.text);
      }
    }
  }
  return names;
}

/** Each exported function name defined in more than one file, with the files. */
function duplicateExports(files: readonly string[]): Map<string, string[]> {
  return duplicateExportsIn(
    files.map((file) => [path.relative(SRC, file).split(path.sep).join("/"), readFileSync(file, "utf8")]),
  );
}

function duplicateExportsIn(files: readonly (readonly [string, string])[]): Map<string, string[]> {
  const where = new Map<string, string[]>();
  for (const [file, text] of files) {
    for (const name of new Set(exportedFunctionsIn(file, text)))
      where.set(name, [...(where.get(name) ?? []), file]);
  }
  return new Map([...where].filter(([, found]) => found.length > 1));
}

describe("exported function names", () => {
  it("finds exported function declarations and exported arrow functions, and nothing else", () => {
    const file = path.join(SRC, "core/messages/formatIssue.ts");
    expect(exportedFunctions(file)).toEqual(["localeOf", "formatIssue", "formatByCode", "statusLabel"]);
    const source = [
      "export function a() {}",
      "export const b = () => 1;",
      "export const c = function () {};",
      "export const d = 1;",
      "function e() {}",
      "export type F = () => void;",
    ].join("\n");
    expect(exportedFunctionsIn("x.ts", source)).toEqual(["a", "b", "c"]);
  });

  it("catches a name two files export", () => {
    const found = duplicateExportsIn([
      ["core/a.ts", "export function readValue() {}"],
      ["functions/b.ts", "export const readValue = () => 0;"],
      ["app/c.ts", "export function other() {}"],
    ]);
    expect(Object.fromEntries(found)).toEqual({ readValue: ["core/a.ts", "functions/b.ts"] });
  });

  const duplicates = duplicateExports(sourceFiles(SRC));

  it("names one function once in src/: one meaning, one name", () => {
    expect(Object.fromEntries(duplicates)).toEqual({});
  });
});
