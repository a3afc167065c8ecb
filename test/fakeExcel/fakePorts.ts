/**
 * The adapter's validation and new-sheet ports over a fake Excel, for tests of the pane (which may
 * not import the adapter itself).
 */
import type { NewSheetPort } from "../../src/app/newSheetPort";
import type { ValidationPort } from "../../src/app/validationPort";
import { createExcelNewSheet } from "../../src/office/createExcelNewSheet";
import { createExcelValidation } from "../../src/office/createExcelValidation";
import type { HostInfo, SelfTestPort } from "../../src/app/selfTestPort";
import { createExcelSelfTest } from "../../src/office/createExcelSelfTest";
import type { FakeExcel } from "./fakeExcel";
import { fakeHost } from "./fakeHost";

export function fakeValidationPort(fake: FakeExcel): ValidationPort {
  return createExcelValidation(fakeHost(fake));
}

export function fakeNewSheetPort(fake: FakeExcel): NewSheetPort {
  return createExcelNewSheet(fakeHost(fake));
}

/** What the fake reports as Excel's build and platform, for the self-test's report. */
export const FAKE_HOST_INFO: HostInfo = { version: "16.0.18025.20104", platform: "PC", excelApi: "1.18" };

/** The self-test's stage over a fake Excel; no waiting between reads of a formula's value. */
export function fakeSelfTestPort(fake: FakeExcel, info: HostInfo = FAKE_HOST_INFO): SelfTestPort {
  return createExcelSelfTest(fakeHost(fake), () => info, { tries: 2, intervalMs: 0 });
}
