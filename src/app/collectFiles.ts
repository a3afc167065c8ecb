/**
 * 取りまとめ: the office that collects every department's sheets (行政管理課, 企画課) checks many workbook
 * files at once, one at a time, each with the same reader and check as the command-line checker. A file
 * that cannot be read is reported with why, and the others go on; stopping keeps what was done.
 *
 * The files and the reader are the edge's (a browser's File and the lazily loaded .xlsx reader in the
 * task pane): this use case sees only a name per file and a function that checks one.
 */
import type { Severity } from "../core/evaluateSheet";
import type { SheetSummary } from "../core/summarizeEvaluation";

/** Why a file or a sheet was not checked, worded in the user's language by the reader. */
export interface CollectedReason {
  readonly code: string;
  readonly message: string;
}

/** One finding of a checked sheet: the cell (`E11`) and the message in the user's language. */
export interface CollectedFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly cell: string;
  readonly message: string;
}

/** A checked sheet's items by status (core/summarizeEvaluation's counts). */
export type CollectedCounts = Pick<
  SheetSummary,
  "items" | "achieved" | "onTrack" | "behind" | "overdue" | "noStatus"
>;

/** One sheet of a file, as the checker reports it (its FileReport's sheets, the fields used here). */
export interface CollectedSheet {
  readonly name: string;
  /** Why the sheet was not checked (no table on it). */
  readonly skipped?: CollectedReason;
  /** The items by status; absent for a skipped sheet. */
  readonly summary?: CollectedCounts;
  readonly findings: readonly CollectedFinding[];
}

/** One file, as the checker reports it: `path` is the file's name here. */
export interface CollectedFile {
  readonly path: string;
  /** Why the file could not be checked (broken, encrypted, the old .xls format …); then it has no sheets. */
  readonly error?: CollectedReason;
  readonly sheets: readonly CollectedSheet[];
}

/** How far 取りまとめ has got: files done of all, and the one being read (null when none is). */
export interface CollectProgress {
  readonly done: number;
  readonly total: number;
  readonly current: string | null;
}

export interface CollectFilesOptions<F> {
  /** Checks one file; rejects only when stopped or when the reader itself fails. */
  readonly check: (file: F) => Promise<CollectedFile>;
  /** Whether the user asked to stop (中止): no further file is started. */
  readonly stopped: () => boolean;
  readonly onProgress?: (progress: CollectProgress) => void;
  /** Each file's report as soon as it is checked, for a list that grows while the rest are read. */
  readonly onChecked?: (file: CollectedFile) => void;
  /** The reason given for a file whose check threw (a fault of the reader, not of the file). */
  readonly failed: (detail: string) => CollectedReason;
}

export interface CollectedFiles {
  /** The files checked, in the order given; fewer than given when stopped. */
  readonly files: readonly CollectedFile[];
  /** Whether the user stopped before every file was checked. */
  readonly stopped: boolean;
}

/**
 * Checks the files one after another, so only one is in memory at a time. A file the reader could not
 * check (its check threw) is reported with the reason `failed` gives, and the next one goes on; a stop
 * asked for while a file is read ends after it, keeping what was done.
 * @example await collectFiles([総務部.xlsx, 企画部.xls], { check, stopped: () => false, failed })
 * // { files: [{ path: "総務部.xlsx", sheets: [...] }, { path: "企画部.xls", error: { code: "file_unreadable", … }, sheets: [] }], stopped: false }
 */
export async function collectFiles<F extends { readonly name: string }>(
  files: readonly F[],
  options: CollectFilesOptions<F>,
): Promise<CollectedFiles> {
  const done: CollectedFile[] = [];
  const total = files.length;
  for (const file of files) {
    if (options.stopped()) return { files: done, stopped: true };
    options.onProgress?.({ done: done.length, total, current: file.name });
    let report: CollectedFile;
    try {
      report = await options.check(file);
    } catch (error) {
      // A stop while the file was read interrupts its reading: the file is not reported at all.
      if (options.stopped()) return { files: done, stopped: true };
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      report = { path: file.name, error: options.failed(detail), sheets: [] };
    }
    done.push(report);
    options.onChecked?.(report);
  }
  options.onProgress?.({ done: done.length, total, current: null });
  return { files: done, stopped: false };
}

/** One line of 取りまとめ's summary: a checked or skipped sheet, or a file that could not be read. */
export interface CollectLine {
  readonly file: string;
  /** Null for a line about the whole file: it could not be read, or no sheet of it has a table. */
  readonly sheet: string | null;
  readonly state: "checked" | "skipped" | "unreadable";
  /** Why the sheet was skipped or the file could not be read; null for a checked sheet. */
  readonly reason: string | null;
  readonly errors: number;
  readonly warnings: number;
  readonly counts: CollectedCounts | null;
}

