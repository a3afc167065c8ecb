/**
 * The summary ports (集計) over a fake Excel, for tests outside src/office.
 */
import type { SummarySheetPort } from "../../src/app/summaryPort";
import { createExcelSummary } from "../../src/office/createExcelSummary";
import type { FakeExcel } from "./fakeExcel";
import { fakeHost } from "./fakeHost";

export function fakeSummary(fake: FakeExcel): SummarySheetPort {
  return createExcelSummary(fakeHost(fake));
}
