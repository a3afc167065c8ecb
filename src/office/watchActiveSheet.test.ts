import { describe, expect, it } from "vitest";
import { FakeExcel } from "../../test/fakeExcel/fakeExcel";
import { fakeHost } from "../../test/fakeExcel/fakeHost";
import { createWorkbookState } from "../../test/fakeExcel/fakeWorkbook";
import { watchActiveSheet } from "./watchActiveSheet";

function host(options: { worksheetEvents?: boolean } = {}) {
  const state = createWorkbookState([
    { name: "表紙", values: [] },
    { name: "2 行財政改革", values: [] },
  ]);
  const fake = new FakeExcel(state, options);
  return { fake, excel: fakeHost(fake) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("watchActiveSheet", () => {
  it("calls back when the user activates another sheet, until it is stopped", async () => {
    const { fake, excel } = host();
    let calls = 0;
    const stop = await watchActiveSheet(excel, () => (calls += 1));
    fake.activateSheet(1);
    await settle();
    expect(calls).toBe(1);

    await stop();
    expect(fake.activatedHandlers.size).toBe(0);
    fake.activateSheet(0);
    await settle();
    expect(calls).toBe(1);
  });

  it("rejects where the host has no worksheet events", async () => {
    const { excel } = host({ worksheetEvents: false });
    await expect(watchActiveSheet(excel, () => undefined)).rejects.toThrow(/ExcelApi 1.7/);
  });
});
