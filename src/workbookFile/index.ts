/**
 * What the task pane uses to check collected workbook files: the command-line checker's reader and check,
 * over a File.
 */
export { checkWorkbookBlob } from "./checkWorkbookBlob";
export type { CheckWorkbookBlobOptions } from "./checkWorkbookBlob";
export type {
  FileReport,
  FindingReport,
  ReportedIssue,
  RowReport,
  SheetReport,
  TargetReport,
} from "./checkWorkbook";
export { supportsWorkbookFiles } from "./inflateRaw";
export type { SheetSummary } from "../core/summarizeEvaluation";
export type { FileIssue, TooLargeLimit, UnreadableReason } from "./fileIssues";
