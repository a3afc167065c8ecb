/**
 * How the add-in knows which flags are its own, so that clearing removes those and nothing else.
 *
 * - Conditional formats carry their owner in their rule (app/flagStyle.ts): `=N("kpi-sheet-checker:error")=0`
 *   is always true (N of a text is 0), so the rule highlights exactly the cells it was applied to, and the
 *   tag names the add-in in Excel's rule manager too. A rule someone copies along with a cell is still ours.
 * - Notes are recorded in the workbook's settings (per worksheet id: cell and a hash of the text written),
 *   in the same batch that writes them. A note whose text someone has since edited is theirs now: it is
 *   left in place.
 */

export const FLAG_RECORD_KEY = "kpiSheetChecker.flags";

/** Notes the add-in wrote, per worksheet id: cell address → hash of the text. */
export interface FlagRecord {
  readonly version: 1;
  readonly sheets: Readonly<Record<string, { readonly notes: Readonly<Record<string, string>> }>>;
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
  const out: Record<string, { notes: Record<string, string> }> = {};
  for (const [sheetId, entry] of Object.entries(sheets as Record<string, unknown>)) {
    const notes = (entry as { notes?: unknown } | null)?.notes;
    if (typeof notes !== "object" || notes === null) continue;
    const kept: Record<string, string> = {};
    for (const [cell, hash] of Object.entries(notes as Record<string, unknown>)) {
      if (typeof hash === "string") kept[cell] = hash;
    }
    out[sheetId] = { notes: kept };
  }
  return { version: 1, sheets: out };
}

/**
 * The record with one sheet's notes replaced (dropped when there are none).
 * @example withSheetNotes(EMPTY_RECORD, "{s1}", { E11: "1a2b3c4d" }).sheets // { "{s1}": { notes: { E11: "1a2b3c4d" } } }
 */
export function withSheetNotes(
  record: FlagRecord,
  sheetId: string,
  notes: Record<string, string>,
): FlagRecord {
  const sheets: Record<string, { readonly notes: Readonly<Record<string, string>> }> = { ...record.sheets };
  if (Object.keys(notes).length === 0) delete sheets[sheetId];
  else sheets[sheetId] = { notes };
  return { version: 1, sheets };
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
