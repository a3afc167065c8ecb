/**
 * How the add-in knows which data validation is its own (準備) and what it replaced, so that
 * 「入力規則を外す」 puts back exactly what was there. The record lives in the workbook's settings beside
 * the flags' record: per worksheet id, each range the add-in validated (one column of rows), the kind
 * of rule and its prompt (which tells the add-in's rule from one someone changed since), and the
 * previous validation of its rows as runs of equal rows.
 */
import { z } from "zod";

export const VALIDATION_RECORD_KEY = "kpiSheetChecker.validation";

/** A validation as Excel gives it back and takes it again: rule, prompt, error alert, ignoreBlanks. */
export interface SavedValidation {
  readonly rule: Readonly<Record<string, unknown>>;
  readonly prompt: Readonly<Record<string, unknown>> | null;
  readonly errorAlert: Readonly<Record<string, unknown>> | null;
  readonly ignoreBlanks: boolean | null;
}

/** Rows of one column that held the same validation (null: none) before the add-in's rule. */
export interface PreviousRun {
  /** 1-based worksheet rows, inclusive. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly validation: SavedValidation | null;
}

export interface InstalledRange {
  /** 0-based worksheet column. */
  readonly column: number;
  readonly firstRow: number;
  readonly lastRow: number;
  /** Excel's type of the rule installed (`List`, `Date`, `Custom`). */
  readonly type: string;
  /** The installed prompt's message: a changed prompt means someone changed the rule. */
  readonly promptMessage: string;
  readonly previous: readonly PreviousRun[];
  /**
   * Written before the range's cells are, and dropped in the same batch once they are: a range still
   * pending after a failure may be half written, so it is the add-in's whatever it now holds, and
   * 入力規則を外す (or the undo that follows the failure) puts `previous` back.
   */
  readonly pending?: true;
}

export interface ValidationRecord {
  readonly version: 1;
  readonly sheets: Readonly<Record<string, { readonly ranges: readonly InstalledRange[] }>>;
}

export const EMPTY_VALIDATION_RECORD: ValidationRecord = { version: 1, sheets: {} };

const objectSchema = z.record(z.string(), z.unknown());
const savedSchema = z.object({
  rule: objectSchema,
  prompt: objectSchema.nullable(),
  errorAlert: objectSchema.nullable(),
  ignoreBlanks: z.boolean().nullable(),
});
const rowSchema = z.number().int().min(1).max(1_048_576);
const rangeSchema = z.object({
  column: z.number().int().min(0).max(16_383),
  firstRow: rowSchema,
  lastRow: rowSchema,
  type: z.string(),
  promptMessage: z.string(),
  previous: z.array(
    z.object({ firstRow: rowSchema, lastRow: rowSchema, validation: savedSchema.nullable() }),
  ),
  pending: z.literal(true).optional(),
});
const recordSchema = z.object({
  version: z.literal(1),
  sheets: z.record(z.string(), z.object({ ranges: z.array(rangeSchema) })),
});

/**
 * Reads the record from the workbook's settings; anything unexpected counts as no record, so nothing
 * is taken for the add-in's and the user's rules stay.
 * @example readValidationRecord({ version: 1, sheets: { "{s1}": { ranges: [] } } }).sheets["{s1}"] // { ranges: [] }
 * @example readValidationRecord("壊れた値") // EMPTY_VALIDATION_RECORD
 */
export function readValidationRecord(raw: unknown): ValidationRecord {
  const parsed = recordSchema.safeParse(raw);
  return parsed.success ? parsed.data : EMPTY_VALIDATION_RECORD;
}

/**
 * The record with one sheet's ranges replaced (the sheet dropped when there are none).
 * @example withSheetRanges(EMPTY_VALIDATION_RECORD, "{s1}", []).sheets // {}
 */
