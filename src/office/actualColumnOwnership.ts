/**
 * How the add-in knows which cells of a 実績値 column are its own, so that a later confirmation adds to
 * its own text and never to the user's, and 実績値列を外す empties exactly what it wrote. The record lives
 * in the workbook's settings beside the flags' and the validation's: per worksheet id, the column and
 * its header row, and for each cell written (the header included) the text written and the cell's number
 * format before the add-in first wrote there (what removing puts back).
 *
 * A cell is the add-in's while it holds the text recorded. A write records first, in the batch that
 * writes: the cell's earlier text of the add-in's stays as `previous` until the batch's last action
 * writes the record again without it. A batch that stops part way (https://learn.microsoft.com/javascript/api/office/officeextension.error)
 * leaves each cell holding its earlier text, its new text or nothing, and each of those is recognised.
 */
import { z } from "zod";
import type { ActualColumnState } from "../app/ports";

export const ACTUAL_RECORD_KEY = "kpiSheetChecker.actualColumn";

/** A cell the add-in wrote. */
export interface ActualCellRecord {
  readonly text: string;
  /** The cell's number format before the add-in first wrote there. */
  readonly format: string;
  /** The add-in's earlier text, while a write that replaces it is under way. */
  readonly previous?: string;
}

export interface SheetActualColumn {
  /** 0-based worksheet column. */
  readonly column: number;
  /** 1-based worksheet row of the header. */
  readonly headerRow: number;
  /** By A1 address (`J8`), the header's cell included. */
  readonly cells: Readonly<Record<string, ActualCellRecord>>;
}

export interface ActualRecord {
  readonly version: 1;
  readonly sheets: Readonly<Record<string, SheetActualColumn>>;
}

export const EMPTY_ACTUAL_RECORD: ActualRecord = { version: 1, sheets: {} };

const recordSchema = z.object({
  version: z.literal(1),
  sheets: z.record(
    z.string(),
    z.object({
      column: z.number().int().min(0).max(16_383),
      headerRow: z.number().int().min(1).max(1_048_576),
      cells: z.record(
        z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/),
        z.object({ text: z.string(), format: z.string(), previous: z.string().optional() }),
      ),
    }),
  ),
});

/**
 * Reads the record from the workbook's settings; anything unexpected counts as no record, so no cell is
 * taken for the add-in's and the user's values stay.
 * @example readActualRecord({ version: 1, sheets: { "{s1}": { column: 9, headerRow: 8, cells: {} } } }).sheets["{s1}"]?.column // 9
 * @example readActualRecord("実績値") // EMPTY_ACTUAL_RECORD
 */
export function readActualRecord(raw: unknown): ActualRecord {
  const parsed = recordSchema.safeParse(raw);
  return parsed.success ? parsed.data : EMPTY_ACTUAL_RECORD;
}

/**
 * The record with one sheet's column replaced (dropped when null).
 * @example withSheetColumn(EMPTY_ACTUAL_RECORD, "{s1}", null).sheets // {}
 */
export function withSheetColumn(
  record: ActualRecord,
  sheetId: string,
  column: SheetActualColumn | null,
): ActualRecord {
  const sheets: Record<string, SheetActualColumn> = { ...record.sheets };
  if (column === null) delete sheets[sheetId];
  else sheets[sheetId] = column;
  return { version: 1, sheets };
}

/**
 * Whether a cell still holds what the add-in wrote there: its text, its earlier text while a write was
 * under way, or nothing (a write or a removal that stopped before reaching it).
 * @example isOwnActualCell({ text: "84.3%", format: "General" }, "84.3%") // true
 * @example isOwnActualCell({ text: "84.3%", format: "General" }, "85%") // false: the user's now
 */
export function isOwnActualCell(cell: ActualCellRecord, content: string): boolean {
  return content === "" || content === cell.text || content === cell.previous;
}

/**
 * The column as the use cases see it: where it is and the text of each value cell by row.
 * @example actualColumnState({ column: 9, headerRow: 8, cells: { J8: …, J14: { text: "84.3%", … } } }) // { column: 9, headerRow: 8, cells: { 14: "84.3%" } }
 */
export function actualColumnState(entry: SheetActualColumn | undefined): ActualColumnState | null {
  if (entry === undefined) return null;
  const cells: Record<number, string> = {};
  for (const [address, cell] of Object.entries(entry.cells)) {
    const row = Number(/\d+$/.exec(address)?.[0]);
    if (row !== entry.headerRow) cells[row] = cell.text;
  }
  return { column: entry.column, headerRow: entry.headerRow, cells };
}

/**
 * A cell's content as compared with the record: text as is, a number or a boolean as Excel shows it
 * unformatted, nothing as "".
 * @example contentOf(0.843) // "0.843"
 */
export function contentOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}
