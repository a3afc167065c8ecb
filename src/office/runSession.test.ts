import { describe, expect, it } from "vitest";
import { isWorkbookFailure } from "../app/workbookFailure";
import type { ExcelHost } from "./excelHost";
import { runSession } from "./runSession";

const hostThat = (run: ExcelHost["run"]): ExcelHost => ({ run, supportsNotes: () => true });

describe("runSession", () => {
  it("returns what the batch returns", async () => {
    const host = hostThat((batch) => batch({} as Excel.RequestContext));
    await expect(runSession(host, "read", async () => 42)).resolves.toBe(42);
  });

  it("turns what Excel raises into a failure the pane can explain", async () => {
    const host = hostThat(async () => {
      throw Object.assign(new Error("busy editing"), { code: "InvalidOperationInCellEditMode" });
    });
    const failure = await runSession(host, "flag", async () => 0).catch((error: unknown) => error);
    expect(isWorkbookFailure(failure)).toBe(true);
    expect(failure).toMatchObject({ code: "cell_edit_mode", operation: "flag" });
  });
});