export function withSheetRanges(
  record: ValidationRecord,
  sheetId: string,
  ranges: readonly InstalledRange[],
): ValidationRecord {
  const sheets: Record<string, { readonly ranges: readonly InstalledRange[] }> = { ...record.sheets };
  if (ranges.length === 0) delete sheets[sheetId];
  else sheets[sheetId] = { ranges };
  return { version: 1, sheets };
}

/**
 * A validation as loaded from Excel, kept for putting back: the rule without its unset members, and
 * null when the cells have none. A cell with only an input message reads as type "None" but is the
 * user's all the same: it is kept with an empty rule (and its prompt), so that it is asked about
 * before it is replaced and put back exactly.
 * @example savedValidationOf({ type: "List", rule: { list: { source: "済,未" }, date: null }, prompt: null, errorAlert: null, ignoreBlanks: true })
 * // { rule: { list: { source: "済,未" } }, prompt: null, errorAlert: null, ignoreBlanks: true }
 */
export function savedValidationOf(loaded: {
  readonly type: string;
  readonly rule: unknown;
  readonly prompt: unknown;
  readonly errorAlert: unknown;
  readonly ignoreBlanks: unknown;
}): SavedValidation | null {
  if (loaded.type === "None" && !hasPrompt(loaded.prompt)) return null;
  const rule: Record<string, unknown> = {};
  for (const [key, value] of Object.entries((loaded.rule ?? {}) as Record<string, unknown>)) {
    if (value !== null && value !== undefined) rule[key] = value;
  }
  const object = (value: unknown): Record<string, unknown> | null =>
    typeof value === "object" && value !== null ? JSON.parse(JSON.stringify(value)) : null;
  return {
    rule: JSON.parse(JSON.stringify(rule)) as Record<string, unknown>,
    prompt: object(loaded.prompt),
    errorAlert: object(loaded.errorAlert),
    ignoreBlanks: typeof loaded.ignoreBlanks === "boolean" ? loaded.ignoreBlanks : null,
  };
}

/** Whether a loaded prompt says anything: a title, a message, or shown. */
function hasPrompt(prompt: unknown): boolean {
  if (typeof prompt !== "object" || prompt === null) return false;
  const { showPrompt, title, message } = prompt as {
    showPrompt?: unknown;
    title?: unknown;
    message?: unknown;
  };
  return (
    showPrompt === true ||
    (typeof title === "string" && title !== "") ||
    (typeof message === "string" && message !== "")
  );
}

/**
 * Rows and their validation (in row order) as runs of equal neighbours.
 * @example runsOf([{ row: 6, validation: null }, { row: 7, validation: null }]) // [{ firstRow: 6, lastRow: 7, validation: null }]
 */
export function runsOf(
  rows: readonly { readonly row: number; readonly validation: SavedValidation | null }[],
): PreviousRun[] {
  const runs: PreviousRun[] = [];
  let current: { firstRow: number; lastRow: number; validation: SavedValidation | null; key: string } | null =
    null;
  for (const { row, validation } of rows) {
    const key = JSON.stringify(validation);
    if (current !== null && current.key === key && current.lastRow + 1 === row) {
      current.lastRow = row;
      continue;
    }
    if (current !== null) runs.push(runOf(current));
    current = { firstRow: row, lastRow: row, validation, key };
  }
  if (current !== null) runs.push(runOf(current));
  return runs;
}

function runOf(run: { firstRow: number; lastRow: number; validation: SavedValidation | null }): PreviousRun {
  return { firstRow: run.firstRow, lastRow: run.lastRow, validation: run.validation };
}

/**
 * The previous validation of a row of a recorded range (undefined when the row is outside it).
 * @example previousAt(range, 7) // null: the row had no rule
 */
export function previousAt(range: InstalledRange, row: number): SavedValidation | null | undefined {
  if (row < range.firstRow || row > range.lastRow) return undefined;
  for (const run of range.previous) if (row >= run.firstRow && row <= run.lastRow) return run.validation;
  return null;
}
