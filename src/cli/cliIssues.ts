/**
 * The command-line checker's issues about files: those of workbookFile/, which the task pane's collected
 * files report too. `CliIssue` is their name on this side.
 */
export type {
  CheckerIssue,
  FileIssue as CliIssue,
  FileTooLarge,
  FileUnreadable,
  SheetNotFound,
  TooLargeLimit,
  UnreadableReason,
  WorkbookWithoutTable,
} from "../workbookFile/fileIssues";
