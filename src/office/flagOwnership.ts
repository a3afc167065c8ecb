/**
 * How the add-in knows which flags are its own, so that clearing removes those and nothing else.
 *
 * - Conditional formats carry their owner in their rule (app/flagStyle.ts): `=N("kpi-sheet-checker:error")=0`
 *   is always true (N of a text is 0), so the rule highlights exactly the cells it was applied to, and the
 *   tag names the add-in in Excel's rule manager too. A rule someone copies along with a cell is still ours.
 * - Notes are recorded in the workbook's settings (per worksheet id: cell and a hash of the text written).
 *   The record goes first in the batch that writes them, listing the notes about to be written as pending
 *   beside the ones already there, and is written again, exact, at the batch's end. Excel runs a batch up
 *   to its first failing action and no further (https://learn.microsoft.com/javascript/api/office/officeextension.error),
 *   so whatever part of a failed write landed is recorded, and a later clear removes it.
 *   A note whose text someone has since edited is theirs now: it is left in place.
 */

export const FLAG_RECORD_KEY = "kpiSheetChecker.flags";

/** The add-in's notes on one sheet: cell address → hash of the text. */
export interface SheetFlagNotes {
  readonly notes: Readonly<Record<string, string>>;
  /** Notes a write was about to put down when the record was written: any of them may be on the sheet. */
  readonly pending?: Readonly<Record<string, string>>;
  /**
   * Conditional formats a write was about to add. Excel adds a rule and sets its formula in two actions;
   * a batch that stopped between them leaves a Custom rule without a formula, which is then the add-in's.
   */
  readonly pendingRules?: number;
  /**
   * How many conditional formats the last complete write added. When Excel cannot read some rules of the
   * sheet (rules sharing cells, office-js #6827), the add-in goes on only if it still finds this many of its
   * own among the rules it can read.
   */
  readonly rules?: number;
}

/** What a write records beside the notes. */
export interface SheetFlagExtras {
  readonly pending?: Readonly<Record<string, string>>;
  readonly pendingRules?: number;
  readonly rules?: number;
}

/** Notes the add-in wrote, per worksheet id. */
export interface FlagRecord {
  readonly version: 1;
  readonly sheets: Readonly<Record<string, SheetFlagNotes>>;
}

export const EMPTY_RECORD: FlagRecord = { version: 1, sheets: {} };

/**
 * Reads the record from the workbook's settings; anything unexpected counts as no record (then no
 * note is taken for the add-in's, which errs on the side of keeping the user's notes).
 * @example readFlagRecord({ version: 1, sheets: { "{s1}": { notes: { E11: "1a2b3c4d" } } } }).sheets["{s1}"]
 * // { notes: { E11: "1a2b3c4d" } }
 */
export function readFlagRecord(raw: unknown): FlagRecord {
  if (typeof raw !== "object" || raw === null) return EMPTY_RECORD;
  const { version, sheets } = raw as { version?: unknown; sheets?: unknown };
  if (version !== 1 || typeof sheets !== "object" || sheets === null) return EMPTY_RECORD;
  const out: Record<string, SheetFlagNotes> = {};
  for (const [sheetId, entry] of Object.entries(sheets as Record<string, unknown>)) {
    const notes = hashesOf((entry as { notes?: unknown } | null)?.notes);
    if (notes === null) continue;
    const pending = hashesOf((entry as { pending?: unknown }).pending) ?? {};
    const { pendingRules, rules } = entry as { pendingRules?: unknown; rules?: unknown };
    out[sheetId] = sheetEntry(notes, {
      pending,
      pendingRules: countOf(pendingRules),
      rules: countOf(rules),
    }) ?? { notes };
  }
  return { version: 1, sheets: out };
}

function countOf(raw: unknown): number {
  return typeof raw === "number" && Number.isInteger(raw) && raw > 0 ? raw : 0;
}

function hashesOf(raw: unknown): Record<string, string> | null {
  if (typeof raw !== "object" || raw === null) return null;
  const kept: Record<string, string> = {};
  for (const [cell, hash] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof hash === "string") kept[cell] = hash;
  }
  return kept;
}

/**
 * Whether a note on a sheet is one the add-in wrote and nobody has edited since: its text is the one
 * recorded for the cell, written or pending.
 * @example isOwnNote({ notes: { E11: hashText("…") } }, "E11", "…") // true
 */
export function isOwnNote(entry: SheetFlagNotes | undefined, cell: string, content: string): boolean {
  if (entry === undefined) return false;
  const hash = hashText(content);
  return entry.notes[cell] === hash || entry.pending?.[cell] === hash;
}

/**
 * Whether the record names a note at the cell at all (an edited note of the add-in's is the user's now).
 * @example isRecordedCell({ notes: { E11: "1a2b3c4d" } }, "E11") // true
 */
export function isRecordedCell(entry: SheetFlagNotes | undefined, cell: string): boolean {
  return entry !== undefined && (entry.notes[cell] !== undefined || entry.pending?.[cell] !== undefined);
}

/**
 * The record with one sheet's notes replaced (dropped when there are none and nothing else to record),
 * with what a write records beside them: the notes it is about to put down (pending), the rules it is
 * about to add, or the rules it added.
 * @example withSheetNotes(EMPTY_RECORD, "{s1}", { E11: "1a2b3c4d" }).sheets // { "{s1}": { notes: { E11: "1a2b3c4d" } } }
 */
export function withSheetNotes(
  record: FlagRecord,
  sheetId: string,
  notes: Readonly<Record<string, string>>,
  extras: SheetFlagExtras = {},
): FlagRecord {
  const sheets: Record<string, SheetFlagNotes> = { ...record.sheets };
  const entry = sheetEntry(notes, extras);
  if (entry === null) delete sheets[sheetId];
  else sheets[sheetId] = entry;
  return { version: 1, sheets };
}

function sheetEntry(notes: Readonly<Record<string, string>>, extras: SheetFlagExtras): SheetFlagNotes | null {
  const pending = extras.pending ?? {};
  const hasPending = Object.keys(pending).length > 0;
  const pendingRules = extras.pendingRules ?? 0;
  const rules = extras.rules ?? 0;
  if (Object.keys(notes).length === 0 && !hasPending && pendingRules === 0 && rules === 0) return null;
  return {
    notes: { ...notes },
    ...(hasPending ? { pending: { ...pending } } : {}),
    ...(pendingRules > 0 ? { pendingRules } : {}),
    ...(rules > 0 ? { rules } : {}),
  };
}

/**
 * A short hash of a note's text (FNV-1a, 32 bits): enough to tell whether someone edited it.
 * @example hashText("KPIチェッカー") // "…8 hex digits…"
 */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/**
 * A cell address as the record keeps it: no sheet name, no `$`, upper case.
 * @example normaliseCell("'2 行財政改革'!$e$11") // "E11"
 */
export function normaliseCell(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").toUpperCase();
}
