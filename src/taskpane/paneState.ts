/**
 * The pane's state as the components read it, the ports the pane is given, and what it shows of a
 * failure. The state changes only through PaneStore.
 */
import type { AppIssue } from "../app/appIssue";
import type { CollectedFile, CollectProgress } from "../app/collectFiles";
import type { ColumnChoice, DetectedTable } from "../app/detectTable";
import type { NewSheetPort } from "../app/newSheetPort";
import type { ClockPort, SettingsPort, WorkbookPort } from "../app/ports";
import type { RevisedTargetPort } from "../app/revisedTargetPort";
import type { SelfTestReport } from "../app/runSelfTest";
import type { SubmissionReport } from "../app/runSubmissionCheck";
import type { SelfTestPort } from "../app/selfTestPort";
import type { WorkbookSettings } from "../app/settings";
import { DEFAULT_SETTINGS } from "../app/settings";
import type { CollectSheetPort, SummarySheetPort } from "../app/summaryPort";
import type { ValidationPort } from "../app/validationPort";
import type { WorkbookFailureCode, WorkbookOperation } from "../app/workbookFailure";
import { isWorkbookFailure } from "../app/workbookFailure";
import type { IsoDate } from "../core/calendar";
import type { Locale } from "../core/messages/formatIssue";
import type { Issue, Result } from "../core/result";
import type { SheetSummary } from "../core/summarizeEvaluation";
import type { Notice, PaneAction, PaneBusy } from "./paneAction";

/**
 * Calls `onActivated` whenever the user activates another worksheet; resolves to the function that stops
 * it. Absent, or rejecting, where the host has no such event: the pane then reads the sheet again only
 * when asked (シートを読み直す).
 */
export type WatchActiveSheet = (onActivated: () => void) => Promise<() => Promise<void>>;

/**
 * Checks one workbook file inside the pane with the command-line checker's reader and check: the file's
 * report, its messages in `locale`. Rejects when `signal` aborts.
 */
export type CheckWorkbookBlob = (
  file: Blob,
  name: string,
  options: { readonly asOf: IsoDate; readonly locale: Locale; readonly signal?: AbortSignal },
) => Promise<CollectedFile>;

/** 取りまとめ: the files' reader (loaded when first used) and the 取りまとめ sheet. */
export interface CollectServices {
  /** Null where the pane cannot unpack .xlsx files (no DecompressionStream "deflate-raw"): the section says so. */
  readonly checkFile: CheckWorkbookBlob | null;
  readonly sheet: CollectSheetPort;
}

/** 取りまとめ's files as read so far. */
export interface CollectState {
  readonly files: readonly CollectedFile[];
  /** How many files were chosen. */
  readonly total: number;
  /** While files are read: how far; null when done or stopped. */
  readonly progress: CollectProgress | null;
  /** Whether the user stopped (中止) before every file was read. */
  readonly stopped: boolean;
  /** The as-of date the files were judged on, written on the 取りまとめ sheet. */
  readonly asOf: IsoDate;
  /** After the sheet's name was refused: the name offered instead. */
  readonly offeredName: string | null;
}

export interface PaneServices {
  readonly workbook: WorkbookPort;
  readonly settings: SettingsPort;
  readonly clock: ClockPort;
  readonly locale: Locale;
  /** 準備 / 入力規則を外す; absent where the host has no data validation (the section is hidden). */
  readonly validation?: ValidationPort;
  /** 次年度へ繰越; absent where the host cannot copy a sheet (the section is hidden). */
  readonly newSheets?: NewSheetPort;
  /** 集計: every sheet's values and the add-in's summary sheet; absent: the section is hidden. */
  readonly summary?: SummarySheetPort;
  /** 取りまとめ: workbook files checked in the pane; absent: the section is hidden. */
  readonly collect?: CollectServices;
  /** 目標値を見直す: the 目標値（見直し後） column; absent where the host cannot insert it (not offered). */
  readonly revisedTarget?: RevisedTargetPort;
  /** 動作確認: the stage for the self-test; absent: the self-test is not offered. */
  readonly selfTest?: SelfTestPort;
  /** Worksheet activation, so the pane follows the user to another sheet. */
  readonly watchActiveSheet?: WatchActiveSheet;
}

/** One sheet of the workbook's summary, as the pane shows it. */
export interface WorkbookSummaryRow {
  readonly sheetName: string;
  readonly summary: SheetSummary;
}

/** Excel failed, or the add-in did (code "unexpected"). */
export interface PaneFailure {
  readonly code: WorkbookFailureCode | "unexpected";
  /** The Excel batch that failed, as the adapter names it; null when the add-in failed. */
  readonly operation: WorkbookOperation | null;
  readonly detail: string;
  readonly partialWrite: boolean;
  /** The action that failed, so the pane shows the failure beside its button; null outside an action. */
  readonly action?: PaneAction | null;
}

export interface PaneState {
  readonly started: boolean;
  readonly busy: PaneBusy | null;
  readonly settings: WorkbookSettings;
  /** Today from the clock, for the as-of date when none is saved. */
  readonly today: IsoDate;
  readonly sheetName: string | null;
  /** The table found on the sheet as last read, or why there is none. */
  readonly detection: Result<DetectedTable> | null;
  /** The sheet's columns, also when no table was found (for mapping by hand). */
  readonly columnChoices: readonly ColumnChoice[];
  /** The last check; recomputed from the values read when a setting changes. */
  readonly report: SubmissionReport | null;
  readonly notices: readonly Notice[];
  readonly failure: PaneFailure | null;
  /** Why the fiscal year or as-of date typed last could not be used. */
  readonly inputIssue: { readonly field: "fiscalYear" | "asOf"; readonly issue: Issue } | null;
  /** 集計: every goal sheet and KPI list of the workbook as last read; null before the first read. */
  readonly workbookSummary?: readonly WorkbookSummaryRow[] | null;
  /** 取りまとめ: the files read and checked; null before the first. */
  readonly collect?: CollectState | null;
  /** 動作確認: the last self-test's lines; null before the first. */
  readonly selfTestReport?: SelfTestReport | null;
  /** What the last 確定 / 入力 of each item did, said beside the item; one per item, the newest. */
  readonly candidateNotices?: readonly CandidateNotice[];
}

/** The result of 確定 / 入力 for one item (or sub-item) of the value candidates. */
export interface CandidateNotice {
  /** The item's candidateKey (app/settings.ts): `6:1`. */
  readonly key: string;
  /** The cell written and its whole text; absent when refused. */
  readonly written?: { readonly cell: string; readonly text: string };
  /** Why nothing was written: a value that cannot be read, the user's entry in the cell … */
  readonly issues?: readonly (Issue | AppIssue)[];
}

/** The state before the pane has read anything: the default settings, judged on today. */
export function initialPaneState(today: IsoDate): PaneState {
  return {
    started: false,
    busy: null,
    settings: DEFAULT_SETTINGS,
    today,
    sheetName: null,
    detection: null,
    columnChoices: [],
    report: null,
    notices: [],
    failure: null,
    inputIssue: null,
  };
}

/** The as-of date the pane judges on: the saved one, else today. */
export function asOfOf(state: Pick<PaneState, "settings" | "today">): IsoDate {
  return state.settings.asOf ?? state.today;
}

/** A thrown error as the pane shows it: Excel's failures by code, anything else as unexpected. */
export function failureOf(error: unknown): PaneFailure {
  if (isWorkbookFailure(error)) {
    return {
      code: error.code,
      operation: error.operation,
      detail: error.detail,
      partialWrite: error.partialWrite,
    };
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: "unexpected", operation: null, detail, partialWrite: false };
}
