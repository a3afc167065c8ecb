/**
 * Excel's errors (OfficeExtension.Error: `code`, `message`, `debugInfo`) as the few failures a user can
 * act on. Anything that is not an Excel error (a bug in the add-in) is passed through untouched.
 */
import type { WorkbookFailureCode, WorkbookOperation } from "../app/workbookFailure";
import { WorkbookFailure, isWorkbookFailure } from "../app/workbookFailure";

const CODES: Readonly<Record<string, WorkbookFailureCode>> = {
  InvalidOperationInCellEditMode: "cell_edit_mode",
  AccessDenied: "access_denied",
  InsertDeleteConflict: "conflict",
  Conflict: "conflict",
  RequestPayloadSizeLimitExceeded: "payload_too_large",
  ResponsePayloadSizeLimitExceeded: "payload_too_large",
  PayloadTooLarge: "payload_too_large",
  ItemNotFound: "not_found",
  ApiNotFound: "not_supported",
  NotImplemented: "not_supported",
  UnsupportedOperation: "not_supported",
  ActivityLimitReached: "busy",
  RequestAborted: "busy",
  ServiceNotAvailable: "busy",
  Busy: "busy",
  Timeout: "busy",
};

/** Whether an error is one Excel raised: it carries a string `code`. */
export function isExcelError(error: unknown): error is { code: string; message?: string } {
  return (
    typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string"
  );
}

/**
 * The failure to show for an error Excel raised during an operation.
 * @example toWorkbookFailure({ code: "InvalidOperationInCellEditMode", message: "…" }, "read").code // "cell_edit_mode"
 */
export function toWorkbookFailure(
  error: unknown,
  operation: WorkbookOperation,
  partialWrite = false,
): unknown {
  if (isWorkbookFailure(error) || !isExcelError(error)) return error;
  const code = CODES[error.code] ?? "general";
  return new WorkbookFailure(code, operation, `${error.code}: ${error.message ?? ""}`.trim(), partialWrite);
}

/** Whether Excel refused a request or response for its size, so a smaller one may pass. */
export function isPayloadTooLarge(error: unknown): boolean {
  return isExcelError(error) && CODES[error.code] === "payload_too_large";
}
