import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { afterEach, describe, expect, inject, it } from "vitest";
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

  // The sets Excel must have before it offers the add-in: the highest ExcelApi set the always-shown
  // features call (Worksheet.getRanges for flags, 1.9), CustomFunctions.Error with a message (1.2).
  it("asks Excel for the shared runtime, custom-function errors and ExcelApi 1.9, no more", () => {
    const sets = [...manifest.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\s*\/>/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(sets).toEqual(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.2", "ExcelApi 1.9"]);
  });

  // One task pane in a shared runtime: a ShowTaskpane action without a TaskpaneId opens a pane of its own
  // (https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime#multiple-task-panes).
  it("opens the one shared-runtime task pane, under one TaskpaneId, from every ribbon action", () => {
    const actions = [...manifest.matchAll(/<Action xsi:type="ShowTaskpane">([\s\S]*?)<\/Action>/g)].map(
      (m) => m[1] ?? "",
    );
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) {
      expect(action).toMatch(/<TaskpaneId>ButtonId1<\/TaskpaneId>/);
      expect(action).toMatch(/<SourceLocation resid="Taskpane.Url"\s*\/>/);
    }
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

  // Office asks for 16, 32 and 80 px and takes 20, 24, 40, 48 and 64 px for other display scalings
  // (https://learn.microsoft.com/javascript/api/manifest/icon).
  const RIBBON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];

  it("has its icons in assets/ at every ribbon size, and 128 px for a catalogue", () => {
    for (const size of [...RIBBON_SIZES, 128]) {
      expect(pngSize(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
    for (const url of manifest.matchAll(/https:\/\/localhost:3000\/(assets\/icon-\d+\.png)/g)) {
      expect(existsSync(path.join(ROOT, url[1] ?? ""))).toBe(true);
    }
  });

  it("gives the ribbon group and its button an image at every ribbon size, each of that size", () => {
    const images = new Map(
      [...manifest.matchAll(/<bt:Image id="([^"]+)" DefaultValue="[^"]*\/assets\/icon-(\d+)\.png"/g)].map(
        (m) => [m[1], Number(m[2])],
      ),
    );
    const icons = [...manifest.matchAll(/<Icon>([\s\S]*?)<\/Icon>/g)].map((m) => m[1] ?? "");
    expect(icons).toHaveLength(2);
    for (const icon of icons) {
      const refs = [...icon.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)];
      expect(refs.map((m) => Number(m[1]))).toEqual(RIBBON_SIZES);
      for (const ref of refs) expect(images.get(ref[2] ?? ""), ref[2]).toBe(Number(ref[1]));
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

const RIBBON_FILES = [16, 20, 24, 32, 40, 48, 64, 80].map((size) => `assets/icon-${size}.png`);

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
    for (const file of ["functions.json", "functions.ja.json", ...RIBBON_FILES]) {
      expect(existsSync(path.join(TEST_DIST, file)), file).toBe(true);
    }
  });
});

describe("webpack.config.js", () => {
  const require = createRequire(import.meta.url);
  const config = require("../webpack.config.js") as ((
    env: Record<string, unknown>,
    options: { mode: string },
  ) => Promise<{ plugins: unknown[] }>) & { productionUrl: (value: string | undefined) => string };
  const saved = process.env.ADDIN_PUBLIC_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = saved;
  });

  it("stops a production build without ADDIN_PUBLIC_URL, saying how to set it, instead of shipping localhost", async () => {
    delete process.env.ADDIN_PUBLIC_URL;
    await expect(config({}, { mode: "production" })).rejects.toThrow(
      /production build needs ADDIN_PUBLIC_URL.*npm run build:dev or npm start/,
    );
  });

  it("builds for development (npm start, build:dev) on localhost without it", async () => {
    delete process.env.ADDIN_PUBLIC_URL;
    await expect(config({}, { mode: "development" })).resolves.toHaveProperty("plugins");
  });

  it.each([
    ["http://kpi.example.org/", /https/],
    ["https://localhost:3000/", /this machine/],
    ["kpi.example.org", /not a URL/],
  ])("refuses ADDIN_PUBLIC_URL=%s", (value, message) => {
    expect(() => config.productionUrl(value)).toThrow(message);
  });

  it("takes an https address with or without its final slash", () => {
    expect(config.productionUrl("https://kpi.example.org/app")).toBe("https://kpi.example.org/app/");
    expect(config.productionUrl(TEST_PUBLIC_URL)).toBe(TEST_PUBLIC_URL);
  });
});
