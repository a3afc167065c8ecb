/**
 * The adapter's validation and new-sheet ports over a fake Excel, for tests of the pane (which may
 * not import the adapter itself).
 */
import type { NewSheetPort } from "../../src/app/newSheetPort";
import type { ValidationPort } from "../../src/app/validationPort";
import { createExcelNewSheet } from "../../src/office/createExcelNewSheet";
import { createExcelValidation } from "../../src/office/createExcelValidation";
import type { FakeExcel } from "./fakeExcel";
import { fakeHost } from "./fakeHost";

export function fakeValidationPort(fake: FakeExcel): ValidationPort {
  return createExcelValidation(fakeHost(fake));
}

export function fakeNewSheetPort(fake: FakeExcel): NewSheetPort {
  return createExcelNewSheet(fakeHost(fake));
}
