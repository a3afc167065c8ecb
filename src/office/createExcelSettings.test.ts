import { describe, expect, it } from "vitest";
import { isWorkbookFailure } from "../app/workbookFailure";
import { FakeExcel } from "../../test/fakeExcel/fakeExcel";
import { fakeHost } from "../../test/fakeExcel/fakeHost";
import { createWorkbookState } from "../../test/fakeExcel/fakeWorkbook";
import { SETTINGS_KEY, createExcelSettings } from "./createExcelSettings";

function port(settings: Record<string, unknown> = {}) {
  const fake = new FakeExcel(createWorkbookState([{ name: "Sheet1", values: [] }], settings));
  return { fake, settings: createExcelSettings(fakeHost(fake)) };
}

describe("createExcelSettings", () => {
  it("loads null from a workbook that has never been checked", async () => {
    expect(await port().settings.load()).toBeNull();
  });

  it("saves into the workbook's settings and loads it back, one sync each", async () => {
    const { fake, settings } = port();
    await settings.save({ version: 1, asOf: "2025-11-21" });
    expect(fake.state.settings.get(SETTINGS_KEY)).toEqual({ version: 1, asOf: "2025-11-21" });
    expect(await settings.load()).toEqual({ version: 1, asOf: "2025-11-21" });
    expect(fake.syncs.length).toBe(2);
  });

  it("turns Excel's refusal into a WorkbookFailure", async () => {
    const { fake, settings } = port();
    fake.failOnSync = 1;
    fake.failure = { code: "AccessDenied", message: "read-only" };
    const error = await settings.save({ version: 1 }).catch((e: unknown) => e);
    expect(isWorkbookFailure(error) && [error.code, error.operation]).toEqual(["access_denied", "settings"]);
  });
});
