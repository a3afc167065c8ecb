import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, inject, it } from "vitest";
import { TEST_PUBLIC_URL } from "./globalSetup";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const SCHEMA = path.resolve(ROOT, "..", "shared", "schemas", "office-manifest", "OfficeAppManifestV1_1.xsd");

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("declares an Excel add-in with one long-lived shared runtime", () => {
    expect(manifest).toMatch(/<Host Name="Workbook"\s*\/>/);
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\s*\/>/);
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\s*\/>/);
    // The functions' page and the ribbon's function file are the task pane page: one JavaScript context.
    expect(manifest).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\s*\/>\s*<\/Page>/);
    expect(manifest).toMatch(/<FunctionFile resid="Taskpane.Url"\s*\/>/);
  });

  it("puts the custom functions in the KPI namespace", () => {
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="KPI"\s*\/>/);
  });

  it("has a ribbon button that opens the task pane", () => {
    expect(manifest).toMatch(
      /<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="Taskpane.Url"\s*\/>/,
    );
  });

  it("asks only for the permission to read and write the document", () => {
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it("gives Japanese strings beside English for everything a user reads", () => {
    for (const id of [
      "GetStarted.Title",
      "Group.Label",
      "TaskpaneButton.Label",
      "GetStarted.Description",
      "TaskpaneButton.Tooltip",
    ]) {
      const element = new RegExp(
        `<bt:String id="${id.replace(".", "\\.")}"[^>]*>\\s*<bt:Override Locale="ja-JP" Value="[^"]*[ぁ-んァ-ヶ一-龠][^"]*"`,
      );
      expect(manifest, id).toMatch(element);
    }
    expect(manifest).toMatch(/<DisplayName[^>]*>\s*<Override Locale="ja-JP" Value="[^"]+"/);
    expect(manifest).toMatch(/<Description[^>]*>\s*<Override Locale="ja-JP" Value="[^"]+"/);
    // Japanese Excel gets the Japanese descriptions of the formulas.
    expect(manifest).toMatch(
      /<bt:Override Locale="ja-JP" Value="https:\/\/localhost:3000\/functions\.ja\.json"\s*\/>/,
    );
  });

  it("defines every resource it refers to", () => {
    const referenced = new Set([...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const defined = new Set(
      [...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]),
    );
    for (const id of referenced) expect(defined, `resid ${id}`).toContain(id);
  });

  it("has icons in assets/ at 16, 32, 64, 80 and 128 px, and uses them", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
    for (const url of manifest.matchAll(/https:\/\/localhost:3000\/(assets\/icon-\d+\.png)/g)) {
      expect(existsSync(path.join(ROOT, url[1] ?? ""))).toBe(true);
    }
  });

  const xmllint = spawnSync("xmllint", ["--version"]).status === 0;
  const schemasPresent = existsSync(SCHEMA);
  if (!schemasPresent || !xmllint) {
    console.warn(
      `manifest.xml: XSD validation skipped: ${!schemasPresent ? `no schemas at ${SCHEMA}` : "xmllint is not installed (Debian: libxml2-utils)"}`,
    );
  }
  it.skipIf(!schemasPresent || !xmllint)(
    "validates against the Office add-in manifest XSDs (xmllint)",
    () => {
      const out = execFileSync("xmllint", ["--noout", "--schema", SCHEMA, path.join(ROOT, "manifest.xml")], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
      expect(out).toBe("");
    },
  );
});

describe("the production build", () => {
  const TEST_DIST = inject("distDir");
  it("rewrites every development URL in the manifest, not only the first", () => {
    const built = readFileSync(path.join(TEST_DIST, "manifest.xml"), "utf8");
    expect(built).not.toContain("https://localhost:3000");
    const count = (text: string, needle: string): number => text.split(needle).length - 1;
    expect(count(built, TEST_PUBLIC_URL)).toBe(count(manifest, "https://localhost:3000/"));
    expect(built).toContain(`${TEST_PUBLIC_URL}functions.ja.json`);
    expect(built).toContain(`<AppDomain>${new URL(TEST_PUBLIC_URL).origin}</AppDomain>`);
  });

  it("loads Office.js from Microsoft's CDN and then the bundles, in the one task pane page", () => {
    const html = readFileSync(path.join(TEST_DIST, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]);
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    for (const bundle of ["runtime.js", "taskpane.js", "functions.js", "commands.js"]) {
      expect(scripts).toContain(bundle);
      expect(existsSync(path.join(TEST_DIST, bundle)), bundle).toBe(true);
    }
    for (const file of ["functions.json", "functions.ja.json", "assets/icon-80.png"]) {
      expect(existsSync(path.join(TEST_DIST, file)), file).toBe(true);
    }
  });
});
