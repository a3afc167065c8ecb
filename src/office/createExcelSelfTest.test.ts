import { describe, expect, it } from "vitest";
import type { ActionFailure, FakeExcel, FakeExcelOptions } from "../../test/fakeExcel/fakeExcel";
import { chartsOf } from "../../test/fakeExcel/fakeCharts";
import { setValidation, snapshotValidation } from "../../test/fakeExcel/fakeDataValidation";
import { fakeHost, fakeWorkbook } from "../../test/fakeExcel/fakeHost";
import { fakeNewSheetPort, fakeValidationPort } from "../../test/fakeExcel/fakePorts";
import { fakeSummary } from "../../test/fakeExcel/fakeSummary";
import { snapshotWorkbook } from "../../test/fakeExcel/fakeWorkbook";
import { goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import type { SelfTestCapability, SelfTestReport } from "../app/runSelfTest";
import { SELF_TEST_CAPABILITIES, runSelfTest } from "../app/runSelfTest";
import { createExcelSelfTest } from "./createExcelSelfTest";

const HOST_INFO = { version: "16.0.18025.20104", platform: "PC", excelApi: "1.18" };
/** A user's workbook: two sheets, saved settings, a flag record and a summary sheet of the add-in's. */
const SAVED = {
  "kpiSheetChecker.settings": { version: 1, asOf: "2025-11-21", startMonth: 4 },
  "kpiSheetChecker.summarySheet": { version: 1, sheetId: "{sheet-2}" },
};

function userWorkbook(options: FakeExcelOptions = {}) {
  const ports = fakeWorkbook([goalSheet2(), kpiList()], {
    settings: SAVED,
    calculation: { asOf: "2025-11-21" },
    ...options,
  });
  // The user's own dropdown on the goal sheet: the self-test never goes near it.
  const first = ports.fake.state.sheets[0];
  if (first) setValidation(first, { r0: 8, c0: 6, r1: 12, c1: 6 }, { rule: { list: { source: "済,未" } } });
  ports.fake.state.activeSheet = 1;
  return ports;
}

/** Everything a user could see: cells, formats, notes, settings, validation, charts, the active sheet. */
function snapshot(fake: FakeExcel): unknown {
  return {
    workbook: snapshotWorkbook(fake.state),
    validation: snapshotValidation(fake.state),
    charts: fake.state.sheets.map((sheet) => chartsOf(sheet).map((chart) => ({ ...chart }))),
    active: fake.state.activeSheet,
  };
}

async function selfTestOn(ports: ReturnType<typeof userWorkbook>): Promise<SelfTestReport> {
  const { fake, workbook, settings } = ports;
  return runSelfTest({
    selfTest: createExcelSelfTest(fakeHost(fake), () => HOST_INFO, { tries: 3, intervalMs: 0 }),
    workbook,
    settings,
    validation: fakeValidationPort(fake),
    newSheets: fakeNewSheetPort(fake),
    summary: fakeSummary(fake),
  });
}

const statuses = (report: SelfTestReport) =>
  Object.fromEntries(report.lines.map((line) => [line.capability, line.status]));

describe("runSelfTest over the adapter (createExcelSelfTest and the commands' ports)", () => {
  it("passes every capability on Excel that behaves as documented, and leaves the workbook as it was", async () => {
    const ports = userWorkbook();
    const before = snapshot(ports.fake);
    const report = await selfTestOn(ports);
    expect(report.lines.filter((line) => line.status !== "pass")).toEqual([]);
    expect(report.lines.map((line) => line.capability)).toEqual([...SELF_TEST_CAPABILITIES]);
    expect(report.host).toEqual(HOST_INFO);
    expect(snapshot(ports.fake)).toEqual(before);
  });

  it("skips notes where Excel has none (before ExcelApi 1.18), and the rest still passes", async () => {
    const report = await selfTestOn(userWorkbook({ notesSupported: false }));
    expect(report.lines.find((line) => line.capability === "notes")).toEqual({
      capability: "notes",
      status: "skip",
      reason: "notes_unsupported",
    });
    expect(report.lines.filter((line) => line.status === "fail")).toEqual([]);
  });

  it("fails the formula line where Excel passes a blank cell as 0 (Excel on Windows, office-js#4702)", async () => {
    const report = await selfTestOn(
      userWorkbook({ calculation: { asOf: "2025-11-21", platform: "windows" } }),
    );
    expect(report.lines.find((line) => line.capability === "function")).toEqual({
      capability: "function",
      status: "fail",
      detail: "=KPI.VALUE(Z1) on a blank cell gave 0, expected #N/A",
    });
  });

  it("fails the formula line, saying what Excel showed, where formulas are not calculated", async () => {
    const ports = fakeWorkbook([kpiList()], { settings: SAVED });
    const report = await selfTestOn(ports as ReturnType<typeof userWorkbook>);
    expect(report.lines.find((line) => line.capability === "function")).toMatchObject({
      status: "fail",
      detail: expect.stringContaining('=KPI.VALUE(B2) gave ""'),
    });
  });

  // Excel stops a batch at its first failing action (fakeExcel.ts, failOnAction): each command's own
  // failure shows on its line, the other lines still run, and the workbook is put back.
  const text = (describe: unknown) => JSON.stringify(describe);
  const failing: readonly [SelfTestCapability, () => ActionFailure][] = [
    ["flag", () => (describe) => text(describe).includes("kpi-sheet-checker:error")],
    [
      "clear",
      () => {
        // The first deletion after the flags were written: clearing them.
        let flagged = false;
        return (describe) => {
          if (text(describe).includes("kpi-sheet-checker:error")) flagged = true;
          return flagged && text(describe).includes(".delete");
        };
      },
    ],
    ["validation", () => (describe) => text(describe).includes("未着手,実施中,完了")],
    ["copy", () => (describe) => text(describe).includes(".copy")],
    ["chart", () => (describe) => (describe as { type?: string }).type === "BarStacked"],
    ["function", () => (describe) => text(describe).includes("=KPI.VALUE(B2)")],
    ["settings", () => (describe) => text(describe).includes('"startMonth":1')],
  ];
  it.each(failing)(
    "shows fail for %s when Excel refuses it, and the workbook equals its snapshot",
    async (capability, failure) => {
      const ports = userWorkbook();
      const before = snapshot(ports.fake);
      ports.fake.failOnAction = failure();
      const report = await selfTestOn(ports);
      expect(ports.fake.failOnAction).toBeNull();
      expect(statuses(report)[capability]).toBe("fail");
      expect(statuses(report).restore).toBe("pass");
      expect(snapshot(ports.fake)).toEqual(before);
    },
  );

  it("runs no command at all when the temporary sheet cannot be made, and says so", async () => {
    const ports = userWorkbook();
    const before = snapshot(ports.fake);
    ports.fake.failOnAction = (describe) => JSON.stringify(describe).includes("worksheets.add");
    const report = await selfTestOn(ports);
    expect(statuses(report)).toMatchObject({ read: "fail", flag: "skip", clear: "skip", restore: "pass" });
    expect(snapshot(ports.fake)).toEqual(before);
  });

  it("says restore failed when putting the workbook back fails", async () => {
    const counted = userWorkbook();
    await selfTestOn(counted);
    const ports = userWorkbook();
    // The last sync but one is finish's write (the last reads the settings back).
    ports.fake.failOnSync = counted.fake.syncs.length - 1;
    const report = await selfTestOn(ports);
    expect(report.lines.at(-1)).toMatchObject({ capability: "restore", status: "fail" });
    expect(report.lines.slice(0, -1).filter((line) => line.status !== "pass")).toEqual([]);
  });
});

describe("createExcelSelfTest.inspect", () => {
  it("reads back rules that share cells without asking Excel for their formulas (office-js #6827)", async () => {
    const ports = userWorkbook();
    const sheet = ports.fake.state.sheets[1]!;
    const rule = (id: string, r0: number, c0: number, r1: number, c1: number, formula: string) => ({
      id,
      type: "Custom",
      areas: [{ r0, c0, r1, c1 }],
      formula,
      fill: "#C6EFCE",
      fontColor: null,
      stopIfTrue: false,
    });
    // A2:B4 and B3 share B3; F1:F9 shares nothing.
    sheet.conditionalFormats.push(
      rule("{a}", 1, 0, 3, 1, "=A2<0"),
      rule("{b}", 2, 1, 2, 1, "=B3<0"),
      rule("{f}", 0, 5, 8, 5, "=F1<0"),
    );
    const port = createExcelSelfTest(fakeHost(ports.fake), () => HOST_INFO);
    const seen = await port.inspect(sheet.name, "A1:B2", []);
    expect(seen.conditionalFormats).toEqual([
      { type: "Custom", address: "A2:B4", formula: null },
      { type: "Custom", address: "B3", formula: null },
      { type: "Custom", address: "F1:F9", formula: "=F1<0" },
    ]);
  });
});
