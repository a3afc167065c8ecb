/**
 * The adapter's 目標値（見直し後） port over a fake Excel, for the pane's tests (which may not import the
 * adapter themselves).
 */
import type { RevisedTargetPort } from "../../src/app/revisedTargetPort";
import { createExcelRevisedTarget } from "../../src/office/createExcelRevisedTarget";
import type { FakeExcel } from "./fakeExcel";
import { fakeHost } from "./fakeHost";

export function fakeRevisedTarget(fake: FakeExcel): RevisedTargetPort {
  return createExcelRevisedTarget(fakeHost(fake));
}
