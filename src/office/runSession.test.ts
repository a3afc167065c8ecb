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

  it("says a write may be left part done when undoing it after the failure did not go through", async () => {
    const host = hostThat(async () => {
      throw Object.assign(new Error("conflict"), { code: "Conflict" });
    });
    const undone = await runSession(
      host,
      "compute",
      async () => 0,
      async () => false,
    ).catch((e: unknown) => e);
    expect(undone).toMatchObject({ code: "conflict", operation: "compute", partialWrite: false });
    const left = await runSession(
      host,
      "compute",
      async () => 0,
      async () => true,
    ).catch((e: unknown) => e);
    expect(left).toMatchObject({ code: "conflict", operation: "compute", partialWrite: true });
  });
});
