/**
 * The built add-in's bundles, loaded as Excel's shared runtime loads them: into a fresh JavaScript
 * context with a stand-in CustomFunctions (which records the associate calls) and a stand-in Office.
 * Tests of the shipped formulas call them through here, never through the source modules.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { inject } from "vitest";
import type { CustomFunctionsStandIn } from "../src/functions/customFunctionsStandIn";
import { createCustomFunctionsStandIn } from "../src/functions/customFunctionsStandIn";

/** Scripts the test cannot run: Office.js comes from Microsoft's CDN, the task pane needs a DOM. */
const NOT_LOADED = /(^https?:|\/office\.js$|^taskpane\.js$)/;

/** The bundles in the order the task pane page loads them. */
function scriptsOfPage(dist: string): string[] {
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\bsrc="?([^" >]+)"?/g)].map((m) => m[1] ?? "");
}

export interface LoadedAddin {
  readonly customFunctions: CustomFunctionsStandIn;
  readonly loaded: string[];
  readonly onReadyCalls: number;
  call(id: string, ...args: unknown[]): unknown;
}

/**
 * Loads the build the test run made (test/globalSetup.ts). `today` fixes the context's clock, so a test
 * never reads the real one.
 */
export function loadBuiltAddin(
  displayLanguage: string,
  today: [number, number, number] = [2025, 10, 21],
): LoadedAddin {
  const dist = inject("distDir");
  const customFunctions = createCustomFunctionsStandIn();
  const state = { onReadyCalls: 0 };
  const office = {
    context: { displayLanguage },
    onReady(callback?: (info: unknown) => void): Promise<unknown> {
      state.onReadyCalls++;
      const info = { host: "Excel", platform: "PC" };
      callback?.(info);
      return Promise.resolve(info);
    },
    actions: { associate: (): void => undefined },
  };
  const sandbox: Record<string, unknown> = { CustomFunctions: customFunctions, Office: office, console };
  sandbox.self = sandbox;
  const context = vm.createContext(sandbox);
  vm.runInContext(
    `{ const RealDate = Date; const [y, m, d] = ${JSON.stringify(today)};
       globalThis.Date = class extends RealDate {
         constructor(...args) { if (args.length === 0) super(y, m, d, 12); else super(...args); }
         static now() { return new RealDate(y, m, d, 12).getTime(); }
       }; }`,
    context,
  );
  const loaded: string[] = [];
  for (const script of scriptsOfPage(dist)) {
    if (NOT_LOADED.test(script)) continue;
    vm.runInContext(readFileSync(path.join(dist, script), "utf8"), context, { filename: script });
    loaded.push(script);
  }
  return {
    customFunctions,
    loaded,
    get onReadyCalls() {
      return state.onReadyCalls;
    },
    call(id, ...args) {
      const fn = customFunctions.associations.get(id);
      if (!fn) throw new Error(`${id} is not registered`);
      return fn(...args);
    },
  };
}