/**
 * The summary's lines: one per sheet of each file, and one for a file that could not be read.
 * @example collectLines([{ path: "総務部.xlsx", sheets: [{ name: "1 防災力", summary, findings: [error, warning] }] }])
 * // [{ file: "総務部.xlsx", sheet: "1 防災力", state: "checked", reason: null, errors: 1, warnings: 1, counts: summary }]
 */
export function collectLines(files: readonly CollectedFile[]): CollectLine[] {
  const lines: CollectLine[] = [];
  for (const file of files) {
    if (file.error !== undefined || file.sheets.length === 0) {
      // A file read but without a table on any sheet is one skipped line, not one line per sheet.
      lines.push({
        file: file.path,
        sheet: null,
        state: file.sheets.length === 0 ? "unreadable" : "skipped",
        reason: file.error?.message ?? null,
        errors: 0,
        warnings: 0,
        counts: null,
      });
      continue;
    }
    for (const sheet of file.sheets) {
      const errors = sheet.findings.filter((finding) => finding.severity === "error").length;
      lines.push({
        file: file.path,
        sheet: sheet.name,
        state: sheet.skipped === undefined ? "checked" : "skipped",
        reason: sheet.skipped?.message ?? null,
        errors,
        warnings: sheet.findings.length - errors,
        counts: sheet.summary ?? null,
      });
    }
  }
  return lines;
}

/** How a line reads at a glance: fix (errors), review (warnings or overdue items), ok, or why it was not checked. */
export type CollectVerdict = "fix" | "review" | "ok" | "skipped" | "unreadable";

/**
 * A line's verdict, as the pane's check judges a sheet: errors must be fixed before submission, warnings
 * and overdue items are to be looked at, and a sheet with neither is fine.
 * @example verdictOf({ state: "checked", errors: 0, warnings: 2, counts, … }) // "review"
 * @example verdictOf({ state: "unreadable", … }) // "unreadable"
 */
export function verdictOf(line: CollectLine): CollectVerdict {
  if (line.state !== "checked") return line.state;
  if (line.errors > 0) return "fix";
  return line.warnings > 0 || (line.counts?.overdue ?? 0) > 0 ? "review" : "ok";
}

/** A finding with the file and sheet it is on. */
export interface CollectFindingLine extends CollectedFinding {
  readonly file: string;
  readonly sheet: string;
  /** The order the reader gave, for a stable sort. */
  readonly index: number;
}

/** What the findings can be sorted by. */
export type CollectSortKey = "file" | "severity" | "sheet" | "cell";

/**
 * Every finding of every file, sorted: by file name, by severity (errors first), by sheet name, or by
 * cell (column, then row); then by file name, and within a file in the reader's order.
 * @example collectFindings(files, "severity")[0] // { file: "企画部.xlsx", sheet: "KPI", cell: "E25", severity: "error", … }
 */
export function collectFindings(
  files: readonly CollectedFile[],
  sortBy: CollectSortKey,
): CollectFindingLine[] {
  const lines: CollectFindingLine[] = [];
  for (const file of files) {
    for (const sheet of file.sheets) {
      for (const finding of sheet.findings) {
        lines.push({ ...finding, file: file.path, sheet: sheet.name, index: lines.length });
      }
    }
  }
  return lines.sort((a, b) => compareBy(a, b, sortBy) || a.index - b.index);
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1 };
const COMPARE_TEXT = new Intl.Collator("ja", { numeric: true }).compare;

function compareBy(a: CollectFindingLine, b: CollectFindingLine, key: CollectSortKey): number {
  switch (key) {
    case "file":
      return COMPARE_TEXT(a.file, b.file);
    case "severity":
      return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || COMPARE_TEXT(a.file, b.file);
    case "sheet":
      return COMPARE_TEXT(a.sheet, b.sheet) || COMPARE_TEXT(a.file, b.file);
    case "cell":
      return compareCells(a.cell, b.cell) || COMPARE_TEXT(a.file, b.file);
  }
}

/** Cells by column, then row (`B9` before `B10` before `C2`); anything else after, as text. */
function compareCells(a: string, b: string): number {
  const ma = /^([A-Z]+)(\d+)$/.exec(a);
  const mb = /^([A-Z]+)(\d+)$/.exec(b);
  if (ma === null || mb === null) return ma === null ? (mb === null ? COMPARE_TEXT(a, b) : 1) : -1;
  const [, ca = "", ra = "0"] = ma;
  const [, cb = "", rb = "0"] = mb;
  return ca.length - cb.length || ca.localeCompare(cb) || Number(ra) - Number(rb);
}
