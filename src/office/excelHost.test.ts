import { afterEach, describe, expect, it } from "vitest";
import { officeHost } from "./excelHost";

const globals = globalThis as Record<string, unknown>;

afterEach(() => {
  delete globals.Excel;
  delete globals.Office;
});

describe("officeHost", () => {
  it("runs batches with Excel.run and asks Office for ExcelApi 1.18", async () => {
    const asked: string[] = [];
    globals.Excel = { run: async (batch: (context: string) => Promise<string>) => batch("context") };
    globals.Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => {
            asked.push(`${name} ${version}`);
            return true;
          },
        },
      },
    };
    const host = officeHost();
    expect(await host.run(async (context) => `ran with ${String(context)}`)).toBe("ran with context");
    expect(host.supportsNotes()).toBe(true);
    expect(asked).toEqual(["ExcelApi 1.18"]);
  });

  it("fails when Office.js is not loaded", () => {
    expect(() => officeHost().supportsNotes()).toThrow(ReferenceError);
  });
});
