// The fence between the folders of src/: which folder may import which, and which globals each may use.
// Imports point inward: core imports nothing of ours; app imports core; the edges import core and app,
// never each other, save the reader of workbook files (workbookFile) that the checker and the task pane
// share: it runs in Node and in the browser alike, so it has neither's own globals. The task pane's
// composition root (src/taskpane/index.tsx) is the one file that joins the pane and the Office.js adapter.
// Every rule below holds at any depth of the importing file.
import { builtinModules } from "node:module";

/** Which of our folders each folder of src/ may import. */
const mayImport = {
  core: [],
  app: ["core"],
  office: ["core", "app"],
  functions: ["core", "app"],
  taskpane: ["core", "app", "workbookFile"],
  cli: ["core", "app", "workbookFile"],
  commands: ["core", "app"],
  workbookFile: ["core", "app"],
};
const folders = Object.keys(mayImport);

/**
 * A specifier that lands in src/<folder>: relative from any depth (`../office`, `../../../office/x`),
 * through src/ (`../../src/office`) or through an alias (`@/office`, `~/office`, `src/office`).
 */
const reachOf = (folder) => `^(?:(?:\\.{1,2}/)+|[@~]/)(?:src/)?${folder}(?:/|$)|(?:^|/)src/${folder}(?:/|$)`;

/** A specifier of a Node built-in module, bare or with `node:` (fs, fs/promises, node:path, process…). */
const nodeBuiltin = `^(?:node:.*|(?:${builtinModules
  .filter((name) => !name.startsWith("_"))
  .join("|")})(?:/.*)?)$`;

/** A specifier of the test folder (fakes, seeds): tests use it, the shipped code never does. */
const testFolder = "^(?:\\.{1,2}/)+test(?:/|$)";

const folderRules = (from, allowed) =>
  folders
    .filter((to) => to !== from && !allowed.includes(to))
    .map((to) => ({
      regex: reachOf(to),
      message:
        (allowed.length
          ? `src/${from} may import only ${allowed.map((f) => `src/${f}`).join(", ")}`
          : `src/${from} imports nothing of ours`) +
        (from === "taskpane" && to === "office"
          ? "; the Office.js adapter reaches the pane only through src/taskpane/index.tsx."
          : "."),
    }));

const pureOnly = {
  regex: "^(?:react(?:-|/|$)|exceljs(?:/|$)|@fluentui/|office-|@microsoft/office)",
  message: "core and app are pure TypeScript: no UI, no workbook library, no host.",
};
const browserOnly = "This code runs in Excel's browser runtime, not in Node.";
const pureMessage = "core and app run in Excel and in Node alike: no Node built-ins, no host, no DOM.";
const neutralMessage =
  "workbookFile runs in the task pane and in the checker alike: no Node built-ins, no host, no DOM " +
  "beyond what Node 20 has too (Blob, DecompressionStream, TextDecoder).";
/** Folders whose code runs both in Excel's browser runtime and in Node. */
const neutral = ["workbookFile"];
const noTestFolder = { regex: testFolder, message: "The test folder's fakes are for tests only." };

const restrictedImports = (patterns) => [
  "error",
  { patterns: patterns.map((p) => ({ ...p, caseSensitive: true })) },
];

/** Dynamic `import()` and `require()` obey the same fence as static imports. */
const restrictedCalls = (patterns) => [
  "error",
  ...patterns.flatMap(({ regex, message }) => {
    // esquery's regular expressions cannot contain a slash, even escaped.
    const re = `/${regex.replace(/\//g, "\\x2F")}/`;
    return [
      { selector: `ImportExpression > Literal.source[value=${re}]`, message },
      { selector: `CallExpression[callee.name='require'] > Literal.arguments[value=${re}]`, message },
    ];
  }),
];

/** Node's own globals: code that runs in Excel's browser runtime has none of them. */
const nodeGlobals = [
  "process",
  "Buffer",
  "require",
  "module",
  "__dirname",
  "__filename",
  "global",
  "setImmediate",
];
/** The host's and the browser's globals: core and app see the workbook only through app/'s ports. */
const hostGlobals = [
  "Excel",
  "Office",
  "OfficeRuntime",
  "OfficeExtension",
  "CustomFunctions",
  "document",
  "window",
  "navigator",
  "localStorage",
  "sessionStorage",
  "location",
  "fetch",
  "XMLHttpRequest",
];

const restrictedGlobals = (names, message) => [
  "error",
  { globals: names.map((name) => ({ name, message })), checkGlobalObject: true },
];
// `globalThis.document` and `self.process` are the same globals: declaring the global objects lets
// no-restricted-globals follow them.
const globalObjects = { globalThis: "readonly", self: "readonly", window: "readonly" };

/** Files that run only under the test runner (Node): tests and their helpers. */
const testFiles = ["src/**/*.test.{ts,tsx}", "src/**/testing/**"];
const browserSide = ["core", "app", "office", "functions", "taskpane", "commands", "workbookFile"];

/** The fence of the code a folder ships: its imports, and the globals it may not touch. */
const shippedFence = (from, allowed, files) => {
  const pure = from === "core" || from === "app";
  const shared = pure || neutral.includes(from);
  const message = pure ? pureMessage : neutral.includes(from) ? neutralMessage : browserOnly;
  const patterns = [
    ...folderRules(from, allowed),
    noTestFolder,
    ...(shared ? [{ ...pureOnly, ...(pure ? {} : { message }) }] : []),
    ...(browserSide.includes(from) ? [{ regex: nodeBuiltin, message }] : []),
  ];
  const globals = [...(shared ? hostGlobals : []), ...(browserSide.includes(from) ? nodeGlobals : [])];
  return {
    files,
    ignores: testFiles,
    languageOptions: { globals: globalObjects },
    rules: {
      "no-restricted-imports": restrictedImports(patterns),
      "no-restricted-syntax": restrictedCalls(patterns),
      ...(globals.length ? { "no-restricted-globals": restrictedGlobals(globals, message) } : {}),
    },
  };
};

/** A folder's tests may use Node and the test folder's fakes, but not reach past the fence either. */
const testedFence = (from) => {
  const patterns = [
    ...folderRules(from, mayImport[from]),
    ...(from === "core" || from === "app" || neutral.includes(from) ? [pureOnly] : []),
  ];
  return {
    files: testFiles.map((glob) => glob.replace("src/**", `src/${from}/**`)),
    rules: {
      "no-restricted-imports": restrictedImports(patterns),
      "no-restricted-syntax": restrictedCalls(patterns),
    },
  };
};

export const fence = [
  ...folders.flatMap((from) => [
    shippedFence(from, mayImport[from], [`src/${from}/**/*.{ts,tsx}`]),
    testedFence(from),
  ]),
  // The composition root builds the Office.js ports and hands them to the pane.
  shippedFence("taskpane", [...mayImport.taskpane, "office"], ["src/taskpane/index.tsx"]),
];
